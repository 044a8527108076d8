"use client";
import { useState } from "react";
import { buttonClass } from "./fields";

/** The raw link, shown once right after issuing: it cannot be displayed again later. */
export function IssuedLinkCard({ url, qrDataUrl, onClose }: { url: string; qrDataUrl: string; onClose: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <section aria-labelledby="issued-h" className="rounded-lg border-2 border-brand-600 bg-brand-50 p-4" data-testid="issued-link">
      <h3 id="issued-h" className="font-semibold text-stone-900">New guest link</h3>
      <p className="mt-1 text-sm text-stone-700">Copy it, print the QR code or show it to the guest now. For security it will not be shown again.</p>
      <div className="mt-3 flex flex-col gap-4 sm:flex-row sm:items-start">
        {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server */}
        <img src={qrDataUrl} alt="QR code of the guest link" width={160} height={160} className="rounded border border-stone-300 bg-white" />
        <div className="min-w-0 flex-1 space-y-2">
          <label htmlFor="issued-url" className="block text-sm font-medium">
            Link
          </label>
          <input id="issued-url" readOnly value={url} className="block w-full rounded-md border border-stone-400 bg-white px-3 py-2 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={buttonClass("primary")}
              onClick={async () => {
                await navigator.clipboard.writeText(url);
                setCopied(true);
              }}
            >
              Copy link
            </button>
            <button type="button" className={buttonClass("secondary")} onClick={() => window.print()}>
              Print
            </button>
            <button type="button" className={buttonClass("secondary")} onClick={onClose}>
              Done
            </button>
          </div>
          <p aria-live="polite" className="text-sm text-brand-800">
            {copied ? "Copied to the clipboard." : ""}
          </p>
        </div>
      </div>
    </section>
  );
}
