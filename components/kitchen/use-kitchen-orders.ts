"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useLiveList } from "@/components/realtime/use-live-list";
import { kitchenOrders, toKitchenOrder, type KitchenOrder, type StaffOrderList } from "@/components/kitchen/model/ticket";
import type { StaffOrderView } from "@/lib/orders/order-view";
import { staffOrdersChannel } from "@/lib/realtime/channels";
import type { EventName } from "@/lib/realtime/events";
import { useKitchenFetch } from "./session-guard";

const ORDER_EVENTS: readonly EventName[] = ["order.created", "order.status_changed", "order.updated"];
const CANCEL_FLASH_MS = 10_000;

/** A cancelled ticket flashing where it was: `wasStatus` keeps it in the column the cook saw it in. */
export type Leaving = KitchenOrder & { leavingUntil: number; wasStatus: KitchenOrder["status"] };

/**
 * The orders behind a kitchen view, kept current from the staff order channel (the one live-list
 * hook: any order event or a reconnect refetches the whole list; events carry only ids). Tickets
 * that were on the board and got cancelled stay a few seconds as "leaving", with the reason.
 */
export function useKitchenOrders<Body>(opts: { hotelSlug: string; url: string; select: (body: Body) => KitchenOrder[]; type: KitchenOrder["type"] }) {
  const kitchenFetch = useKitchenFetch();
  const { url, select, type } = opts;
  const load = useCallback(() => kitchenFetch<Body>(url), [kitchenFetch, url]);
  const live = useLiveList<Body>({
    load,
    channel: staffOrdersChannel(opts.hotelSlug),
    refetchOn: (name, data) => ORDER_EVENTS.includes(name) && (!data.type || data.type === type),
  });
  const raw = live.data;
  const orders = useMemo(() => (raw === null ? null : select(raw)), [raw, select]);
  const [leaving, setLeaving] = useState<Leaving[]>([]);
  const onBoard = useRef(new Map<string, KitchenOrder>());

  // Tickets that were open and now are cancelled (or gone from the list): flash the cancelled ones.
  useEffect(() => {
    if (orders === null) return;
    const list = orders;
    const now = new Map(list.map((o) => [o.id, o]));
    const gone = [...onBoard.current.values()].filter((o) => o.status !== "CANCELLED" && (!now.has(o.id) || now.get(o.id)!.status === "CANCELLED"));
    onBoard.current = new Map(list.filter((o) => o.status !== "CANCELLED" && o.status !== "DELIVERED").map((o) => [o.id, o]));
    for (const o of gone) {
      void (async () => {
        const latest = now.get(o.id) ?? (await fetchOne(kitchenFetch, o.id));
        if (latest?.status === "CANCELLED") setLeaving((l) => [...l.filter((x) => x.id !== o.id), { ...o, status: "CANCELLED", wasStatus: o.status, cancelReason: latest.cancelReason, leavingUntil: Date.now() + CANCEL_FLASH_MS }]);
      })();
    }
  }, [orders, kitchenFetch]);

  useEffect(() => {
    if (leaving.length === 0) return;
    const next = Math.min(...leaving.map((l) => l.leavingUntil)) - Date.now();
    const t = setTimeout(() => setLeaving((l) => l.filter((x) => x.leavingUntil > Date.now())), Math.max(0, next) + 50);
    return () => clearTimeout(t);
  }, [leaving]);

  const { refresh } = live;
  /** Moves an order from the status this screen shows to `status` (409 if it moved meanwhile); the board follows from the refetch. */
  const setStatus = useCallback(
    async (orderId: string, from: string, status: string) => {
      const res = await kitchenFetch(`/api/console/orders/${encodeURIComponent(orderId)}/status`, { method: "POST", body: JSON.stringify({ status, from_status: from }) });
      void refresh();
      return res;
    },
    [kitchenFetch, refresh],
  );

  return { orders, raw, error: live.error, leaving, setStatus };
}

async function fetchOne(kitchenFetch: ReturnType<typeof useKitchenFetch>, id: string): Promise<KitchenOrder | null> {
  const res = await kitchenFetch<{ order: StaffOrderView }>(`/api/console/orders/${encodeURIComponent(id)}`);
  return res.ok ? toKitchenOrder(res.data.order) : null;
}

export const selectOrderList = (body: StaffOrderList) => kitchenOrders(body);
