import { parseAllergyAlert, type AllergyAlert } from "@/lib/orders/allergies";

// The guest's view of an order, read leniently from the guest order APIs (room service and
// breakfast answer with the same shape of list; unknown fields are ignored).

export type GuestOrderLine = { name: string; quantity: number; options: string[]; instructions: string | null };
export type GuestOrder = {
  id: string;
  type: "ROOM_SERVICE" | "BREAKFAST";
  status: string;
  total: string | null;
  currency: string | null;
  eta: string | null;
  created_at: string | null;
  delivery_date: string | null;
  time_slot: string | null;
  guests: number | null;
  cancel_reason: string | null;
  /** The API's word on whether the guest may cancel now (breakfast: only until the cut-off). */
  can_cancel: boolean;
  /** What the kitchen was told about allergies (null when nothing was declared). */
  allergy: AllergyAlert | null;
  lines: GuestOrderLine[];
};

type Raw = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === "string" && v ? v : typeof v === "number" ? String(v) : null);
const num = (v: unknown): number | null => (typeof v === "number" ? v : null);

function optionLabel(o: unknown): string | null {
  if (typeof o === "string") return o;
  if (o && typeof o === "object") return str((o as Raw).label) ?? str((o as Raw).name);
  return null;
}

export function toGuestOrder(o: Raw, fallbackType: GuestOrder["type"]): GuestOrder | null {
  const id = str(o.id) ?? str(o.order_id);
  if (!id) return null;
  const rawLines = (Array.isArray(o.lines) ? o.lines : Array.isArray(o.items) ? o.items : []) as Raw[];
  return {
    id,
    type: o.type === "BREAKFAST" || o.type === "ROOM_SERVICE" ? o.type : fallbackType,
    status: str(o.status) ?? "PENDING",
    total: str(o.total_amount) ?? str(o.total),
    currency: str(o.currency),
    eta: str(o.eta) ?? str(o.estimated_delivery) ?? str(o.eta_at),
    created_at: str(o.created_at) ?? str(o.placed_at),
    delivery_date: str(o.delivery_date),
    time_slot: str(o.time_slot),
    guests: num(o.guests),
    cancel_reason: str(o.cancel_reason) ?? str(o.cancellation_reason),
    can_cancel: typeof o.can_cancel === "boolean" ? o.can_cancel : o.status === "PENDING",
    allergy: parseAllergyAlert(o.allergy_alert),
    lines: rawLines.map((l) => ({
      name: str(l.name) ?? str(l.item_name) ?? "Item",
      quantity: num(l.quantity) ?? 1,
      options: (Array.isArray(l.options) ? l.options : []).map(optionLabel).filter((x): x is string => Boolean(x)),
      instructions: str(l.instructions),
    })),
  };
}

/** Orders from a list answer (`{ orders: [...] }` or a bare array). */
export function toGuestOrders(body: unknown, fallbackType: GuestOrder["type"]): GuestOrder[] {
  const list = Array.isArray(body) ? body : body && typeof body === "object" && Array.isArray((body as Raw).orders) ? ((body as Raw).orders as unknown[]) : [];
  return list.map((o) => (o && typeof o === "object" ? toGuestOrder(o as Raw, fallbackType) : null)).filter((o): o is GuestOrder => o !== null);
}

export const STEPS = ["PENDING", "ACCEPTED", "PREPARING", "READY", "DELIVERING", "DELIVERED"] as const;
export const STATUS_LABELS: Record<string, string> = {
  PENDING: "Received",
  ACCEPTED: "Accepted",
  PREPARING: "Preparing",
  READY: "Ready",
  DELIVERING: "On its way",
  DELIVERED: "Delivered",
  CANCELLED: "Cancelled",
};

export type RoomCharge = { amount: string; currency: string };

/**
 * The stay's room charges from the room-service order list: one amount per currency
 * (`stay_totals`), never a sum across currencies; an older answer's single `stay_total` otherwise.
 */
export function chargesOf(list: Raw, hotelCurrency: string): RoomCharge[] | null {
  if (Array.isArray(list.stay_totals)) {
    const totals = list.stay_totals.flatMap((t: unknown) => {
      const r = t && typeof t === "object" ? (t as Raw) : {};
      const amount = str(r.total);
      const currency = str(r.currency);
      return amount && currency ? [{ amount, currency }] : [];
    });
    if (totals.length > 0) return totals;
  }
  const amount = str(list.room_charges_total ?? list.stay_total);
  return amount ? [{ amount, currency: str(list.currency) ?? hotelCurrency }] : null;
}
