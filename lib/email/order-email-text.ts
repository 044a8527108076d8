import type { OutgoingMail } from "./transport";

// The two order emails a guest away from the portal gets: the hotel cancelled an order, or an
// order is past its expected time. Plain facts; no link (a new link would widen access by email).

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export type OrderEmailKind = "cancelled" | "late";

export type OrderEmailInput = {
  kind: OrderEmailKind;
  hotelName: string;
  guestName: string;
  /** The order's wall-clock time of placing ("14:05", hotel time) and short reference. */
  placedAt: string;
  reference: string;
  items: string[];
  /** Cancelled: the reason the desk gave. Late: the expected time that passed ("14:35"). */
  reason?: string | null;
  expectedAt?: string | null;
};

/** One subject per order and event: the sweeper finds an email already sent by it. */
export function orderEmailSubject(i: Pick<OrderEmailInput, "kind" | "hotelName" | "placedAt" | "reference">): string {
  return i.kind === "cancelled"
    ? `${i.hotelName}: your order of ${i.placedAt} (${i.reference}) was cancelled`
    : `${i.hotelName}: your order of ${i.placedAt} (${i.reference}) is running late`;
}

export function renderOrderEmail(i: OrderEmailInput): Omit<OutgoingMail, "to"> {
  const what = i.items.join(", ");
  const lead =
    i.kind === "cancelled"
      ? `The hotel cancelled your order of ${i.placedAt} (${what}).`
      : `Your order of ${i.placedAt} (${what}) was expected at ${i.expectedAt ?? "an earlier time"} and is running late. The kitchen is on it.`;
  const extra = i.kind === "cancelled" ? (i.reason ? `Reason: ${i.reason}` : null) : "Your stay page shows the new time as soon as the kitchen gives one.";
  const text = [`Hello ${i.guestName},`, "", lead, ...(extra ? ["", extra] : []), "", `Questions? Please contact the front desk of ${i.hotelName}.`].join("\n");
  const html = `<p>Hello ${esc(i.guestName)},</p>
<p>${esc(lead)}</p>
${extra ? `<p>${esc(extra)}</p>` : ""}
<p style="color:#666;font-size:12px">Questions? Please contact the front desk of ${esc(i.hotelName)}.</p>`;
  return { subject: orderEmailSubject(i), html, text };
}
