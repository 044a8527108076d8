import type { StayState } from "@/lib/bookings/stay-rules";

const STAY: Record<StayState, { label: string; cls: string }> = {
  upcoming: { label: "Upcoming", cls: "bg-sky-100 text-sky-900" },
  in_house: { label: "In house", cls: "bg-emerald-100 text-emerald-900" },
  departed: { label: "Departed", cls: "bg-stone-200 text-stone-800" },
  cancelled: { label: "Cancelled", cls: "bg-red-100 text-red-900" },
};

export function StayBadge({ state }: { state: StayState }) {
  const s = STAY[state];
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${s.cls}`}>{s.label}</span>;
}
