import Link from "next/link";
import { LiveAge } from "@/components/console/live-age";
import type { WaitingChat } from "@/lib/bookings/desk-chats";

/** Guests waiting for a reply, the longest waiting first. */
export function TodayChats({ chats }: { chats: WaitingChat[] }) {
  if (chats.length === 0) return <p className="rounded-md border border-dashed border-stone-300 bg-white px-4 py-6 text-sm text-stone-600">No guest is waiting for a reply.</p>;
  return (
    <ul aria-label="Chats waiting for a reply" className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
      {chats.map((c) => (
        <li key={c.conversation_id} data-testid="today-chat" className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-3 px-3 py-2 text-sm">
          <div className="min-w-0">
            <p className="font-medium">
              <bdi>{c.guest_name}</bdi>
              {c.room_number ? ` · room ${c.room_number}` : ""}
            </p>
            <p dir="auto" className="break-words text-stone-700">
              “{c.preview}”
            </p>
          </div>
          <span className="flex flex-col items-end gap-1 text-right">
            <span className="text-xs font-semibold text-amber-900">
              <LiveAge since={c.waiting_since} kind="waiting" />
            </span>
            <Link href={`/console/chat?conversation=${encodeURIComponent(c.conversation_id)}`} className="text-sm font-medium text-brand-700 underline">
              Reply<span className="sr-only"> to {c.guest_name}</span>
            </Link>
          </span>
        </li>
      ))}
    </ul>
  );
}
