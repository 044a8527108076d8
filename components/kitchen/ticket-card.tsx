"use client";

import { ageTone, bumpOf, formatAge, isPastPromise, STATUS_LABELS, type Thresholds } from "@/lib/kitchen/board";
import type { KitchenOrder } from "@/lib/kitchen/ticket";

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
  onTouch?: () => void;
  onBump?: () => void;
}) {
  const bump = cancelled ? null : bumpOf(order.status);
  const title = `Room ${order.room ?? "?"}`;
  // Breakfast is ordered the day before: its age says nothing; the slot is the deadline.
  const createdAt = order.type === "ROOM_SERVICE" && !cancelled ? order.createdAt : null;
  const tone = createdAt ? ageTone(createdAt, now, thresholds) : "fresh";
  const late = isPastPromise(order, now);
  return (
    <article
      aria-label={`${title}, ${STATUS_LABELS[order.status]}`}
      data-testid="ticket"
      data-order-id={order.id}
      data-status={order.status}
      data-alerting={alerting ? "true" : undefined}
      onPointerDown={onTouch}
      className={`kitchen-ticket flex min-h-0 flex-col overflow-hidden rounded-xl border-4 bg-stone-900 text-white ${
        cancelled ? "kitchen-cancelled border-red-500" : alerting ? "kitchen-alert border-amber-300" : late ? "border-red-600" : "border-stone-700"
      }`}
    >
      <header className="px-2.5 pt-1.5">
        <div className="flex items-center justify-between gap-2">
          <h3 className="flex min-w-0 items-baseline gap-2 leading-tight">
            <span className="kitchen-room shrink-0 font-black">
              {order.room ? <span className="sr-only">Room </span> : null}
              {order.room ?? "No room yet"}
            </span>
            <span className="kitchen-meta truncate font-semibold text-stone-200">{order.guest ?? "Guest"}</span>
          </h3>
          {createdAt && (
            <span data-testid="ticket-age" data-tone={tone} className={`kitchen-age shrink-0 rounded-md px-2 font-mono font-bold leading-tight tabular-nums ${AGE_LOOK[tone]}`}>
              <span className="sr-only">Age </span>
              {formatAge(createdAt, now)}
            </span>
          )}
        </div>
        <div className="kitchen-meta flex items-center justify-between gap-2 text-stone-300">
          <span className="truncate">
            {order.timeSlot ? `Slot ${order.timeSlot}` : order.createdAt ? clockTime(order.createdAt, timeZone) : ""}
            {order.guests ? ` · ${order.guests} guest${order.guests === 1 ? "" : "s"}` : ""}
            {order.status === "ACCEPTED" || order.status === "DELIVERING" ? ` · ${STATUS_LABELS[order.status]}` : ""}
          </span>
          {createdAt && late && (
            <span data-testid="ticket-late" className="shrink-0 rounded-md bg-red-600 px-2 font-black uppercase text-white">
              late{order.etaAt ? ` · ${clockTime(order.etaAt, timeZone)}` : ""}
            </span>
          )}
          {createdAt && !late && order.etaAt && <span className="shrink-0 text-stone-100">Promised {clockTime(order.etaAt, timeZone)}</span>}
        </div>
      </header>
      {cancelled ? (
        <p data-testid="cancel-reason" className="m-3 rounded-lg bg-red-600 p-3 text-2xl font-bold text-white">
          Cancelled{order.cancelReason ? `: ${order.cancelReason}` : ""}
        </p>
      ) : (
        <ul className="kitchen-lines min-h-0 flex-1 space-y-0.5 overflow-hidden px-2.5 py-1">
          {order.lines.map((l, i) => (
            <li key={i}>
              <span className="font-bold">
                {l.quantity} × {l.name}
              </span>
              {l.options.length > 0 && <span className="block pl-5 text-stone-200">{l.options.join(", ")}</span>}
              {l.instructions && <span className="mt-0.5 block rounded bg-yellow-300 px-2 font-semibold text-stone-950">⚠ {l.instructions}</span>}
            </li>
          ))}
          {order.notes && <li className="rounded bg-yellow-300 px-2 font-semibold text-stone-950">Note: {order.notes}</li>}
        </ul>
      )}
      {bump && onBump && (
        <button
          type="button"
          disabled={busy}
          onClick={onBump}
          className="kitchen-bump m-1.5 mt-auto shrink-0 rounded-lg bg-white font-black text-stone-950 active:bg-amber-300 disabled:opacity-60"
        >
          {bump.label} →
        </button>
      )}
    </article>
  );
}
