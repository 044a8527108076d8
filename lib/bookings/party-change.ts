import { partyLabel } from "./party-label";

// A party-size change the guest made at pre-check-in, as the audit trail keeps it
// (booking_events.details.party of a PRECHECKIN_SUBMITTED event).

export type Party = { adults: number; children: number };
export type PartyChange = { from: Party; to: Party };

/** The change from the booking's party to the declared one, or null when they are the same. */
export function partyChange(booking: Party, declared: Party): PartyChange | null {
  if (booking.adults === declared.adults && booking.children === declared.children) return null;
  return { from: { adults: booking.adults, children: booking.children }, to: { adults: declared.adults, children: declared.children } };
}

const isParty = (v: unknown): v is Party => {
  const p = v as Party | null;
  return typeof p === "object" && p !== null && Number.isInteger(p.adults) && Number.isInteger(p.children);
};

/** Reads a change back from stored event details (anything else is null). */
export function parsePartyChange(details: Record<string, unknown> | null | undefined): PartyChange | null {
  const party = details?.party as { from?: unknown; to?: unknown } | undefined;
  return party && isParty(party.from) && isParty(party.to) ? { from: party.from, to: party.to } : null;
}

/** "2 adults → 2 adults, 1 child". */
export function partyChangeText(c: PartyChange): string {
  return `${partyLabel(c.from.adults, c.from.children)} → ${partyLabel(c.to.adults, c.to.children)}`;
}

/** The latest party change among a booking's events (newest first or not), with when it was made. */
export function latestPartyChange<E extends { kind: string; details: Record<string, unknown> | null; createdAt: Date }>(events: readonly E[]): (PartyChange & { at: Date }) | null {
  let best: (PartyChange & { at: Date }) | null = null;
  for (const e of events) {
    if (e.kind !== "PRECHECKIN_SUBMITTED") continue;
    const c = parsePartyChange(e.details);
    if (c && (!best || e.createdAt > best.at)) best = { ...c, at: e.createdAt };
  }
  return best;
}
