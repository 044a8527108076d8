import { formatDateTime } from "@/components/ui/format";
import type { StaffRequestView } from "./staff-request";

/** What the guest asked for, by kind: items × quantities, cleaning, the fault, a time. */
export function RequestDetails({ request, timezone }: { request: StaffRequestView; timezone: string }) {
  const d = request.details;
  return (
    <div className="space-y-1 text-base">
      {d.items && d.items.length > 0 && (
        <ul aria-label="Items" className="space-y-0.5">
          {d.items.map((i) => (
            <li key={i.key} className="flex justify-between gap-3">
              <bdi>{i.label}</bdi>
              <span className="font-semibold tabular-nums">× {i.quantity}</span>
            </li>
          ))}
        </ul>
      )}
      {d.cleaning && <p className="font-medium">{d.cleaning === "NOW" ? "Clean the room now" : "Skip cleaning today"}</p>}
      {d.description && (
        <p className="whitespace-pre-line">
          <bdi>{d.description}</bdi>
        </p>
      )}
      {d.wake_at && <p className="font-medium">Wake-up call at {formatDateTime(d.wake_at, timezone)}</p>}
      {d.checkout_time && <p className="font-medium">Asks to check out at {d.checkout_time}</p>}
      {request.note && (
        <p className="rounded bg-stone-50 p-2 text-sm">
          Note: <bdi>{request.note}</bdi>
        </p>
      )}
    </div>
  );
}
