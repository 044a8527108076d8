import { dayLabel, timeLabel, type ChatMessageView } from "./chat-types";
import { MessageText } from "./message-text";

/**
 * The words and formats a bubble shows around the message. The console uses the English defaults;
 * the guest's page passes its own language's (and the hotel's time zone), so this stays free of i18n.
 */
export type BubbleWords = { seen: string; sent: string; day: (iso: string) => string; time: (iso: string) => string };

export const ENGLISH_BUBBLE: BubbleWords = { seen: "Seen", sent: "Sent", day: dayLabel, time: timeLabel };

/** True when message i is the first of its day, so a day separator goes above it. */
export function startsDay(messages: ChatMessageView[], i: number, day: (iso: string) => string = dayLabel): boolean {
  return i === 0 || day(messages[i - 1]!.sent_at) !== day(messages[i]!.sent_at);
}

/**
 * One chat message as both screens draw it (the guest's page and the console's conversation):
 * the viewer's own messages at the end side (right, or left in a right-to-left language) with a
 * seen mark, the other side's at the start. The body is always text; only http(s) addresses
 * become links (MessageText).
 */
export function MessageBubble({
  message,
  mine,
  senderLabel,
  showDay,
  words = ENGLISH_BUBBLE,
}: {
  message: ChatMessageView;
  mine: boolean;
  senderLabel: string | null;
  showDay: boolean;
  words?: BubbleWords;
}) {
  return (
    <li className="flex flex-col">
      {showDay && <span className="my-2 self-center rounded-full bg-stone-200 px-3 py-0.5 text-xs text-stone-700">{words.day(message.sent_at)}</span>}
      <div
        data-testid="chat-message"
        data-sender={message.sender}
        className={`max-w-[85%] rounded-2xl px-3 py-2 ${mine ? "self-end bg-brand-600 text-white" : "self-start bg-white text-stone-900 ring-1 ring-stone-300"}`}
      >
        {senderLabel && <p dir="auto" className={`text-xs font-semibold ${mine ? "text-brand-50" : "text-brand-700"}`}>{senderLabel}</p>}
        <MessageText text={message.body} />
        <p className={`mt-1 text-end text-[11px] ${mine ? "text-brand-50" : "text-stone-600"}`}>
          <time dateTime={message.sent_at}>{words.time(message.sent_at)}</time>
          {mine && (message.read ? ` · ${words.seen}` : ` · ${words.sent}`)}
        </p>
      </div>
    </li>
  );
}
