import type { StayState } from "@/lib/bookings/stay-rules";

const LABELS: Record<StayState, { text: string; cls: string }> = {
  upcoming: { text: "Upcoming", cls: "bg-sky-100 text-sky-900" },
  in_house: { text: "In house", cls: "bg-emerald-100 text-emerald-900" },
  departed: { text: "Checked out", cls: "bg-stone-200 text-stone-800" },
  cancelled: { text: "Cancelled", cls: "bg-red-100 text-red-900" },
};

export function StayStatusBadge({ status }: { status: StayState }) {
  const l = LABELS[status];
  return (
    <span data-testid="stay-status" className={`shrink-0 rounded-full px-3 py-1 text-sm font-medium ${l.cls}`}>
      {l.text}
    </span>
  );
}
