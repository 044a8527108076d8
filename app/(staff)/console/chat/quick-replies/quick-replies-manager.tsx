"use client";

import { useCallback, useEffect, useState } from "react";
import { buttonClass, FormError } from "@/components/console/fields";
import { useApi } from "@/components/console/use-api";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { QuickReplyForm, type QuickReply } from "./quick-reply-form";

type Load = { state: "loading" } | { state: "error"; message: string } | { state: "ready"; replies: QuickReply[] };

/** "Português, Deutsch": the other languages a reply has its own text in. */
const translatedInto = (r: QuickReply, defaultLanguage: string) =>
  LOCALES.filter((l) => l !== defaultLanguage && r.translations?.[l])
    .map((l) => LOCALE_NAMES[l])
    .join(", ");

/**
 * Lists the hotel's quick replies; add, edit inline, delete (after a confirmation). Each reply is
 * written in the hotel's language (`defaultLanguage`) and may have a text per other guest language.
 */
export function QuickRepliesManager({ defaultLanguage }: { defaultLanguage: string }) {
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [editing, setEditing] = useState<string | null>(null);
  const del = useApi();

  const refresh = useCallback(async () => {
    const res = await fetch("/api/console/chat/quick-replies", { cache: "no-store" }).catch(() => null);
    if (!res?.ok) {
      const err = res ? ((await res.json().catch(() => ({}))) as { error?: string }).error : null;
      setLoad({ state: "error", message: err ?? "The network is unavailable." });
      return;
    }
    setLoad({ state: "ready", replies: ((await res.json()) as { quick_replies: QuickReply[] }).quick_replies });
  }, []);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the list is fetched once on open
    void refresh();
  }, [refresh]);

  async function remove(r: QuickReply) {
    if (!window.confirm(`Delete the quick reply “${r.title}”?`)) return;
    if (await del.call(`/api/console/chat/quick-replies/${r.id}`, "DELETE")) await refresh();
  }

  if (load.state === "loading") {
    return (
      <p role="status" className="rounded-xl bg-white p-6 text-stone-600 ring-1 ring-stone-200">
        Loading quick replies…
      </p>
    );
  }
  if (load.state === "error") {
    return (
      <div role="alert" className="space-y-2 rounded-xl border border-red-300 bg-red-50 p-4 text-red-900">
        <p>Quick replies could not be loaded: {load.message}</p>
        <button type="button" className={buttonClass("secondary")} onClick={() => void refresh()}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <FormError error={del.error} />
      <section aria-labelledby="qr-list-heading" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-stone-200">
        <h2 id="qr-list-heading" className="font-semibold">
          Saved replies ({load.replies.length})
        </h2>
        {load.replies.length === 0 && <p className="mt-2 text-sm text-stone-600">No quick replies yet. Add the answers the desk gives most often.</p>}
        <ul aria-label="Quick replies" className="mt-2 divide-y divide-stone-100" data-testid="quick-reply-list">
          {load.replies.map((r) => (
            <li key={r.id} className="py-3" data-testid="quick-reply">
              {editing === r.id ? (
                <QuickReplyForm
                  reply={r}
                  defaultLanguage={defaultLanguage}
                  onCancel={() => setEditing(null)}
                  onDone={() => {
                    setEditing(null);
                    void refresh();
                  }}
                />
              ) : (
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0 flex-1">
                    <p className="font-medium">{r.title}</p>
                    <p dir="auto" className="whitespace-pre-wrap break-words text-sm text-stone-700">{r.body}</p>
                    {translatedInto(r, defaultLanguage) && <p className="mt-1 text-xs text-stone-600">Also in: {translatedInto(r, defaultLanguage)}</p>}
                  </div>
                  <div className="flex gap-2">
                    <button type="button" className={buttonClass("secondary")} aria-label={`Edit ${r.title}`} onClick={() => setEditing(r.id)}>
                      Edit
                    </button>
                    <button type="button" className={buttonClass("danger")} aria-label={`Delete ${r.title}`} disabled={del.pending} onClick={() => void remove(r)}>
                      Delete
                    </button>
                  </div>
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="qr-add-heading">
        <h2 id="qr-add-heading" className="mb-2 font-semibold">
          Add a quick reply
        </h2>
        <QuickReplyForm reply={null} defaultLanguage={defaultLanguage} onDone={() => void refresh()} />
      </section>
    </div>
  );
}
