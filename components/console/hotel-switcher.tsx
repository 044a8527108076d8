"use client";
import { useRouter } from "next/navigation";
import { useApi } from "./use-api";

export function HotelSwitcher({ current, hotels }: { current: string; hotels: { slug: string; name: string }[] }) {
  const router = useRouter();
  const { call, pending, error } = useApi();
  if (hotels.length < 2) return null;
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="hotel-switcher" className="text-sm text-brand-50">
        Hotel
      </label>
      <select
        id="hotel-switcher"
        value={current}
        disabled={pending}
        onChange={async (e) => {
          if (await call("/api/console/current-hotel", "POST", { hotelSlug: e.target.value })) {
            router.push("/console");
            router.refresh();
          }
        }}
        className="rounded-md border border-brand-100 bg-white px-2 py-1 text-sm text-stone-900"
      >
        {hotels.map((h) => (
          <option key={h.slug} value={h.slug}>
            {h.name}
          </option>
        ))}
      </select>
      {error && <span role="alert" className="text-sm text-white">{error.error}</span>}
    </div>
  );
}
