export default function ReportsLoading() {
  return (
    <div role="status" className="space-y-4">
      <h1 className="text-2xl font-semibold">Reports</h1>
      <p className="text-stone-700">Counting the figures for this range…</p>
    </div>
  );
}
