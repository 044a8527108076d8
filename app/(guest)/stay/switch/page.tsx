import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { formatDate } from "@/components/ui/format";
import { GUEST_COOKIE, PENDING_COOKIE } from "@/lib/tokens/cookie";
import { validateToken, type GuestAccess } from "@/lib/tokens/validate";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Open a different booking?", referrer: "no-referrer" };

function Booking({ access, testId }: { access: GuestAccess; testId: string }) {
  const b = access.booking;
  return (
    <p className="rounded-xl bg-stone-50 p-3" data-testid={testId}>
      <bdi className="font-medium">{access.hotel.name}</bdi>, booking {b.reference} for <bdi>{b.primaryGuestName}</bdi>
      <br />
      <span className="text-sm text-stone-600">
        {formatDate(b.checkInDate)} – {formatDate(b.checkOutDate)}
      </span>
    </p>
  );
}

/** Asked when a link of another booking is opened on a device that already holds a valid one. */
export default async function SwitchBookingPage() {
  const jar = await cookies();
  const pendingRaw = jar.get(PENDING_COOKIE)?.value;
  const currentRaw = jar.get(GUEST_COOKIE)?.value;
  const [pending, current] = await Promise.all([
    pendingRaw ? validateToken(pendingRaw, { scope: "view" }) : null,
    currentRaw ? validateToken(currentRaw, { scope: "view" }) : null,
  ]);
  if (!pending?.ok) redirect("/stay");
  return (
    <main className="mx-auto flex min-h-screen max-w-xl items-center p-4">
      <div className="w-full space-y-4 rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200">
        <h1 className="text-xl font-semibold">You are opening a different booking</h1>
        <Booking access={pending} testId="pending-booking" />
        {current?.ok && (
          <>
            <p className="text-stone-700">This device currently shows:</p>
            <Booking access={current} testId="current-booking" />
          </>
        )}
        <p className="text-sm text-stone-700">Only continue if you opened this link yourself and it is meant for you.</p>
        <div className="flex flex-wrap gap-3">
          <form method="post" action="/stay/switch/confirm">
            <button type="submit" className="rounded-lg bg-brand-700 px-4 py-2 font-medium text-white">
              Open booking {pending.booking.reference}
            </button>
          </form>
          {current?.ok && (
            <form method="post" action="/stay/switch/cancel">
              <button type="submit" className="rounded-lg px-4 py-2 font-medium ring-1 ring-stone-300">
                Keep booking {current.booking.reference}
              </button>
            </form>
          )}
        </div>
      </div>
    </main>
  );
}
