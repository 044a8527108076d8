import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { orderEmailSubject, orderEmailSubjects, orderSubjectTails, renderOrderEmail, type OrderEmailInput } from "./order-email-text";

const cancelled: OrderEmailInput = { locale: "en", kind: "cancelled", hotelName: "Casa Azul", guestName: "Anna Lima", placedAt: "14:05", reference: "ABC123", items: ["2 × Soup", "Tea"], reason: "Out of <fish>" };
const late: OrderEmailInput = { ...cancelled, kind: "late", reason: null, expectedAt: "14:35" };

describe("the order emails", () => {
  it("in English are the emails they always were, byte for byte", () => {
    expect(renderOrderEmail(cancelled)).toEqual({
      subject: "Casa Azul: your order of 14:05 (ABC123) was cancelled",
      html: `<p>Hello Anna Lima,</p>
<p>The hotel cancelled your order of 14:05 (2 × Soup, Tea).</p>
<p>Reason: Out of &lt;fish&gt;</p>
<p style="color:#666;font-size:12px">Questions? Please contact the front desk of Casa Azul.</p>`,
      text: "Hello Anna Lima,\n\nThe hotel cancelled your order of 14:05 (2 × Soup, Tea).\n\nReason: Out of <fish>\n\nQuestions? Please contact the front desk of Casa Azul.",
    });
    const mail = renderOrderEmail(late);
    expect(mail.subject).toBe("Casa Azul: your order of 14:05 (ABC123) is running late");
    expect(mail.text).toBe(
      "Hello Anna Lima,\n\nYour order of 14:05 (2 × Soup, Tea) was expected at 14:35 and is running late. The kitchen is on it.\n\nYour stay page shows the new time as soon as the kitchen gives one.\n\nQuestions? Please contact the front desk of Casa Azul.",
    );
    expect(renderOrderEmail({ ...late, expectedAt: null }).text).toContain("was expected at an earlier time and is running late.");
    expect(renderOrderEmail({ ...cancelled, reason: null }).html).toBe(`<p>Hello Anna Lima,</p>
<p>The hotel cancelled your order of 14:05 (2 × Soup, Tea).</p>

<p style="color:#666;font-size:12px">Questions? Please contact the front desk of Casa Azul.</p>`);
  });

  it("speak the guest's language, Arabic right to left", () => {
    const pt = renderOrderEmail({ ...cancelled, locale: "pt", items: ["2 × Sopa", "Chá"] });
    expect(pt.subject).toBe("Casa Azul: o seu pedido das 14:05 (ABC123) foi cancelado");
    expect(pt.text).toContain("O hotel cancelou o seu pedido das 14:05 (2 × Sopa e Chá).");
    expect(pt.text).toContain("Motivo: Out of <fish>");
    expect(pt.html.startsWith('<div lang="pt" dir="ltr">')).toBe(true);
    const ar = renderOrderEmail({ ...late, locale: "ar" });
    expect(ar.subject).toBe("Casa Azul: طلبكم المقدَّم الساعة 14:05 (ABC123) متأخر");
    expect(ar.html.startsWith('<div lang="ar" dir="rtl">')).toBe(true);
    expect(ar.text).toContain("14:35");
  });

  // The sweeper's query finds an order already emailed by the end of a subject: "(REF)" and words.
  it("end every subject, in every language, with the order's reference in parentheses and words only, different for the two events", () => {
    const c = orderSubjectTails("cancelled");
    const l = orderSubjectTails("late");
    expect(c).toContain(" was cancelled");
    expect(l).toContain(" is running late");
    for (const tail of c) expect(l).not.toContain(tail);
    for (const locale of LOCALES) {
      for (const kind of ["cancelled", "late"] as const) {
        const subject = orderEmailSubject({ locale, kind, hotelName: "Casa (Azul)", placedAt: "09:15", reference: "F00D42" });
        expect(orderSubjectTails(kind).some((tail) => subject.endsWith(`(F00D42)${tail}`)), `${locale} ${kind}: ${subject}`).toBe(true);
      }
    }
    expect(orderEmailSubjects({ kind: "late", hotelName: "H", placedAt: "09:15", reference: "F00D42" })).toHaveLength(LOCALES.length);
  });
});
