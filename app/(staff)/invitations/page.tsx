import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requireStaffAccount } from "@/lib/auth/require-staff";
import { isAppError } from "@/lib/errors";
import { listMyInvitations } from "@/lib/staff/invitations";
import { signOutAction } from "../console/actions";
import { InvitationAnswer } from "./invitation-answer";

export const metadata: Metadata = { title: "Invitations" };
export const dynamic = "force-dynamic";

// Outside the console layout: a new account works for no hotel until it accepts an invitation.
export default async function InvitationsPage() {
  const account = await requireStaffAccount().catch((e: unknown) => {
    if (isAppError(e) && e.code === "UNAUTHENTICATED") redirect("/login");
    throw e;
  });
  const invitations = await listMyInvitations({ staffId: account.id });
  return (
    <main id="main" className="mx-auto max-w-2xl space-y-6 px-4 py-10">
      <div className="flex items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">Invitations</h1>
        <form action={signOutAction}>
          <button type="submit" className="rounded-md border border-stone-400 px-3 py-1.5 text-sm font-medium">
            Sign out
          </button>
        </form>
      </div>
      <p className="text-sm text-stone-700">Signed in as {account.email}. A hotel adds you to its staff only when you accept.</p>
      {invitations.length === 0 ? (
        <p>No invitations are waiting for you.</p>
      ) : (
        <ul className="space-y-3">
          {invitations.map((i) => (
            <li key={i.id} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-stone-200 bg-white p-4">
              <span>
                <bdi className="font-medium">{i.hotelName}</bdi> invites you as {ROLE_LABELS[i.role]}
              </span>
              <InvitationAnswer id={i.id} hotelName={i.hotelName} />
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
