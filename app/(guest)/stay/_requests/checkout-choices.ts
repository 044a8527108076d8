// The late check-out picker's times: half-hour steps after the hotel's check-out time up to the
// latest the request type allows (both the server's, HH:MM hotel time), the latest always offered.

const STEP_MINUTES = 30;

const minutes = (hhmm: string) => {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
};
const hhmm = (total: number) => `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;

export function checkoutChoices(checkOutTime: string, latest: string | null): string[] {
  const from = minutes(checkOutTime);
  const to = latest ? minutes(latest) : null;
  if (from === null || to === null || to <= from) return [];
  const out: string[] = [];
  for (let m = from + STEP_MINUTES; m < to; m += STEP_MINUTES) out.push(hhmm(m));
  out.push(hhmm(to));
  return out;
}
