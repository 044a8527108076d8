import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { esc, inLanguage, listOf } from "./email-language";
import type { OutgoingMail } from "./transport";

// The two order emails a guest away from the portal gets: the hotel cancelled an order, or an
// order is past its expected time. Plain facts; no link (a new link would widen access by email).
// In the guest's language (lib/email/email-language.ts emailLocale).

export type OrderEmailKind = "cancelled" | "late";

export type OrderEmailInput = {
  kind: OrderEmailKind;
  locale: Locale;
  hotelName: string;
  guestName: string;
  /** The order's wall-clock time of placing ("14:05", hotel time) and short reference. */
  placedAt: string;
  reference: string;
  /** The dishes as the guest saw them ("2 × Soup"). */
  items: string[];
  /** Cancelled: the reason the desk gave. Late: the expected time that passed ("14:35"). */
  reason?: string | null;
  expectedAt?: string | null;
};

const SUBJECT_KEY = { cancelled: "order.subjectCancelled", late: "order.subjectLate" } as const;

/** One subject per order and event: the sweeper finds an email already sent by it. */
export function orderEmailSubject(i: Pick<OrderEmailInput, "kind" | "locale" | "hotelName" | "placedAt" | "reference">): string {
  return translatorFor(i.locale, "email")(SUBJECT_KEY[i.kind], { hotelName: i.hotelName, placedAt: i.placedAt, reference: i.reference });
}

/** The same subject in every language (the booking's language may have changed since an email went out). */
export function orderEmailSubjects(i: Omit<Parameters<typeof orderEmailSubject>[0], "locale">): string[] {
  return LOCALES.map((locale) => orderEmailSubject({ ...i, locale }));
}

const REFERENCE_MARK = "\uE000";
const OTHER_MARK = "\uE001";
const tails = new Map<OrderEmailKind, string[]>();

/**
 * How this event's subject ends after "(REFERENCE)", in each language: every translation puts the
 * order's reference in parentheses followed by words only ("(1A2B3C) was cancelled"), so the
 * sweeper's query recognises an order already emailed from the subject alone. Different for the
 * two events in every language (lib/email/order-email-text.test.ts holds both rules).
 */
export function orderSubjectTails(kind: OrderEmailKind): string[] {
  let known = tails.get(kind);
  if (!known) {
    known = [
      ...new Set(
        LOCALES.map((locale) => {
          const subject = orderEmailSubject({ kind, locale, hotelName: OTHER_MARK, placedAt: OTHER_MARK, reference: REFERENCE_MARK });
          const at = subject.indexOf(`(${REFERENCE_MARK})`);
          const tail = at < 0 ? null : subject.slice(at + REFERENCE_MARK.length + 2);
          if (tail === null || tail.includes(OTHER_MARK) || tail.includes(REFERENCE_MARK)) {
            throw new Error(`email.${SUBJECT_KEY[kind]} (${locale}) must end with "({reference})" and words only`);
          }
          return tail;
        }),
      ),
    ];
    tails.set(kind, known);
  }
  return known;
}

export function renderOrderEmail(i: OrderEmailInput): Omit<OutgoingMail, "to"> {
  const t = translatorFor(i.locale, "email");
  const items = listOf(i.locale, i.items);
  const lead =
    i.kind === "cancelled"
      ? t("order.leadCancelled", { placedAt: i.placedAt, items })
      : i.expectedAt != null
        ? t("order.leadLate", { placedAt: i.placedAt, items, expectedAt: i.expectedAt })
        : t("order.leadLateNoTime", { placedAt: i.placedAt, items });
  const extra = i.kind === "cancelled" ? (i.reason ? t("order.reason", { reason: i.reason }) : null) : t("order.lateNote");
  const greeting = t("greeting", { guestName: i.guestName });
  const questions = t("order.questions", { hotelName: i.hotelName });
  const text = [greeting, "", lead, ...(extra ? ["", extra] : []), "", questions].join("\n");
  const html = `<p>${esc(greeting)}</p>
<p>${esc(lead)}</p>
${extra ? `<p>${esc(extra)}</p>` : ""}
<p style="color:#666;font-size:12px">${esc(questions)}</p>`;
  return { subject: orderEmailSubject(i), html: inLanguage(i.locale, html), text };
}
