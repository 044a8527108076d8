"use client";

import { useRef, useState } from "react";
import { formatDate } from "@/components/ui/format";
import { AllergyBanner } from "@/components/orders/allergy-banner";
import { OrderLineList } from "@/components/orders/order-line-list";
import { useApi } from "@/components/console/use-api";
import type { OrderStatus } from "@/lib/db/schema";
import { canRenewEta, MAX_ETA_MINUTES, nextStatus } from "@/lib/orders/transitions";
import { isLate } from "@/lib/orders/lateness";
import { OrderAge } from "@/components/console/order-age";
import { ADVANCE_TEXT, type StaffOrder } from "./staff-order";
import { formatDecimal } from "@/components/ui/money";
import { ORDER_STATUS_LABELS, statusLabel } from "@/lib/orders/status-labels";

const clock = (iso: string, timeZone: string) => new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone }).format(new Date(iso));

/** One order in the queue with its next actions: accept (optionally with a new ETA), advance, give a late order a new time, cancel with a reason. */
export function OrderTicket({ order, now, isNew, timezone, currency, onChanged }: { order: StaffOrder; now: number; isNew: boolean; timezone: string; currency: string; onChanged: () => void }) {
  const api = useApi();
  const [accepting, setAccepting] = useState(false);
  const [renewing, setRenewing] = useState(false);
  const [eta, setEta] = useState("");
  const [reason, setReason] = useState("");
  const dialog = useRef<HTMLDialogElement>(null);
  const open = order.status !== "DELIVERED" && order.status !== "CANCELLED";
  const next = open && order.status !== "PENDING" ? nextStatus(order.status as OrderStatus) : null;
  const label = `${order.type === "BREAKFAST" ? "Breakfast" : "Room service"}${order.room ? ` · room ${order.room}` : ""}`;
  const late = isLate(order.late_at, now);
  // Room service under way may get a new expected time, which the guest sees (breakfast keeps its slot).
  const renewable = order.type === "ROOM_SERVICE" && canRenewEta(order.status as OrderStatus);

  const move = async (status: string, extra: Record<string, unknown> = {}) => {
    const done = await api.call(`/api/console/orders/${encodeURIComponent(order.id)}/status`, "POST", { status, from_status: order.status, ...extra });
    if (done) {
      setAccepting(false);
      setRenewing(false);
      setEta("");
      dialog.current?.close();
      setReason("");
      onChanged();
    }
  };

  return (
    <li
      data-testid="queue-order"
      data-order-id={order.id}
      data-status={order.status}
      data-late={late ? "true" : undefined}
      aria-label={`${label}, ${statusLabel(order.status)}${late ? ", late" : ""}`}
      className={`flex min-w-0 flex-col rounded-lg border bg-white p-4 shadow-sm ${isNew && order.status === "PENDING" ? "border-brand-600 ring-2 ring-brand-600" : late ? "border-red-600 ring-1 ring-red-600" : "border-stone-200"}`}
    >
      <div className="flex items-start justify-between gap-2">
        <div>
          <h2 className="font-semibold">{label}</h2>
          <p className="text-sm text-stone-700">
            {order.guest && <bdi>{order.guest}</bdi>}
            {order.guest && order.booking ? " · " : ""}
            {order.booking}
            {order.via ? ` · via link “${order.via.replace(/_/g, " ").toLowerCase()}”` : ""}
          </p>
        </div>
        <span className="flex shrink-0 flex-col items-end gap-1">
          <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${order.status === "PENDING" ? "bg-amber-100 text-amber-950" : order.status === "CANCELLED" ? "bg-red-100 text-red-900" : "bg-brand-50 text-brand-800"}`}>
            {statusLabel(order.status)}
          </span>
          {late && (
            <span data-testid="order-late" className="rounded-full bg-red-700 px-2.5 py-0.5 text-xs font-bold uppercase text-white">
              Late
            </span>
          )}
        </span>
      </div>
      <p className="mt-1 text-xs text-stone-700">
        {order.type === "BREAKFAST" && order.delivery_date
          ? `For ${formatDate(order.delivery_date)}${order.time_slot ? ` at ${order.time_slot}` : ""}${order.guests ? ` · ${order.guests} guests` : ""}`
          : [order.created_at ? `Placed ${clock(order.created_at, timezone)}` : null, order.eta && open ? `due ${clock(order.eta, timezone)}` : null].filter(Boolean).join(" · ")}
        {order.type === "ROOM_SERVICE" && open && order.created_at ? (
          <>
            {" · "}
            <OrderAge since={order.created_at} now={now} />
          </>
        ) : null}
      </p>
      {order.allergy && <AllergyBanner alert={order.allergy} look="console" className="mt-2 text-sm" />}
      <OrderLineList lines={order.lines} className="mt-2 flex-1 space-y-1 text-sm" instructionsClassName="block text-xs italic text-stone-700" />
      {order.notes && <p className="mt-2 rounded bg-stone-50 p-2 text-xs">Note: <bdi>{order.notes}</bdi></p>}
      {order.cancel_reason && <p className="mt-2 text-xs text-red-900">Cancelled: <bdi>{order.cancel_reason}</bdi></p>}
      {order.total && <p className="mt-2 text-sm font-semibold">{formatDecimal(order.total, order.currency ?? currency)}</p>}
      {api.error && (
        <p role="alert" className="mt-2 rounded bg-red-50 p-2 text-sm text-red-900">
          {api.error.error}
        </p>
      )}
      {open && (
        <div className="mt-3 flex flex-wrap items-end gap-2 border-t border-stone-100 pt-3">
          {order.status === "PENDING" &&
            (accepting ? (
              <MinutesForm
                id={`eta-${order.id}`}
                label="New ETA in minutes (optional)"
                required={false}
                value={eta}
                onChange={setEta}
                pending={api.pending}
                submitText={api.pending ? "Accepting…" : "Confirm accept"}
                onSubmit={() => void move("ACCEPTED", eta.trim() ? { eta_minutes: Number(eta) } : {})}
                onBack={() => setAccepting(false)}
              />
            ) : (
              <button type="button" onClick={() => setAccepting(true)} className="rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800">
                Accept
              </button>
            ))}
          {renewable &&
            (renewing ? (
              <MinutesForm
                id={`renew-${order.id}`}
                label="New time, in minutes from now"
                required
                value={eta}
                onChange={setEta}
                pending={api.pending}
                submitText={api.pending ? "Saving…" : "Save new time"}
                // Same status: only the time changes (the server refuses it if the order moved on meanwhile).
                onSubmit={() => void move(order.status, { eta_minutes: Number(eta) })}
                onBack={() => setRenewing(false)}
              />
            ) : (
              <button type="button" onClick={() => setRenewing(true)} className={`rounded-md px-3 py-2 text-sm font-semibold ring-1 ${late ? "bg-red-700 text-white ring-red-700 hover:bg-red-800" : "text-brand-800 ring-brand-300 hover:bg-brand-50"}`}>
                New time
              </button>
            ))}
          {next && !renewing && (
            <button type="button" disabled={api.pending} onClick={() => void move(next)} className="rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
              {ADVANCE_TEXT[next] ?? ORDER_STATUS_LABELS[next]}
            </button>
          )}
          <button type="button" onClick={() => dialog.current?.showModal()} className="ml-auto rounded-md px-3 py-2 text-sm font-semibold text-red-800 ring-1 ring-red-300 hover:bg-red-50">
            Cancel order
          </button>
        </div>
      )}
      <dialog ref={dialog} aria-labelledby={`cancel-${order.id}-title`} className="m-auto w-[min(28rem,92vw)] rounded-lg p-0 backdrop:bg-stone-900/50">
        <form
          className="space-y-3 p-5"
          onSubmit={(e) => {
            e.preventDefault();
            void move("CANCELLED", { reason: reason.trim() });
          }}
        >
          <h3 id={`cancel-${order.id}-title`} className="text-lg font-semibold">
            Cancel this order?
          </h3>
          <p className="text-sm text-stone-700">{label}. The guest sees the reason.</p>
          <label htmlFor={`reason-${order.id}`} className="block text-sm font-medium">
            Reason
          </label>
          <textarea id={`reason-${order.id}`} required maxLength={300} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} className="w-full rounded-md border border-stone-400 p-2 text-sm" />
          {api.error && (
            <p role="alert" className="text-sm text-red-900">
              {api.error.error}
            </p>
          )}
          <div className="flex justify-end gap-2">
            <button type="button" onClick={() => dialog.current?.close()} className="rounded-md px-3 py-2 text-sm font-medium ring-1 ring-stone-300">
              Keep order
            </button>
            <button type="submit" disabled={api.pending || !reason.trim()} className="rounded-md bg-red-700 px-3 py-2 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60">
              {api.pending ? "Cancelling…" : "Cancel order"}
            </button>
          </div>
        </form>
      </dialog>
    </li>
  );
}

/**
 * Minutes from now for accepting (optional) or renewing (required) an order's expected time, bounded
 * by the server's MAX_ETA_MINUTES.
 */
function MinutesForm(props: { id: string; label: string; required: boolean; value: string; onChange: (v: string) => void; pending: boolean; submitText: string; onSubmit: () => void; onBack: () => void }) {
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <div>
        <label htmlFor={props.id} className="block text-xs font-medium">
          {props.label}
        </label>
        <input id={props.id} type="number" inputMode="numeric" required={props.required} min={1} max={MAX_ETA_MINUTES} value={props.value} onChange={(e) => props.onChange(e.target.value)} className="mt-1 w-28 rounded-md border border-stone-400 px-2 py-1.5 text-sm" />
      </div>
      <button type="submit" disabled={props.pending || (props.required && !props.value.trim())} className="rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {props.submitText}
      </button>
      <button type="button" onClick={props.onBack} className="rounded-md px-2 py-2 text-sm underline">
        Back
      </button>
    </form>
  );
}
