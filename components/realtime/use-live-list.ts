"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { EventName } from "@/lib/realtime/events";
import { createLiveList, LOADING, type LiveListState, type LoadResult } from "./live-list";
import { useChannel } from "./realtime-provider";

/**
 * A server list kept live: loaded on mount and whenever `load` changes (a new filter, a new day),
 * reloaded on every channel event `refetchOn` accepts and after a reconnect. Events carry ids only,
 * so the list always comes from the server. `load: null` waits (e.g. an unfinished date).
 */
export function useLiveList<T>(opts: {
  load: (() => Promise<LoadResult<T>>) | null;
  channel: string | null;
  refetchOn: (name: EventName, data: Record<string, unknown>) => boolean;
  /** Told when the server refuses the caller (401/403): send them to sign in, or say the link ended. */
  onRefused?: (status: 401 | 403) => void;
  /** The server-rendered answer, shown at once: the first load waits for the first event. */
  initial?: T;
}): LiveListState<T> & { refresh: () => Promise<void> } {
  const { load } = opts;
  const [state, setState] = useState<LiveListState<T>>(opts.initial === undefined ? LOADING : { data: opts.initial, status: "ready", error: null });
  const rendered = useRef(opts.initial !== undefined);
  const onRefused = useRef(opts.onRefused);
  useEffect(() => {
    onRefused.current = opts.onRefused;
  });

  const current = useRef<ReturnType<typeof createLiveList<T>> | null>(null);

  useEffect(() => {
    if (!load) return;
    const list = createLiveList<T>({ load, onState: setState, onRefused: (s) => onRefused.current?.(s) });
    current.current = list;
    if (rendered.current) rendered.current = false; // the page came with this answer
    else {
      // A new question (filter, day) shows "loading", never the previous question's answer.
      setState(LOADING);
      void list.refresh();
    }
    return () => {
      list.abandon();
      if (current.current === list) current.current = null;
    };
  }, [load]);

  const refresh = useCallback(async () => {
    await current.current?.refresh();
  }, []);

  useChannel(
    opts.channel,
    (name, data) => {
      if (opts.refetchOn(name, data)) void refresh();
    },
    () => void refresh(),
  );

  return { ...state, refresh };
}
