"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { StayState } from "@/lib/bookings/stay-rules";
import { buttonClass, FormError, SelectField, SubmitButton, TextField } from "./fields";
import { formValues, useApi } from "./use-api";

type Room = { id: string; number: string; occupiedBy: string | null };

/** What the desk must see before checking a guest out, computed by the server (the booking page). */
export type CheckOutSummary = {
  openOrders: { id: string; label: string; status: string; amount: string }[];
  unanswered: { count: number; conversationId: string } | null;
  charged: string;
  awaiting: string | null;
};

export function StayActions({ reference, state, rooms, checkOut }: { reference: string; state: StayState; rooms: Room[]; checkOut: CheckOutSummary }) {
  if (state === "upcoming") {
    return (
      <div className="grid gap-6 md:grid-cols-2">
        <CheckInForm reference={reference} rooms={rooms} />
        <CancelForm reference={reference} />
      </div>
    );
  }
  if (state === "in_house") return <CheckOutButton reference={reference} summary={checkOut} />;
  return <p className="text-sm text-stone-600">No stay actions: this booking is {state === "departed" ? "checked out" : "cancelled"}.</p>;
}

function CheckInForm({ reference, rooms }: { reference: string; rooms: Room[] }) {
  const router = useRouter();
  const { call, pending, error, fieldError } = useApi();
  const free = rooms.filter((r) => !r.occupiedBy);
  return (
    <form
      noValidate
      aria-labelledby="checkin-h"
      className="space-y-3 rounded-lg border border-stone-200 p-4"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await call(`/api/console/bookings/${reference}/check-in`, "POST", formValues(e.currentTarget))) router.refresh();
      }}
    >
      <h3 id="checkin-h" className="font-semibold">Check in</h3>
      <FormError error={error} />
      <SelectField label="Room" name="roomId" defaultValue="" error={fieldError("roomId")} hint={`${free.length} of ${rooms.length} rooms free`}>
        <option value="">Choose a room…</option>
        {free.map((r) => (
          <option key={r.id} value={r.id}>
            {r.number}
          </option>
        ))}
      </SelectField>
      <SubmitButton pending={pending}>Check in</SubmitButton>
    </form>
  );
}

function CancelForm({ reference }: { reference: string }) {
  const router = useRouter();
  const { call, pending, error, fieldError } = useApi();
  return (
    <form
      noValidate
      aria-labelledby="cancel-h"
      className="space-y-3 rounded-lg border border-stone-200 p-4"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await call(`/api/console/bookings/${reference}/cancel`, "POST", formValues(e.currentTarget))) router.refresh();
      }}
    >
      <h3 id="cancel-h" className="font-semibold">Cancel booking</h3>
      <p className="text-xs text-stone-600">Revokes every guest link of this booking. History is kept.</p>
      <FormError error={error} />
      <TextField label="Reason" name="reason" id="cancel-reason" error={fieldError("reason")} />
      <SubmitButton pending={pending} variant="danger">
        Cancel booking
      </SubmitButton>
    </form>
  );
}

function CheckOutSummaryList({ summary }: { summary: CheckOutSummary }) {
  const { openOrders, unanswered } = summary;
  return (
    <div data-testid="checkout-summary" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-stone-900">
      <h3 className="font-semibold">Before this guest leaves</h3>
      <p data-testid="checkout-open-orders">
        {openOrders.length === 0 ? "No open orders." : `${openOrders.length} open ${openOrders.length === 1 ? "order" : "orders"} (they stay with the kitchen to finish):`}
      </p>
      {openOrders.length > 0 && (
        <ul className="list-disc pl-5">
          {openOrders.map((o) => (
            <li key={o.id}>
              {o.label} · {o.status} · {o.amount}
            </li>
          ))}
        </ul>
      )}
      <p data-testid="checkout-unanswered">
        {unanswered ? (
          <>
            {unanswered.count > 0 ? `${unanswered.count} unread ${unanswered.count === 1 ? "message" : "messages"} from the guest, not answered. ` : "The guest's last message is not answered. "}
            <Link href={`/console/chat?conversation=${encodeURIComponent(unanswered.conversationId)}`} className="font-medium text-brand-700 underline">
              Open the conversation
            </Link>
          </>
        ) : (
          "No unanswered messages."
        )}
      </p>
      <p data-testid="checkout-total">
        Charged to the room: <strong>{summary.charged}</strong>
        {summary.awaiting ? ` (and ${summary.awaiting} ordered, not charged yet)` : ""}
      </p>
    </div>
  );
}

function CheckOutButton({ reference, summary }: { reference: string; summary: CheckOutSummary }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const { call, pending, error } = useApi();
  return (
    <div className="space-y-2">
      <FormError error={error} />
      <p className="text-sm text-stone-700">Check-out ends room service and chat for this booking&apos;s links at once; the guest keeps the status page until the link expires.</p>
      {confirming ? (
        <div className="space-y-3">
        <CheckOutSummaryList summary={summary} />
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            disabled={pending}
            className={buttonClass("primary")}
            onClick={async () => {
              if (await call(`/api/console/bookings/${reference}/check-out`, "POST")) router.refresh();
            }}
          >
            {pending ? "Working…" : "Confirm check-out"}
          </button>
          <button type="button" className={buttonClass("secondary")} onClick={() => setConfirming(false)}>
            Keep in house
          </button>
        </div>
        </div>
      ) : (
        <button type="button" className={buttonClass("primary")} onClick={() => setConfirming(true)}>
          Check out
        </button>
      )}
    </div>
  );
}
