"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";
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

// The link's and the stay's reasons read the same for both menus.
const SHARED: readonly OrderingState["code"][] = ["VIEW_ONLY", "STAY_ENDED"];

/**
 * A menu's state in the guest's language: the server's `title` and `message` said again from
 * `menu`, `code` and `params` (common.ordering.*); the server's English when a state has no
 * message (a newer server than this page).
 */
export function useOrderingText(): (state: OrderingState) => { title: string; message: string } {
  const t = useTranslations("common.ordering");
  return useCallback(
    (state) => {
      const key = SHARED.includes(state.code) ? `any.${state.code}` : `${state.menu}.${state.code}`;
      if (!state.params || !t.has(`${key}.title`)) return { title: state.title, message: state.message };
      // ICU selects on strings: booleans become "true" / "false".
      const values = Object.fromEntries(Object.entries(state.params).map(([k, v]) => [k, typeof v === "boolean" ? String(v) : v]));
      return { title: t(`${key}.title`, values), message: t(`${key}.message`, values) };
    },
    [t],
  );
}

/**
 * The one true thing a menu says at the top: open, closed now (and when it opens), opens at
 * check-in, view-only link, stay ended. A dead end says where to turn: the front desk, by chat
 * when the link allows it.
 */
export function OrderingBanner({ id, state, chat, phone }: { id: string; state: OrderingState; chat: boolean; phone: string | null }) {
  const text = useOrderingText()(state);
  return (
    <div id={id} role="status" data-testid="ordering-state" data-code={state.code} className={`rounded-xl p-3 text-sm ring-1 ${TONE[state.code]}`}>
      <p className="font-semibold">{text.title}</p>
      <p>{text.message}</p>
      {!state.can_add && (
        <p className="mt-1">
          <DeskContact phone={phone} chat={chat} />
        </p>
      )}
    </div>
  );
}
