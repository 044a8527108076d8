"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import { bumpOf, columnOf, columnTracks, COLUMNS, groupBoard, type Thresholds } from "@/components/kitchen/model/board";
import { dropBump, pushBump, recallTarget, type Bump } from "@/components/kitchen/model/recall";
import type { KitchenOrder } from "@/components/kitchen/model/ticket";
import { useBoardLayout } from "./use-board-layout";
import { useNow } from "./use-now";
import { useRepeatingAlert } from "./sound";
import { AllergyStrip } from "./allergy-strip";
import { TicketCard } from "./ticket-card";
import { ToolbarSlot } from "./toolbar-slot";
import { selectOrderList, useKitchenOrders } from "./use-kitchen-orders";

// Open tickets only; a ticket cancelled meanwhile is looked up by id to flash its reason.
const LIST_URL = "/api/console/orders?type=ROOM_SERVICE&status=open";

/**
 * Rows of a column: each as tall as its ticket where there is room, sharing the height equally
 * where there is not (so a few tickets show everything, and 12 still fit). `auto` as the least
 * height is each ticket's min-height (its header, allergy banner and buttons, measured), so no
 * row is squeezed below what must stay readable; the column scrolls only if those alone outgrow it.
 */
function ticketRows(count: number, tracks: number, maxRows: number) {
  const used = Math.min(maxRows, Math.max(1, Math.ceil(count / tracks)));
  return `repeat(${used}, minmax(auto, max-content))`;
}

export function RoomServiceBoard({ hotelSlug, thresholds, timeZone }: { hotelSlug: string; thresholds: Thresholds; timeZone: string }) {
  const { orders, error, leaving, setStatus } = useKitchenOrders({ hotelSlug, url: LIST_URL, select: selectOrderList, type: "ROOM_SERVICE" });
  const now = useNow();
  const { rows, portrait } = useBoardLayout();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [bumps, setBumps] = useState<Bump[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);

  const open = useMemo(() => (orders ?? []).filter((o) => o.type === "ROOM_SERVICE"), [orders]);
  const board = useMemo(() => groupBoard(open), [open]);
  const alerting = useMemo(() => open.filter((o) => o.status === "PENDING" && !touched.has(o.id)).map((o) => o.id), [open, touched]);
  useRepeatingAlert(alerting);

  const touch = useCallback((id: string) => setTouched((t) => (t.has(id) ? t : new Set(t).add(id))), []);

  const move = useCallback(
    async (order: KitchenOrder, to: string, after: () => void) => {
      setBusy(order.id);
      setProblem(null);
      const res = await setStatus(order.id, order.status, to);
      setBusy(null);
      if (res.ok) after();
      else setProblem(`Room ${order.room ?? "?"}: ${res.message}`);
    },
    [setStatus],
  );

  const bumpTicket = (order: KitchenOrder) => {
    const b = bumpOf(order.status);
    if (!b) return;
    touch(order.id);
    void move(order, b.to, () => setBumps((s) => pushBump(s, { orderId: order.id, from: order.status, to: b.to, room: order.room })));
  };

  const statusOf = (id: string) => open.find((o) => o.id === id)?.status;
  const recall = recallTarget(bumps, statusOf);
  const doRecall = () => {
    const order = recall && open.find((o) => o.id === recall.orderId);
    if (!recall || !order) return;
    void move(order, recall.from, () => setBumps((s) => dropBump(s, recall)));
  };

  const cancelledIds = new Set(leaving.map((l) => l.id));
  // A cancelled ticket flashes in the column it was in (not all in New), so the cook sees which one went.
  const leavingIn = (col: (typeof COLUMNS)[number]["id"]) => leaving.filter((l) => (columnOf(l.wasStatus) ?? "new") === col);
  const counts = COLUMNS.map((c) => board[c.id].filter((o) => !cancelledIds.has(o.id)).length + leavingIn(c.id).length);
  // In landscape a ticket with an allergy takes two tracks' width, so its banner reads in a few
  // lines and the board still fits; it counts as two cells when the column's tracks are worked out.
  const allergic = COLUMNS.map((c) => board[c.id].filter((o) => o.allergy && !cancelledIds.has(o.id)).length);
  const tracks = counts.map((n, i) => (portrait ? 1 : columnTracks(n + allergic[i]!, rows)));
  const wide = tracks.map((t) => t >= 2);

  return (
    <div ref={root} className="flex min-h-0 flex-1 flex-col">
      <ToolbarSlot>
        <button
          type="button"
          onClick={doRecall}
          disabled={!recall || busy !== null}
          className="rounded-lg bg-stone-100 px-4 py-2 text-lg font-bold text-stone-950 disabled:bg-stone-800 disabled:text-stone-300"
        >
          ↶ Recall{recall ? ` room ${recall.room ?? "?"}` : ""}
        </button>
      </ToolbarSlot>
      {(problem || error) && (
        <p role="alert" className="fixed bottom-4 left-1/2 z-40 -translate-x-1/2 rounded-lg bg-red-600 px-5 py-3 text-xl font-bold text-white shadow-lg">
          {problem ?? `Could not load orders: ${error}`}
        </p>
      )}
      <AllergyStrip orders={open} board={root} />
      <div className="kitchen-board grid min-h-0 flex-1 gap-2 p-2" style={{ gridTemplateColumns: tracks.map((t) => `minmax(0, ${t}fr)`).join(" "), gridTemplateRows: "minmax(0, 1fr)" }}>
        {COLUMNS.map((col, i) => (
          <section key={col.id} aria-labelledby={`col-${col.id}`} data-testid={`column-${col.id}`} className="flex min-h-0 flex-col rounded-xl bg-stone-800/60 p-1.5">
            <h2 id={`col-${col.id}`} className="truncate px-1 pb-1 text-2xl font-black text-white">
              {col.title} <span className="text-stone-300">({board[col.id].length})</span>
            </h2>
            {orders && counts[i] === 0 && <p className="px-1 text-xl text-stone-300">No tickets</p>}
            <div
              className={`kitchen-tickets grid min-h-0 flex-1 gap-2 overflow-y-auto ${portrait ? "content-start" : ""}`}
              style={portrait ? { gridAutoRows: "max-content" } : { gridTemplateColumns: `repeat(${tracks[i]}, minmax(0, 1fr))`, gridTemplateRows: ticketRows(counts[i]! + (wide[i] ? allergic[i]! : 0), tracks[i]!, rows) }}
            >
              {leavingIn(col.id).map((o) => (
                <TicketCard key={`x-${o.id}`} order={o} now={now} thresholds={thresholds} timeZone={timeZone} cancelled />
              ))}
              {board[col.id]
                .filter((o) => !cancelledIds.has(o.id))
                .map((o) => (
                  <TicketCard
                    key={o.id}
                    order={o}
                    now={now}
                    thresholds={thresholds}
                    timeZone={timeZone}
                    wide={wide[i] && Boolean(o.allergy)}
                    alerting={o.status === "PENDING" && !touched.has(o.id)}
                    busy={busy === o.id}
                    onTouch={() => touch(o.id)}
                    onBump={() => bumpTicket(o)}
                  />
                ))}
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}
