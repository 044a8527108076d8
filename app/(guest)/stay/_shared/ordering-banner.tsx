import type { OrderingState } from "@/lib/orders/ordering-state";
import { DeskContact } from "./desk-contact";

const TONE: Record<OrderingState["code"], string> = {
  OPEN: "bg-emerald-50 text-emerald-950 ring-emerald-300",
  CLOSED_NOW: "bg-amber-50 text-amber-950 ring-amber-300",
  BEFORE_CHECK_IN: "bg-amber-50 text-amber-950 ring-amber-300",
  NO_MORNING_LEFT: "bg-stone-100 text-stone-900 ring-stone-300",
  VIEW_ONLY: "bg-stone-100 text-stone-900 ring-stone-300",
  STAY_ENDED: "bg-stone-100 text-stone-900 ring-stone-300",
};

/**
 * The one true thing a menu says at the top: open, closed now (and when it opens), opens at
 * check-in, view-only link, stay ended. A dead end says where to turn: the front desk, by chat
 * when the link allows it.
 */
export function OrderingBanner({ id, state, chat, phone }: { id: string; state: OrderingState; chat: boolean; phone: string | null }) {
  return (
    <div id={id} role="status" data-testid="ordering-state" data-code={state.code} className={`rounded-xl p-3 text-sm ring-1 ${TONE[state.code]}`}>
      <p className="font-semibold">{state.title}</p>
      <p>{state.message}</p>
      {!state.can_add && (
        <p className="mt-1">
          <DeskContact phone={phone} chat={chat} />
        </p>
      )}
    </div>
  );
}
