import { describe, expect, it } from "vitest";
import { renderUnseenReplyEmail } from "./unseen-reply-email-text";

const input = { locale: "en" as const, hotelName: "Casa Azul", guestName: "Anna Lima", reply: "Yes, <b>free</b>.", url: "http://hotel.test/g/xyz" };

describe("the unseen-reply email", () => {
  it("in English is the email it always was, byte for byte", () => {
    expect(renderUnseenReplyEmail(input)).toEqual({
      subject: "Casa Azul: the front desk replied to your message",
      html: `<p>Hello Anna Lima,</p>
<p>The front desk of Casa Azul replied to your chat message:</p>
<blockquote style="white-space:pre-wrap;border-left:3px solid #ccc;margin:0;padding-left:12px">Yes, &lt;b&gt;free&lt;/b&gt;.</blockquote>
<p><a href="http://hotel.test/g/xyz">Continue the conversation</a></p>
<p style="color:#666;font-size:12px">This chat link is personal to your booking; please do not share it.</p>`,
      text: "Hello Anna Lima,\n\nThe front desk of Casa Azul replied to your chat message:\n\nYes, <b>free</b>.\n\nContinue the conversation: http://hotel.test/g/xyz\n\nThis chat link is personal to your booking; please do not share it.",
    });
  });

  it("speaks German, and Arabic right to left; the desk's reply keeps its own direction", () => {
    const de = renderUnseenReplyEmail({ ...input, locale: "de" });
    expect(de.subject).toBe("Casa Azul: Die Rezeption hat auf Ihre Nachricht geantwortet");
    expect(de.text).toContain("Unterhaltung fortsetzen: http://hotel.test/g/xyz");
    expect(de.html).toContain('<div lang="de" dir="ltr">');
    const ar = renderUnseenReplyEmail({ ...input, locale: "ar" });
    expect(ar.html).toContain('<div lang="ar" dir="rtl">');
    expect(ar.html).toContain('<blockquote dir="auto" style="white-space:pre-wrap;border-right:3px solid #ccc;margin:0;padding-right:12px">Yes, &lt;b&gt;free&lt;/b&gt;.</blockquote>');
    expect(ar.html).toContain(">متابعة المحادثة</a>");
  });
});
