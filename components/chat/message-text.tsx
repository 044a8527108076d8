import { Fragment } from "react";

// Only plain http(s) addresses become links; everything is rendered as text, never as HTML.
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/gi;

/**
 * A chat message as text, with web addresses made clickable safely (new tab, no referrer, no opener).
 * `dir="auto"` isolates it: its direction comes from its own first strong character, and nothing in
 * it (bidi controls stored before input stripped them) can reorder the page around it.
 */
export function MessageText({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(URL_PATTERN)) {
    const start = m.index ?? 0;
    if (start > last) parts.push(<Fragment key={`t${last}`}>{text.slice(last, start)}</Fragment>);
    let href: string | null = null;
    try {
      const u = new URL(m[0]);
      href = u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch {
      href = null;
    }
    parts.push(
      href ? (
        <a key={`a${start}`} href={href} target="_blank" rel="noopener noreferrer nofollow" className="underline break-all">
          {m[0]}
        </a>
      ) : (
        <Fragment key={`u${start}`}>{m[0]}</Fragment>
      ),
    );
    last = start + m[0].length;
  }
  if (last < text.length) parts.push(<Fragment key={`t${last}`}>{text.slice(last)}</Fragment>);
  return (
    <span dir="auto" className="whitespace-pre-wrap break-words">
      {parts}
    </span>
  );
}
