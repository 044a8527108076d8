"use client";

import { useRouter } from "next/navigation";
import { useId } from "react";
import { buttonClass } from "./fields";
import { useApi } from "./use-api";

type Room = { id: string; number: string };

/** Today's one-click check-in: the suggested room is chosen already; another free room is one change away. */
export function QuickCheckIn({ reference, guestName, suggested, freeRooms }: { reference: string; guestName: string; suggested: Room | null; freeRooms: Room[] }) {
  const router = useRouter();
  const { call, pending, error } = useApi();
  const id = useId();
  if (!suggested) return <p className="text-sm text-amber-900">No free room: check out a departing guest first.</p>;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      aria-label={`Check in ${guestName}`}
      onSubmit={async (e) => {
        e.preventDefault();
        const roomId = String(new FormData(e.currentTarget).get("roomId") ?? "");
        if (await call(`/api/console/bookings/${reference}/check-in`, "POST", { roomId })) router.refresh();
      }}
    >
      <div>
        <label htmlFor={`${id}-room`} className="block text-xs font-medium text-stone-700">
          Room
        </label>
        <select id={`${id}-room`} name="roomId" defaultValue={suggested.id} className="mt-1 rounded-md border border-stone-400 bg-white px-2 py-1.5 text-sm">
          {freeRooms.map((r) => (
            <option key={r.id} value={r.id}>
              {r.number}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending} className={buttonClass("primary")}>
        {pending ? "Checking in…" : "Check in"}
      </button>
      {error && (
        <p role="alert" className="basis-full text-sm text-red-800">
          {error.fields?.roomId?.[0] ?? error.error}
        </p>
      )}
    </form>
  );
}
