import QRCode from "qrcode";
import type { IssuedToken } from "@/lib/tokens/issue";
import { guestLinkUrl } from "./guest-link-url";

/** What the console shows once after issuing: the URL and a QR code (SVG data URL, made on the server). */
export async function presentIssuedLink(issued: IssuedToken, origin?: string) {
  const url = guestLinkUrl(issued.raw, origin);
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  const { tokenHash: _hash, ...link } = issued.token;
  return { link, url, qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
}
export type PresentedLink = Awaited<ReturnType<typeof presentIssuedLink>>;
