import type { Check } from "./checks";
import { pendingOutbox } from "./db-state";
import { until } from "./faults";
import type { Guest, Menu } from "./guest";
import type { Kitchen } from "./staff";
import type { Writes } from "./writes";

// Scale-out, seen end to end: an order placed by a guest on instance A reaches the kitchen's
// socket, and the kitchen's own read, served by instance B, lists it. The order is one more write
// in the ledger, so the order checks count it like any other.

export async function scaleOutProbe(guest: Guest, menu: Menu, kitchen: Kitchen, writes: Writes, since: Date): Promise<Check> {
  const w = writes.create("room-service", guest.guest, guest.instance, () => ({ items: [{ item_id: menu.roomItems[0], quantity: 1 }] }));
  const t = Date.now();
  const answer = await writes.send(w);
  const id = answer.status === 201 ? String((answer.body as { order_id: string }).order_id) : null;
  const heard = id ? await until(() => kitchen.tracker.statuses().has(id), 15_000) : false;
  const heardMs = Date.now() - t;
  const listed = id && heard ? ((await kitchen.fetchOpen("probe read"))?.has(id) ?? false) : false;
  await until(async () => (await pendingOutbox(since)) === 0, 30_000);
  return {
    name: `scale-out: an order placed on ${guest.instance.name} reaches the kitchen, whose read on ${kitchen.instance.name} lists it`,
    ok: heard && listed,
    detail: `order ${id?.slice(0, 8) ?? `refused (${answer.status})`} → kitchen event ${heard ? `${heardMs} ms after the request began` : "never"} → ${listed ? "listed" : "NOT listed"} by ${kitchen.instance.name}`,
  };
}
