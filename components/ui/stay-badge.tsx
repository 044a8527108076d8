import type { StayState } from "@/lib/bookings/stay-rules";

// The one badge for a stay's state, in the guest portal and the console alike, so guest and
// staff read the same word for the same state. The console shows these English words; the guest
// portal passes its own (`labels`, in the guest's language).
const LOOK: Record<StayState, { label: string; cls: string }> = {
  upcoming: { label: "Upcoming", cls: "bg-sky-100 text-sky-900" },
  in_house: { label: "In house", cls: "bg-emerald-100 text-emerald-900" },
  departed: { label: "Checked out", cls: "bg-stone-200 text-stone-800" },
  cancelled: { label: "Cancelled", cls: "bg-red-100 text-red-900" },
};

const SIZE = { sm: "px-2 py-0.5 text-xs font-semibold", md: "px-3 py-1 text-sm font-medium" } as const;

export function StayBadge({ state, size = "sm", labels }: { state: StayState; size?: keyof typeof SIZE; labels?: Partial<Record<StayState, string>> }) {
  const look = LOOK[state];
  return (
    <span data-testid="stay-status" data-state={state} className={`inline-block shrink-0 rounded-full ${SIZE[size]} ${look.cls}`}>
      {labels?.[state] ?? look.label}
    </span>
  );
}
