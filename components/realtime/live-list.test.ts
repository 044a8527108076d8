import { describe, expect, it } from "vitest";
import { createLiveList, LOADING, withOlderPages, type LiveListState, type LoadResult } from "./live-list";

/** A load whose answers the test releases by hand, in any order. */
function controlledLoads<T>() {
  const waiting: ((r: LoadResult<T>) => void)[] = [];
  return { load: () => new Promise<LoadResult<T>>((resolve) => waiting.push(resolve)), answer: (i: number, r: LoadResult<T>) => waiting[i]!(r) };
}

function harness<T>(load: () => Promise<LoadResult<T>>) {
  let state: LiveListState<T> = LOADING;
  const refused: number[] = [];
  const list = createLiveList<T>({ load, onState: (next) => (state = next(state)), onRefused: (s) => refused.push(s) });
  return { list, refused, state: () => state };
}

describe("createLiveList", () => {
  it("shows the newest load's answer when an older one arrives after it", async () => {
    const loads = controlledLoads<string>();
    const h = harness(loads.load);
    const first = h.list.refresh();
    const second = h.list.refresh();
    loads.answer(1, { ok: true, data: "new" });
    await second;
    loads.answer(0, { ok: true, data: "old" });
    await first;
    expect(h.state()).toEqual({ data: "new", status: "ready", error: null });
  });

  it("keeps the last good list beside the error of a failed reload, and clears the error on the next good one", async () => {
    const answers: LoadResult<number[]>[] = [{ ok: true, data: [1, 2] }, { ok: false, status: 503, message: "Down for a moment." }, { ok: true, data: [3] }];
    const h = harness(async () => answers.shift()!);
    await h.list.refresh();
    await h.list.refresh();
    expect(h.state()).toEqual({ data: [1, 2], status: "error", error: "Down for a moment." });
    await h.list.refresh();
    expect(h.state()).toEqual({ data: [3], status: "ready", error: null });
  });

  it("a first load that fails has no list, only the error", async () => {
    const h = harness<number[]>(async () => ({ ok: false, status: 500, message: "Broken." }));
    await h.list.refresh();
    expect(h.state()).toEqual({ data: null, status: "error", error: "Broken." });
  });

  it("reports 401 and 403 to the sign-in owner, and nothing else", async () => {
    const statuses = [401, 403, 404, 0];
    const h = harness<number>(async () => ({ ok: false, status: statuses.shift()!, message: "no" }));
    for (let i = 0; i < 4; i++) await h.list.refresh();
    expect(h.refused).toEqual([401, 403]);
  });

  it("a load that throws reads as the network being away", async () => {
    const h = harness<number>(async () => {
      throw new TypeError("fetch failed");
    });
    await h.list.refresh();
    expect(h.state().status).toBe("error");
    expect(h.state().error).toMatch(/network/i);
  });

  it("after abandon, an answer still on its way is dropped", async () => {
    const loads = controlledLoads<string>();
    const h = harness(loads.load);
    const pending = h.list.refresh();
    h.list.abandon();
    loads.answer(0, { ok: true, data: "for the old filter" });
    await pending;
    expect(h.state()).toBe(LOADING);
  });
});

describe("withOlderPages", () => {
  it("appends older pages without doubling an order the live first page also holds", () => {
    const first = [{ id: "c", v: "live" }, { id: "b", v: "live" }];
    const older = [{ id: "b", v: "stale" }, { id: "a", v: "old" }];
    expect(withOlderPages(first, older)).toEqual([{ id: "c", v: "live" }, { id: "b", v: "live" }, { id: "a", v: "old" }]);
  });
});
