"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { PURPOSE_LABELS } from "@/lib/bookings/purpose-labels";
import type { TokenPurpose } from "@/lib/db/schema";
import { buttonClass, CheckboxField, FormError, SelectField, SubmitButton, TextField } from "./fields";
import { formatInstant } from "./format";
import { IssuedLinkCard } from "./issued-link-card";
import { formValues, useApi } from "./use-api";
import { TableShell } from "@/components/console/table-shell";

export type LinkRow = {
  id: string;
  purpose: TokenPurpose;
  canChat: boolean;
  canOrderServices: boolean;
  label: string | null;
  expiresAt: Date | string;
  revokedAt: Date | string | null;
  revokedReason: string | null;
  createdAt: Date | string;
  lastUsedAt: Date | string | null;
  createdByName: string | null;
  scopes: string[];
};

type Issued = { url: string; qrDataUrl: string };

export function GuestLinks({ reference, links, timezone, canIssue, guestEmail }: { reference: string; links: LinkRow[]; timezone: string; canIssue: boolean; guestEmail: string | null }) {
  const [issued, setIssued] = useState<Issued | null>(null);
  const active = links.filter((l) => !l.revokedAt && new Date(l.expiresAt) > new Date());
  return (
    <div className="space-y-6">
      {issued && <IssuedLinkCard {...issued} onClose={() => setIssued(null)} />}
      {canIssue ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <IssueForm reference={reference} onIssued={setIssued} />
          <EmailForm reference={reference} guestEmail={guestEmail} />
        </div>
      ) : (
        <p className="text-sm text-stone-600">New links cannot be issued for a cancelled booking.</p>
      )}
      <LinksTable links={links} timezone={timezone} onIssued={setIssued} />
      {active.length > 1 && <RevokeAll reference={reference} count={active.length} />}
    </div>
  );
}

function LinkOptions({ prefix }: { prefix: string }) {
  return (
    <>
      <SelectField label="What it opens" name="purpose" id={`${prefix}-purpose`} defaultValue="FULL_ACCESS">
        {(Object.keys(PURPOSE_LABELS) as TokenPurpose[]).map((p) => (
          <option key={p} value={p}>
            {PURPOSE_LABELS[p]}
          </option>
        ))}
      </SelectField>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Allow (can only narrow the purpose)</legend>
        <CheckboxField label="Room service and breakfast orders" name="canOrderServices" defaultChecked />
        <CheckboxField label="Chat with the front desk" name="canChat" defaultChecked />
      </fieldset>
    </>
  );
}

function IssueForm({ reference, onIssued }: { reference: string; onIssued: (i: Issued) => void }) {
  const router = useRouter();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const { call, pending, error, fieldError } = useApi<Issued>();
  return (
    <form
      noValidate
      aria-labelledby="issue-h"
      className="space-y-3 rounded-lg border border-stone-200 p-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await call(`/api/console/bookings/${reference}/links`, "POST", { ...formValues(e.currentTarget), idempotencyKey: key });
        if (r) {
          onIssued(r);
          setKey(crypto.randomUUID());
          router.refresh();
        }
      }}
    >
      <h3 id="issue-h" className="font-semibold">Issue a link</h3>
      <FormError error={error} />
      <LinkOptions prefix="issue" />
      <TextField label="Expires after (days)" name="expiresDays" id="issue-days" type="number" min={1} max={90} hint="Empty: end of the check-out day plus the grace period." error={fieldError("expiresDays")} />
      <TextField label="Label (optional)" name="label" id="issue-label" hint="E.g. “Second guest” — helps tell links apart." error={fieldError("label")} />
      <SubmitButton pending={pending}>Issue link</SubmitButton>
    </form>
  );
}

function EmailForm({ reference, guestEmail }: { reference: string; guestEmail: string | null }) {
  const router = useRouter();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [sent, setSent] = useState<string | null>(null);
  const { call, pending, error, fieldError } = useApi<{ transport: string }>();
  return (
    <form
      noValidate
      aria-labelledby="email-h"
      className="space-y-3 rounded-lg border border-stone-200 p-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const values = formValues(e.currentTarget);
        const r = await call(`/api/console/bookings/${reference}/links/email`, "POST", { ...values, idempotencyKey: key });
        if (r) {
          setSent(r.transport === "dev-outbox" ? `Saved to the dev outbox for ${values.to}.` : `Sent to ${values.to}.`);
          setKey(crypto.randomUUID());
          router.refresh();
        }
      }}
    >
      <h3 id="email-h" className="font-semibold">Send a link by email</h3>
      <p className="text-xs text-stone-600">Issues a new link for this email, so it can be revoked on its own.</p>
      <FormError error={error} />
      <TextField label="To" name="to" id="email-to" type="email" defaultValue={guestEmail ?? ""} error={fieldError("to")} />
      <LinkOptions prefix="email" />
      <SubmitButton pending={pending}>Send email</SubmitButton>
      <p aria-live="polite" className="text-sm text-brand-800">
        {sent}
      </p>
    </form>
  );
}

function linkStatus(l: LinkRow): string {
  if (l.revokedAt) return "Revoked";
  if (new Date(l.expiresAt) <= new Date()) return "Expired";
  return "Active";
}

function LinksTable({ links, timezone, onIssued }: { links: LinkRow[]; timezone: string; onIssued: (i: Issued) => void }) {
  if (links.length === 0) return <p className="text-sm text-stone-600">No links issued yet.</p>;
  return (
    <TableShell caption="Guest links of this booking" framed={false} headers={["Link", "Created", "Expires", "Last used", "Status", <span key="a" className="sr-only">Actions</span>]}>
          {links.map((l) => (
            <tr key={l.id} data-testid="link-row" className="align-top">
              <td className="px-3 py-2">
                <span className="font-medium">{l.purpose.replace("_", " ")}</span>
                <span className="block text-xs text-stone-600">Allows: {l.scopes.join(", ")}</span>
                {l.label && <span className="block text-xs text-stone-600">{l.label}</span>}
              </td>
              <td className="px-3 py-2">
                {formatInstant(l.createdAt, timezone)}
                <span className="block text-xs text-stone-600">by {l.createdByName ?? "system"}</span>
              </td>
              <td className="px-3 py-2">{formatInstant(l.expiresAt, timezone)}</td>
              <td className="px-3 py-2">{formatInstant(l.lastUsedAt, timezone)}</td>
              <td className="px-3 py-2">
                {linkStatus(l)}
                {l.revokedReason && <span className="block text-xs text-stone-600">{l.revokedReason}</span>}
              </td>
              <td className="px-3 py-2">{linkStatus(l) === "Active" && <LinkRowActions id={l.id} onIssued={onIssued} />}</td>
            </tr>
          ))}
        </TableShell>
  );
}

function LinkRowActions({ id, onIssued }: { id: string; onIssued: (i: Issued) => void }) {
  const router = useRouter();
  const [mode, setMode] = useState<"idle" | "revoke">("idle");
  const [replaceKey] = useState(() => crypto.randomUUID());
  const revoke = useApi();
  const replace = useApi<Issued>();
  if (mode === "revoke") {
    return (
      <form
        noValidate
        className="w-56 space-y-2"
        onSubmit={async (e) => {
          e.preventDefault();
          if (await revoke.call(`/api/console/links/${id}/revoke`, "POST", formValues(e.currentTarget))) router.refresh();
        }}
      >
        <TextField label="Reason" name="reason" id={`reason-${id}`} autoFocus error={revoke.fieldError("reason") ?? (revoke.error && !revoke.error.fields ? revoke.error.error : undefined)} />
        <div className="flex gap-2">
          <SubmitButton pending={revoke.pending} variant="danger">
            Revoke
          </SubmitButton>
          <button type="button" className={buttonClass("secondary")} onClick={() => setMode("idle")}>
            Keep
          </button>
        </div>
      </form>
    );
  }
  return (
    <div className="flex flex-wrap gap-2">
      <button type="button" className={buttonClass("secondary")} onClick={() => setMode("revoke")}>
        Revoke…
      </button>
      <button
        type="button"
        disabled={replace.pending}
        className={buttonClass("secondary")}
        onClick={async () => {
          const r = await replace.call(`/api/console/links/${id}/replace`, "POST", { idempotencyKey: replaceKey });
          if (r) {
            onIssued(r);
            router.refresh();
          }
        }}
      >
        Replace
      </button>
      {replace.error && <p role="alert" className="w-full text-sm text-red-700">{replace.error.error}</p>}
    </div>
  );
}

function RevokeAll({ reference, count }: { reference: string; count: number }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { call, pending, error, fieldError } = useApi();
  if (!open) {
    return (
      <button type="button" className={buttonClass("danger")} onClick={() => setOpen(true)}>
        Revoke all {count} active links…
      </button>
    );
  }
  return (
    <form
      noValidate
      className="max-w-md space-y-2 rounded-lg border border-red-300 p-4"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await call(`/api/console/bookings/${reference}/links/revoke-all`, "POST", formValues(e.currentTarget))) {
          setOpen(false);
          router.refresh();
        }
      }}
    >
      <FormError error={error} />
      <TextField label="Reason for revoking all links" name="reason" id="revoke-all-reason" error={fieldError("reason")} />
      <div className="flex gap-2">
        <SubmitButton pending={pending} variant="danger">
          Revoke all
        </SubmitButton>
        <button type="button" className={buttonClass("secondary")} onClick={() => setOpen(false)}>
          Keep them
        </button>
      </div>
    </form>
  );
}
