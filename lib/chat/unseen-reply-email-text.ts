import type { OutgoingMail } from "@/lib/email/transport";
import { MAX_MESSAGE_CHARS } from "./schemas";

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The "you have a reply" email: the reply as escaped text, and the new chat link. */
export function renderUnseenReplyEmail(input: { hotelName: string; guestName: string; reply: string; url: string }): Omit<OutgoingMail, "to"> {
  const reply = input.reply.slice(0, MAX_MESSAGE_CHARS);
  const subject = `${input.hotelName}: the front desk replied to your message`;
  const text = [
    `Hello ${input.guestName},`,
    "",
    `The front desk of ${input.hotelName} replied to your chat message:`,
    "",
    reply,
    "",
    `Continue the conversation: ${input.url}`,
    "",
    "This chat link is personal to your booking; please do not share it.",
  ].join("\n");
  const html = `<p>Hello ${esc(input.guestName)},</p>
<p>The front desk of ${esc(input.hotelName)} replied to your chat message:</p>
<blockquote style="white-space:pre-wrap;border-left:3px solid #ccc;margin:0;padding-left:12px">${esc(reply)}</blockquote>
<p><a href="${esc(input.url)}">Continue the conversation</a></p>
<p style="color:#666;font-size:12px">This chat link is personal to your booking; please do not share it.</p>`;
  return { subject, html, text };
}
