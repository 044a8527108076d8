"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { StaffRole } from "@/lib/db/schema";
import { buttonClass, FormError, SelectField, SubmitButton, TextField } from "./fields";
import { formValues, useApi } from "./use-api";
import { TableShell } from "@/components/console/table-shell";

type Member = { id: string; email: string; name: string; role: StaffRole };
type Invitation = { id: string; email: string; role: StaffRole };
const ROLES = Object.keys(ROLE_LABELS) as StaffRole[];

export function StaffManager({ members, invitations, selfId }: { members: Member[]; invitations: Invitation[]; selfId: string }) {
  return (
    <div className="space-y-6">
      <TableShell caption="Staff of this hotel" headers={["Name", "Email", "Role", <span key="a" className="sr-only">Actions</span>]}>
            {members.map((m) => (
              <MemberRow key={m.id} member={m} self={m.id === selfId} />
            ))}
          </TableShell>
      {invitations.length > 0 && (
        <TableShell caption="Invited, waiting for them to accept" headers={["Email", "Role", <span key="a" className="sr-only">Actions</span>]}>
          {invitations.map((i) => (
            <InvitationRow key={i.id} invitation={i} />
          ))}
        </TableShell>
      )}
      <AddStaffForm />
    </div>
  );
}

function MemberRow({ member, self }: { member: Member; self: boolean }) {
  const router = useRouter();
  const roleApi = useApi();
  const removeApi = useApi();
  const [confirm, setConfirm] = useState(false);
  const error = roleApi.error ?? removeApi.error;
  return (
    <tr className="align-top">
      <td className="px-3 py-2 font-medium">
        <bdi>{member.name}</bdi>
        {self && <span className="ml-1 text-xs text-stone-600">(you)</span>}
      </td>
      <td className="px-3 py-2">{member.email}</td>
      <td className="px-3 py-2">
        <label htmlFor={`role-${member.id}`} className="sr-only">
          Role of {member.name}
        </label>
        <select
          id={`role-${member.id}`}
          defaultValue={member.role}
          disabled={roleApi.pending}
          className="rounded-md border border-stone-400 bg-white px-2 py-1"
          onChange={async (e) => {
            if (await roleApi.call(`/api/console/staff/${member.id}`, "PATCH", { role: e.target.value })) router.refresh();
            else e.target.value = member.role;
          }}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
        {error && <p role="alert" className="mt-1 text-sm text-red-700">{error.error}</p>}
      </td>
      <td className="px-3 py-2">
        {!self &&
          (confirm ? (
            <span className="flex gap-2">
              <button
                type="button"
                className={buttonClass("danger")}
                disabled={removeApi.pending}
                onClick={async () => {
                  if (await removeApi.call(`/api/console/staff/${member.id}`, "DELETE")) router.refresh();
                }}
              >
                Confirm
              </button>
              <button type="button" className={buttonClass("secondary")} onClick={() => setConfirm(false)}>
                Keep
              </button>
            </span>
          ) : (
            <button type="button" className={buttonClass("secondary")} onClick={() => setConfirm(true)}>
              Deactivate…
            </button>
          ))}
      </td>
    </tr>
  );
}

function InvitationRow({ invitation }: { invitation: Invitation }) {
  const router = useRouter();
  const api = useApi();
  return (
    <tr className="align-top">
      <td className="px-3 py-2">{invitation.email}</td>
      <td className="px-3 py-2">{ROLE_LABELS[invitation.role]}</td>
      <td className="px-3 py-2">
        <button
          type="button"
          className={buttonClass("secondary")}
          disabled={api.pending}
          onClick={async () => {
            if (await api.call(`/api/console/staff/invitations/${invitation.id}`, "DELETE")) router.refresh();
          }}
        >
          Withdraw
        </button>
        {api.error && <p role="alert" className="mt-1 text-sm text-red-700">{api.error.error}</p>}
      </td>
    </tr>
  );
}

function AddStaffForm() {
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const { call, pending, error, fieldError } = useApi<{ invited: true }>();
  return (
    <form
      noValidate
      aria-labelledby="add-staff-h"
      className="grid gap-4 rounded-lg border border-stone-200 bg-white p-6 sm:grid-cols-2"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const values = formValues(form);
        const r = await call("/api/console/staff", "POST", values);
        if (r) {
          // The same words whether or not the email had an account: nothing here may tell.
          setDone(`Invited ${values.email}. They join once they sign in and accept; a new account's first password is the one you set.`);
          form.reset();
          router.refresh();
        }
      }}
    >
      <h2 id="add-staff-h" className="text-lg font-semibold sm:col-span-2">Add staff</h2>
      <div className="sm:col-span-2">
        <FormError error={error} />
      </div>
      <TextField label="Name" name="name" id="staff-name" autoComplete="off" error={fieldError("name")} />
      <TextField label="Email" name="email" id="staff-email" type="email" autoComplete="off" error={fieldError("email")} />
      <SelectField label="Role" name="role" id="staff-role" defaultValue="FRONT_DESK" error={fieldError("role")} hint="Kitchen: orders and the kitchen screen. Housekeeping: the guests' requests only. Manager: the reports only.">
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </SelectField>
      <TextField label="First password" name="password" id="staff-password" type="password" autoComplete="new-password" error={fieldError("password")} hint="At least 12 characters; hand it over in person. If the email already has an account, its own password stays." />
      <div className="flex items-center gap-3 sm:col-span-2">
        <SubmitButton pending={pending}>Add staff</SubmitButton>
        <p aria-live="polite" className="text-sm text-brand-800">
          {done}
        </p>
      </div>
    </form>
  );
}
