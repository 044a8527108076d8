import { parseAllergyAlert, type AllergyAlert } from "@/lib/orders/allergies";

// A queue row, read leniently from GET /api/console/orders (unknown fields are ignored).

export type StaffOrder = {
  id: string;
  type: "ROOM_SERVICE" | "BREAKFAST";
  status: string;
  room: string | null;
  guest: string | null;
  booking: string | null;
  via: string | null;
  total: string | null;
  currency: string | null;
  created_at: string | null;
  eta: string | null;
  delivery_date: string | null;
  time_slot: string | null;
  guests: number | null;
  notes: string | null;
  allergy: AllergyAlert | null;
  cancel_reason: string | null;
  lines: { name: string; quantity: number; options: string[]; instructions: string | null }[];
};

type Raw = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === "string" && v ? v : typeof v === "number" ? String(v) : null);
const obj = (v: unknown): Raw => (v && typeof v === "object" ? (v as Raw) : {});
const label = (o: unknown) => (typeof o === "string" ? o : str(obj(o).label) ?? str(obj(o).name));

export function toStaffOrder(o: Raw): StaffOrder | null {
  const id = str(o.id) ?? str(o.order_id);
  if (!id) return null;
  const booking = obj(o.booking);
  const via = obj(o.placed_via ?? o.ordered_via_token);
  const guest = obj(o.guest);
  const lines = (Array.isArray(o.lines) ? o.lines : Array.isArray(o.items) ? o.items : []) as Raw[];
  return {
    id,
    type: o.type === "BREAKFAST" ? "BREAKFAST" : "ROOM_SERVICE",
    status: str(o.status) ?? "PENDING",
    room: str(o.room_number) ?? str(booking.room_number),
    guest: str(guest.display_name) ?? str(guest.first_name) ?? str(o.guest_first_name) ?? str(o.guest_name) ?? str(booking.primary_guest_name),
    booking: str(o.booking_ref) ?? str(o.booking_reference) ?? str(booking.reference) ?? str(booking.booking_id) ?? (typeof o.booking_id === "string" ? o.booking_id : null),
    via: str(via.label) ?? str(via.purpose),
    total: str(o.total_amount) ?? str(o.total),
    currency: str(o.currency),
    created_at: str(o.created_at),
    eta: str(o.eta) ?? str(o.estimated_delivery) ?? str(o.eta_at),
    delivery_date: str(o.delivery_date),
    time_slot: str(o.time_slot),
    guests: typeof o.guests === "number" ? o.guests : null,
    notes: str(o.notes),
    allergy: parseAllergyAlert(o.allergy_alert),
    cancel_reason: str(o.cancel_reason),
    lines: lines.map((l) => ({
      name: str(l.name) ?? "Item",
      quantity: typeof l.quantity === "number" ? l.quantity : 1,
      options: (Array.isArray(l.options) ? l.options : []).map(label).filter((x): x is string => Boolean(x)),
      instructions: str(l.instructions),
    })),
  };
}

export function toStaffOrders(body: unknown): StaffOrder[] {
  const list = Array.isArray(body) ? body : Array.isArray(obj(body).orders) ? (obj(body).orders as unknown[]) : [];
  return list.map((o) => toStaffOrder(obj(o))).filter((o): o is StaffOrder => o !== null);
}

export const STATUS_TEXT: Record<string, string> = {
  PENDING: "New",
  ACCEPTED: "Accepted",
  PREPARING: "Preparing",
  READY: "Ready",
  DELIVERING: "Out for delivery",
  DELIVERED: "Delivered",
  CANCELLED: "Cancelled",
};
export const ADVANCE_TEXT: Record<string, string> = {
  PREPARING: "Start preparing",
  READY: "Mark ready",
  DELIVERING: "Out for delivery",
  DELIVERED: "Mark delivered",
};
