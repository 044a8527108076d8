"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { lazy, useEffect, useRef, useState, useTransition } from "react";
import type { MenuKind } from "@/lib/menus/availability";
import { MENU_PATHS } from "@/lib/menus/labels";
import { useApiErrorText } from "@/components/i18n/use-api-error";
import { useFormat } from "@/components/i18n/use-format";
import type { Unavailable } from "../_menu/menu-item-card";
import { AllergyFields, allergiesBody, type AllergyChoice } from "./allergy-fields";
import { AllergyConflict } from "./allergy-conflict";
import { BreakfastFields } from "./breakfast-fields";
import { existingFor, initialChoice, morningFor, type BreakfastChoice, type SlotsInfo } from "./breakfast-choice";
import { guestApi } from "./guest-api";
import { useMenuLabels } from "./use-menu-labels";
import type { Placed } from "./order-confirmation";
import { MAX_QUANTITY, type Cart } from "./use-cart";

/** Breakfast: the server's mornings, slots and party size for this stay (GET …/breakfast/slots/). */
export type BreakfastSetup = { initial: SlotsInfo };

// The confirmation's code is fetched when the guest presses "Place order" (beside the order's own
// request), not with the menu (bench:weight).
const loadConfirmation = () => import("./order-confirmation");
const OrderConfirmation = lazy(() => loadConfirmation().then((m) => ({ default: m.OrderConfirmation })));

/** A refusal as the API gave it: its code, and its own (English) words when it had some. */
type Refusal = { code: string; status: number; serverText: string | null };
type Phase = { kind: "idle" } | { kind: "sending" } | { kind: "error"; refusal: Refusal; retry: boolean } | { kind: "placed"; placed: Placed };

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
  unavailable: Map<string, Unavailable>;
  /** Each dish's allergens per the menu as it is now. */
  containsOf: Map<string, readonly string[]>;
  /** The allergies declared for every order of this stay (kept on this device). */
  allergies: AllergyChoice;
  onAllergiesChange: (v: AllergyChoice) => void;
  onLinkInvalid: () => void;
}) {
  const t = useTranslations("menu");
  const fmt = useFormat();
  const labels = useMenuLabels();
  const apiErrorText = useApiErrorText();
  const locale = useLocale();
  // The API's refusal in the guest's words. English shows the API's own text, as it always has (it
  // names the dish or the slot); other languages the words for its code, else that same text.
  const refusalText = (r: Refusal) =>
    r.code === "NETWORK"
      ? t("errors.network")
      : r.serverText
        ? locale === "en"
          ? r.serverText
          : apiErrorText(r.code, r.serverText)
        : r.status >= 500
          ? t("errors.server")
          : t("errors.failed");
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  // The answer is shown in a transition: the panel stays as it is until the confirmation can render.
  const [, startTransition] = useTransition();
  const [notes, setNotes] = useState("");
  // The morning the guest picked, or "" to follow the server's next free morning. The shown morning is
  // derived on every render, so a stale start (a remount, an order placed meanwhile) corrects itself
  // as soon as the server's answer arrives.
  const [picked, setPicked] = useState<BreakfastChoice>(() => (breakfast ? initialChoice(breakfast.initial) : { delivery_date: "", time_slot: "", guests: 1 }));
  const [slotsInfo, setSlotsInfo] = useState<SlotsInfo | null>(null);
  const info = slotsInfo ?? breakfast?.initial ?? null;
  const when: BreakfastChoice = { ...picked, delivery_date: info ? morningFor(info, picked.delivery_date) : picked.delivery_date };
  // A morning that already has breakfast: the order is changed instead (the API allows it while pending).
  const existing = breakfast && info ? existingFor(info, when.delivery_date) : null;
  const inFlight = useRef(false);
  // Right after an order too, so the next breakfast starts from the server's fresh answer.
  const wantsSlots = Boolean(breakfast && !blocked && (cart.lines.length > 0 || phase.kind === "placed"));

  // Breakfast: which mornings are still open and which slots have seats, from the server.
  useEffect(() => {
    if (!wantsSlots) return;
    let live = true;
    const date = when.delivery_date ? `?date=${encodeURIComponent(when.delivery_date)}` : "";
    void guestApi<SlotsInfo>(`/api/public/hotel/${encodeURIComponent(hotelSlug)}/breakfast/slots/${date}`).then((r) => {
      if (live && r.ok) setSlotsInfo(r.data);
    });
    return () => {
      live = false;
    };
  }, [wantsSlots, hotelSlug, when.delivery_date, phase.kind]);

  const base = `/api/public/hotel/${encodeURIComponent(hotelSlug)}`;
  const url = `${base}/${MENU_PATHS[menu]}/order/`;

  const send = async () => {
    if (inFlight.current || cart.lines.length === 0) return; // a second tap while sending does nothing
    inFlight.current = true;
    setPhase({ kind: "sending" });
    const confirmation = loadConfirmation().catch(() => null);
    const items = cart.lines.map((l) => {
      const own = allergiesBody(l.allergies);
      return { item_id: l.item_id, quantity: l.quantity, options: l.options, ...(l.instructions ? { instructions: l.instructions } : {}), ...(own ? { allergies: own } : {}) };
    });
    const declared = allergiesBody(allergies);
    const shared = { items, ...(declared ? { allergies: declared } : {}) };
    const body = breakfast ? { ...when, ...shared } : { ...shared, ...(notes.trim() ? { notes: notes.trim() } : {}) };
    // Changing this morning's breakfast: its slot, guests, dishes and allergies become the cart's.
    const res = existing?.can_change
      ? await guestApi<Record<string, unknown>>(`${base}/breakfast/orders/${encodeURIComponent(existing.order_id)}/`, {
          method: "PATCH",
          body: { time_slot: when.time_slot, guests: when.guests, items, allergies: declared ?? null },
        })
      : await guestApi<Record<string, unknown>>(url, { method: "POST", body, idempotencyKey: cart.submissionKey() });
    inFlight.current = false;
    if (res.ok) {
      const d = (existing?.can_change && res.data.order && typeof res.data.order === "object" ? res.data.order : res.data) as Record<string, unknown>;
      const placed: Placed = {
        order_id: String(d.order_id),
        total_amount: typeof d.total_amount === "string" ? d.total_amount : typeof d.total === "string" ? d.total : null,
        currency: typeof d.currency === "string" ? d.currency : currency,
        changed: Boolean(existing?.can_change),
        estimated_delivery: typeof d.estimated_delivery === "string" ? d.estimated_delivery : null,
        delivery_date: typeof d.delivery_date === "string" ? d.delivery_date : null,
        time_slot: typeof d.time_slot === "string" ? d.time_slot : null,
        items_count: cart.count,
        fallbackTotalMinor: cart.totalMinor,
      };
      await confirmation;
      startTransition(() => {
        setPhase({ kind: "placed", placed });
        cart.clear();
        setNotes("");
        // The next breakfast starts on the next morning without one (the server says which).
        if (breakfast) {
          setPicked((w) => ({ ...w, delivery_date: "" }));
        }
      });
      return;
    }
    if (res.code === "LINK_INVALID" && (res.status === 401 || res.status === 403)) return onLinkInvalid();
    // A network failure may have placed the order: keep the key so "Try again" answers that same order.
    // Any refusal from the server means nothing was written: a new press gets a new key.
    if (res.status !== 0) cart.forgetSubmission();
    const serverText = typeof res.body?.error === "string" && res.body.error ? res.body.error : null;
    setPhase({ kind: "error", refusal: { code: res.code, status: res.status, serverText }, retry: res.status === 0 || res.status >= 500 });
  };

  // Suspends (in the transition above) into the Suspense boundary around this panel, which keeps it on screen.
  if (phase.kind === "placed") return <OrderConfirmation placed={phase.placed} timezone={timezone} onAgain={() => setPhase({ kind: "idle" })} />;

  const sending = phase.kind === "sending";
  return (
    <section id="cart" aria-labelledby="cart-heading" className="scroll-mt-4 space-y-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200">
      <h2 id="cart-heading" className="text-lg font-semibold">
        {t("cart.heading")}
      </h2>
      {!cart.loaded ? (
        <p className="text-sm text-stone-700">{t("cart.loading")}</p>
      ) : cart.lines.length === 0 ? (
        <p data-testid="cart-empty" className="text-sm text-stone-700">
          {t("cart.empty")}
        </p>
      ) : (
        <ul data-testid="cart-lines" className="divide-y divide-stone-200">
          {cart.lines.map((l) => (
            <li key={l.key} data-testid="cart-line" className="flex items-start justify-between gap-3 py-2">
              <div className="min-w-0">
                <p dir="auto" className="font-medium">
                  {l.name}
                </p>
                {l.option_labels.length > 0 && <p className="text-sm text-stone-700">{labels.list(l.option_labels)}</p>}
                {l.instructions && (
                  <p dir="auto" className="text-sm italic text-stone-700">
                    {t("cart.instructions", { text: l.instructions })}
                  </p>
                )}
                {l.allergies && (l.allergies.allergens.length > 0 || l.allergies.note.trim()) && (
                  <p data-testid="cart-line-allergies" className="text-sm font-medium text-red-900">
                    {t("cart.lineAllergies", { list: [...l.allergies.allergens.map(labels.allergen), l.allergies.note.trim()].filter(Boolean).join(" · ") })}
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
                    {t("cart.nowUnavailable", { ...unavailable.get(l.item_id)! })}
                  </p>
                )}
                <div className="mt-1 flex items-center gap-2">
                  <button type="button" aria-label={t("cart.oneLess", { dish: l.name })} disabled={sending || l.quantity <= 1} onClick={() => cart.setQuantity(l.key, l.quantity - 1)} className="h-9 w-9 rounded-full ring-1 ring-stone-400 disabled:opacity-40">
                    −
                  </button>
                  <span aria-label={t("cart.quantityOf", { dish: l.name })} className="w-6 text-center font-semibold">
                    {l.quantity}
                  </span>
                  <button type="button" aria-label={t("cart.oneMore", { dish: l.name })} disabled={sending || l.quantity >= MAX_QUANTITY} onClick={() => cart.setQuantity(l.key, l.quantity + 1)} className="h-9 w-9 rounded-full ring-1 ring-stone-400 disabled:opacity-40">
                    +
                  </button>
                  <button type="button" disabled={sending} onClick={() => cart.remove(l.key)} className="ms-2 text-sm text-red-800 underline underline-offset-2">
                    {t.rich("cart.remove", { dish: l.name, hidden: (c) => <span className="sr-only">{c}</span> })}
                  </button>
                </div>
              </div>
              <p className="shrink-0 font-semibold">{fmt.minor(l.unit_minor * l.quantity, currency)}</p>
            </li>
          ))}
        </ul>
      )}
      {cart.lines.length > 0 && (
        <AllergyFields
          legend={t("cart.allergiesLegend")}
          hint={t("cart.allergiesHint")}
          value={allergies}
          disabled={sending}
          onChange={(v) => {
            onAllergiesChange(v);
            cart.forgetSubmission();
          }}
        />
      )}
      {breakfast && info && cart.lines.length > 0 && (
        <BreakfastFields
          value={when}
          info={info}
          onChange={(v) => {
            setPicked(v);
            cart.forgetSubmission();
          }}
        />
      )}
      {!breakfast && cart.lines.length > 0 && (
        <div>
          <label htmlFor="order-notes" className="block text-sm font-medium">
            {t.rich("cart.notes", { optional: (c) => <span className="font-normal text-stone-700">{c}</span> })}
          </label>
          <textarea
            id="order-notes"
            dir="auto"
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
            <p className="font-medium">{t("cart.notPlaced")}</p>
            <p>{refusalText(phase.refusal)}</p>
          </div>
        )}
        {sending && <p className="sr-only">{t("cart.sendingStatus")}</p>}
      </div>
      {blocked && cart.lines.length > 0 && (
        <p data-testid="order-blocked" className="rounded-xl bg-amber-50 p-3 text-sm text-amber-950 ring-1 ring-amber-300">
          {blocked}
        </p>
      )}
      {cart.lines.length > 0 && (
        <div className="flex items-center justify-between gap-3 border-t border-stone-200 pt-3">
          <p>
            <span className="block text-sm text-stone-700">{t("cart.estimatedTotal")}</span>
            <span data-testid="cart-total" className="text-lg font-semibold">
              {fmt.minor(cart.totalMinor, currency)}
            </span>
          </p>
          <button
            type="button"
            onClick={() => void send()}
            disabled={sending || Boolean(blocked) || (existing !== null && !existing.can_change)}
            aria-busy={sending}
            className="min-h-12 rounded-full bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:bg-stone-500"
          >
            {sending ? t("cart.sending") : phase.kind === "error" && phase.retry ? t("cart.tryAgain") : existing?.can_change ? t("cart.changeBreakfast") : t("cart.placeOrder")}
          </button>
        </div>
      )}
      <p className="text-center text-sm">
        <Link href="/stay/orders" className="text-brand-700 underline underline-offset-2">
          {t("cart.yourOrders")}
        </Link>
      </p>
    </section>
  );
}
