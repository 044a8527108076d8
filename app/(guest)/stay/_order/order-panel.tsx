"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import type { MenuKind } from "@/lib/menus/availability";
import { allergenLabel, MENU_PATHS } from "@/lib/menus/labels";
import { AllergyFields, allergiesBody, type AllergyChoice } from "./allergy-fields";
import { AllergyConflict } from "./allergy-conflict";
import { BreakfastFields, type BreakfastChoice, type SlotsInfo } from "./breakfast-fields";
import { guestApi } from "./guest-api";
import { formatMinor } from "./money";
import { OrderConfirmation, type Placed } from "./order-confirmation";
import { MAX_QUANTITY, type Cart } from "./use-cart";

export type BreakfastSetup = { mornings: string[]; slots: string[]; maxGuests: number; cutoff: string; timezone: string };

type Phase = { kind: "idle" } | { kind: "sending" } | { kind: "error"; message: string; retry: boolean } | { kind: "placed"; placed: Placed };

/** The cart, the breakfast choices and the order button: one order per press, with progress and clear errors. */
export function OrderPanel({
  menu,
  hotelSlug,
  currency,
  timezone,
  cart,
  blocked,
  breakfast,
  unavailable,
  containsOf,
  allergies,
  onAllergiesChange,
  onLinkInvalid,
}: {
  menu: MenuKind;
  hotelSlug: string;
  currency: string;
  timezone: string;
  cart: Cart;
  /** Why this guest cannot order here (no ordering scope, not in house), or null. */
  blocked: string | null;
  breakfast: BreakfastSetup | null;
  /** Dishes of the live menu that cannot be ordered now, with the reason (to flag cart lines). */
  unavailable: Map<string, string>;
  /** Each dish's allergens per the menu as it is now. */
  containsOf: Map<string, readonly string[]>;
  /** The allergies declared for every order of this stay (kept on this device). */
  allergies: AllergyChoice;
  onAllergiesChange: (v: AllergyChoice) => void;
  onLinkInvalid: () => void;
}) {
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [notes, setNotes] = useState("");
  const [when, setWhen] = useState<BreakfastChoice>({ delivery_date: breakfast?.mornings[0] ?? "", time_slot: breakfast?.slots[0] ?? "", guests: 1 });
  const [slotsInfo, setSlotsInfo] = useState<SlotsInfo | null>(null);
  const inFlight = useRef(false);
  const wantsSlots = Boolean(breakfast && !blocked && cart.lines.length > 0);

  // Breakfast: which mornings are still open and which slots have seats, from the server.
  useEffect(() => {
    if (!wantsSlots || !when.delivery_date) return;
    let live = true;
    void guestApi<SlotsInfo>(`/api/public/hotel/${encodeURIComponent(hotelSlug)}/breakfast/slots/?date=${encodeURIComponent(when.delivery_date)}`).then((r) => {
      if (live && r.ok) setSlotsInfo(r.data);
    });
    return () => {
      live = false;
    };
  }, [wantsSlots, hotelSlug, when.delivery_date, phase.kind]);

  // Start on the first morning still open for ordering.
  useEffect(() => {
    const first = slotsInfo?.mornings.find((m) => m.open)?.date;
    const current = slotsInfo?.mornings.find((m) => m.date === when.delivery_date);
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (first && current && !current.open) setWhen((w) => ({ ...w, delivery_date: first }));
  }, [slotsInfo, when.delivery_date]);

  const url = `/api/public/hotel/${encodeURIComponent(hotelSlug)}/${MENU_PATHS[menu]}/order/`;

  const send = async () => {
    if (inFlight.current || cart.lines.length === 0) return; // a second tap while sending does nothing
    inFlight.current = true;
    setPhase({ kind: "sending" });
    const items = cart.lines.map((l) => {
      const own = allergiesBody(l.allergies);
      return { item_id: l.item_id, quantity: l.quantity, options: l.options, ...(l.instructions ? { instructions: l.instructions } : {}), ...(own ? { allergies: own } : {}) };
    });
    const declared = allergiesBody(allergies);
    const shared = { items, ...(declared ? { allergies: declared } : {}) };
    const body = breakfast ? { ...when, ...shared } : { ...shared, ...(notes.trim() ? { notes: notes.trim() } : {}) };
    const res = await guestApi<Record<string, unknown>>(url, { method: "POST", body, idempotencyKey: cart.submissionKey() });
    inFlight.current = false;
    if (res.ok) {
      const d = res.data;
      setPhase({
        kind: "placed",
        placed: {
          order_id: String(d.order_id),
          total_amount: typeof d.total_amount === "string" ? d.total_amount : null,
          currency: typeof d.currency === "string" ? d.currency : currency,
          estimated_delivery: typeof d.estimated_delivery === "string" ? d.estimated_delivery : null,
          delivery_date: typeof d.delivery_date === "string" ? d.delivery_date : null,
          time_slot: typeof d.time_slot === "string" ? d.time_slot : null,
          items_count: cart.count,
          fallbackTotalMinor: cart.totalMinor,
        },
      });
      cart.clear();
      setNotes("");
      return;
    }
    if (res.code === "LINK_INVALID" && (res.status === 401 || res.status === 403)) return onLinkInvalid();
    // A network failure may have placed the order: keep the key so "Try again" answers that same order.
    // Any refusal from the server means nothing was written: a new press gets a new key.
    if (res.status !== 0) cart.forgetSubmission();
    setPhase({ kind: "error", message: res.message, retry: res.status === 0 || res.status >= 500 });
  };

  if (phase.kind === "placed") return <OrderConfirmation placed={phase.placed} timezone={timezone} onAgain={() => setPhase({ kind: "idle" })} />;

  const sending = phase.kind === "sending";
  return (
    <section id="cart" aria-labelledby="cart-heading" className="scroll-mt-4 space-y-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200">
      <h2 id="cart-heading" className="text-lg font-semibold">
        Your order
      </h2>
      {!cart.loaded ? (
        <p className="text-sm text-stone-700">Loading your order…</p>
      ) : cart.lines.length === 0 ? (
        <p data-testid="cart-empty" className="text-sm text-stone-700">
          Nothing here yet. Choose a dish above to add it.
        </p>
      ) : (
        <ul data-testid="cart-lines" className="divide-y divide-stone-200">
          {cart.lines.map((l) => (
            <li key={l.key} data-testid="cart-line" className="flex items-start justify-between gap-3 py-2">
              <div className="min-w-0">
                <p className="font-medium">{l.name}</p>
                {l.option_labels.length > 0 && <p className="text-sm text-stone-700">{l.option_labels.join(", ")}</p>}
                {l.instructions && <p className="text-sm italic text-stone-700">“{l.instructions}”</p>}
                {l.allergies && (l.allergies.allergens.length > 0 || l.allergies.note.trim()) && (
                  <p data-testid="cart-line-allergies" className="text-sm font-medium text-red-900">
                    Allergies for this dish: {[...l.allergies.allergens.map(allergenLabel), l.allergies.note.trim()].filter(Boolean).join(" · ")}
                  </p>
                )}
                <AllergyConflict
                  name={l.name}
                  contains={[...new Set([...(containsOf.get(l.item_id) ?? []), ...(l.contains ?? [])])]}
                  declared={[...allergies.allergens, ...(l.allergies?.allergens ?? [])]}
                  className="mt-1"
                />
                {unavailable.has(l.item_id) && (
                  <p data-testid="cart-line-unavailable" className="text-sm font-medium text-red-800">
                    Now {unavailable.get(l.item_id)}: remove it to order.
                  </p>
                )}
                <div className="mt-1 flex items-center gap-2">
                  <button type="button" aria-label={`One less ${l.name}`} disabled={sending || l.quantity <= 1} onClick={() => cart.setQuantity(l.key, l.quantity - 1)} className="h-9 w-9 rounded-full ring-1 ring-stone-400 disabled:opacity-40">
                    −
                  </button>
                  <span aria-label={`${l.name} quantity`} className="w-6 text-center font-semibold">
                    {l.quantity}
                  </span>
                  <button type="button" aria-label={`One more ${l.name}`} disabled={sending || l.quantity >= MAX_QUANTITY} onClick={() => cart.setQuantity(l.key, l.quantity + 1)} className="h-9 w-9 rounded-full ring-1 ring-stone-400 disabled:opacity-40">
                    +
                  </button>
                  <button type="button" disabled={sending} onClick={() => cart.remove(l.key)} className="ml-2 text-sm text-red-800 underline underline-offset-2">
                    Remove<span className="sr-only"> {l.name}</span>
                  </button>
                </div>
              </div>
              <p className="shrink-0 font-semibold">{formatMinor(l.unit_minor * l.quantity, currency)}</p>
            </li>
          ))}
        </ul>
      )}
      {cart.lines.length > 0 && (
        <AllergyFields
          legend="Allergies / dietary needs"
          hint="For everyone this order is for. The kitchen sees it in red on the ticket; we keep it for your next orders on this device."
          value={allergies}
          disabled={sending}
          onChange={(v) => {
            onAllergiesChange(v);
            cart.forgetSubmission();
          }}
        />
      )}
      {breakfast && cart.lines.length > 0 && (
        <BreakfastFields
          mornings={breakfast.mornings}
          slots={breakfast.slots}
          maxGuests={breakfast.maxGuests}
          cutoff={breakfast.cutoff}
          timezone={breakfast.timezone}
          value={when}
          info={slotsInfo}
          onChange={(v) => {
            setWhen(v);
            cart.forgetSubmission();
          }}
        />
      )}
      {!breakfast && cart.lines.length > 0 && (
        <div>
          <label htmlFor="order-notes" className="block text-sm font-medium">
            Note for the kitchen <span className="font-normal text-stone-700">(optional)</span>
          </label>
          <textarea
            id="order-notes"
            value={notes}
            maxLength={500}
            rows={2}
            onChange={(e) => {
              setNotes(e.target.value);
              cart.forgetSubmission();
            }}
            className="mt-1 w-full rounded-xl border border-stone-400 p-2"
          />
        </div>
      )}
      <div aria-live="polite">
        {phase.kind === "error" && (
          <div role="alert" data-testid="order-error" className="rounded-xl border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            <p className="font-medium">Your order was not placed.</p>
            <p>{phase.message}</p>
          </div>
        )}
        {sending && <p className="sr-only">Sending your order…</p>}
      </div>
      {blocked && cart.lines.length > 0 && (
        <p data-testid="order-blocked" className="rounded-xl bg-amber-50 p-3 text-sm text-amber-950 ring-1 ring-amber-300">
          {blocked}
        </p>
      )}
      {cart.lines.length > 0 && (
        <div className="flex items-center justify-between gap-3 border-t border-stone-200 pt-3">
          <p>
            <span className="block text-sm text-stone-700">Estimated total</span>
            <span data-testid="cart-total" className="text-lg font-semibold">
              {formatMinor(cart.totalMinor, currency)}
            </span>
          </p>
          <button
            type="button"
            onClick={() => void send()}
            disabled={sending || Boolean(blocked)}
            aria-busy={sending}
            className="min-h-12 rounded-full bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:bg-stone-500"
          >
            {sending ? "Placing order…" : phase.kind === "error" && phase.retry ? "Try again" : "Place order"}
          </button>
        </div>
      )}
      <p className="text-center text-sm">
        <Link href="/stay/orders" className="text-brand-700 underline underline-offset-2">
          Your orders
        </Link>
      </p>
    </section>
  );
}
