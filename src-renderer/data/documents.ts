/**
 * The register of issued documents (sổ đăng ký văn bản, SPEC §6). A number is reserved inside the
 * transaction that creates the document's row, from a counter per series and year that only grows,
 * so a deleted or cancelled document never frees its number (NĐ 30/2020 Đ15). With an office hub
 * the number is reserved at the hub instead (data/sync/numbers.ts), before the row's transaction;
 * out of reach, the row is made without a number and waits "chờ cấp số" until the hub answers.
 */
import { DOCUMENT_SYMBOLS, formatDocumentNumber, nextDocumentNumber, numberingSeries } from '../domain/numbering';
import { getActor } from './audit';
import type { Counter, ThiDuaDb } from './db';
import { newId, nowIso } from './ids';
import { effectiveSettings, getWardProfile } from './registers';
import { defineRepository, parseWith, writeRecord, writeTransaction } from './repository';
import { documentRecordSchema, documentRequestSchema } from './schemas';
import type { DocumentRequest, RegisteredDocument } from './schemas';
import { HubUnavailableError, numberingHub, reserveNumberAtHub } from './sync/numbers';

const documentRepo = defineRepository({
  table: 'documents',
  label: 'văn bản',
  input: documentRequestSchema,
  record: documentRecordSchema,
  // Number, series and text are fixed at reservation and survive later edits of title or model.
  derive: (_input, previous) => ({
    series: previous?.series ?? '',
    number: previous?.number ?? 0,
    numberText: previous?.numberText ?? '',
    createdBy: previous?.createdBy ?? getActor(),
    numberRequest: previous?.numberRequest ?? '',
  }),
});

/** Rows are created only by reserveDocument; edits keep the number, removal never frees it. */
export const { get: getDocument, update: updateDocument, archive: cancelDocument, remove: removeDocument } = documentRepo;

function counterKey(series: string, year: number): string {
  return `${series}|${year}`;
}

/** Stored as plain JSON: optional fields left undefined are dropped, as the register's schema wants. */
function asJson(model: unknown): unknown {
  return JSON.parse(JSON.stringify(model));
}

/** A number the office hub gave (or, out of reach, the request that waits for one: number 0). */
export interface HubAssignment {
  number: number;
  requestKey: string;
}

export interface ReserveOptions {
  demo?: boolean;
  /** From `assignAtHub`, when an office hub numbers the documents. */
  assignment?: HubAssignment | null;
  /**
   * The document's model once its number is known ("" for documents without one): stored in the
   * same row, so issuing writes one register row and one audit entry.
   */
  compose?: (numberText: string) => unknown;
}

/**
 * Reserves the next number of the document's series for its year and creates its register row,
 * in one transaction. Documents without a number (phiếu bầu, báo cáo thành tích) get a row with number 0.
 */
export function reserveDocument(db: ThiDuaDb, request: DocumentRequest, options: ReserveOptions = {}): Promise<RegisteredDocument> {
  return writeTransaction(db, async () => {
    const input = parseWith(documentRequestSchema, request);
    const symbol = DOCUMENT_SYMBOLS[input.kind];
    const series = await seriesOf(db, input.kind);
    let number = 0;
    let numberText = '';
    let numberRequest = '';
    if (symbol && series && options.assignment) {
      number = options.assignment.number;
      numberRequest = number ? '' : options.assignment.requestKey;
    } else if (symbol && series) {
      const key = counterKey(series, input.year);
      const counter: Counter | undefined = await db.counters.get(key);
      // The counter remembers the highest number ever issued; the rows still present are a safety net
      // for a counter lost in an old backup.
      const used = await db.documents.where('[series+year]').equals([series, input.year]).toArray();
      number = nextDocumentNumber([counter?.last ?? 0, ...used.map((d) => d.number)]);
      await db.counters.put({ key, last: number });
    }
    if (symbol && number) numberText = formatDocumentNumber({ number, typeAbbr: symbol.typeAbbr, issuerAbbr: symbol.issuerAbbr });
    const at = nowIso();
    const record: Omit<RegisteredDocument, 'version'> = {
      ...input,
      ...(options.compose ? { model: asJson(options.compose(numberText)) } : {}),
      series,
      number,
      numberText,
      createdBy: getActor(),
      numberRequest,
      id: newId(),
      createdAt: at,
      updatedAt: at,
      archived: 0,
      ...(options.demo ? { demo: 1 as const } : {}),
    };
    const note = numberText ? `Cấp số ${numberText}.` : numberRequest ? 'Chờ cấp số: máy chủ văn phòng chưa kết nối được.' : '';
    return writeRecord(db, documentRepo.def, undefined, record, 'create', note);
  });
}

async function seriesOf(db: ThiDuaDb, kind: RegisteredDocument['kind']): Promise<string> {
  return numberingSeries(kind, effectiveSettings(await getWardProfile(db)).documentNumbering) ?? '';
}

/** The highest number this PC knows in a series (numbers issued before the office had a hub). */
async function highestKnown(db: ThiDuaDb, series: string, year: number): Promise<number> {
  const rows = await db.documents.where('[series+year]').equals([series, year]).toArray();
  return Math.max(0, ...rows.map((d) => d.number));
}

/**
 * With an office hub: reserves the number of a document about to be registered, OUTSIDE any
 * transaction (a network call would end an IndexedDB transaction). null = no hub, or a document
 * without a number: the register numbers it locally as before. Out of reach: number 0, "chờ cấp số".
 */
export async function assignAtHub(db: ThiDuaDb, kind: RegisteredDocument['kind'], year: number, requestKey = newId()): Promise<HubAssignment | null> {
  const hub = numberingHub();
  const series = await seriesOf(db, kind);
  if (!hub || !DOCUMENT_SYMBOLS[kind] || !series) return null;
  try {
    const floor = await highestKnown(db, series, year);
    return { number: await reserveNumberAtHub(hub, { series, year, requestKey, floor, by: getActor() }), requestKey };
  } catch (error) {
    if (error instanceof HubUnavailableError) return { number: 0, requestKey };
    throw error;
  }
}

/**
 * Numbers the rows that wait "chờ cấp số", oldest first, once the hub answers; the number also goes
 * into the stored model, so the document is rebuilt with it. Returns how many were numbered.
 */
export async function numberWaitingDocuments(db: ThiDuaDb): Promise<number> {
  const waiting = (await db.documents.filter((d) => Boolean(d.numberRequest)).toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  let numbered = 0;
  for (const doc of waiting) {
    const assignment = await assignAtHub(db, doc.kind, doc.year, doc.numberRequest);
    if (!assignment?.number) break;
    const symbol = DOCUMENT_SYMBOLS[doc.kind]!;
    const numberText = formatDocumentNumber({ number: assignment.number, typeAbbr: symbol.typeAbbr, issuerAbbr: symbol.issuerAbbr });
    await writeTransaction(db, async () => {
      const current = await db.documents.get(doc.id);
      if (!current || current.numberRequest !== doc.numberRequest) return;
      const model = current.model && typeof current.model === 'object' && 'numberText' in current.model ? { ...current.model, numberText } : current.model;
      await writeRecord(db, documentRepo.def, current, { ...current, number: assignment.number, numberText, numberRequest: '', model, updatedAt: nowIso() }, 'update', `Cấp số ${numberText} (máy chủ văn phòng).`);
    });
    numbered += 1;
  }
  return numbered;
}

/** Documents of a year, newest number first within each series, for the register screen. */
export function documentsOfYear(db: ThiDuaDb, year: number): Promise<RegisteredDocument[]> {
  return db.documents.where('year').equals(year).reverse().sortBy('number');
}

/** Documents made from a given record (a meeting, a nomination). */
export function documentsFrom(db: ThiDuaDb, sourceId: string): Promise<RegisteredDocument[]> {
  return db.documents.where('sourceIds').equals(sourceId).toArray();
}
