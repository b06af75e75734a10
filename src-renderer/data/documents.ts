/**
 * The register of issued documents (sổ đăng ký văn bản, SPEC §6). A number is reserved inside the
 * transaction that creates the document's row, from a counter per series and year that only grows,
 * so a deleted or cancelled document never frees its number (NĐ 30/2020 Đ15).
 */
import { DOCUMENT_SYMBOLS, formatDocumentNumber, nextDocumentNumber, numberingSeries } from '../domain/numbering';
import type { Counter, ThiDuaDb } from './db';
import { newId, nowIso } from './ids';
import { effectiveSettings, getWardProfile } from './registers';
import { defineRepository, parseWith, writeRecord, writeTransaction } from './repository';
import { documentRecordSchema, documentRequestSchema } from './schemas';
import type { DocumentRequest, RegisteredDocument } from './schemas';

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

export interface ReserveOptions {
  demo?: boolean;
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
    const series = numberingSeries(input.kind, effectiveSettings(await getWardProfile(db)).documentNumbering) ?? '';
    let number = 0;
    let numberText = '';
    if (symbol && series) {
      const key = counterKey(series, input.year);
      const counter: Counter | undefined = await db.counters.get(key);
      // The counter remembers the highest number ever issued; the rows still present are a safety net
      // for a counter lost in an old backup.
      const used = await db.documents.where('[series+year]').equals([series, input.year]).toArray();
      number = nextDocumentNumber([counter?.last ?? 0, ...used.map((d) => d.number)]);
      await db.counters.put({ key, last: number });
      numberText = formatDocumentNumber({ number, typeAbbr: symbol.typeAbbr, issuerAbbr: symbol.issuerAbbr });
    }
    const at = nowIso();
    const record: Omit<RegisteredDocument, 'version'> = {
      ...input,
      ...(options.compose ? { model: asJson(options.compose(numberText)) } : {}),
      series,
      number,
      numberText,
      id: newId(),
      createdAt: at,
      updatedAt: at,
      archived: 0,
      ...(options.demo ? { demo: 1 as const } : {}),
    };
    return writeRecord(db, documentRepo.def, undefined, record, 'create', numberText ? `Cấp số ${numberText}.` : '');
  });
}

/** Documents of a year, newest number first within each series, for the register screen. */
export function documentsOfYear(db: ThiDuaDb, year: number): Promise<RegisteredDocument[]> {
  return db.documents.where('year').equals(year).reverse().sortBy('number');
}

/** Documents made from a given record (a meeting, a nomination). */
export function documentsFrom(db: ThiDuaDb, sourceId: string): Promise<RegisteredDocument[]> {
  return db.documents.where('sourceIds').equals(sourceId).toArray();
}
