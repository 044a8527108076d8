"use client";

import { buttonClass, FormError, SubmitButton, TextAreaField, TextField } from "@/components/console/fields";
import { formValues, useApi } from "@/components/console/use-api";
import { MAX_MESSAGE_CHARS } from "@/lib/chat/schemas";

export type QuickReply = { id: string; title: string; body: string };

/** Adds a quick reply (reply null) or edits one; the server's field errors show beside the fields. */
export function QuickReplyForm({ reply, onDone, onCancel }: { reply: QuickReply | null; onDone: (saved: QuickReply) => void; onCancel?: () => void }) {
  const { call, pending, error, fieldError } = useApi<{ quick_reply: QuickReply }>();
  const idp = reply ? `qr-${reply.id}` : "qr-new";
  return (
    <form
      noValidate
      aria-label={reply ? `Edit ${reply.title}` : "New quick reply"}
      className="space-y-3 rounded-lg border border-stone-200 bg-stone-50 p-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const v = formValues(form);
        const res = await call(reply ? `/api/console/chat/quick-replies/${reply.id}` : "/api/console/chat/quick-replies", reply ? "PATCH" : "POST", { title: v.title, body: v.body });
        if (!res) return;
        if (!reply) form.reset();
        onDone(res.quick_reply);
      }}
    >
      <FormError error={error} />
      <TextField id={`${idp}-title`} label="Title" name="title" defaultValue={reply?.title ?? ""} maxLength={60} hint="Shown on the button in the reply box" error={fieldError("title")} required />
      <TextAreaField id={`${idp}-body`} label="Reply text" name="body" defaultValue={reply?.body ?? ""} rows={3} maxLength={MAX_MESSAGE_CHARS} error={fieldError("body")} required />
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
