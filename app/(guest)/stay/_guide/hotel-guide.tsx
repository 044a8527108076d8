import { getTranslations } from "next-intl/server";
import { CopyButton } from "./copy-button";
import type { GuestGuideView } from "@/lib/hotels/guide";

const card = "rounded-xl bg-stone-50 p-3";

/** A contact as a link where it is one: a phone number dials, an email address writes. */
function ContactValue({ value }: { value: string }) {
  if (/^\+?[\d\s().-]{3,}$/.test(value))
    return (
      <a href={`tel:${value.replace(/[^+0-9]/g, "")}`} dir="ltr" className="font-medium text-brand-800 underline underline-offset-2">
        {value}
      </a>
    );
  if (/^[^\s@]+@[^\s@]+$/.test(value))
    return (
      <a href={`mailto:${value}`} dir="ltr" className="font-medium break-all text-brand-800 underline underline-offset-2">
        {value}
      </a>
    );
  return (
    <span dir="auto" className="font-medium">
      {value}
    </span>
  );
}

/** The hotel guide on /stay, rendered by the server: the Wi-Fi password only when the server gave it (in house). */
export async function HotelGuide({ guide, arriving }: { guide: GuestGuideView; arriving: boolean }) {
  const t = await getTranslations("guide");
  const checkOut = guide.late_checkout_time ?? guide.check_out_time;
  return (
    <section aria-labelledby="guide-heading" data-testid="hotel-guide" className="space-y-3 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
      <h2 id="guide-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {guide.wifi ? (
        <div data-testid="guide-wifi" className={card}>
          <h3 className="font-semibold">{t("wifi.heading")}</h3>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-stone-700">{t("wifi.network")}</dt>
            <dd className="font-medium break-all">
              {/* Next to its label in either direction, read left to right. */}
              <span dir="ltr">{guide.wifi.network}</span>
            </dd>
            <dt className="text-stone-700">{t("wifi.password")}</dt>
            <dd className="flex flex-wrap items-center gap-2">
              <code data-testid="guide-wifi-password" dir="ltr" className="rounded bg-white px-2 py-0.5 font-mono text-base font-semibold break-all ring-1 ring-stone-200">
                {guide.wifi.password}
              </code>
              <CopyButton text={guide.wifi.password} labels={{ copy: t("wifi.copy"), copied: t("wifi.copied"), failed: t("wifi.copyFailed") }} />
            </dd>
          </dl>
        </div>
      ) : (
        arriving && (
          <p data-testid="guide-wifi-later" className={`${card} text-sm text-stone-700`}>
            {t("wifi.inHouseOnly")}
          </p>
        )
      )}
      <div className={card}>
        <h3 className="font-semibold">{t("checkOut.heading")}</h3>
        <p data-testid="guide-checkout" className="text-sm">
          {guide.late_checkout_time ? t("checkOut.late", { time: checkOut }) : t("checkOut.standard", { time: checkOut })}
        </p>
      </div>
      {guide.hours.length > 0 && (
        <div className={card}>
          <h3 className="font-semibold">{t("hours")}</h3>
          <dl className="mt-1 space-y-1 text-sm">
            {guide.hours.map((h) => (
              <div key={h.key} className="flex justify-between gap-3">
                <dt dir="auto">{h.label}</dt>
                <dd dir="ltr" className="font-medium tabular-nums">
                  {h.value}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      {guide.contacts.length > 0 && (
        <div className={card}>
          <h3 className="font-semibold">{t("contacts")}</h3>
          <dl className="mt-1 space-y-1 text-sm">
            {guide.contacts.map((c) => (
              <div key={c.label} className="flex flex-wrap justify-between gap-x-3">
                <dt dir="auto">{c.label}</dt>
                <dd>
                  <ContactValue value={c.value} />
                </dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      {guide.house_rules && (
        <div className={card}>
          <h3 className="font-semibold">{t("rules")}</h3>
          <p dir="auto" className="mt-1 text-sm whitespace-pre-line">
            {guide.house_rules}
          </p>
        </div>
      )}
      {guide.tips.length > 0 && (
        <div className={card}>
          <h3 className="font-semibold">{t("tips")}</h3>
          <ul className="mt-1 space-y-2 text-sm">
            {guide.tips.map((tip, i) => (
              <li key={i}>
                <p dir="auto" className="font-medium">
                  {tip.title}
                </p>
                <p dir="auto" className="text-stone-700">
                  {tip.text}
                </p>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
