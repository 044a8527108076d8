import { esc, inLanguage } from "@/lib/email/email-language";
import type { OutgoingMail } from "@/lib/email/transport";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

// The email about a request's outcome the guest has not seen in the portal: done (a late
// check-out: the new time) or declined (with the desk's reason). Plain facts and no link, as the
// order emails (a new link would widen access by email). In the guest's language.

export type RequestEmailInput = {
  outcome: "DONE" | "DECLINED";
  locale: Locale;
  hotelName: string;
  guestName: string;
  /** The request's name in the guest's language. */
  name: string;
  /** When it was asked, hotel wall-clock time ("14:05"). */
  askedAt: string;
  reason?: string | null;
  /** An approved late check-out's time ("13:00"). */
  lateCheckoutTime?: string | null;
};

export function renderRequestEmail(i: RequestEmailInput): Omit<OutgoingMail, "to"> {
  const t = translatorFor(i.locale, "email");
  const done = i.outcome === "DONE";
  const subject = t(done ? "request.subjectDone" : "request.subjectDeclined", { hotelName: i.hotelName, name: i.name });
  const lead = t(done ? "request.leadDone" : "request.leadDeclined", { name: i.name, askedAt: i.askedAt });
  const extra = done ? (i.lateCheckoutTime ? t("request.lateCheckout", { time: i.lateCheckoutTime }) : null) : i.reason ? t("request.reason", { reason: i.reason }) : null;
  const greeting = t("greeting", { guestName: i.guestName });
  const questions = t("request.questions", { hotelName: i.hotelName });
  const text = [greeting, "", lead, ...(extra ? ["", extra] : []), "", questions].join("\n");
  const html = `<p>${esc(greeting)}</p>
<p>${esc(lead)}</p>
${extra ? `<p>${esc(extra)}</p>` : ""}
<p style="color:#666;font-size:12px">${esc(questions)}</p>`;
  return { subject, html: inLanguage(i.locale, html), text };
}
