import type { Booking, GuestBookingToken, Hotel, Order, OrderLine, StaffRole, TokenPurpose } from "@/lib/db/schema";
import { lateAt } from "@/lib/orders/lateness";
import { minorToDecimal } from "@/lib/menus/money";
import { allergyAlert, type AllergyAlert } from "./allergies";
import { guestFacingStatus, isReadyOrLater } from "./guest-status";
import { seesGuestDetails } from "./order-roles";
import { canTransition, nextStatus } from "./transitions";

// The JSON shapes of an order: one for the guest, one for staff (the guest's plus who and where).
// Money goes out twice: a decimal string for display and integer minor units for arithmetic.

export type OrderWithLines = { order: Order; lines: OrderLine[] };

export type OrderLineView = {
  item_id: string | null;
  name: string;
  options: { group: string; label: string; price: string; price_minor: number }[];
  quantity: number;
  unit_price: string;
  unit_price_minor: number;
  line_total: string;
  line_total_minor: number;
  instructions: string | null;
  /** Allergies / dietary needs declared for this dish. */
  allergies: { allergens: string[]; note: string | null };
  /** The dish's allergens as the menu listed them when it was ordered. */
  contains: string[];
};

export type GuestOrderView = {
  order_id: string;
  type: Order["type"];
  status: Order["status"];
  currency: string;
  lines: OrderLineView[];
  items_count: number;
  subtotal: string;
  subtotal_minor: number;
  total: string;
  total_minor: number;
  notes: string | null;
  /** Allergies / dietary needs declared for the whole order. */
  allergies: { allergens: string[]; note: string | null };
  /**
   * What the kitchen must see in full: every declared allergen, every allergy text, and each dish
   * that contains a declared allergen. Null when nothing was declared.
   */
  allergy_alert: AllergyAlert | null;
  /** The current promise (staff may renew it when accepting). */
  estimated_delivery: string | null;
  /** The promise the guest saw when ordering, kept as it was. */
  promised_at: string | null;
  /** Breakfast only (null on room service). */
  delivery_date: string | null;
  time_slot: string | null;
  guests: number | null;
  cancel_reason: string | null;
  cancelled_by: string | null;
  created_at: string;
  updated_at: string;
  status_times: { created_at: string; accepted_at: string | null; ready_at: string | null; delivered_at: string | null; cancelled_at: string | null };
  /** Whether the guest may still cancel it (PENDING only). */
  can_cancel: boolean;
  /** Room service not yet delivered whose expected time has passed (the guest's card says it runs late). */
  running_late: boolean;
};

export type StaffOrderView = GuestOrderView & {
  booking_ref: string;
  room_number: string | null;
  guest: { first_name: string; initial: string; display_name: string; full_name?: string };
  /** The link it was placed with (label and purpose, never the token); null when staff placed it. */
  placed_via: { link_id: string; label: string | null; purpose: TokenPurpose } | null;
  /** Where staff may move it next (the bump), for the queue's buttons. */
  next_status: Order["status"] | null;
  can_cancel: boolean;
  /** When it is (or becomes) late by the one lateness rule (lateAt in lib/orders/lateness.ts); null: never. */
  late_at: string | null;
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Whose words a line is shown in: the guest's views show what the guest read when ordering (in
 * their language), the staff's (console, kitchen tickets) the hotel's, the dish the cook knows.
 */
type Words = "guest" | "hotel";

/** A line with its name and options in the guest's words (the hotel's where the guest read those). */
function inGuestWords(l: OrderLine): OrderLine {
  return { ...l, name: l.guestName ?? l.name, options: l.options.map((o) => ({ ...o, groupName: o.guestGroupName ?? o.groupName, label: o.guestLabel ?? o.label })) };
}

function lineView(l: OrderLine, currency: string): OrderLineView {
  return {
    item_id: l.menuItemId,
    name: l.name,
    options: l.options.map((o) => ({ group: o.groupName, label: o.label, price: minorToDecimal(o.priceDeltaMinor, currency), price_minor: o.priceDeltaMinor })),
    quantity: l.quantity,
    unit_price: minorToDecimal(l.unitPriceMinor, currency),
    unit_price_minor: l.unitPriceMinor,
    line_total: minorToDecimal(l.lineTotalMinor, currency),
    line_total_minor: l.lineTotalMinor,
    instructions: l.instructions,
    allergies: { allergens: l.allergens, note: l.allergyNote },
    contains: l.contains,
  };
}

/** An ETA passed while the order is still on its way to the guest. */
export const isRunningLate = (o: Pick<Order, "type" | "status" | "etaAt">, now: Date) =>
  o.type === "ROOM_SERVICE" && o.etaAt !== null && o.status !== "DELIVERED" && o.status !== "CANCELLED" && o.etaAt.getTime() < now.getTime();

/**
 * The guest's view: the furthest status reached (a kitchen recall is invisible, lib/orders/guest-status.ts),
 * the lines in the words the guest read when ordering.
 */
export function guestOrderView(row: OrderWithLines, now = new Date()): GuestOrderView {
  return orderView(row, guestFacingStatus(row.order), now, "guest");
}

function orderView({ order: o, lines }: OrderWithLines, status: Order["status"], now: Date, words: Words): GuestOrderView {
  const cur = o.currency;
  const sorted = [...lines].sort((a, b) => a.position - b.position).map((l) => (words === "guest" ? inGuestWords(l) : l));
  return {
    order_id: o.id,
    type: o.type,
    status,
    currency: cur,
    lines: sorted.map((l) => lineView(l, cur)),
    items_count: lines.reduce((s, l) => s + l.quantity, 0),
    subtotal: minorToDecimal(o.subtotalMinor, cur),
    subtotal_minor: o.subtotalMinor,
    total: minorToDecimal(o.totalMinor, cur),
    total_minor: o.totalMinor,
    notes: o.notes,
    allergies: { allergens: o.allergens, note: o.allergyNote },
    allergy_alert: allergyAlert(o, sorted),
    estimated_delivery: iso(o.etaAt),
    promised_at: iso(o.promisedAt),
    delivery_date: o.deliveryDate,
    time_slot: o.timeSlot,
    guests: o.guests,
    cancel_reason: o.cancelReason,
    cancelled_by: o.cancelledBy,
    created_at: o.createdAt.toISOString(),
    updated_at: o.updatedAt.toISOString(),
    status_times: { created_at: o.createdAt.toISOString(), accepted_at: iso(o.acceptedAt), ready_at: isReadyOrLater(status) ? iso(o.readyAt) : null, delivered_at: iso(o.deliveredAt), cancelled_at: iso(o.cancelledAt) },
    can_cancel: canTransition(o.status, "CANCELLED", "GUEST"),
    running_late: isRunningLate(o, now),
  };
}

/** "James Carter" → James, C. A one-word name has no initial. */
export function splitGuestName(full: string): { first_name: string; initial: string; display_name: string } {
  const parts = full.trim().split(/\s+/).filter(Boolean);
  const first = parts[0] ?? "Guest";
  const last = parts.length > 1 ? parts[parts.length - 1]! : "";
  const initial = last ? last[0]!.toUpperCase() : "";
  return { first_name: first, initial, display_name: initial ? `${first} ${initial}.` : first };
}

export type StaffOrderRow = OrderWithLines & {
  booking: Pick<Booking, "reference" | "primaryGuestName">;
  roomNumber: string | null;
  link: Pick<GuestBookingToken, "id" | "label" | "purpose"> | null;
};

export function staffOrderView(row: StaffOrderRow, role: StaffRole, hotel: Pick<Hotel, "kitchenLateMinutes">): StaffOrderView {
  // Staff see the order as it is, recalls included, in the hotel's words (the kitchen's dish names).
  const base = orderView(row, row.order.status, new Date(), "hotel");
  const name = splitGuestName(row.booking.primaryGuestName);
  return {
    ...base,
    booking_ref: row.booking.reference,
    room_number: row.roomNumber,
    guest: seesGuestDetails(role) ? { ...name, full_name: row.booking.primaryGuestName } : name,
    placed_via: row.link ? { link_id: row.link.id, label: row.link.label, purpose: row.link.purpose } : null,
    next_status: nextStatus(row.order.status),
    can_cancel: canTransition(row.order.status, "CANCELLED", "STAFF"),
    late_at: lateAt({ type: row.order.type, status: row.order.status, createdAt: base.created_at, etaAt: base.estimated_delivery }, { lateMinutes: hotel.kitchenLateMinutes }),
  };
}
