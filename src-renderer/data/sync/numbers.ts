/**
 * Document numbers reserved at the hub (issue 13, NĐ 30/2020 Đ15: one series per year, unique, no
 * gaps, in order). A number is a document of the hub's database whose _id IS the number,
 * "number:<series>|<year>|000042", created directly at the hub: 201 = ours, 409 = taken, try the
 * next. Only _id is unique across replicas, so no counter is ever replicated. The request key makes
 * a retry after a lost reply find the number it already got instead of taking a second one.
 */
export interface HubEndpoint {
  /** The database URL. */
  url: string;
  authorization: string;
}

export interface NumberReservation {
  series: string;
  year: number;
  /** One key per document to number; the same key always gets the same number. */
  requestKey: string;
  /** The highest number this PC knows in the series (numbers issued before the hub existed). */
  floor?: number;
  by?: string;
}

interface NumberDoc {
  _id: string;
  requestKey?: string;
  number?: number;
}

const PREFIX = 'number:';

export function numberDocId(series: string, year: number, number: number): string {
  return `${PREFIX}${series}|${year}|${String(number).padStart(6, '0')}`;
}

export class HubUnavailableError extends Error {
  constructor(message = 'Không kết nối được máy chủ văn phòng để cấp số.') {
    super(message);
    this.name = 'HubUnavailableError';
  }
}

async function call(hub: HubEndpoint, path: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(`${hub.url}/${path}`, {
      ...init,
      headers: { Authorization: hub.authorization, 'Content-Type': 'application/json', ...(init.headers ?? {}) },
    });
  } catch {
    throw new HubUnavailableError();
  }
}

/** The series' numbers already at the hub, lowest first. */
async function reservedNumbers(hub: HubEndpoint, series: string, year: number): Promise<NumberDoc[]> {
  const start = JSON.stringify(`${PREFIX}${series}|${year}|`);
  const end = JSON.stringify(`${PREFIX}${series}|${year}|\ufff0`);
  const response = await call(hub, `_all_docs?include_docs=true&startkey=${encodeURIComponent(start)}&endkey=${encodeURIComponent(end)}`);
  if (!response.ok) throw new HubUnavailableError(`Máy chủ văn phòng không cho đọc sổ số văn bản (mã ${response.status}).`);
  const body = (await response.json()) as { rows: { doc?: NumberDoc }[] };
  return body.rows.map((r) => r.doc).filter((d): d is NumberDoc => Boolean(d));
}

/** The highest number reserved so far in the series (0 for none): one key read, newest first. */
async function latestReserved(hub: HubEndpoint, series: string, year: number): Promise<number> {
  const start = JSON.stringify(`${PREFIX}${series}|${year}|\ufff0`);
  const end = JSON.stringify(`${PREFIX}${series}|${year}|`);
  const response = await call(hub, `_all_docs?descending=true&limit=1&startkey=${encodeURIComponent(start)}&endkey=${encodeURIComponent(end)}`);
  if (!response.ok) return 0;
  const body = (await response.json()) as { rows: { id: string }[] };
  return body.rows.length ? Number(body.rows[0].id.slice(body.rows[0].id.lastIndexOf('|') + 1)) : 0;
}

/** Reserves the next free number of the series at the hub (idempotent per request key). */
export async function reserveNumberAtHub(hub: HubEndpoint, request: NumberReservation): Promise<number> {
  const taken = await reservedNumbers(hub, request.series, request.year);
  const mine = taken.find((d) => d.requestKey === request.requestKey);
  if (mine?.number) return mine.number;
  let next = Math.max(request.floor ?? 0, ...taken.map((d) => d.number ?? 0)) + 1;
  for (let attempt = 0; attempt < 10_000; attempt += 1, next += 1) {
    const id = numberDocId(request.series, request.year, next);
    const response = await call(hub, encodeURIComponent(id), {
      method: 'PUT',
      body: JSON.stringify({
        series: request.series, year: request.year, number: next, requestKey: request.requestKey,
        by: request.by ?? '', at: new Date().toISOString(),
      }),
    });
    if (response.status === 201 || response.status === 202) return next;
    if (response.status !== 409) throw new HubUnavailableError(`Máy chủ văn phòng không cấp số (mã ${response.status}).`);
    // Taken: by an earlier attempt of ours whose reply was lost, or by another PC.
    const existing = await call(hub, encodeURIComponent(id));
    if (existing.ok && ((await existing.json()) as NumberDoc).requestKey === request.requestKey) return next;
    // Others are numbering too: go straight past the newest number instead of trying each one.
    next = Math.max(next, await latestReserved(hub, request.series, request.year));
  }
  throw new HubUnavailableError('Không tìm được số trống trong sổ số văn bản.');
}

let hub: HubEndpoint | null = null;

/** Set while this PC is joined to an office hub (data/sync); the register then numbers there. */
export function setNumberingHub(endpoint: HubEndpoint | null): void {
  hub = endpoint;
}

export function numberingHub(): HubEndpoint | null {
  return hub;
}
