import { autoDir, esc, inLanguage, startSide } from "@/lib/email/email-language";
import type { OutgoingMail } from "@/lib/email/transport";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { MAX_MESSAGE_CHARS } from "./schemas";

/** The "you have a reply" email in the guest's language: the reply as escaped text, and the new chat link. */
export function renderUnseenReplyEmail(input: { locale: Locale; hotelName: string; guestName: string; reply: string; url: string }): Omit<OutgoingMail, "to"> {
  const t = translatorFor(input.locale, "email");
  const reply = input.reply.slice(0, MAX_MESSAGE_CHARS);
  const subject = t("chatReply.subject", { hotelName: input.hotelName });
  const greeting = t("greeting", { guestName: input.guestName });
  const lead = t("chatReply.lead", { hotelName: input.hotelName });
  const personal = t("chatReply.personal");
  const text = [greeting, "", lead, "", reply, "", t("chatReply.continueLine", { url: input.url }), "", personal].join("\n");
  // The reply is the desk's own text, in whatever language they wrote it: its direction is its own.
  const side = startSide(input.locale);
  const html = `<p>${esc(greeting)}</p>
<p>${esc(lead)}</p>
<blockquote${autoDir(input.locale)} style="white-space:pre-wrap;border-${side}:3px solid #ccc;margin:0;padding-${side}:12px">${esc(reply)}</blockquote>
<p><a href="${esc(input.url)}">${esc(t("chatReply.continueLink"))}</a></p>
<p style="color:#666;font-size:12px">${esc(personal)}</p>`;
  return { subject, html: inLanguage(input.locale, html), text };
}
