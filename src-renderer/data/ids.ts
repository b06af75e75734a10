/** Record ids and timestamps. Timestamps are ISO datetimes in UTC; civil dates never pass through here. */
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
