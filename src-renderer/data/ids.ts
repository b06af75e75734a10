/** Record ids and timestamps. Timestamps are ISO datetimes in UTC; civil dates never pass through here. */
export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}
