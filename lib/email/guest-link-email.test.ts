import { describe, expect, it } from "vitest";
import { PURPOSE_LABELS } from "@/lib/bookings/purpose-labels";
import { LOCALES } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { renderGuestLinkEmail, type GuestLinkEmailInput } from "./guest-link-email";

const input: GuestLinkEmailInput = {
  locale: "en",
  hotelName: "Casa Azul",
  guestName: "Anna Lima",
  reference: "CA-12AB",
  checkInDate: "2026-11-24",
  checkOutDate: "2026-11-27",
  url: "http://hotel.test/g/abc",
  purpose: "FULL_ACCESS",
  canChat: true,
  canOrderServices: false,
  expiresAt: new Date("2026-11-27T11:05:00Z"),
  timezone: "Europe/Lisbon",
};

describe("the guest-link email", () => {
  it("in English is the email it always was, byte for byte", () => {
    const mail = renderGuestLinkEmail(input);
    expect(mail.subject).toBe("Your stay at Casa Azul: your guest link");
    expect(mail.text).toBe(
      [
        "Hello Anna Lima,",
        "",
        "Here is your personal link for your stay at Casa Azul.",
        "Booking CA-12AB: Tue, 24 November 2026 – Fri, 27 November 2026",
        "",
        "Open your guest page: http://hotel.test/g/abc",
        "",
        "With this link you can:",
        "- See your booking and its status",
        "- Complete pre-check-in before you arrive",
        "- Chat with the front desk",
        "",
        "The link works until 27 Nov 2026, 11:05 (Europe/Lisbon). Keep it to yourself: anyone with it can see your booking.",
        "If it stops working, ask the front desk for a new one.",
        "",
        "Casa Azul",
      ].join("\n"),
    );
    expect(mail.html).toBe(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Your stay at Casa Azul: your guest link</title></head>
<body style="margin:0;padding:0;background:#f5f5f4;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1c1917">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f4;padding:24px 0"><tr><td align="center">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;width:100%;background:#ffffff;border-radius:12px;overflow:hidden">
<tr><td style="background:#1f6f5c;color:#ffffff;padding:20px 28px;font-size:20px;font-weight:600">Casa Azul</td></tr>
<tr><td style="padding:28px">
<p style="margin:0 0 12px;font-size:16px">Hello Anna Lima,</p>
<p style="margin:0 0 20px;font-size:16px;line-height:1.5">Here is your personal link for your stay with us.</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="width:100%;background:#eef6f4;border-radius:8px;margin:0 0 24px"><tr><td style="padding:14px 18px;font-size:15px;line-height:1.6">
<strong>Booking CA-12AB</strong><br>Tue, 24 November 2026 – Fri, 27 November 2026</td></tr></table>
<table role="presentation" cellpadding="0" cellspacing="0" style="margin:0 auto 24px"><tr><td style="border-radius:8px;background:#1f6f5c">
<a href="http://hotel.test/g/abc" style="display:inline-block;padding:14px 28px;color:#ffffff;font-size:16px;font-weight:600;text-decoration:none">Open your guest page</a></td></tr></table>
<p style="margin:0 0 8px;font-size:15px;font-weight:600">With this link you can</p>
<ul style="margin:0 0 20px;padding-left:20px;font-size:15px;line-height:1.6"><li>See your booking and its status</li><li>Complete pre-check-in before you arrive</li><li>Chat with the front desk</li></ul>
<p style="margin:0 0 8px;font-size:13px;color:#57534e;line-height:1.5">What it opens: Full access (status, pre-check-in, orders, chat). The link works until 27 Nov 2026, 11:05 (Europe/Lisbon). Keep it to yourself: anyone with it can see your booking. If it stops working, ask the front desk for a new one.</p>
<p style="margin:0;font-size:12px;color:#57534e;word-break:break-all">If the button does not work, copy this address into your browser: http://hotel.test/g/abc</p>
</td></tr></table></td></tr></table></body></html>`);
  });

  it("escapes the hotel's and the guest's words in the HTML, never in the text", () => {
    const mail = renderGuestLinkEmail({ ...input, hotelName: `Tom & "Jo's" <Inn>`, guestName: "<b>Ann</b>" });
    expect(mail.html).toContain("Tom &amp; &quot;Jo&#39;s&quot; &lt;Inn&gt;");
    expect(mail.html).toContain("Hello &lt;b&gt;Ann&lt;/b&gt;,");
    expect(mail.html).not.toContain("<b>Ann</b>");
    expect(mail.text).toContain(`Hello <b>Ann</b>,`);
  });

  it("names the link's purpose in English as the console does", () => {
    expect(MESSAGES.en.email.guestLink).toMatchObject({ purposes: PURPOSE_LABELS });
  });

  it("speaks Portuguese: subject, text and HTML, dates and the expiry in the hotel's zone, 24-hour", () => {
    const mail = renderGuestLinkEmail({ ...input, locale: "pt", canOrderServices: true });
    expect(mail.subject).toBe("A sua estadia em Casa Azul: o seu link de hóspede");
    expect(mail.text).toContain("Olá Anna Lima,");
    expect(mail.text).toContain("Reserva CA-12AB: terça, 24 de novembro de 2026 – sexta, 27 de novembro de 2026");
    expect(mail.text).toContain("Abra a sua página de hóspede: http://hotel.test/g/abc");
    expect(mail.text).toContain("- Pedir serviço de quartos e pequeno-almoço durante a estadia");
    expect(mail.text).toContain("O link é válido até 27/11/2026, 11:05 (Europe/Lisbon).");
    expect(mail.html).toContain('<html lang="pt" dir="ltr">');
    expect(mail.html).toContain(">Abrir a sua página de hóspede</a>");
    expect(mail.html).toContain("Dá acesso a: Acesso completo (estado, pré-check-in, pedidos, conversa).");
    expect(mail.html).not.toMatch(/Hello|Booking|With this link/);
  });

  it("speaks Arabic right to left, with Latin digits and a 24-hour time", () => {
    const mail = renderGuestLinkEmail({ ...input, locale: "ar", expiresAt: new Date("2026-11-27T15:30:00Z") });
    expect(mail.html).toContain('<html lang="ar" dir="rtl">');
    expect(mail.html).toContain("padding-right:20px");
    expect(mail.html).not.toContain("padding-left:20px");
    expect(mail.subject).toBe("إقامتكم في Casa Azul: رابط الضيف الخاص بكم");
    expect(mail.text).toContain("مرحبًا Anna Lima،");
    expect(mail.text).toMatch(/27\u200f\/11\u200f\/2026، 15:30 \(Europe\/Lisbon\)/);
    expect(mail.text).not.toMatch(/[\u0660-\u0669]/);
  });

  it("has every text in every language (no key shows through)", () => {
    for (const locale of LOCALES) {
      for (const purpose of Object.keys(PURPOSE_LABELS) as (keyof typeof PURPOSE_LABELS)[]) {
        const mail = renderGuestLinkEmail({ ...input, locale, purpose, canOrderServices: true });
        expect(`${mail.subject}${mail.text}${mail.html}`, `${locale} ${purpose}`).not.toMatch(/guestLink\.|email\.|\{\w+\}/);
      }
    }
  });
});
