"use client";

import { useStaffOnline } from "./staff-presence";

/** "N staff online" for the console header; hidden while the count is unknown (the live indicator says why). */
export function StaffOnline() {
  const count = useStaffOnline();
  if (count === null) return null;
  return (
    <span data-testid="staff-online" data-count={count} className="inline-flex items-center gap-1.5 text-sm text-brand-50">
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current">
        <path d="M7 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm6.5 0a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM1 16.5C1 13.46 3.69 11 7 11s6 2.46 6 5.5V17H1v-.5Zm13.5.5v-.5c0-1.6-.6-3.06-1.6-4.19A5.3 5.3 0 0 1 19 16.5v.5h-4.5Z" />
      </svg>
      {count} staff online
    </span>
  );
}
