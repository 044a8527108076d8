"use client";

import { useState } from "react";

/** Copies a text (the Wi-Fi password) and says so where a screen reader hears it. */
export function CopyButton({ text, labels }: { text: string; labels: { copy: string; copied: string; failed: string } }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={() => void copy()} className="rounded-full bg-white px-3 py-1.5 text-sm font-medium text-brand-800 ring-1 ring-stone-300 hover:bg-brand-50">
        {labels.copy}
      </button>
      <span role="status" className="text-sm text-stone-700">
        {state === "copied" ? labels.copied : state === "failed" ? labels.failed : ""}
      </span>
    </span>
  );
}
