import { NextResponse } from "next/server";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { handle } from "@/lib/http/respond";
import { assertOrigin } from "@/lib/http/request-origin";
import { clearPendingCookieHeader, isHttps } from "@/lib/tokens/cookie";

export const dynamic = "force-dynamic";

/** The guest kept the booking the device already had: forget the pending link. */
export const POST = handle(async (req: Request) => {
  assertOrigin(req, "page-form");
  const res = NextResponse.redirect(new URL("/stay", req.url), 303);
  res.headers.set("Cache-Control", "no-store");
  res.headers.append("Set-Cookie", clearPendingCookieHeader(isHttps(req)));
  return res;
});

export const { GET } = refuseOtherMethods("POST");
