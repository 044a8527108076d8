import type { Channel } from "pusher-js";
import { shapeProblems } from "@/lib/realtime/event-shape";
import { eventSchemas, type EventName } from "@/lib/realtime/events";

// Framework-free channel sharing for one pusher-js client, so several parts of a page can listen to
// the same channel: one subscription per channel however many listeners (the last one out
// unsubscribes), and duplicates dropped per listener (delivery is at-least-once). Only events named
// in the shared catalogue, with a payload that matches it and an event_id, reach a listener:
// client events (`client-…`) and anything else on the channel are ignored. A subscription refused
// for a passing reason is tried again (see retryDelayMs); pusher-js itself never retries one.

/** What the hub needs of a pusher-js client (a real `Pusher` satisfies it). */
export type PusherLike = { subscribe(name: string): Channel; unsubscribe(name: string): void };

export type ChannelListener = {
  onEvent: (name: EventName, data: Record<string, unknown>) => void;
  /** After every (re)subscription: events may have been missed, refetch state. */
  onResync?: () => void;
};

type Entry = { channel: Channel; holders: number; listeners: Set<ChannelListener>; detach: () => void };

export const CATALOGUE_EVENT_NAMES = Object.keys(eventSchemas) as EventName[];
const SEEN_LIMIT = 500;
const RETRY_MAX_MS = 30_000;

/**
 * How long to wait before subscribing again after pusher-js reported `pusher:subscription_error`,
 * or null to stay refused. The auth endpoint unreachable (no status, 0), timing out, limiting or
 * failing (408, 429, 5xx) is passing: an app instance restarting while pusher-js reconnects would
 * otherwise leave the channel unsubscribed, with the connection (and the page's Live pill) up. A
 * 401/403 (link revoked, no session, not allowed) or any other answer is final.
 */
export function retryDelayMs(status: number | undefined, failures: number): number | null {
  const passing = status === undefined || status === 0 || status === 408 || status === 429 || status >= 500;
  return passing ? Math.min(RETRY_MAX_MS, 1000 * 2 ** failures) : null;
}

/** The catalogue payload of an event, or null when the name or the shape is not ours. */
export function catalogueEvent(name: string, data: unknown): Record<string, unknown> | null {
  if (!Object.hasOwn(eventSchemas, name)) return null;
  if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
  const payload = data as Record<string, unknown>;
  if (typeof payload.event_id !== "string" || !payload.event_id) return null;
  return shapeProblems(eventSchemas[name as EventName], payload).length === 0 ? payload : null;
}

export class ChannelHub {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly pusher: PusherLike) {}

  /**
   * Holds a channel: subscribes on the first hold only. `release` is idempotent; the last release
   * unbinds the hub's handlers and unsubscribes.
   */
  acquire(name: string): { channel: Channel; release: () => void } {
    const entry = this.entries.get(name) ?? this.open(name);
    entry.holders++;
    let released = false;
    return {
      channel: entry.channel,
      release: () => {
        if (released) return;
        released = true;
        if (--entry.holders > 0) return;
        entry.detach();
        this.entries.delete(name);
        this.pusher.unsubscribe(name);
      },
    };
  }

  /** Listens to catalogue events on a channel; returns the function that stops listening. */
  listen(name: string, listener: ChannelListener): () => void {
    const { channel, release } = this.acquire(name);
    const entry = this.entries.get(name)!;
    // Each listener keeps its own record of event ids, so two parts of a page both get an event.
    const seen = new Set<string>();
    const own: ChannelListener = {
      onEvent: (event, data) => {
        const id = data.event_id as string;
        if (seen.has(id)) return;
        seen.add(id);
        if (seen.size > SEEN_LIMIT) seen.delete(seen.values().next().value!);
        listener.onEvent(event, data);
      },
      onResync: () => listener.onResync?.(),
    };
    entry.listeners.add(own);
    // A late listener missed the subscription's resync: give it one of its own.
    if (channel.subscribed) queueMicrotask(() => entry.listeners.has(own) && own.onResync?.());
    return () => {
      if (!entry.listeners.delete(own)) return;
      release();
    };
  }

  /** How many holders a channel has (0 when not subscribed through the hub). */
  holders(name: string): number {
    return this.entries.get(name)?.holders ?? 0;
  }

  private open(name: string): Entry {
    const channel = this.pusher.subscribe(name);
    const listeners = new Set<ChannelListener>();
    const handlers = CATALOGUE_EVENT_NAMES.map((event) => {
      const handler = (data: unknown) => {
        const payload = catalogueEvent(event, data);
        if (!payload) return;
        for (const l of [...listeners]) l.onEvent(event, payload);
      };
      channel.bind(event, handler);
      return [event, handler] as const;
    });
    const resync = () => {
      for (const l of [...listeners]) l.onResync?.();
    };
    let failures = 0;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const succeeded = () => {
      failures = 0;
      resync();
    };
    const refused = (e: { status?: number } | undefined) => {
      const delay = retryDelayMs(e?.status, failures++);
      if (delay === null || retry) return;
      retry = setTimeout(() => {
        retry = undefined;
        // Still held and still not subscribed; while disconnected pusher-js subscribes on reconnect.
        if (this.entries.get(name) === entry && !channel.subscribed) this.pusher.subscribe(name);
      }, delay);
    };
    channel.bind("pusher:subscription_succeeded", succeeded);
    channel.bind("pusher:subscription_error", refused);
    const entry: Entry = {
      channel,
      holders: 0,
      listeners,
      // Only our own handlers: pusher-js may keep the channel object for a later subscribe.
      detach: () => {
        for (const [event, handler] of handlers) channel.unbind(event, handler);
        channel.unbind("pusher:subscription_succeeded", succeeded);
        channel.unbind("pusher:subscription_error", refused);
        clearTimeout(retry);
        listeners.clear();
      },
    };
    this.entries.set(name, entry);
    return entry;
  }
}
