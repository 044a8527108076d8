"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { setSoundEnabled, soundEnabled, unlockChime } from "@/components/console/order-chime";
import { useSignInRedirect } from "@/components/console/use-sign-in-redirect";
import { fetchJson } from "@/components/http/fetch-json";
import { useNow } from "@/components/kitchen/use-now";
import { useLiveList } from "@/components/realtime/use-live-list";
import { useOlderPages } from "@/components/realtime/use-older-pages";
import { formatTime } from "@/components/ui/format";
import type { RequestDepartment } from "@/lib/db/schema";
import { DEPARTMENT_LABELS } from "./department-labels";
import { RequestCard } from "./request-card";
import { REQUEST_EVENTS } from "./request-events";
import { useRepeatingChime } from "./request-alert";
import { isLate } from "@/lib/orders/lateness";
import type { StaffRequestList } from "./staff-request";
import { ListEmpty, ListError, ListSkeleton, ShowOlder } from "@/components/console/list-states";

const REFETCH_ON = new Set<string>(REQUEST_EVENTS);
const requestsOf = (page: StaffRequestList) => page.requests;
const STATUSES = [
  { value: "open", label: "Open" },
  { value: "closed", label: "Closed" },
] as const;
// The screen's clock: lateness and due wake-up calls appear within seconds of their time.
const TICK_MS = 5_000;

const tab = "min-h-11 rounded-md px-3 py-2 text-sm font-semibold ring-1 ring-stone-300 aria-pressed:bg-brand-700 aria-pressed:text-white aria-pressed:ring-brand-700";

/**
 * The live queue of service requests for the departments this role works (`departments`, from the
 * server): late and due ones raise a banner and chime every minute until someone takes them.
 */
export function RequestQueue({ channel, timezone, departments }: { channel: string; timezone: string; departments: RequestDepartment[] }) {
  const [department, setDepartment] = useState<RequestDepartment | "">("");
  const [status, setStatus] = useState<(typeof STATUSES)[number]["value"]>("open");
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  const [sound, setSound] = useState(true);
  const toSignIn = useSignInRedirect();
  const now = useNow(TICK_MS);

  useEffect(() => {
    // The saved choice lives in localStorage, readable only after mount.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSound(soundEnabled());
    // Any tap on the page lets the browser play the chime later.
    window.addEventListener("pointerdown", unlockChime, { once: true });
    return () => window.removeEventListener("pointerdown", unlockChime);
  }, []);

  const query = useMemo(() => {
    const q = new URLSearchParams({ status });
    if (department) q.set("department", department);
    return q.toString();
  }, [department, status]);
  const load = useCallback(() => fetchJson<StaffRequestList>(`/api/console/requests?${query}`), [query]);
  const live = useLiveList({
    load,
    channel,
    refetchOn: (name, data) => {
      if (!REFETCH_ON.has(name)) return false;
      if (name === "request.created" && typeof data.request_id === "string") setFresh((s) => new Set(s).add(data.request_id as string));
      return true;
    },
    onRefused: (s) => s === 401 && toSignIn(),
  });
  const { refresh } = live;
  const onChanged = useCallback(() => void refresh(), [refresh]);

  const first = useMemo(() => live.data?.requests ?? [], [live.data]);
  // Closed requests come a page at a time; older pages stay below the live first one until the tab changes.
  const fetchOlder = useCallback((before: string) => fetchJson<StaffRequestList>(`/api/console/requests?${query}&before=${encodeURIComponent(before)}`), [query]);
  const older = useOlderPages({ query, first, firstCursor: live.data?.next_cursor, fetchPage: fetchOlder, itemsOf: requestsOf });
  const { items: requests, nextCursor } = older;
  // The server's instants (late_at, due_from) on the screen's clock; a wake-up call due is its own alert.
  const due = requests.filter((r) => isLate(r.due_from, now));
  const late = requests.filter((r) => !due.includes(r) && isLate(r.late_at, now));
  // Wake-up calls not due yet wait below the queue, so the queue is what needs doing now.
  const scheduled = requests.filter((r) => r.due_from !== null && !due.includes(r));
  const alerting = [...late, ...due].map((r) => r.id);
  const chimes = useRepeatingChime(status === "open" ? alerting : []);
  const dnd = live.data?.rooms_do_not_disturb ?? [];
  const waiting = requests.filter((r) => r.status === "NEW").length;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Requests</h1>
          <p className="text-sm text-stone-700" aria-live="polite">
            {live.data ? `${requests.length}${nextCursor ? "+" : ""} shown${status === "open" ? ` · ${waiting} waiting to be accepted` : " · newest first"}` : "\u00a0"}
          </p>
        </div>
        <button
          type="button"
          aria-pressed={sound}
          onClick={() => {
            setSound(!sound);
            setSoundEnabled(!sound);
          }}
          className="min-h-11 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm font-medium hover:bg-stone-50"
        >
          Sound alerts: {sound ? "on" : "off"}
        </button>
      </div>

      {status === "open" && late.length + due.length > 0 && (
        <div role="alert" data-testid="requests-late-banner" data-chimes={chimes} className="rounded-lg bg-red-700 px-4 py-3 text-lg font-bold text-white">
          {[late.length ? `${late.length} ${late.length === 1 ? "request" : "requests"} late` : null, due.length ? `${due.length} wake-up ${due.length === 1 ? "call" : "calls"} due` : null].filter(Boolean).join(" · ")}
        </div>
      )}

      {dnd.length > 0 && department !== "FRONT_DESK" && (
        <section aria-labelledby="dnd-h" data-testid="requests-dnd" className="rounded-lg border border-amber-300 bg-amber-50 p-3">
          <h2 id="dnd-h" className="text-base font-semibold text-amber-950">
            Do not disturb
          </h2>
          <ul className="mt-1 flex flex-wrap gap-2">
            {dnd.map((d) => (
              <li key={d.room_number} className="rounded bg-white px-2 py-1 text-sm ring-1 ring-amber-300">
                Room <span className="font-semibold">{d.room_number}</span> <span className="text-stone-700">since {formatTime(d.since, timezone)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="space-y-2">
        <div role="group" aria-label="Department" className="flex flex-wrap gap-2">
          {[{ value: "" as const, label: "All" }, ...departments.map((d) => ({ value: d, label: DEPARTMENT_LABELS[d] }))].map((d) => (
            <button key={d.value || "all"} type="button" aria-pressed={department === d.value} onClick={() => setDepartment(d.value)} className={tab}>
              {d.label}
            </button>
          ))}
        </div>
        <div role="group" aria-label="Status" className="flex flex-wrap gap-2">
          {STATUSES.map((s) => (
            <button key={s.value} type="button" aria-pressed={status === s.value} onClick={() => setStatus(s.value)} className={tab}>
              {s.label}
            </button>
          ))}
        </div>
      </div>

      {live.error && <ListError error={live.error} stale={!!live.data} onRetry={() => void refresh()} />}
      {live.status === "loading" ? (
        <ListSkeleton label="Loading requests…" />
      ) : !live.data ? null : requests.length === 0 ? (
        <ListEmpty>{status === "open" ? "No open requests." : "No closed requests yet."}</ListEmpty>
      ) : (
        <>
          <ul aria-label="Request queue" className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
            {[...due, ...requests.filter((r) => !due.includes(r) && !scheduled.includes(r))].map((r) => (
              <RequestCard key={r.id} request={r} now={now} timezone={timezone} isNew={fresh.has(r.id)} onChanged={onChanged} />
            ))}
          </ul>
          {scheduled.length > 0 && (
            <section aria-labelledby="wake-later-h" className="space-y-2">
              <h2 id="wake-later-h" className="text-lg font-semibold">
                Wake-up calls later <span className="text-stone-600">({scheduled.length})</span>
              </h2>
              <p className="text-sm text-stone-700">Each moves up to the queue, with an alert, 10 minutes before its time.</p>
              <ul aria-label="Wake-up calls later" className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
                {scheduled.map((r) => (
                  <RequestCard key={r.id} request={r} now={now} timezone={timezone} isNew={false} onChanged={onChanged} />
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      {live.data && nextCursor ? <ShowOlder noun="requests" state={older.state} onLoad={() => void older.loadOlder()} /> : null}
    </div>
  );
}
