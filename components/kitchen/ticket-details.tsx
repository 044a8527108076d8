"use client";

import { useEffect, useRef } from "react";
import { AllergyBanner } from "@/components/orders/allergy-banner";
import type { KitchenOrder } from "@/components/kitchen/model/ticket";
import { TicketLines } from "./ticket-lines";

/**
 * The whole ticket in a modal dialog, for what a small board tile cuts off (long notes, many
 * items). Its content exists only while it is open, so the board holds each text once.
 */
export function TicketDetails({ order, title, subtitle, open, onClose }: { order: KitchenOrder; title: string; subtitle: string; open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = `ticket-${order.id}-details`;
  useEffect(() => {
    const d = ref.current;
    if (open && d && !d.open) d.showModal();
  }, [open]);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby={id}
      data-testid="ticket-details"
      className="m-auto max-h-[90dvh] w-[min(48rem,94vw)] overflow-y-auto rounded-2xl border-4 border-stone-500 bg-stone-900 p-0 text-white backdrop:bg-black/80"
    >
      {open && (
        <>
          <div className="flex items-start justify-between gap-4 p-5">
            <div>
              <h2 id={id} className="text-4xl font-black">
                {title}
              </h2>
              <p className="mt-1 text-xl text-stone-300">{subtitle}</p>
            </div>
            <button type="button" autoFocus onClick={() => ref.current?.close()} className="min-h-12 shrink-0 rounded-lg bg-white px-6 text-2xl font-black text-stone-950 focus:outline-none focus:ring-4 focus:ring-amber-400">
              Close
            </button>
          </div>
          {order.allergy && <AllergyBanner alert={order.allergy} look="kitchen" className="mx-5 mb-4 text-2xl" />}
          <TicketLines order={order} clamp={false} className="px-5 pb-6 text-2xl leading-snug" />
        </>
      )}
    </dialog>
  );
}
