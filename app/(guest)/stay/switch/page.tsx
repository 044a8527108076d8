import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { formattersFor } from "@/components/ui/format";
import { INTL_LOCALE, isLocale } from "@/lib/i18n/locales";
import { GUEST_COOKIE, PENDING_COOKIE } from "@/lib/tokens/cookie";
import { validateToken, type GuestAccess } from "@/lib/tokens/validate";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("link.switch");
  return { title: t("metaTitle"), referrer: "no-referrer" };
}

async function Booking({ access, testId }: { access: GuestAccess; testId: string }) {
  const t = await getTranslations("link.switch");
  const locale = await getLocale();
  const f = formattersFor(INTL_LOCALE[isLocale(locale) ? locale : "en"]);
  const b = access.booking;
  return (
    <p className="rounded-xl bg-stone-50 p-3" data-testid={testId}>
      {t.rich("booking", {
        hotel: access.hotel.name,
        reference: b.reference,
        guest: b.primaryGuestName,
        // The hotel's and the guest's names keep their own direction in any language.
        hotelName: (c) => <bdi className="font-medium">{c}</bdi>,
        guestName: (c) => <bdi>{c}</bdi>,
      })}
      <br />
      <span className="text-sm text-stone-600">
        {f.date(b.checkInDate)} – {f.date(b.checkOutDate)}
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
  const t = await getTranslations("link.switch");
  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-3 p-4">
      <div className="flex justify-end">
        <LanguageSwitcher tone="light" />
      </div>
      <div className="w-full space-y-4 rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <Booking access={pending} testId="pending-booking" />
        {current?.ok && (
          <>
            <p className="text-stone-700">{t("currentlyShows")}</p>
            <Booking access={current} testId="current-booking" />
          </>
        )}
        <p className="text-sm text-stone-700">{t("onlyContinue")}</p>
        <div className="flex flex-wrap gap-3">
          <form method="post" action="/stay/switch/confirm">
            <button type="submit" className="rounded-lg bg-brand-700 px-4 py-2 font-medium text-white">
              {t("open", { reference: pending.booking.reference })}
            </button>
          </form>
          {current?.ok && (
            <form method="post" action="/stay/switch/cancel">
              <button type="submit" className="rounded-lg px-4 py-2 font-medium ring-1 ring-stone-300">
                {t("keep", { reference: current.booking.reference })}
              </button>
            </form>
          )}
        </div>
      </div>
    </main>
  );
}
