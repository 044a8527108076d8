"use client";

import { useRef } from "react";
import { buttonClass, FormError, SubmitButton, TextAreaField, TextField } from "@/components/console/fields";
import { formValues, useApi } from "@/components/console/use-api";
import type { QuickReplyTranslations } from "@/lib/chat/quick-reply-text";
import { MAX_MESSAGE_CHARS } from "@/lib/chat/schemas";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

export type QuickReply = { id: string; title: string; body: string; translations?: QuickReplyTranslations };

/**
 * Adds a quick reply (reply null) or edits one; the server's field errors show beside the fields.
 * The reply text is in the hotel's language; under "Other languages" a text per other guest
 * language (empty: that guest is offered the reply as written).
 */
export function QuickReplyForm({ reply, defaultLanguage, onDone, onCancel }: { reply: QuickReply | null; defaultLanguage: string; onDone: (saved: QuickReply) => void; onCancel?: () => void }) {
  const { call, pending, error, fieldError } = useApi<{ quick_reply: QuickReply }>();
  const idp = reply ? `qr-${reply.id}` : "qr-new";
  const languages = LOCALES.filter((l) => l !== defaultLanguage);
  const translated = languages.filter((l) => reply?.translations?.[l]).length;
  const details = useRef<HTMLDetailsElement>(null);
  const translationError = Object.keys(error?.fields ?? {}).some((k) => k.startsWith("translations"));
  return (
    <form
      noValidate
      aria-label={reply ? `Edit ${reply.title}` : "New quick reply"}
      className="space-y-3 rounded-lg border border-stone-200 bg-stone-50 p-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const v = formValues(form);
        const translations = Object.fromEntries(languages.map((l) => [l, (v[`tr-${l}`] ?? "").trim()]));
        const res = await call(reply ? `/api/console/chat/quick-replies/${reply.id}` : "/api/console/chat/quick-replies", reply ? "PATCH" : "POST", { title: v.title, body: v.body, translations });
        if (!res) return;
        if (!reply) {
          form.reset();
          if (details.current) details.current.open = false;
        }
        onDone(res.quick_reply);
      }}
    >
      <FormError error={error} />
      <TextField id={`${idp}-title`} label="Title" name="title" defaultValue={reply?.title ?? ""} maxLength={60} hint="Shown on the button in the reply box" error={fieldError("title")} required />
      <TextAreaField id={`${idp}-body`} label="Reply text" name="body" defaultValue={reply?.body ?? ""} rows={3} maxLength={MAX_MESSAGE_CHARS} error={fieldError("body")} required />
      <details ref={details} open={translationError || undefined} className="rounded-md border border-stone-300 bg-white" data-testid="quick-reply-translations">
        <summary className="cursor-pointer px-3 py-2 text-sm font-semibold">
          Other languages{" "}
          <span className="font-normal text-stone-700">
            ({translated} of {languages.length} translated)
          </span>
        </summary>
        <div className="space-y-3 border-t border-stone-200 p-3">
          <p className="text-xs text-stone-700">A guest whose booking is in one of these languages is offered this text; an empty field offers them the text above.</p>
          {languages.map((l) => (
            <TextAreaField
              key={l}
              id={`${idp}-tr-${l}`}
              label={LOCALE_NAMES[l]}
              name={`tr-${l}`}
              lang={l}
              dir="auto"
              defaultValue={reply?.translations?.[l] ?? ""}
              rows={2}
              maxLength={MAX_MESSAGE_CHARS}
              error={fieldError(`translations.${l}`)}
            />
          ))}
        </div>
      </details>
      <div className="flex gap-2">
        <SubmitButton pending={pending}>{reply ? "Save quick reply" : "Add quick reply"}</SubmitButton>
        {onCancel && (
          <button type="button" className={buttonClass("secondary")} onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
