"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError, SubmitButton, TextAreaField, TextField, TimeField } from "@/components/console/fields";
import { useApi } from "@/components/console/use-api";
import type { HotelGuide } from "@/lib/db/schema";

type Row = Record<string, string>;

/** A list of small rows (hours, contacts, tips) with add and remove; `fields` name each row's inputs. */
function RowsEditor({ idp, legend, rows, fields, onChange, addText, fieldError }: {
  idp: string;
  legend: string;
  rows: Row[];
  fields: { name: string; label: string; multiline?: boolean }[];
  onChange: (rows: Row[]) => void;
  addText: string;
  fieldError: (name: string) => string | undefined;
}) {
  const set = (i: number, name: string, value: string) => onChange(rows.map((r, j) => (j === i ? { ...r, [name]: value } : r)));
  return (
    <fieldset className="space-y-3">
      <legend className="mb-1 text-base font-semibold">{legend}</legend>
      {fieldError(`guide.${idp}`) && <p className="text-sm text-red-700">{fieldError(`guide.${idp}`)}</p>}
      {rows.length === 0 && <p className="text-sm text-stone-700">None yet.</p>}
      {rows.map((row, i) => (
        <div key={i} className={`grid items-end gap-3 rounded-md border border-stone-200 p-3 sm:grid-cols-[1fr_2fr_auto] ${fields.some((f) => f.multiline) ? "" : "grid-cols-2"}`}>
          {fields.map((f) =>
            f.multiline ? (
              <TextAreaField key={f.name} id={`${idp}-${i}-${f.name}`} label={`${f.label} ${i + 1}`} name={`${idp}-${i}-${f.name}`} rows={2} value={row[f.name] ?? ""} onChange={(e) => set(i, f.name, e.target.value)} error={fieldError(`guide.${idp}.${i}.${f.name}`)} />
            ) : (
              <TextField key={f.name} id={`${idp}-${i}-${f.name}`} label={`${f.label} ${i + 1}`} name={`${idp}-${i}-${f.name}`} value={row[f.name] ?? ""} onChange={(e) => set(i, f.name, e.target.value)} error={fieldError(`guide.${idp}.${i}.${f.name}`)} />
            ),
          )}
          <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))} className="col-span-full min-h-10 justify-self-start rounded-md px-3 py-2 text-sm font-medium text-red-800 ring-1 ring-red-300 hover:bg-red-50 sm:col-span-1">
            Remove<span className="sr-only"> {legend.toLowerCase()} row {i + 1}</span>
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, Object.fromEntries(fields.map((f) => [f.name, ""]))])} className="rounded-md px-3 py-2 text-sm font-semibold text-brand-800 ring-1 ring-brand-600 hover:bg-brand-50">
        {addText}
      </button>
    </fieldset>
  );
}

/** A stable key for an hours row from its label (the guide's translations are keyed by it). */
const keyOf = (label: string) =>
  label
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40) || "hours";

/**
 * The hotel guide guests read on /stay: Wi-Fi (shown only to in-house guests), hours, contacts,
 * house rules, tips, and the check-out time. Translations of these texts are kept as they are.
 */
export function GuideEditor({ guide, checkOutTime }: { guide: HotelGuide; checkOutTime: string }) {
  const router = useRouter();
  const { call, pending, error, fieldError } = useApi();
  const [saved, setSaved] = useState(false);
  const [network, setNetwork] = useState(guide.wifi?.network ?? "");
  const [password, setPassword] = useState(guide.wifi?.password ?? "");
  const [hours, setHours] = useState<Row[]>(guide.hours ?? []);
  const [contacts, setContacts] = useState<Row[]>(guide.contacts ?? []);
  const [rules, setRules] = useState(guide.houseRules ?? "");
  const [tips, setTips] = useState<Row[]>(guide.tips ?? []);

  return (
    <form
      noValidate
      aria-labelledby="guide-h"
      className="space-y-6 rounded-lg border border-stone-200 bg-white p-4 sm:p-6"
      onSubmit={async (e) => {
        e.preventDefault();
        setSaved(false);
        const body = {
          // Uncontrolled: TimeField tidies "1130" into "11:30" on blur.
          checkOutTime: String(new FormData(e.currentTarget).get("check-out") ?? "").trim(),
          guide: {
            wifi: network.trim() || password.trim() ? { network: network.trim(), password: password.trim() } : null,
            hours: hours.map((h) => ({ key: h.key || keyOf(h.label ?? ""), label: (h.label ?? "").trim(), value: (h.value ?? "").trim() })),
            contacts: contacts.map((c) => ({ label: (c.label ?? "").trim(), value: (c.value ?? "").trim() })),
            houseRules: rules.trim(),
            tips: tips.map((t) => ({ title: (t.title ?? "").trim(), text: (t.text ?? "").trim() })),
            // The whole guide is replaced: its translations go back as they were.
            ...(guide.translations ? { translations: guide.translations } : {}),
          },
        };
        if (await call("/api/console/hotel/guide", "PUT", body)) {
          setSaved(true);
          router.refresh();
        }
      }}
    >
      <h2 id="guide-h" className="text-lg font-semibold">
        Hotel guide
      </h2>
      <p className="text-sm text-stone-700">Guests read this on their stay page. The Wi-Fi password is shown only to guests who are checked in.</p>
      <FormError error={error} />
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-base font-semibold">Wi-Fi and check-out</legend>
        <TextField id="guide-wifi-network" label="Wi-Fi network" name="wifi-network" autoComplete="off" value={network} onChange={(e) => setNetwork(e.target.value)} error={fieldError("guide.wifi.network")} />
        <TextField id="guide-wifi-password" label="Wi-Fi password" name="wifi-password" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} error={fieldError("guide.wifi.password")} />
        <TimeField id="guide-check-out" label="Check-out time" name="check-out" defaultValue={checkOutTime} error={fieldError("checkOutTime")} hint="A guest may ask to leave later (the late check-out request)." />
      </fieldset>
      <RowsEditor idp="hours" legend="Opening hours" rows={hours} onChange={setHours} addText="Add hours" fieldError={fieldError} fields={[{ name: "label", label: "Place" }, { name: "value", label: "Hours" }]} />
      <RowsEditor idp="contacts" legend="Contacts" rows={contacts} onChange={setContacts} addText="Add contact" fieldError={fieldError} fields={[{ name: "label", label: "Who" }, { name: "value", label: "Number or email" }]} />
      <TextAreaField id="guide-rules" label="House rules" name="house-rules" rows={4} value={rules} onChange={(e) => setRules(e.target.value)} error={fieldError("guide.houseRules")} />
      <RowsEditor idp="tips" legend="Tips" rows={tips} onChange={setTips} addText="Add tip" fieldError={fieldError} fields={[{ name: "title", label: "Title" }, { name: "text", label: "Tip", multiline: true }]} />
      <div className="flex items-center gap-3">
        <SubmitButton pending={pending}>Save guide</SubmitButton>
        <p aria-live="polite" className="text-sm text-brand-800">
          {saved ? "Saved." : ""}
        </p>
      </div>
    </form>
  );
}
