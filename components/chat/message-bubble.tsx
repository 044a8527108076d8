import { dayLabel, timeLabel, type ChatMessageView } from "./chat-types";
import { MessageText } from "./message-text";

/** True when message i is the first of its day, so a day separator goes above it. */
export function startsDay(messages: ChatMessageView[], i: number): boolean {
  return i === 0 || dayLabel(messages[i - 1]!.sent_at) !== dayLabel(messages[i]!.sent_at);
}

/**
 * One chat message as both screens draw it (the guest's page and the console's conversation):
 * the viewer's own messages on the right with a seen mark, the other side's on the left. The
 * body is always text; only http(s) addresses become links (MessageText).
 */
export function MessageBubble({ message, mine, senderLabel, showDay }: { message: ChatMessageView; mine: boolean; senderLabel: string | null; showDay: boolean }) {
  return (
    <li className="flex flex-col">
      {showDay && <span className="my-2 self-center rounded-full bg-stone-200 px-3 py-0.5 text-xs text-stone-700">{dayLabel(message.sent_at)}</span>}
      <div
        data-testid="chat-message"
        data-sender={message.sender}
        className={`max-w-[85%] rounded-2xl px-3 py-2 ${mine ? "self-end bg-brand-600 text-white" : "self-start bg-white text-stone-900 ring-1 ring-stone-300"}`}
      >
        {senderLabel && <p dir="auto" className={`text-xs font-semibold ${mine ? "text-brand-50" : "text-brand-700"}`}>{senderLabel}</p>}
        <MessageText text={message.body} />
        <p className={`mt-1 text-right text-[11px] ${mine ? "text-brand-50" : "text-stone-600"}`}>
          <time dateTime={message.sent_at}>{timeLabel(message.sent_at)}</time>
          {mine && (message.read ? " · Seen" : " · Sent")}
        </p>
      </div>
    </li>
  );
}
