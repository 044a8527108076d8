"use client";

import { useRouter } from "next/navigation";
import type { RequestType } from "@/lib/db/schema";
import { DEPARTMENT_LABELS } from "./department-labels";
import { RequestTypeForm } from "./request-type-form";

/** The hotel's request types, each with its editor (ADMIN). */
export function RequestTypesEditor({ types, defaultLanguage }: { types: RequestType[]; defaultLanguage: string }) {
  const router = useRouter();
  return (
    <section aria-labelledby="request-types-h" className="space-y-3">
      <h2 id="request-types-h" className="text-xl font-semibold">
        Guest requests
      </h2>
      <p className="text-sm text-stone-700">What guests may ask for besides food, who handles it, and how soon you promise to answer.</p>
      {types.length === 0 ? (
        <p className="rounded-md border border-dashed border-stone-300 bg-white px-4 py-6 text-sm text-stone-700">This hotel offers no request types.</p>
      ) : (
        <ul className="space-y-2">
          {types.map((t) => (
            <li key={t.id}>
              {/* One type open at a time keeps the page short; the summary says what matters at a glance. */}
              <details data-testid="request-type" className="group rounded-lg border border-stone-200 bg-white open:border-brand-600">
                <summary className="flex cursor-pointer flex-wrap items-baseline justify-between gap-x-3 gap-y-1 px-4 py-3">
                  <span className="font-semibold">
                    <bdi>{t.name}</bdi>
                  </span>
                  <span className="text-sm text-stone-700">
                    {DEPARTMENT_LABELS[t.department]} · answer within {t.targetMinutes} min · {t.active ? "offered to guests" : "hidden from guests"}
                  </span>
                </summary>
                <div className="border-t border-stone-200">
                  <RequestTypeForm type={t} defaultLanguage={defaultLanguage} onSaved={() => router.refresh()} />
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
