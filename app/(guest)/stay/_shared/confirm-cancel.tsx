"use client";

import { useState } from "react";
import { guestApi } from "../_order/guest-api";

type Labels = { cancel: string; question: string; confirm: string; cancelling: string; keep: string };

/**
 * The guest's two-step cancel (an order, a request): one tap asks, the second POSTs to `url`; the
 * list is refetched either way. A refusal stays shown (in the guest's words, by `errorText`) even
 * when the refetch says the item can no longer be cancelled (`allowed` false hides only the button).
 */
export function ConfirmCancel({ allowed, url, onChanged, errorText, labels }: { allowed: boolean; url: string; onChanged: () => void; errorText: (code: string, fallback: string) => string; labels: Labels }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  // The refusal's code and the server's English text: shown in the guest's language at render time.
  const [error, setError] = useState<{ code: string; message: string } | null>(null);

  const cancel = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const res = await guestApi(url, { method: "POST", body: {} });
    setBusy(false);
    setConfirming(false);
    if (!res.ok) setError({ code: res.code, message: res.message });
    onChanged();
  };

  return (
    <>
      {error && (
        <p role="alert" className="mt-2 rounded-lg bg-red-50 p-2 text-sm text-red-900">
          {errorText(error.code, error.message)}
        </p>
      )}
      {allowed && !confirming && (
        <button type="button" onClick={() => setConfirming(true)} className="mt-3 rounded-full px-4 py-2 text-sm font-semibold text-red-800 ring-1 ring-red-300 hover:bg-red-50">
          {labels.cancel}
        </button>
      )}
      {allowed && confirming && (
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <span className="text-sm">{labels.question}</span>
          <button type="button" disabled={busy} onClick={() => void cancel()} className="rounded-full bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60">
            {busy ? labels.cancelling : labels.confirm}
          </button>
          <button type="button" disabled={busy} onClick={() => setConfirming(false)} className="rounded-full px-4 py-2 text-sm font-semibold ring-1 ring-stone-300">
            {labels.keep}
          </button>
        </div>
      )}
    </>
  );
}
