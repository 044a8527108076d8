import type { TokenPurpose } from "@/lib/db/schema";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { tokenScopes } from "@/lib/tokens/scopes";
import { esc, htmlLangAttributes, startSide } from "./email-language";

export type GuestLinkEmailInput = {
  /** The guest's language (lib/email/email-language.ts emailLocale). */
  locale: Locale;
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

function longDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { weekday: "short", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
}

/** The guest-link email as HTML (inline styles, table layout for mail clients) and plain text, in the guest's language. */
export function renderGuestLinkEmail(m: GuestLinkEmailInput): { subject: string; html: string; text: string } {
  const t = translatorFor(m.locale, "email");
  const subject = t("guestLink.subject", { hotelName: m.hotelName });
  const abilities = tokenScopes(m).map((s) => t(`guestLink.abilities.${s}`));
  const stay = t("guestLink.stay", { checkIn: longDate(m.checkInDate, m.locale), checkOut: longDate(m.checkOutDate, m.locale) });
  // The hotel's clock, 24-hour in every language.
  const expires = new Intl.DateTimeFormat(INTL_LOCALE[m.locale], { dateStyle: "medium", timeStyle: "short", hourCycle: "h23", timeZone: m.timezone }).format(m.expiresAt);
  const greeting = t("greeting", { guestName: m.guestName });
  const validUntil = t("guestLink.validUntil", { expires, timezone: m.timezone });
  const askForNew = t("guestLink.askForNew");
  const text = [
    greeting,
    "",
    t("guestLink.intro", { hotelName: m.hotelName }),
    t("guestLink.booking", { reference: m.reference, stay }),
    "",
    t("guestLink.openLine", { url: m.url }),
    "",
    t("guestLink.abilitiesLine"),
    ...abilities.map((a) => `- ${a}`),
    "",
    validUntil,
    askForNew,
    "",
    m.hotelName,
  ].join("\n");
  const html = `<!doctype html>
<html${htmlLangAttributes(m.locale)}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(subject)}</title></head>
<body style="margin:0;padding:0;background:#f5f5f4;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1c1917">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f4;padding:24px 0"><tr><td align="center">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;width:100%;background:#ffffff;border-radius:12px;overflow:hidden">
<tr><td style="background:#1f6f5c;color:#ffffff;padding:20px 28px;font-size:20px;font-weight:600">${esc(m.hotelName)}</td></tr>
<tr><td style="padding:28px">
<p style="margin:0 0 12px;font-size:16px">${esc(greeting)}</p>
<p style="margin:0 0 20px;font-size:16px;line-height:1.5">${esc(t("guestLink.introWithUs"))}</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="width:100%;background:#eef6f4;border-radius:8px;margin:0 0 24px"><tr><td style="padding:14px 18px;font-size:15px;line-height:1.6">
<strong>${esc(t("guestLink.bookingHeading", { reference: m.reference }))}</strong><br>${esc(stay)}</td></tr></table>
<table role="presentation" cellpadding="0" cellspacing="0" style="margin:0 auto 24px"><tr><td style="border-radius:8px;background:#1f6f5c">
<a href="${esc(m.url)}" style="display:inline-block;padding:14px 28px;color:#ffffff;font-size:16px;font-weight:600;text-decoration:none">${esc(t("guestLink.openButton"))}</a></td></tr></table>
<p style="margin:0 0 8px;font-size:15px;font-weight:600">${esc(t("guestLink.abilitiesHeading"))}</p>
<ul style="margin:0 0 20px;padding-${startSide(m.locale)}:20px;font-size:15px;line-height:1.6">${abilities.map((a) => `<li>${esc(a)}</li>`).join("")}</ul>
<p style="margin:0 0 8px;font-size:13px;color:#57534e;line-height:1.5">${esc([t("guestLink.opens", { purpose: t(`guestLink.purposes.${m.purpose}`) }), validUntil, askForNew].join(" "))}</p>
<p style="margin:0;font-size:12px;color:#57534e;word-break:break-all">${esc(t("guestLink.copyAddress", { url: m.url }))}</p>
</td></tr></table></td></tr></table></body></html>`;
  return { subject, html, text };
}
