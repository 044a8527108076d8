"use client";
import { useRouter } from "next/navigation";
import { buttonClass } from "@/components/console/fields";
import { useApi } from "@/components/console/use-api";

export function RetryButton({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const api = useApi();
  return (
    <div>
      <button
        type="button"
        className={buttonClass("secondary")}
        disabled={api.pending}
        aria-label={`Retry ${name}`}
        onClick={async () => {
          if (await api.call(`/api/console/deliveries/${id}/retry`, "POST")) router.refresh();
        }}
      >
        {api.pending ? "Retrying…" : "Retry"}
      </button>
      {api.error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {api.error.error}
        </p>
      )}
    </div>
  );
}
