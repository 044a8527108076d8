import { bookings, rooms, type BookingStatus } from "@/lib/db/schema";
import { stayState, type StayState } from "./stay-rules";

// The columns every console list shows, selected once so lists stay consistent.
export const bookingListColumns = {
  id: bookings.id,
  reference: bookings.reference,
  guestName: bookings.primaryGuestName,
  language: bookings.language,
  checkInDate: bookings.checkInDate,
  checkOutDate: bookings.checkOutDate,
  lateCheckoutTime: bookings.lateCheckoutTime,
  status: bookings.status,
  checkedInAt: bookings.checkedInAt,
  checkedOutAt: bookings.checkedOutAt,
  adults: bookings.adults,
  children: bookings.children,
  roomNumber: rooms.number,
};

export type BookingListRow = {
  id: string;
  reference: string;
  guestName: string;
  /** The guest's language (en, pt, de, fr, es, ar), null when not known. */
  language: string | null;
  checkInDate: string;
  checkOutDate: string;
  /** An approved late check-out ("HH:MM", hotel time), null for the hotel's usual time. */
  lateCheckoutTime: string | null;
  status: BookingStatus;
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
  adults: number;
  children: number;
  roomNumber: string | null;
};
export type BookingListItem = BookingListRow & { stayState: StayState };

export function withStayState(rows: BookingListRow[]): BookingListItem[] {
  return rows.map((r) => ({ ...r, stayState: stayState(r) }));
}
