"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Hotel } from "@/lib/db/schema";
import { roomServiceAllDay } from "@/lib/menus/hours";
import { CheckboxField, FormError, SelectField, SubmitButton, TextField, TimeField } from "./fields";
import { LanguageOptions } from "./language-options";
import { formValues, useApi } from "./use-api";

export function HotelSettingsForm({ hotel }: { hotel: Hotel }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { call, pending, error, fieldError } = useApi();
  // The server's own rule for "round the clock", so the checkbox starts as the menus read it.
  const [allDay, setAllDay] = useState(roomServiceAllDay(hotel));
  const time = (name: keyof Hotel, label: string, hint?: string, readOnly = false) => (
    <TimeField label={label} name={name} defaultValue={String(hotel[name])} error={fieldError(name)} hint={hint} readOnly={readOnly} aria-disabled={readOnly || undefined} />
  );
  return (
    <form
      noValidate
      className="space-y-6 rounded-lg border border-stone-200 bg-white p-6"
      onSubmit={async (e) => {
        e.preventDefault();
        setSaved(false);
        if (await call("/api/console/hotel", "PUT", formValues(e.currentTarget))) {
          setSaved(true);
          router.refresh();
        }
      }}
    >
      <FormError error={error} />
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-base font-semibold">Hotel</legend>
        <TextField label="Name" name="name" defaultValue={hotel.name} error={fieldError("name")} />
        <TextField label="Time zone" name="timezone" defaultValue={hotel.timezone} error={fieldError("timezone")} hint="IANA name, e.g. Europe/Lisbon" />
        <TextField label="Currency" name="currency" defaultValue={hotel.currency} maxLength={3} error={fieldError("currency")} hint="ISO 4217 code, e.g. EUR" />
        <TextField label="Front desk phone" name="phone" type="tel" defaultValue={hotel.phone ?? ""} maxLength={30} error={fieldError("phone")} hint="Guests see it wherever the portal cannot help them further." />
        <SelectField label="Default guest language" name="defaultLanguage" defaultValue={hotel.defaultLanguage} error={fieldError("defaultLanguage")} hint="For guests whose booking and browser name none of the portal's languages.">
          <LanguageOptions />
        </SelectField>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-base font-semibold">Room service</legend>
        <div className="sm:col-span-3">
          <CheckboxField label="Open 24 hours" name="roomServiceAllDay" defaultChecked={allDay} onChange={setAllDay} hint="Guests can order at any hour; the times below are then not used." />
        </div>
        {time("roomServiceOpens", "Opens", undefined, allDay)}
        {time("roomServiceCloses", "Closes", "A time before opening means it runs past midnight.", allDay)}
        <TextField label="Default preparation (minutes)" name="defaultPrepMinutes" type="number" min={1} max={240} defaultValue={hotel.defaultPrepMinutes} error={fieldError("defaultPrepMinutes")} />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-base font-semibold">Breakfast</legend>
        {time("breakfastCutoff", "Order cut-off (evening before)")}
        {time("breakfastServingStart", "Serving starts")}
        {time("breakfastServingEnd", "Serving ends")}
        <TextField label="Slot length (minutes)" name="breakfastSlotMinutes" type="number" min={10} max={120} defaultValue={hotel.breakfastSlotMinutes} error={fieldError("breakfastSlotMinutes")} />
        <TextField label="Guests per slot" name="breakfastSlotCapacity" type="number" min={1} max={1000} defaultValue={hotel.breakfastSlotCapacity ?? ""} error={fieldError("breakfastSlotCapacity")} hint="Leave empty for no limit." />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-base font-semibold">Kitchen screen</legend>
        <TextField label="Ticket turns amber after (minutes)" name="kitchenWarnMinutes" type="number" min={1} max={240} defaultValue={hotel.kitchenWarnMinutes} error={fieldError("kitchenWarnMinutes")} />
        <TextField label="Ticket turns red after (minutes)" name="kitchenLateMinutes" type="number" min={1} max={480} defaultValue={hotel.kitchenLateMinutes} error={fieldError("kitchenLateMinutes")} />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-base font-semibold">Chat</legend>
        <TextField label="Email an unseen reply after (minutes)" name="chatEmailAfterMinutes" type="number" min={1} max={1440} defaultValue={hotel.chatEmailAfterMinutes} error={fieldError("chatEmailAfterMinutes")} hint="The guest gets one email with a chat link if they have not seen a reply by then." />
      </fieldset>
      <div className="flex items-center gap-3">
        <SubmitButton pending={pending}>Save settings</SubmitButton>
        <p aria-live="polite" className="text-sm text-brand-800">
          {saved ? "Saved." : ""}
        </p>
      </div>
    </form>
  );
}
