"use client";

// The guest's two-step cancel (an order, a request): one tap asks, the second confirms.
export function ConfirmCancel(props: {
  confirming: boolean;
  busy: boolean;
  onAsk: () => void;
  onKeep: () => void;
  onConfirm: () => void;
  labels: { cancel: string; question: string; confirm: string; cancelling: string; keep: string };
}) {
  const { confirming, busy, labels } = props;
  if (!confirming) {
    return (
      <button type="button" onClick={props.onAsk} className="mt-3 rounded-full px-4 py-2 text-sm font-semibold text-red-800 ring-1 ring-red-300 hover:bg-red-50">
        {labels.cancel}
      </button>
    );
  }
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2">
      <span className="text-sm">{labels.question}</span>
      <button type="button" disabled={busy} onClick={props.onConfirm} className="rounded-full bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60">
        {busy ? labels.cancelling : labels.confirm}
      </button>
      <button type="button" disabled={busy} onClick={props.onKeep} className="rounded-full px-4 py-2 text-sm font-semibold ring-1 ring-stone-300">
        {labels.keep}
      </button>
    </div>
  );
}
