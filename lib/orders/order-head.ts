import type { StaffOrderView } from "./order-view";

// Types only from order-view.ts: the kitchen and console screens run this in the browser.

/** What the staff screens name an order by: its id, kind and status, the room and the guest. */
export const orderHead = (o: StaffOrderView) => ({ id: o.order_id, type: o.type, status: o.status, room: o.room_number, guest: o.guest.display_name });
