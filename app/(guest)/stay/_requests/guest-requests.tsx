"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useId, useState } from "react";
import { useBookingLanguage } from "../_shared/use-booking-language";
import type { LoadResult } from "@/components/realtime/live-list";
import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import { useLiveList } from "@/components/realtime/use-live-list";
import type { GuestBookingView } from "@/lib/bookings/guest-view";
import type { ClientPusherConfig } from "@/lib/realtime/config";
import { guestApi, type GuestApiResult } from "../_order/guest-api";
import { DeskContact } from "../_shared/desk-contact";
import { LinkRefusedAlert } from "../_shared/link-refused-alert";
import { StaySubpageHeader } from "../_shared/stay-subpage-header";
import { DoNotDisturbSwitch } from "./do-not-disturb";
import { RequestCard } from "./request-card";
import { RequestForm } from "./request-form";
import type { DoNotDisturb, GuestRequestList, GuestRequestTypesAnswer } from "./request-types";

/** The guest's service requests: what the hotel takes, a form per kind, and the guest's requests live. */
export function GuestRequests({ stay, realtime }: { stay: GuestBookingView; realtime: ClientPusherConfig | null }) {
  return (
    <RealtimeProvider config={realtime} identity="guest">
      <RequestsBody stay={stay} />
    </RealtimeProvider>
  );
}

const LIST_EVENTS = new Set<string>(["request.created", "request.status_changed", "room.do_not_disturb"]);
// A late check-out approved moves the booking's check-out time; do-not-disturb shows in the cleaning form.
const TYPE_EVENTS = new Set<string>(["request.status_changed", "room.do_not_disturb"]);

/** A refusal of the link itself (not of this one action): the page says the link ended. */
const linkRefused = (r: GuestApiResult<unknown>) => !r.ok && (r.status === 401 || r.status === 403) && r.code !== "MISSING_SCOPE" && r.code !== "NOT_DURING_STAY";

/** The guest API's answer as the live list wants it, the refusal's own words kept for the screen. */
const asLoad = <T,>(r: GuestApiResult<T>): LoadResult<T> => (r.ok ? r : { ok: false, status: linkRefused(r) ? r.status : r.status === 403 ? 400 : r.status, message: r.message });

function RequestsBody({ stay }: { stay: GuestBookingView }) {
  const t = useTranslations("requests.page");
  const locale = useLocale();
  const formId = useId();
  const [linkInvalid, setLinkInvalid] = useState(false);
  const [openType, setOpenType] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  // The switch's own answer, shown until the list is loaded again (then the list's is as new).
  const [dnd, setDnd] = useState<{ value: DoNotDisturb; over: GuestRequestList | null } | null>(null);
  const base = `/api/public/hotel/${encodeURIComponent(stay.hotel.slug)}`;
  const state = stay.booking.stay_status;
  // The link's scope is the server's word (the booking view); without "order" nothing here can be asked.
  const canAsk = stay.access.scopes.includes("order");
  const offersSomething = canAsk && (state === "in_house" || state === "upcoming");
  const channel = linkInvalid || !canAsk ? null : (stay.channels.room_service ?? null);
  useBookingLanguage(linkInvalid ? null : stay.channels.booking);

  const loadList = useCallback(async () => asLoad(await guestApi<GuestRequestList>(`${base}/requests/?lang=${encodeURIComponent(locale)}`)), [base, locale]);
  const loadTypes = useCallback(async () => asLoad(await guestApi<GuestRequestTypesAnswer>(`${base}/requests/types/?lang=${encodeURIComponent(locale)}`)), [base, locale]);
  const list = useLiveList({
    load: linkInvalid || !canAsk ? null : loadList,
    channel,
    refetchOn: (name) => LIST_EVENTS.has(name),
    onRefused: () => setLinkInvalid(true),
  });
  const types = useLiveList({
    load: linkInvalid || !offersSomething ? null : loadTypes,
    channel,
    refetchOn: (name) => TYPE_EVENTS.has(name),
    onRefused: () => setLinkInvalid(true),
  });
  const refresh = () => void Promise.all([list.refresh(), types.refresh()]);
  // The switch shows the server's last answer: its own POST's, or the list's after an event.
  const doNotDisturb = dnd && dnd.over === list.data ? dnd.value : (list.data?.do_not_disturb ?? null);
  const requests = list.data?.requests ?? [];
  // What this booking may ask for now is the server's word per type (the stay, one open late check-out).
  const offered = types.data ? types.data.types.filter((x) => x.available) : [];
  const shown = linkInvalid ? "link-invalid" : !canAsk ? "scope" : list.data ? "ready" : list.status;
  const error = shown !== "link-invalid" && shown !== "scope" && (list.error ?? (offersSomething ? types.error : null));

  return (
    <div className="min-h-screen">
      <StaySubpageHeader title={stay.hotel.name} live={Boolean(channel)} />
      <main className="mx-auto max-w-xl space-y-4 p-4 pb-12">
        <div className="flex items-end justify-between gap-3">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          {shown !== "link-invalid" && shown !== "scope" && (
            <button type="button" onClick={refresh} className="rounded-full bg-white px-4 py-2 text-sm font-medium ring-1 ring-stone-300 hover:bg-stone-100">
              {t("refresh")}
            </button>
          )}
        </div>
        {shown === "link-invalid" && <LinkRefusedAlert heading="h2" title={t("linkRefusedTitle")} phone={stay.hotel.phone} lead={t("linkRefusedLead")} />}
        {shown === "scope" && (
          <div role="status" data-testid="requests-state" data-state="scope" className="rounded-2xl bg-stone-100 p-4 text-stone-900 ring-1 ring-stone-300">
            <h2 className="font-semibold">{t("scopeTitle")}</h2>
            <p className="mt-1 text-sm">
              <DeskContact phone={stay.hotel.phone} chat={Boolean(stay.channels.chat)} lead={t("scopeLead")} />
            </p>
          </div>
        )}
        {canAsk && !linkInvalid && state !== "in_house" && <StayNotice state={state} phone={stay.hotel.phone} chat={Boolean(stay.channels.chat)} />}
        {error && (
          <div role="alert" className="flex items-center justify-between gap-3 rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
            <span>{list.data ? t("refreshFailed") : t("loadFailed")}</span>
            <button type="button" onClick={refresh} className="rounded-lg bg-white px-3 py-1.5 font-medium ring-1 ring-amber-400 hover:bg-amber-100">
              {t("tryAgain")}
            </button>
          </div>
        )}
        {shown === "loading" && (
          <div aria-busy="true" className="space-y-3">
            <p className="sr-only">{t("loading")}</p>
            <div className="h-16 animate-pulse rounded-2xl bg-stone-200" />
            <div className="h-16 animate-pulse rounded-2xl bg-stone-200" />
            <div className="h-24 animate-pulse rounded-2xl bg-stone-200" />
          </div>
        )}
        {shown === "ready" && state === "in_house" && doNotDisturb && (
          <DoNotDisturbSwitch
            state={doNotDisturb}
            hotelSlug={stay.hotel.slug}
            timezone={stay.hotel.timezone}
            onChanged={(next) => {
              setDnd({ value: next, over: list.data });
              void list.refresh();
            }}
          />
        )}
        {shown === "ready" && offersSomething && types.data && (offered.length > 0 || types.data.types.length === 0) && (
          <section aria-labelledby="ask-heading" className="space-y-2">
            <h2 id="ask-heading" className="text-lg font-semibold">
              {t("ask")}
            </h2>
            {offered.length === 0 ? (
              <p className="rounded-2xl bg-white p-4 text-stone-700 ring-1 ring-stone-200">{t("noTypes")}</p>
            ) : (
              <ul className="space-y-2">
                {offered.map((type) => {
                  const open = openType === type.id;
                  return (
                    <li key={type.id} data-testid="request-type" data-kind={type.kind} className={`rounded-2xl bg-white p-4 shadow-sm ring-1 ${open ? "ring-brand-700" : "ring-stone-200"}`}>
                      <button
                        type="button"
                        aria-expanded={open}
                        aria-controls={open ? `${formId}-${type.id}` : undefined}
                        onClick={() => {
                          setSent(false);
                          setOpenType(open ? null : type.id);
                        }}
                        className="flex w-full items-center justify-between gap-3 text-start"
                      >
                        <span className="min-w-0">
                          <span dir="auto" className="block font-semibold text-brand-800">
                            {type.name}
                          </span>
                          {type.description && (
                            <span dir="auto" className="block text-sm text-stone-700">
                              {type.description}
                            </span>
                          )}
                        </span>
                        <span aria-hidden="true" className={`shrink-0 text-xl text-brand-700 transition-transform ${open ? "rotate-45" : ""}`}>
                          +
                        </span>
                      </button>
                      {open && (
                        <div id={`${formId}-${type.id}`}>
                          <RequestForm
                            type={type}
                            answer={types.data!}
                            hotelSlug={stay.hotel.slug}
                            onLinkInvalid={() => setLinkInvalid(true)}
                            onSent={() => {
                              setOpenType(null);
                              setSent(true);
                              refresh();
                            }}
                          />
                        </div>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        )}
        {/* Just above the list the new request appears in. */}
        <div aria-live="polite">
          {sent && (
            <p role="status" data-testid="request-sent" className="rounded-xl bg-emerald-50 p-3 text-sm text-emerald-950 ring-1 ring-emerald-300">
              {t("sent")}
            </p>
          )}
        </div>
        {shown === "ready" && (
          <section aria-labelledby="yours-heading" className="space-y-2">
            <h2 id="yours-heading" className="text-lg font-semibold">
              {t("yours")}
            </h2>
            {requests.length === 0 ? (
              <p data-testid="requests-empty" className="rounded-2xl bg-white p-4 text-stone-700 ring-1 ring-stone-200">
                {t("empty")}
              </p>
            ) : (
              <ul className="space-y-3">
                {requests.map((r) => (
                  <RequestCard key={r.id} request={r} hotelSlug={stay.hotel.slug} timezone={stay.hotel.timezone} onChanged={refresh} />
                ))}
              </ul>
            )}
          </section>
        )}
      </main>
    </div>
  );
}

/** Outside the stay: before arrival only a late check-out can be asked; after it, nothing. */
function StayNotice({ state, phone, chat }: { state: GuestBookingView["booking"]["stay_status"]; phone: string | null; chat: boolean }) {
  const t = useTranslations("requests.page");
  const text = state === "upcoming" ? { title: t("beforeArrivalTitle"), text: t("beforeArrivalText") } : state === "cancelled" ? { title: t("cancelledTitle"), text: t("cancelledText") } : { title: t("departedTitle"), text: t("departedText") };
  return (
    <div role="status" data-testid="requests-state" data-state={state} className={`rounded-2xl p-4 ring-1 ${state === "upcoming" ? "bg-amber-50 text-amber-950 ring-amber-300" : "bg-stone-100 text-stone-900 ring-stone-300"}`}>
      <h2 className="font-semibold">{text.title}</h2>
      <p className="mt-1 text-sm">{text.text}</p>
      {state !== "upcoming" && (
        <p className="mt-1 text-sm">
          <DeskContact phone={phone} chat={chat} />
        </p>
      )}
    </div>
  );
}
