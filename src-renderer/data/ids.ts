/** Record ids, timestamps (ISO datetimes in UTC) and the office's civil day. */
export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** A stored UTC timestamp as the user's clock shows it: "08:05 ngày 03/12/2026". */
export function localTimeText(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getHours())}:${two(d.getMinutes())} ngày ${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** One formatter for the office's day: making one costs far more than using it (a 500-row screen asks per row). */
const OFFICE_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Current civil date in Asia/Ho_Chi_Minh as "YYYY-MM-DD" (the office's day, whatever the PC's zone). */
export function civilToday(now: Date = new Date()): string {
  return OFFICE_DAY.format(now);
}
