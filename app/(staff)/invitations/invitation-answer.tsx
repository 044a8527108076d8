"use client";
import { useRouter } from "next/navigation";
import { buttonClass } from "@/components/console/fields";
import { useApi } from "@/components/console/use-api";

export function InvitationAnswer({ id, hotelName }: { id: string; hotelName: string }) {
  const router = useRouter();
  const api = useApi<{ hotelSlug?: string | null }>();
  return (
    <span className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={buttonClass("primary")}
        aria-label={`Accept the invitation of ${hotelName}`}
        disabled={api.pending}
        onClick={async () => {
          const r = await api.call(`/api/console/invitations/${id}/accept`, "POST");
          if (r) {
            if (r.hotelSlug) await api.call("/api/console/current-hotel", "POST", { hotelSlug: r.hotelSlug });
            router.push("/console");
            router.refresh();
          }
        }}
      >
        Accept
      </button>
      <button
        type="button"
        className={buttonClass("secondary")}
        aria-label={`Decline the invitation of ${hotelName}`}
        disabled={api.pending}
        onClick={async () => {
          if (await api.call(`/api/console/invitations/${id}/decline`, "POST")) router.refresh();
        }}
      >
        Decline
      </button>
      {api.error && <span role="alert" className="text-sm text-red-700">{api.error.error}</span>}
    </span>
  );
}
