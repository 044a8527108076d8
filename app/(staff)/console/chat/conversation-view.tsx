"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { mergeMessages, newClientId, type ChatMessageView } from "@/components/chat/chat-types";
import { MessageBubble, startsDay } from "@/components/chat/message-bubble";
import { GuestLanguage } from "@/components/console/language-options";
import { useApi } from "@/components/console/use-api";
import { useChannel } from "@/components/realtime/realtime-provider";
import { formatDate } from "@/components/ui/format";
import { hasQuickReplyIn, quickReplyText, type QuickReplyTranslations } from "@/lib/chat/quick-reply-text";
import type { OpenOrderSummary } from "@/lib/orders/open-orders-of-booking";
import { staffOrdersChannel } from "@/lib/realtime/channels";
import { OpenOrders } from "./open-orders";

type Detail = {
  conversation: { id: string; status: "OPEN" | "RESOLVED"; assigned_staff_id: string | null };
  booking: { reference: string; guest_name: string; guest_language: string | null; room_number: string | null; check_in_date: string | null; check_out_date: string | null; stay: string };
  messages: ChatMessageView[];
  has_more: boolean;
  open_orders: OpenOrderSummary[];
  desk_staff: { id: string; name: string }[];
  quick_replies: { id: string; title: string; body: string; translations?: QuickReplyTranslations }[];
};

const TYPING_SEND_EVERY_MS = 3000;

// The guest can no longer write back once the booking is checked out or cancelled (lib/bookings/stay-rules.ts canChatNow).
const CANNOT_ANSWER: Record<string, string> = {
  departed: "has checked out and can no longer answer in this chat. They can still read your reply; for anything urgent, call or email them.",
  cancelled: "can no longer answer in this chat: the booking is cancelled. For anything urgent, call or email them.",
};

/** One conversation: history with day separators, seen marks, reply box, quick replies, status and assignment, booking facts and open orders. */
export function ConversationView({
  id,
  hotelSlug,
  staffId,
  refreshTick,
  guestTyping,
  onChanged,
}: {
  id: string;
  hotelSlug: string;
  staffId: string;
  refreshTick: number;
  guestTyping: string | null;
  onChanged: () => void;
}) {
  const [detail, setDetail] = useState<Detail | null>(null);
  const [messages, setMessages] = useState<ChatMessageView[]>([]);
  const [draft, setDraft] = useState("");
  // Sending and the conversation's actions show their errors; read marks and typing are quiet.
  const api = useApi();
  const quiet = useApi();
  const { call: quietCall } = quiet;
  const lastTyping = useRef(0);
  const replyBox = useRef<HTMLTextAreaElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const base = `/api/console/conversations/${id}`;

  const load = useCallback(async () => {
    const res = await fetch(base, { cache: "no-store" }).catch(() => null);
    if (!res?.ok) return;
    const d = (await res.json()) as Detail;
    setDetail(d);
    // Read marks change on messages already shown, so the newest page replaces them.
    setMessages((m) => mergeMessages(m, d.messages));
    // Opening (or watching) the conversation marks the guest's messages seen; the chime stops.
    if (d.messages.some((m) => m.sender === "guest" && !m.read) && document.visibilityState === "visible") {
      if (await quietCall(`${base}/read`, "POST", {})) onChanged();
    }
  }, [base, onChanged, quietCall]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetch on open and on each live event
    void load();
  }, [load, refreshTick]);

  // The guest's orders move on the orders stream: refetch when one of this booking's changes.
  const reference = detail?.booking.reference ?? null;
  useChannel(reference ? staffOrdersChannel(hotelSlug) : null, (_name, data) => {
    if (data.booking_id === reference) void load();
  });

  // The newest message in view when one arrives (loading older ones leaves the scroll alone).
  const newest = messages.at(-1)?.id ?? 0;
  useEffect(() => {
    if (list.current) list.current.scrollTop = list.current.scrollHeight;
  }, [newest]);

  async function loadOlder() {
    const first = messages[0];
    if (!first) return;
    const res = await fetch(`${base}?before=${first.id}`, { cache: "no-store" }).catch(() => null);
    if (!res?.ok) return;
    const d = (await res.json()) as Detail;
    setMessages((m) => mergeMessages(d.messages, m));
    setDetail((x) => (x ? { ...x, has_more: d.has_more } : x));
  }

  async function send(e: React.FormEvent) {
    e.preventDefault();
    const body = draft.trim();
    if (!body) return;
    if (!(await api.call(`${base}/messages`, "POST", { message: body, client_id: newClientId() }))) return;
    setDraft("");
    // The reply ends this typing spell (the guest's line clears): the next draft says so again.
    lastTyping.current = 0;
    await load();
    onChanged();
  }

  async function act(path: string, body?: unknown) {
    await api.call(`${base}/${path}`, "POST", body ?? {});
    await load();
    onChanged();
  }

  function onDraft(v: string) {
    setDraft(v);
    const now = Date.now();
    if (v.trim() && now - lastTyping.current > TYPING_SEND_EVERY_MS) {
      lastTyping.current = now;
      void quiet.call(`${base}/typing`, "POST", {});
    }
  }

  if (!detail) return <p className="rounded-xl bg-white p-6 text-stone-600 ring-1 ring-stone-200">Loading…</p>;
  const c = detail.conversation;
  const b = detail.booking;
  const cannotAnswer = CANNOT_ANSWER[b.stay];
  const mine = c.assigned_staff_id === staffId;
  const canTakeIt = !mine && detail.desk_staff.some((s) => s.id === staffId);
  return (
    <div className="grid min-h-0 min-w-0 gap-4 lg:grid-rows-[minmax(0,1fr)_auto] xl:grid-cols-[minmax(0,1fr)_16rem] xl:grid-rows-[minmax(0,1fr)]">
      <section aria-labelledby="conv-heading" className="flex min-h-0 min-w-0 flex-col rounded-xl bg-white p-4 shadow-sm ring-1 ring-stone-200">
        <div className="flex flex-wrap items-center justify-between gap-2 border-b border-stone-100 pb-3">
          <div className="flex flex-wrap items-baseline gap-x-2">
            <h2 id="conv-heading" className="text-lg font-semibold">
              <bdi>{b.guest_name}</bdi>
            </h2>
            <GuestLanguage language={b.guest_language} className="text-sm text-stone-600" testId="conversation-language" />
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <label className="text-sm text-stone-700">
              Assigned to{" "}
              <select
                value={c.assigned_staff_id ?? ""}
                onChange={(e) => void act("assign", { staff_id: e.target.value || null })}
                className="rounded-md border border-stone-300 px-2 py-1 text-sm"
              >
                <option value="">Nobody</option>
                {detail.desk_staff.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.id === staffId ? `${s.name} (me)` : s.name}
                  </option>
                ))}
              </select>
            </label>
            {canTakeIt && (
              <button type="button" onClick={() => void act("assign", { staff_id: staffId })} className="rounded-md border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700">
                Assign to me
              </button>
            )}
            {c.status === "OPEN" ? (
              <button type="button" onClick={() => void act("resolve")} className="rounded-md bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white">
                Resolve
              </button>
            ) : (
              <button type="button" onClick={() => void act("reopen")} className="rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium">
                Reopen
              </button>
            )}
          </div>
        </div>
        <p className="mt-1 text-xs text-stone-600" data-testid="conversation-status">
          {c.status === "OPEN" ? "Open" : "Resolved"}
        </p>
        {detail.has_more && (
          <button type="button" onClick={() => void loadOlder()} className="mx-auto mt-2 text-sm text-brand-700 underline">
            Load earlier messages
          </button>
        )}
        <ol ref={list} aria-label="Messages" tabIndex={0} className="mt-3 flex max-h-[60dvh] min-h-0 flex-1 flex-col gap-2 overflow-y-auto lg:max-h-none" data-testid="staff-chat-messages">
          {messages.map((m, i) => (
            <MessageBubble key={m.id} message={m} mine={m.sender === "staff"} senderLabel={m.sender === "staff" ? m.sender_name : b.guest_name} showDay={startsDay(messages, i)} />
          ))}
          {guestTyping && (
            <li className="self-start text-sm italic text-stone-600" data-testid="guest-typing">
              {guestTyping} is typing…
            </li>
          )}
        </ol>
        {api.error && (
          <p role="alert" className="mt-2 text-sm text-red-700">
            {api.error.error}
          </p>
        )}
        <div className="mt-3 flex flex-wrap items-center gap-1" aria-label="Quick replies" role="group">
          {detail.quick_replies.map((r) => {
            // Offered in the guest's language (the booking's) when the reply has that text, else as written.
            const text = quickReplyText(r, b.guest_language);
            const translated = hasQuickReplyIn(r, b.guest_language);
            return (
              <button
                key={r.id}
                type="button"
                title={text}
                data-language={translated ? b.guest_language : undefined}
                onClick={() => {
                  setDraft((d) => (d ? `${d} ${text}` : text));
                  replyBox.current?.focus();
                }}
                className="rounded-full bg-stone-100 px-3 py-1 text-xs text-stone-800 ring-1 ring-stone-300 hover:bg-stone-200"
              >
                {r.title}
                {translated && <span className="ms-1 rounded bg-white px-1 text-[10px] font-semibold uppercase text-stone-700 ring-1 ring-stone-300">{b.guest_language}</span>}
              </button>
            );
          })}
          <Link href="/console/chat/quick-replies" className="px-2 text-xs text-brand-700 underline">
            {detail.quick_replies.length > 0 ? "Manage quick replies" : "Add quick replies"}
          </Link>
        </div>
        {cannotAnswer && (
          <p role="note" data-testid="guest-cannot-answer" className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">
            <bdi>{b.guest_name}</bdi> {cannotAnswer}
          </p>
        )}
        <form onSubmit={(e) => void send(e)} className="mt-3 flex gap-2">
          <label htmlFor="staff-reply" className="sr-only">
            Reply
          </label>
          <textarea
            id="staff-reply"
            ref={replyBox}
            rows={2}
            maxLength={2000}
            value={draft}
            onChange={(e) => onDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && !e.shiftKey) void send(e);
            }}
            placeholder="Write a reply"
            // A quick reply may insert the guest's language, Arabic included.
            dir="auto"
            className="min-w-0 flex-1 resize-none rounded-md border border-stone-300 px-3 py-2"
          />
          <button type="submit" disabled={!draft.trim() || api.pending} className="rounded-md bg-brand-600 px-4 font-medium text-white disabled:opacity-50">
            {api.pending ? "Sending…" : "Send"}
          </button>
        </form>
      </section>
      <aside aria-label="Booking" className="h-fit max-h-full overflow-y-auto rounded-xl bg-white p-4 text-sm shadow-sm ring-1 ring-stone-200">
        <h3 className="font-semibold">Booking</h3>
        <dl className="mt-2 space-y-1">
          <div>
            <dt className="inline text-stone-600">Reference: </dt>
            <dd className="inline">{b.reference}</dd>
          </div>
          <div>
            <dt className="inline text-stone-600">Room: </dt>
            <dd className="inline">{b.room_number ?? "Not assigned"}</dd>
          </div>
          <div>
            <dt className="inline text-stone-600">Stay: </dt>
            <dd className="inline">
              {b.check_in_date ? formatDate(b.check_in_date) : "?"} – {b.check_out_date ? formatDate(b.check_out_date) : "?"}
            </dd>
          </div>
          <div>
            <dt className="inline text-stone-600">Status: </dt>
            <dd className="inline">{b.stay.replace("_", " ")}</dd>
          </div>
        </dl>
        <Link href={`/console/bookings/${encodeURIComponent(b.reference)}`} className="mt-3 inline-block text-brand-700 underline">
          Open booking
        </Link>
        <OpenOrders orders={detail.open_orders} />
      </aside>
    </div>
  );
}
