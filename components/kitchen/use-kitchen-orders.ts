"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useChannel } from "@/components/realtime/realtime-provider";
import { parseOrder, parseOrders, type KitchenOrder } from "@/lib/kitchen/ticket";
import { staffOrdersChannel } from "@/lib/realtime/channels";
import type { EventName } from "@/lib/realtime/events";
import { useKitchenFetch } from "./session-guard";

const ORDER_EVENTS: readonly EventName[] = ["order.created", "order.status_changed", "order.updated"];
const CANCEL_FLASH_MS = 10_000;

/** A cancelled ticket flashing where it was: `wasStatus` keeps it in the column the cook saw it in. */
export type Leaving = KitchenOrder & { leavingUntil: number; wasStatus: KitchenOrder["status"] };

/**
 * The orders behind a kitchen view, kept current from the staff order channel. Any order event
 * (or a reconnect) refetches the whole list, so the board is never stale; events carry only ids.
 * Tickets that were on the board and got cancelled stay a few seconds as "leaving", with the reason.
 */
export function useKitchenOrders(opts: { hotelSlug: string; url: string; select: (raw: unknown) => KitchenOrder[]; type: KitchenOrder["type"] }) {
  const kitchenFetch = useKitchenFetch();
  const [orders, setOrders] = useState<KitchenOrder[] | null>(null);
  const [raw, setRaw] = useState<unknown>(null);
  const [error, setError] = useState<string | null>(null);
  const [leaving, setLeaving] = useState<Leaving[]>([]);
  const onBoard = useRef(new Map<string, KitchenOrder>());
  const seq = useRef(0);
  const { url, select, type } = opts;

  const refetch = useCallback(async () => {
    const mine = ++seq.current;
    const res = await kitchenFetch(url);
    if (mine !== seq.current) return; // a newer refetch is on its way
    if (!res.ok) return setError(res.error);
    setError(null);
    const list = select(res.data);
    setRaw(res.data);
    setOrders(list);
    // Tickets that were open and now are cancelled (or gone from the list): flash the cancelled ones.
    const now = new Map(list.map((o) => [o.id, o]));
    const gone = [...onBoard.current.values()].filter((o) => o.status !== "CANCELLED" && (!now.has(o.id) || now.get(o.id)!.status === "CANCELLED"));
    onBoard.current = new Map(list.filter((o) => o.status !== "CANCELLED" && o.status !== "DELIVERED").map((o) => [o.id, o]));
    for (const o of gone) {
      const latest = now.get(o.id) ?? (await fetchOne(kitchenFetch, o.id));
      if (latest?.status === "CANCELLED") setLeaving((l) => [...l.filter((x) => x.id !== o.id), { ...o, status: "CANCELLED", wasStatus: o.status, cancelReason: latest.cancelReason, leavingUntil: Date.now() + CANCEL_FLASH_MS }]);
    }
  }, [kitchenFetch, url, select]);

  useEffect(() => {
    // Fetching on mount: the list lives on the server.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void refetch();
  }, [refetch]);

  useEffect(() => {
    if (leaving.length === 0) return;
    const next = Math.min(...leaving.map((l) => l.leavingUntil)) - Date.now();
    const t = setTimeout(() => setLeaving((l) => l.filter((x) => x.leavingUntil > Date.now())), Math.max(0, next) + 50);
    return () => clearTimeout(t);
  }, [leaving]);

  useChannel(
    staffOrdersChannel(opts.hotelSlug),
    (name, data) => {
      if (!ORDER_EVENTS.includes(name)) return;
      if (data.type && data.type !== type) return;
      void refetch();
    },
    () => void refetch(),
  );

  /** Moves an order from the status this screen shows to `status` (409 if it moved meanwhile); the board follows from the refetch. */
  const setStatus = useCallback(
    async (orderId: string, from: string, status: string) => {
      const res = await kitchenFetch(`/api/console/orders/${encodeURIComponent(orderId)}/status`, { method: "POST", body: JSON.stringify({ status, from_status: from }) });
      void refetch();
      return res;
    },
    [kitchenFetch, refetch],
  );

  return { orders, raw, error, leaving, refetch, setStatus };
}

async function fetchOne(kitchenFetch: ReturnType<typeof useKitchenFetch>, id: string): Promise<KitchenOrder | null> {
  const res = await kitchenFetch(`/api/console/orders/${encodeURIComponent(id)}`);
  return res.ok ? parseOrder(res.data) : null;
}

export const selectOrderList = (raw: unknown) => parseOrders(raw);
