"use client";

import type { RefObject } from "react";
import type { KitchenOrder } from "@/lib/kitchen/ticket";
import { TicketLines } from "./ticket-lines";

/** The whole ticket in a modal dialog, for what a small board tile cuts off (long notes, many items). */
export function TicketDetails({ order, title, subtitle, dialogRef }: { order: KitchenOrder; title: string; subtitle: string; dialogRef: RefObject<HTMLDialogElement | null> }) {
  const id = `ticket-${order.id}-details`;
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={id}
      data-testid="ticket-details"
      className="m-auto max-h-[90dvh] w-[min(48rem,94vw)] overflow-y-auto rounded-2xl border-4 border-stone-500 bg-stone-900 p-0 text-white backdrop:bg-black/80"
    >
      <div className="flex items-start justify-between gap-4 p-5">
        <div>
          <h2 id={id} className="text-4xl font-black">
            {title}
          </h2>
          <p className="mt-1 text-xl text-stone-300">{subtitle}</p>
        </div>
        <button type="button" onClick={() => dialogRef.current?.close()} className="min-h-12 shrink-0 rounded-lg bg-white px-6 text-2xl font-black text-stone-950 focus:outline-none focus:ring-4 focus:ring-amber-400">
          Close
        </button>
      </div>
      <TicketLines order={order} clamp={false} className="px-5 pb-6 text-2xl leading-snug" />
    </dialog>
  );
}
