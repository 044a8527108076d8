"use client";

import { useTranslations } from "next-intl";
import { StaySubpageHeader } from "../_shared/stay-subpage-header";
import { FollowBookingLanguage } from "../_shared/use-booking-language";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { mergeMessages, newClientId, type ChatMessageView, type PendingMessage } from "@/components/chat/chat-types";
import { MessageBubble, startsDay, type BubbleWords } from "@/components/chat/message-bubble";
import { useApiErrorText } from "@/components/i18n/use-api-error";
import { useFormat } from "@/components/i18n/use-format";
import { MessageText } from "@/components/chat/message-text";
import { RealtimeProvider, useChannel, useRealtime } from "@/components/realtime/realtime-provider";
import type { GuestConversationView } from "@/lib/chat/guest-messages";
import type { ClientPusherConfig } from "@/lib/realtime/config";
import { useDeskOnline } from "./use-desk-online";
import { DeskContact } from "@/app/(guest)/stay/_shared/desk-contact";

type Hotel = { slug: string; name: string; phone: string | null; timezone: string };
type Page = Pick<GuestConversationView, "messages" | "has_more" | "can_send" | "status">;

const TYPING_SHOWN_MS = 5000;
const TYPING_SEND_EVERY_MS = 3000;

/**
 * The guest's chat with the front desk: history, composer with retry, live replies, typing and seen
 * marks. `channel` is the booking's chat channel, `bookingChannel` its booking channel (a language change); `history` its newest page, rendered by the server
 * (null when the link has no chat scope). Opening the page only reads: the conversation is created
 * by the guest's first message.
 */
export function GuestChat({ hotel, channel, bookingChannel, history, realtime }: { hotel: Hotel; channel: string; bookingChannel: string; history: Page | null; realtime: ClientPusherConfig | null }) {
  const t = useTranslations("chat");
  return (
    <RealtimeProvider config={realtime} identity="guest">
      <FollowBookingLanguage channel={bookingChannel} />
      <div className="flex min-h-screen flex-col">
        <StaySubpageHeader title={t("header", { hotel: hotel.name })} titleAs="h1" live />
        {history ? (
          <ChatBody hotel={hotel} channel={channel} history={history} />
        ) : (
          <main className="mx-auto w-full max-w-xl px-3">
            <p role="alert" className="mt-6 rounded-2xl border border-amber-300 bg-amber-50 p-5 text-amber-900">
              {t("notAvailable")} <DeskContact phone={hotel.phone} lead="" />
            </p>
          </main>
        )}
      </div>
    </RealtimeProvider>
  );
}

function api(slug: string, p: string) {
  return `/api/public/hotel/${encodeURIComponent(slug)}/chat/${p}/`;
}

async function postJson(url: string, body: unknown = {}) {
  return fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body), cache: "no-store" });
}

/** A refusal as the API gave it (its code and English text; null text: the page's own words). */
type Problem = { code: string | null; text: string | null; fallback: "unavailable" | "refused" };

async function problemOf(res: Response, fallback: Problem["fallback"]): Promise<Problem> {
  const body = (await res.json().catch(() => ({}))) as { error?: string; code?: string };
  return { code: typeof body.code === "string" ? body.code : null, text: typeof body.error === "string" ? body.error : null, fallback };
}

/** "2026-11-24": the calendar day of an instant in the formatter's zone. */
function calendarDay(d: Date, inZone: Intl.DateTimeFormat): string {
  const parts = inZone.formatToParts(d);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** The day before a "yyyy-mm-dd" calendar day. */
const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** The bubbles' words in the guest's language; days and times in the hotel's zone. */
function useBubbleWords(timeZone: string): BubbleWords {
  const t = useTranslations("chat");
  const f = useFormat();
  return useMemo(() => {
    const dateOnly = new Intl.DateTimeFormat(f.locale, { weekday: "short", day: "numeric", month: "short", timeZone });
    const inZone = new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    return {
      seen: t("seen"),
      sent: t("sent"),
      time: (iso) => f.time(iso, timeZone),
      day: (iso) => {
        const at = new Date(iso);
        const day = calendarDay(at, inZone);
        const today = calendarDay(new Date(), inZone);
        if (day === today) return t("today");
        if (day === dayBefore(today)) return t("yesterday");
        return dateOnly.format(at);
      },
    };
  }, [t, f, timeZone]);
}

function ChatBody({ hotel, channel, history }: { hotel: Hotel; channel: string; history: Page }) {
  const t = useTranslations("chat");
  const errorText = useApiErrorText();
  const words = useBubbleWords(hotel.timezone);
  const { state } = useRealtime();
  const staffOnline = useDeskOnline(api(hotel.slug, "desk"));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [messages, setMessages] = useState<ChatMessageView[]>(history.messages);
  const [hasMore, setHasMore] = useState(history.has_more);
  const [canSend, setCanSend] = useState(history.can_send);
  const [pending, setPending] = useState<PendingMessage[]>([]);
  const [draft, setDraft] = useState("");
  const [typing, setTyping] = useState<string | null>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastTypingSent = useRef(0);
  const readSent = useRef(0);
  const bottom = useRef<HTMLDivElement>(null);

  const loadLatest = useCallback(async () => {
    // Offline: the page keeps what it shows; the channel's (re)subscription asks again.
    const res = await fetch(api(hotel.slug, "messages"), { cache: "no-store" }).catch(() => null);
    if (!res) return;
    if (!res.ok) {
      setProblem(await problemOf(res, "unavailable"));
      return;
    }
    const page = (await res.json()) as Page;
    setMessages((m) => mergeMessages(m, page.messages));
    setHasMore((h) => h || page.has_more);
    setCanSend(page.can_send);
  }, [hotel.slug]);

  useChannel(
    channel,
    (name, data) => {
      if (name === "chat.staff_message") {
        // The reply is here: its writer is no longer typing.
        clearTimeout(typingTimer.current);
        setTyping(null);
        void loadLatest();
      }
      if (name === "chat.read" && data.reader === "staff") {
        const upTo = Number(data.up_to_message_id);
        setMessages((ms) => ms.map((m) => (m.sender === "guest" && m.id <= upTo ? { ...m, read: true } : m)));
      }
      if (name === "chat.typing" && data.from === "staff") {
        setTyping(String(data.name));
        clearTimeout(typingTimer.current);
        typingTimer.current = setTimeout(() => setTyping(null), TYPING_SHOWN_MS);
      }
    },
    () => void loadLatest(),
  );

  // Tell the desk what the guest has seen: the newest staff message, once the page shows it.
  const newestStaff = [...messages].reverse().find((m) => m.sender === "staff")?.id ?? 0;
  useEffect(() => {
    if (newestStaff <= readSent.current || document.visibilityState !== "visible") return;
    readSent.current = newestStaff;
    void postJson(api(hotel.slug, "read"), { up_to_message_id: newestStaff }).catch(() => (readSent.current = 0));
  }, [newestStaff, hotel.slug]);

  useEffect(() => {
    bottom.current?.scrollIntoView({ block: "end" });
  }, [messages.length, pending.length]);

  async function loadOlder() {
    const first = messages[0];
    if (!first) return;
    const res = await fetch(`${api(hotel.slug, "messages")}?before=${first.id}`, { cache: "no-store" }).catch(() => null);
    if (!res?.ok) return;
    const page = (await res.json()) as Page;
    setMessages((m) => mergeMessages(page.messages, m));
    setHasMore(page.has_more);
  }

  /** Sends (or resends, with the same client_id, so never twice) one message; true once the server has it. */
  async function send(p: PendingMessage): Promise<boolean> {
    setPending((ps) => (ps.some((x) => x.client_id === p.client_id) ? ps.map((x) => (x.client_id === p.client_id ? { ...p, state: "sending" } : x)) : [...ps, { ...p, state: "sending" }]));
    const res = await postJson(api(hotel.slug, "message"), { message: p.body, client_id: p.client_id }).catch(() => null);
    if (res?.ok) {
      setPending((ps) => ps.filter((x) => x.client_id !== p.client_id));
      await loadLatest();
      return true;
    }
    if (res && res.status !== 429 && res.status < 500) {
      setProblem(await problemOf(res, "refused"));
      setPending((ps) => ps.filter((x) => x.client_id !== p.client_id));
      if (res.status === 403) setCanSend(false);
      return false;
    }
    // Offline, busy or a server hiccup: keep it; it is resent with the same client_id (no duplicates)
    // when the connection comes back, or when the guest taps Retry.
    setPending((ps) => ps.map((x) => (x.client_id === p.client_id ? { ...x, state: "failed" } : x)));
    return false;
  }

  // Back online: resend what was not sent, once, oldest first, stopping at the first that fails
  // again so the desk never gets them out of order.
  const pendingNow = useRef(pending);
  useEffect(() => {
    pendingNow.current = pending;
  });
  const wasLive = useRef(false);
  useEffect(() => {
    const back = state === "live" && !wasLive.current;
    wasLive.current = state === "live";
    if (!back) return;
    const queued = pendingNow.current.filter((p) => p.state === "failed");
    void (async () => {
      for (const p of queued) if (!(await send(p))) return;
    })();
    // `send` is recreated each render; only the connection coming back matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const body = draft.trim();
    if (!body) return;
    setDraft("");
    setProblem(null);
    // The message ends this typing spell (the desk clears its line): the next draft says so again.
    lastTypingSent.current = 0;
    void send({ client_id: newClientId(), body, state: "sending" });
  }

  function onDraft(v: string) {
    setDraft(v);
    const now = Date.now();
    if (v.trim() && now - lastTypingSent.current > TYPING_SEND_EVERY_MS) {
      lastTypingSent.current = now;
      void postJson(api(hotel.slug, "typing")).catch(() => {});
    }
  }

  return (
    <main className="mx-auto flex w-full max-w-xl flex-1 flex-col px-3 pb-3">
      {/* Blank (same height) until the server has said, so the line never flips at load. */}
      <p className="min-h-9 py-2 text-center text-sm text-stone-600" data-testid="desk-availability">
        {staffOnline === null ? "" : staffOnline > 0 ? t("deskOnline") : t("deskAway")}
      </p>
      {problem && (
        <p role="alert" className="mb-2 rounded-xl border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {errorText(problem.code, problem.text ?? t(problem.fallback))}
        </p>
      )}
      {hasMore && (
        <button type="button" onClick={() => void loadOlder()} className="mx-auto mb-2 rounded-full bg-white px-4 py-1.5 text-sm text-brand-700 ring-1 ring-stone-300">
          {t("loadEarlier")}
        </button>
      )}
      <ol aria-label={t("messages")} aria-live="polite" className="flex flex-1 flex-col gap-2" data-testid="chat-messages">
        {messages.length === 0 && pending.length === 0 && <li className="py-8 text-center text-stone-600">{t("empty")}</li>}
        {messages.map((m, i) => (
          <MessageBubble key={m.id} message={m} mine={m.sender === "guest"} senderLabel={m.sender === "staff" ? m.sender_name : null} showDay={startsDay(messages, i, words.day)} words={words} />
        ))}
        {pending.map((p) => (
          <li key={p.client_id} className="flex flex-col items-end">
            <div data-testid="chat-pending" className="max-w-[85%] rounded-2xl bg-brand-600/70 px-3 py-2 text-white">
              <MessageText text={p.body} />
            </div>
            {p.state === "sending" ? (
              <span className="text-xs text-stone-600">{t("sending")}</span>
            ) : (
              <button type="button" onClick={() => void send(p)} className="text-xs font-medium text-red-700 underline">
                {t("retry")}
              </button>
            )}
          </li>
        ))}
        {typing && (
          <li className="self-start text-sm italic text-stone-600" data-testid="typing-indicator">
            {t.rich("typing", { name: typing, bdi: (c) => <bdi>{c}</bdi> })}
          </li>
        )}
      </ol>
      <div ref={bottom} />
      {canSend ? (
        <form onSubmit={submit} className="sticky bottom-0 mt-3 flex gap-2 bg-stone-50 py-2">
          <label htmlFor="chat-draft" className="sr-only">
            {t("composerLabel")}
          </label>
          <textarea
            id="chat-draft"
            rows={1}
            maxLength={2000}
            value={draft}
            onChange={(e) => onDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && !e.shiftKey) submit(e);
            }}
            placeholder={state === "offline" ? t("placeholderOffline") : t("placeholder")}
            className="min-h-11 flex-1 resize-none rounded-2xl border border-stone-300 bg-white px-3 py-2"
          />
          <button type="submit" disabled={!draft.trim()} className="rounded-2xl bg-brand-600 px-4 font-medium text-white disabled:opacity-50">
            {t("send")}
          </button>
        </form>
      ) : (
        <p className="mt-3 rounded-xl bg-stone-100 p-3 text-center text-sm text-stone-700">{t("closed")}</p>
      )}
    </main>
  );
}
