import { DeskContact } from "./desk-contact";

/** What a guest page shows when the server refuses its link: what cannot be done, and whom to ask. */
export function LinkRefusedAlert({ title, heading, phone, lead }: { title: string; heading: "h1" | "h2"; phone: string | null; lead: string }) {
  const Heading = heading;
  return (
    <div role="alert" className="rounded-2xl border border-red-300 bg-red-50 p-5 text-red-900">
      <Heading className="text-lg font-semibold">{title}</Heading>
      <p className="mt-1">
        <DeskContact phone={phone} lead={lead} />
      </p>
    </div>
  );
}
