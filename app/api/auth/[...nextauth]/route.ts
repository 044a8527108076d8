import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { withSafeCallbackUrl } from "@/lib/auth/callback-url";

// Auth.js's own handlers, given a request without an odd callbackUrl (which it would answer with a 500).
const safe = (req: NextRequest) => {
  const clean = withSafeCallbackUrl(req);
  return clean === req ? req : new NextRequest(clean);
};
export const GET = (req: NextRequest) => handlers.GET(safe(req));
export const POST = (req: NextRequest) => handlers.POST(safe(req));
