// One-click check-in needs a room: each arrival gets its own assigned room when that is free, the
// others a free room each, in room order, never the same room twice.

type Room = { id: string; number: string; occupiedBy: string | null };

export function suggestRooms(arrivals: readonly { id: string; roomId: string | null }[], rooms: readonly Room[]): Map<string, { id: string; number: string }> {
  const free = rooms.filter((r) => !r.occupiedBy);
  const taken = new Set<string>();
  const out = new Map<string, { id: string; number: string }>();
  for (const a of arrivals) {
    const own = free.find((r) => r.id === a.roomId);
    if (own) {
      out.set(a.id, { id: own.id, number: own.number });
      taken.add(own.id);
    }
  }
  for (const a of arrivals) {
    if (out.has(a.id)) continue;
    const next = free.find((r) => !taken.has(r.id) && !arrivals.some((x) => x.roomId === r.id));
    if (!next) continue;
    out.set(a.id, { id: next.id, number: next.number });
    taken.add(next.id);
  }
  return out;
}
