import type { MessageView } from "@/lib/chat/list-messages";

// The chat API's message shape as the screens use it: the server's own type, so the two cannot drift.
export type ChatMessageView = MessageView;

/** A message the screen has sent but the server has not confirmed (or refused) yet. */
export type PendingMessage = { client_id: string; body: string; state: "sending" | "failed" };

/** Merges pages by id, oldest first. */
export function mergeMessages(a: ChatMessageView[], b: ChatMessageView[]): ChatMessageView[] {
  const byId = new Map<number, ChatMessageView>();
  for (const m of [...a, ...b]) byId.set(m.id, m);
  return [...byId.values()].sort((x, y) => x.id - y.id);
}

export function newClientId(): string {
  return `c-${crypto.randomUUID()}`;
}

/** "Today", "Yesterday" or a date, for day separators. */
export function dayLabel(iso: string, now = new Date()): string {
  const d = new Date(iso);
  const key = (x: Date) => x.toDateString();
  if (key(d) === key(now)) return "Today";
  const y = new Date(now);
  y.setDate(now.getDate() - 1);
  if (key(d) === key(y)) return "Yesterday";
  return d.toLocaleDateString(undefined, { weekday: "short", day: "numeric", month: "short" });
}

// 24-hour everywhere, as the kitchen and the rest of the portal show times.
export const timeLabel = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
