import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ChatMessageView } from "./chat-types";
import { MessageBubble, startsDay } from "./message-bubble";

// The one bubble both chat screens draw: text only, safe links, the seen mark on one's own side.

const msg = (over: Partial<ChatMessageView> = {}): ChatMessageView => ({
  id: 1,
  sender: "guest",
  sender_name: "guest",
  body: "hello",
  sent_at: "2026-11-20T10:15:00.000Z",
  client_id: null,
  read: false,
  ...over,
});
const render = (props: Parameters<typeof MessageBubble>[0]) => renderToStaticMarkup(createElement(MessageBubble, props));

describe("MessageBubble", () => {
  it("renders markup as text and only http(s) addresses as links that open safely", () => {
    const html = render({ message: msg({ body: `<img src=x onerror="alert(1)"> see https://example.com/a?b=1. or javascript:alert(1)` }), mine: false, senderLabel: null, showDay: false });
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).toContain('<a href="https://example.com/a?b=1" target="_blank" rel="noopener noreferrer nofollow"');
    expect(html.match(/<a /g)).toHaveLength(1);
  });

  it("isolates the message and the sender's name, so bidi characters inside cannot reorder what surrounds them", () => {
    const html = render({ message: msg({ body: "Your invoice: https://evil.example/\u202efdp.eciovni" }), mine: false, senderLabel: "\u202eRui", showDay: false });
    expect(html).toMatch(/<span dir="auto"[^>]*>Your invoice: /);
    expect(html).toMatch(/<p dir="auto"[^>]*>\u202eRui<\/p>/);
  });

  it("shows the seen mark and the side only for the viewer's own messages, and the sender label when given", () => {
    const mineSeen = render({ message: msg({ read: true }), mine: true, senderLabel: null, showDay: false });
    expect(mineSeen).toContain("· Seen");
    expect(mineSeen).toContain("self-end");
    expect(render({ message: msg(), mine: true, senderLabel: null, showDay: false })).toContain("· Sent");
    const theirs = render({ message: msg({ sender: "staff", sender_name: "Rui", read: true }), mine: false, senderLabel: "Rui", showDay: false });
    expect(theirs).not.toMatch(/· (Seen|Sent)/);
    expect(theirs).toContain("self-start");
    expect(theirs).toContain(">Rui</p>");
    expect(theirs).toContain('dateTime="2026-11-20T10:15:00.000Z"');
  });

  it("puts a day separator above the first message of each day", () => {
    const list = [msg({ id: 1 }), msg({ id: 2, sent_at: "2026-11-20T10:45:00.000Z" }), msg({ id: 3, sent_at: "2026-11-22T09:00:00.000Z" })];
    expect(list.map((_, i) => startsDay(list, i))).toEqual([true, false, true]);
    expect(render({ message: list[2]!, mine: false, senderLabel: null, showDay: true })).toMatch(/<span[^>]*>[^<]+<\/span><div/);
  });
});
