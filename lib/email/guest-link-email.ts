import { PURPOSE_LABELS } from "@/lib/bookings/purpose-labels";
import type { TokenPurpose } from "@/lib/db/schema";
import { tokenScopes, type Scope } from "@/lib/tokens/scopes";

export type GuestLinkEmailInput = {
  hotelName: string;
  guestName: string;
  reference: string;
  checkInDate: string;
  checkOutDate: string;
  url: string;
  purpose: TokenPurpose;
  canChat: boolean;
  canOrderServices: boolean;
  expiresAt: Date;
  timezone: string;
};

const SCOPE_TEXT: Record<Scope, string> = {
  view: "See your booking and its status",
  precheckin: "Complete pre-check-in before you arrive",
  order: "Order room service and breakfast during your stay",
  chat: "Chat with the front desk",
};

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function longDate(iso: string): string {
  return new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
}

/** The guest-link email as HTML (inline styles, table layout for mail clients) and plain text. */
export function renderGuestLinkEmail(m: GuestLinkEmailInput): { subject: string; html: string; text: string } {
  const subject = `Your stay at ${m.hotelName}: your guest link`;
  const abilities = tokenScopes(m).map((s) => SCOPE_TEXT[s]);
  const stay = `${longDate(m.checkInDate)} – ${longDate(m.checkOutDate)}`;
  const expires = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: m.timezone }).format(m.expiresAt);
  const text = [
    `Hello ${m.guestName},`,
    "",
    `Here is your personal link for your stay at ${m.hotelName}.`,
    `Booking ${m.reference}: ${stay}`,
    "",
    `Open your guest page: ${m.url}`,
    "",
    "With this link you can:",
    ...abilities.map((a) => `- ${a}`),
    "",
    `The link works until ${expires} (${m.timezone}). Keep it to yourself: anyone with it can see your booking.`,
    "If it stops working, ask the front desk for a new one.",
    "",
    m.hotelName,
  ].join("\n");
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(subject)}</title></head>
<body style="margin:0;padding:0;background:#f5f5f4;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1c1917">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f4;padding:24px 0"><tr><td align="center">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;width:100%;background:#ffffff;border-radius:12px;overflow:hidden">
<tr><td style="background:#1f6f5c;color:#ffffff;padding:20px 28px;font-size:20px;font-weight:600">${esc(m.hotelName)}</td></tr>
<tr><td style="padding:28px">
<p style="margin:0 0 12px;font-size:16px">Hello ${esc(m.guestName)},</p>
<p style="margin:0 0 20px;font-size:16px;line-height:1.5">Here is your personal link for your stay with us.</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="width:100%;background:#eef6f4;border-radius:8px;margin:0 0 24px"><tr><td style="padding:14px 18px;font-size:15px;line-height:1.6">
<strong>Booking ${esc(m.reference)}</strong><br>${esc(stay)}</td></tr></table>
<table role="presentation" cellpadding="0" cellspacing="0" style="margin:0 auto 24px"><tr><td style="border-radius:8px;background:#1f6f5c">
<a href="${esc(m.url)}" style="display:inline-block;padding:14px 28px;color:#ffffff;font-size:16px;font-weight:600;text-decoration:none">Open your guest page</a></td></tr></table>
<p style="margin:0 0 8px;font-size:15px;font-weight:600">With this link you can</p>
<ul style="margin:0 0 20px;padding-left:20px;font-size:15px;line-height:1.6">${abilities.map((a) => `<li>${esc(a)}</li>`).join("")}</ul>
<p style="margin:0 0 8px;font-size:13px;color:#57534e;line-height:1.5">What it opens: ${esc(PURPOSE_LABELS[m.purpose])}. The link works until ${esc(expires)} (${esc(m.timezone)}). Keep it to yourself: anyone with it can see your booking. If it stops working, ask the front desk for a new one.</p>
<p style="margin:0;font-size:12px;color:#57534e;word-break:break-all">If the button does not work, copy this address into your browser: ${esc(m.url)}</p>
</td></tr></table></td></tr></table></body></html>`;
  return { subject, html, text };
}
