export function NoAccess({ what }: { what: string }) {
  return (
    <section className="rounded-lg border border-amber-300 bg-amber-50 p-6">
      <h1 className="text-lg font-semibold text-stone-900">No access</h1>
      <p className="mt-1 text-sm text-stone-700">Your role in this hotel does not include {what}. Ask an admin if you need it.</p>
    </section>
  );
}
