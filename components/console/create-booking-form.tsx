"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError, SelectField, SubmitButton, TextAreaField, TextField } from "./fields";
import { LanguageOptions } from "./language-options";
import { formValues, useApi } from "./use-api";

export function CreateBookingForm({ today }: { today: string }) {
  const router = useRouter();
  // One key per form: a double submit (or a retry) is recognised by the server and creates one booking.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const { call, pending, error, fieldError } = useApi<{ booking: { reference: string } }>();
  return (
    <form
      noValidate
      className="grid grid-cols-1 gap-4 rounded-lg border border-stone-200 bg-white p-6 sm:grid-cols-2"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await call("/api/console/bookings", "POST", { ...formValues(e.currentTarget), idempotencyKey });
        if (r) router.push(`/console/bookings/${r.booking.reference}`);
      }}
    >
      <div className="sm:col-span-2">
        <FormError error={error} />
      </div>
      <div className="sm:col-span-2">
        <TextField label="Guest name" name="guestName" required autoComplete="off" error={fieldError("guestName")} />
      </div>
      <TextField label="Email" name="email" type="email" autoComplete="off" error={fieldError("email")} hint="Used to send the guest link." />
      <TextField label="Phone" name="phone" type="tel" autoComplete="off" error={fieldError("phone")} />
      <div className="sm:col-span-2 sm:grid sm:grid-cols-2 sm:gap-4">
        <SelectField label="Language" name="language" defaultValue="" error={fieldError("language")} hint="The guest's portal and emails use it. Not known: their browser's language, else the hotel's default.">
          <LanguageOptions notKnown />
        </SelectField>
      </div>
      <TextField label="Adults" name="adults" type="number" min={1} max={10} defaultValue={2} error={fieldError("adults")} />
      <TextField label="Children" name="children" type="number" min={0} max={10} defaultValue={0} error={fieldError("children")} />
      <TextField label="Check-in" name="checkInDate" type="date" min={today} defaultValue={today} error={fieldError("checkInDate")} />
      <TextField label="Check-out" name="checkOutDate" type="date" min={today} error={fieldError("checkOutDate")} />
      <div className="sm:col-span-2">
        <TextAreaField label="Notes for staff" name="notes" rows={3} error={fieldError("notes")} />
      </div>
      <div className="sm:col-span-2">
        <SubmitButton pending={pending}>Create booking</SubmitButton>
      </div>
    </form>
  );
}
