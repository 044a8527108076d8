"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { GuestLanguage } from "@/components/console/language-options";
import { useSignInRedirect } from "@/components/console/use-sign-in-redirect";
import { fetchJson } from "@/components/http/fetch-json";
import { useChannel } from "@/components/realtime/realtime-provider";
import { useLiveList } from "@/components/realtime/use-live-list";
import { staffChatChannel } from "@/lib/realtime/channels";
import type { InboxRow } from "@/lib/chat/inbox";
import { ConversationView } from "./conversation-view";
import { useFillViewport } from "./use-fill-viewport";

const FILTERS = [
  ["all", "All"],
  ["open", "Open"],
  ["unread", "Unread"],
  ["mine", "Mine"],
  ["resolved", "Resolved"],
] as const;
type Filter = (typeof FILTERS)[number][0];

/** Conversations newest activity first, live; the chosen one opens beside the list (below it on a phone). */
export function ChatInbox({ hotelSlug, staffId, initialConversation = null }: { hotelSlug: string; staffId: string; initialConversation?: string | null }) {
  const [filter, setFilter] = useState<Filter>("all");
  const [q, setQ] = useState("");
  // The search asks the server once typing pauses; a filter asks at once.
  const [search, setSearch] = useState("");
  const [selected, setSelected] = useState<string | null>(initialConversation);
  const [typing, setTyping] = useState<{ conversation: string; name: string; at: number } | null>(null);
  const [tick, setTick] = useState(0);
  const frame = useRef<HTMLDivElement>(null);
  useFillViewport(frame);
  const toSignIn = useSignInRedirect();

  useEffect(() => {
    const t = setTimeout(() => setSearch(q.trim()), 200);
    return () => clearTimeout(t);
  }, [q]);

  const load = useCallback(() => {
    const params = new URLSearchParams({ filter });
    if (search) params.set("q", search);
    return fetchJson<{ conversations: InboxRow[] }>(`/api/console/conversations?${params}`);
  }, [filter, search]);
  const channel = staffChatChannel(hotelSlug);
  // Typing only moves the "is typing" line; every other chat event may reorder the list.
  const live = useLiveList({ load, channel, refetchOn: (name) => name !== "chat.typing", onRefused: (status) => status === 401 && toSignIn() });
  const rows = live.data?.conversations ?? [];

  useChannel(
    channel,
    (name, data) => {
      if (name === "chat.typing") {
        setTyping({ conversation: String(data.conversation_id), name: String(data.name), at: Date.now() });
        setTimeout(() => setTyping((t) => (t && Date.now() - t.at >= 4900 ? null : t)), 5000);
        return;
      }
      // The guest's message is here: they are no longer typing it.
      if (name === "guest_message") setTyping((t) => (t?.conversation === data.conversation_id ? null : t));
      // The open conversation refetches on anything about it.
      if (data.conversation_id === selected) setTick((n) => n + 1);
    },
    () => setTick((n) => n + 1),
  );

  return (
    <div ref={frame} data-testid="chat-inbox" className="grid min-w-0 gap-4 lg:grid-cols-[22rem_minmax(0,1fr)] lg:grid-rows-[minmax(0,1fr)]">
      <section aria-labelledby="inbox-heading" className="flex min-h-0 min-w-0 flex-col rounded-xl bg-white p-3 shadow-sm ring-1 ring-stone-200">
        <div className="flex items-baseline justify-between gap-2">
          <h1 id="inbox-heading" className="text-lg font-semibold">
            Guest chat
          </h1>
          <Link href="/console/chat/quick-replies" className="text-sm text-brand-700 underline">
            Quick replies
          </Link>
        </div>
        <label htmlFor="chat-search" className="sr-only">
          Search by name, room or reference
        </label>
        <input
          id="chat-search"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="Search name, room, reference"
          className="mt-2 w-full rounded-md border border-stone-300 px-3 py-1.5 text-sm"
        />
        <div role="group" aria-label="Filter" className="mt-2 flex flex-wrap gap-1">
          {FILTERS.map(([f, label]) => (
            <button
              key={f}
              type="button"
              aria-pressed={filter === f}
              onClick={() => setFilter(f)}
              className={`rounded-full px-3 py-1 text-xs font-medium ring-1 ${filter === f ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-stone-700 ring-stone-300"}`}
            >
              {label}
            </button>
          ))}
        </div>
        <ul aria-label="Conversations" className="mt-3 max-h-[50dvh] min-h-0 flex-1 divide-y divide-stone-100 overflow-y-auto lg:max-h-none" data-testid="conversation-list">
          {live.status === "loading" && (
            <li aria-busy="true" className="py-6 text-center text-sm text-stone-600">
              Loading conversations…
            </li>
          )}
          {live.error && (
            <li role="alert" className="py-3 text-sm text-amber-900">
              {live.data ? `${live.error} The list may be out of date.` : live.error}{" "}
              <button type="button" onClick={() => void live.refresh()} className="underline">
                Try again
              </button>
            </li>
          )}
          {live.data && rows.length === 0 && <li className="py-6 text-center text-sm text-stone-600">No conversations</li>}
          {rows.map((r) => (
            <li key={r.id}>
              <button
                type="button"
                onClick={() => setSelected(r.id)}
                aria-current={selected === r.id ? "true" : undefined}
                data-testid="conversation-row"
                className={`w-full px-2 py-2 text-start ${selected === r.id ? "bg-brand-50" : "hover:bg-stone-50"}`}
              >
                <span className="flex items-center justify-between gap-2">
                  <span className="font-medium">
                    <bdi>{r.guest_name}</bdi> <span className="text-sm text-stone-600">· {r.room_number ? `Room ${r.room_number}` : r.booking_id}</span>
                    {r.guest_language && (
                      <span className="text-sm font-normal text-stone-600">
                        {" · "}
                        <GuestLanguage language={r.guest_language} testId="row-language" />
                      </span>
                    )}
                  </span>
                  {r.unread_count > 0 && (
                    <span data-testid="row-unread" aria-label={`${r.unread_count} unread`} className="rounded-full bg-red-600 px-1.5 text-xs font-semibold text-white">
                      {r.unread_count}
                    </span>
                  )}
                </span>
                <span className="mt-0.5 flex items-center justify-between gap-2 text-sm text-stone-600">
                  <span className="min-w-0 truncate">
                    {r.last_message ? (
                      <>
                        {r.last_message.sender === "staff" ? "You: " : ""}
                        <bdi>{r.last_message.preview}</bdi>
                      </>
                    ) : (
                      "No messages yet"
                    )}
                  </span>
                  <span className={`shrink-0 text-xs ${r.status === "OPEN" ? "text-emerald-700" : "text-stone-500"}`}>{r.status === "OPEN" ? "Open" : "Resolved"}</span>
                </span>
                {typing?.conversation === r.id && <span className="text-xs italic text-brand-700"><bdi>{typing.name}</bdi> is typing…</span>}
              </button>
            </li>
          ))}
        </ul>
      </section>
      {selected ? (
        <ConversationView key={selected} id={selected} hotelSlug={hotelSlug} staffId={staffId} refreshTick={tick} guestTyping={typing?.conversation === selected ? typing.name : null} onChanged={() => void live.refresh()} />
      ) : (
        <p className="h-fit rounded-xl bg-white p-6 text-stone-600 shadow-sm ring-1 ring-stone-200">Choose a conversation.</p>
      )}
    </div>
  );
}
