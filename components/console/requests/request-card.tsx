"use client";

import { useEffect, useRef, useState } from "react";
import { OrderAge } from "@/components/console/order-age";
import { useApi } from "@/components/console/use-api";
import { formatTime } from "@/components/ui/format";
import type { RequestStatus } from "@/lib/db/schema";
import { isOpenRequest } from "@/lib/requests/transitions";
import { RequestDetails } from "./request-details";
import { isLate } from "@/lib/orders/lateness";
import type { StaffRequestView } from "./staff-request";

const big = "min-h-12 flex-1 basis-28 rounded-lg px-4 py-3 text-base font-semibold disabled:opacity-60";
const primary = `${big} bg-brand-700 text-white hover:bg-brand-800`;
const secondary = `${big} bg-white text-brand-800 ring-1 ring-brand-600 hover:bg-brand-50`;

const MOVE_TEXT: Partial<Record<RequestStatus, string>> = { ACKNOWLEDGED: "Accept", IN_PROGRESS: "Start", DONE: "Done" };

/** The buttons for the server's moves from this status (it checks each again, with from_status); Decline is apart. */
function moves(r: StaffRequestView): { status: RequestStatus; text: string; primary: boolean }[] {
  const to = r.next_statuses.filter((s) => s !== "DECLINED");
  // A late check-out is a yes or no: approving it (DONE) moves the booking's check-out time.
  if (r.kind === "LATE_CHECKOUT") return to.includes("DONE") ? [{ status: "DONE", text: "Approve", primary: true }] : [];
  return to.map((status, i) => ({ status, text: MOVE_TEXT[status] ?? status, primary: i === 0 }));
}

/** One request in the queue: what, where, for whom, how old, the promise, who is on it, and the next moves. */
export function RequestCard({ request: r, now, timezone, isNew, onChanged }: { request: StaffRequestView; now: number; timezone: string; isNew: boolean; onChanged: () => void }) {
  const api = useApi();
  const [taken, setTaken] = useState(false);
  const [reason, setReason] = useState("");
  const dialog = useRef<HTMLDialogElement>(null);
  // The server's instants, read on the screen's ticking clock.
  const late = isLate(r.late_at, now);
  const due = isLate(r.due_from, now);
  const open = isOpenRequest(r.status);
  const title = `${r.name}${r.room_number ? ` · room ${r.room_number}` : ""}`;

  const move = async (status: RequestStatus, extra: Record<string, unknown> = {}) => {
    setTaken(false);
    const done = await api.call(`/api/console/requests/${encodeURIComponent(r.id)}/status`, "POST", { status, from_status: r.status, ...extra });
    if (done) {
      dialog.current?.close();
      setReason("");
      onChanged();
    }
  };

  // Someone else moved it first (409 STATUS_CHANGED): say so and show the request as it is now.
  const conflict = api.error?.code === "STATUS_CHANGED";
  const { clearError } = api;
  useEffect(() => {
    if (!conflict) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reacts to the server's answer
    setTaken(true);
    clearError();
    dialog.current?.close();
    onChanged();
  }, [conflict, clearError, onChanged]);

  return (
    <li
      data-testid="request-card"
      data-request-id={r.id}
      data-status={r.status}
      data-late={late ? "true" : undefined}
      data-due={due ? "true" : undefined}
      aria-label={`${title}, ${r.status_label}${late ? ", late" : ""}${due ? ", due" : ""}`}
      className={`flex min-w-0 flex-col gap-2 rounded-lg border bg-white p-4 shadow-sm ${late || due ? "border-red-600 ring-2 ring-red-600" : isNew && r.status === "NEW" ? "border-brand-600 ring-2 ring-brand-600" : "border-stone-200"}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="rounded bg-stone-900 px-2 py-0.5 text-base font-bold text-white">{r.room_number ? `Room ${r.room_number}` : "No room yet"}</span>
        <span className="flex flex-wrap items-center gap-1">
          {late && (
            <span data-testid="request-late" className="rounded-full bg-red-700 px-2.5 py-0.5 text-xs font-bold uppercase text-white">
              Late
            </span>
          )}
          {due && (
            <span data-testid="request-due" className="rounded-full bg-red-700 px-2.5 py-0.5 text-xs font-bold uppercase text-white">
              Due
            </span>
          )}
          <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${r.status === "NEW" ? "bg-amber-100 text-amber-950" : r.status === "DONE" ? "bg-brand-50 text-brand-800" : r.status === "DECLINED" || r.status === "CANCELLED" ? "bg-red-100 text-red-900" : "bg-sky-100 text-sky-950"}`}>
            {r.status_label}
          </span>
        </span>
      </div>
      <div className="min-w-0">
        <h2 className="text-lg font-semibold">{r.name}</h2>
        <p className="text-sm text-stone-700">
          <bdi>{r.guest.full_name ?? r.guest.display_name}</bdi>
          {r.do_not_disturb && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-950">Do not disturb</span>}
        </p>
      </div>
      <RequestDetails request={r} timezone={timezone} />
      <p className="text-sm text-stone-700">
        {open ? <OrderAge since={r.created_at} now={now} /> : `Asked ${formatTime(r.created_at, timezone)}`}
        {/* A wake-up call's time is in its details; anything else shows its promise. */}
        {open && r.kind !== "WAKE_UP" && ` · promised by ${formatTime(r.promised_at, timezone)}`}
        {r.assigned_staff && (
          <>
            {" · "}
            <span data-testid="request-staff">
              <bdi>{r.assigned_staff.name}</bdi> {open ? "is on it" : "handled it"}
            </span>
          </>
        )}
      </p>
      {r.decline_reason && (
        <p className="text-sm text-red-900">
          Declined: <bdi>{r.decline_reason}</bdi>
        </p>
      )}
      {taken && (
        <p role="status" className="rounded bg-amber-50 p-2 text-sm text-amber-950">
          Someone else took this — refreshed.
        </p>
      )}
      {api.error && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-900">
          {api.error.error}
        </p>
      )}
      {open && (
        <div className="mt-1 flex flex-wrap gap-2 border-t border-stone-100 pt-3">
          {moves(r).map((m) => (
            <button key={m.status} type="button" disabled={api.pending} onClick={() => void move(m.status)} className={m.primary ? primary : secondary}>
              {m.text}
            </button>
          ))}
          <button type="button" disabled={api.pending} onClick={() => dialog.current?.showModal()} className={`${big} text-red-800 ring-1 ring-red-300 hover:bg-red-50`}>
            Decline
          </button>
        </div>
      )}
      <dialog ref={dialog} aria-labelledby={`decline-${r.id}-title`} className="m-auto w-[min(28rem,92vw)] rounded-lg p-0 backdrop:bg-stone-900/50">
        <form
          className="space-y-3 p-5"
          onSubmit={(e) => {
            e.preventDefault();
            void move("DECLINED", { reason: reason.trim() });
          }}
        >
          <h3 id={`decline-${r.id}-title`} className="text-lg font-semibold">
            Decline this request?
          </h3>
          <p className="text-sm text-stone-700">{title}. The guest sees the reason.</p>
          <label htmlFor={`decline-reason-${r.id}`} className="block text-sm font-medium">
            Reason
          </label>
          <textarea id={`decline-reason-${r.id}`} required maxLength={300} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} className="w-full rounded-md border border-stone-400 p-2 text-base" />
          {api.error && (
            <p role="alert" className="text-sm text-red-900">
              {api.error.error}
            </p>
          )}
          <div className="flex justify-end gap-2">
            <button type="button" onClick={() => dialog.current?.close()} className="min-h-12 rounded-lg px-4 py-2 text-base font-medium ring-1 ring-stone-300">
              Keep
            </button>
            <button type="submit" disabled={api.pending || !reason.trim()} className="min-h-12 rounded-lg bg-red-700 px-4 py-2 text-base font-semibold text-white hover:bg-red-800 disabled:opacity-60">
              {api.pending ? "Declining…" : "Decline"}
            </button>
          </div>
        </form>
      </dialog>
    </li>
  );
}
