"use client";

import { useState } from "react";
import { AllergyBanner } from "@/components/orders/allergy-banner";
import { ageTone, bumpOf, formatAge, type Thresholds } from "@/components/kitchen/model/board";
import { isLate } from "@/lib/orders/lateness";
import type { KitchenOrder } from "@/components/kitchen/model/ticket";
import { TicketDetails } from "./ticket-details";
import { TicketLines } from "./ticket-lines";
import { useClipped } from "./use-clipped";
import { useKeptHeight } from "./use-kept-height";
import { ORDER_STATUS_LABELS } from "@/lib/orders/status-labels";

const AGE_LOOK = {
  fresh: "bg-emerald-300 text-stone-950",
  warn: "bg-amber-300 text-stone-950",
  late: "bg-red-600 text-white",
} as const;

export function clockTime(iso: string, timeZone: string) {
  return new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone }).format(new Date(iso));
}

export function TicketCard({
  order,
  now,
  thresholds,
  timeZone,
  alerting = false,
  busy = false,
  cancelled = false,
  wide = false,
  onTouch,
  onBump,
}: {
  order: KitchenOrder;
  now: number;
  thresholds: Thresholds;
  timeZone: string;
  alerting?: boolean;
  busy?: boolean;
  cancelled?: boolean;
  /** Spans two tracks of the board's grid. */
  wide?: boolean;
  onTouch?: () => void;
  onBump?: () => void;
}) {
  const bump = cancelled ? null : bumpOf(order.status);
  const title = `Room ${order.room ?? "?"}`;
  // Breakfast is ordered the day before: its age says nothing; the slot is the deadline.
  const createdAt = order.type === "ROOM_SERVICE" && !cancelled ? order.createdAt : null;
  const tone = createdAt ? ageTone(createdAt, now, thresholds) : "fresh";
  // The server's one lateness rule (late_at), read on this screen's ticking clock.
  const late = isLate(order.lateAt, now);
  const [linesRef, cut] = useClipped<HTMLDivElement>(order);
  const clipped = cut.any;
  const [detailsOpen, setDetailsOpen] = useState(false);
  const allergy = cancelled ? null : order.allergy;
  const [cardRef, keptHeight] = useKeptHeight<HTMLElement>();
  const when = order.timeSlot ? `Slot ${order.timeSlot}` : order.createdAt ? `Ordered ${clockTime(order.createdAt, timeZone)}` : "";
  return (
    <article
      aria-label={`${title}, ${ORDER_STATUS_LABELS[order.status]}`}
      data-testid="ticket"
      data-order-id={order.id}
      data-status={order.status}
      data-alerting={alerting ? "true" : undefined}
      data-allergy={allergy ? "true" : undefined}
      ref={cardRef}
      style={keptHeight ? { minHeight: keptHeight } : undefined}
      onPointerDown={onTouch}
      className={`kitchen-ticket relative flex min-h-0 ${wide ? "col-span-2" : ""} flex-col overflow-hidden rounded-xl border-4 bg-stone-900 text-white ${
        cancelled ? "kitchen-cancelled border-red-500" : alerting ? "kitchen-alert border-amber-300" : late ? "border-red-600" : "border-stone-700"
      }`}
    >
      <header data-keep className="px-2.5 pt-1.5">
        <div className="flex items-center justify-between gap-2">
          <h3 className="flex min-w-0 items-baseline gap-2 leading-tight">
            <span className="kitchen-room shrink-0 font-black">
              {order.room ? <span className="sr-only">Room </span> : null}
              {order.room ?? "No room yet"}
            </span>
            <bdi className="kitchen-meta truncate font-semibold text-stone-200">{order.guest ?? "Guest"}</bdi>
          </h3>
          {createdAt && (
            <span data-testid="ticket-age" data-tone={tone} className={`kitchen-age shrink-0 rounded-md px-2 font-mono font-bold leading-tight tabular-nums ${AGE_LOOK[tone]}`}>
              <span className="sr-only">Age </span>
              {formatAge(createdAt, now)}
            </span>
          )}
        </div>
        {/* At the large text size it wraps rather than cuts (a narrow column has no room for both). */}
        <div className="kitchen-meta kitchen-wrap flex items-center justify-between gap-x-2 text-stone-300">
          <span data-testid="ticket-when" className="kitchen-fit min-w-0">
            {order.timeSlot ? `Slot ${order.timeSlot}` : order.createdAt ? clockTime(order.createdAt, timeZone) : ""}
            {order.guests ? ` · ${order.guests} guest${order.guests === 1 ? "" : "s"}` : ""}
            {order.status === "ACCEPTED" || order.status === "DELIVERING" ? ` · ${ORDER_STATUS_LABELS[order.status]}` : ""}
          </span>
          {createdAt && late && (
            <span data-testid="ticket-late" className="shrink-0 rounded-md bg-red-600 px-2 font-black uppercase text-white">
              late{order.etaAt ? ` · ${clockTime(order.etaAt, timeZone)}` : ""}
            </span>
          )}
          {createdAt && !late && order.etaAt && <span className="shrink-0 text-stone-100">Promised {clockTime(order.etaAt, timeZone)}</span>}
        </div>
      </header>
      {allergy && <AllergyBanner alert={allergy} look="kitchen" className="kitchen-meta mx-1.5 mt-1 shrink-0" data-keep />}
      {cancelled ? (
        <p data-testid="cancel-reason" className="m-3 rounded-lg bg-red-600 p-3 text-2xl font-bold text-white">
          Cancelled{order.cancelReason ? `: ${order.cancelReason}` : ""}
        </p>
      ) : (
        <div
          ref={linesRef}
          // Cut-off content fades out at the bottom edge, so a cut reads as "more below" (the More button).
          className={`kitchen-lines min-h-0 flex-1 overflow-hidden px-2.5 py-1 ${cut.box ? "[mask-image:linear-gradient(to_bottom,black_calc(100%-1.6em),transparent)]" : ""}`}
        >
          <TicketLines order={order} clamp />
        </div>
      )}
      {((bump && onBump) || (clipped && !cancelled)) && (
        <div data-keep className="kitchen-wrap m-1.5 mt-auto flex shrink-0 gap-1.5">
          {clipped && !cancelled && (
            <button
              type="button"
              data-testid="ticket-more"
              aria-label={`More: the whole ticket for ${title}`}
              onClick={() => setDetailsOpen(true)}
              className="kitchen-bump rounded-lg bg-yellow-300 px-3 font-black text-stone-950"
            >
              More…
            </button>
          )}
          {bump && onBump && (
            <button type="button" disabled={busy} onClick={onBump} className="kitchen-bump flex-1 rounded-lg bg-white font-black text-stone-950 active:bg-amber-300 disabled:opacity-60">
              {bump.label} →
            </button>
          )}
        </div>
      )}
      {clipped && !cancelled && <TicketDetails order={order} title={`${title} · ${order.guest ?? "Guest"}`} subtitle={when} open={detailsOpen} onClose={() => setDetailsOpen(false)} />}
    </article>
  );
}
