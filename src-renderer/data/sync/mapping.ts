/**
 * Dexie rows ↔ replicated documents (issue 13). One hub database holds the whole ward: a row of
 * table T with key K is the document `T:K` with body `{ table, record }`. A deleted row is the
 * document's tombstone; an archived row is an ordinary document (archived: 1). Audit entries are
 * immutable documents, so they never conflict. Not replicated: the document-number counters (numbers
 * come from the hub, see numbers.ts) and this PC's own sync bookkeeping (meta keys "sync:…").
 */
import type { TableName } from '../db';
import { currentTableNames } from '../schema';
import { TABLE_LABELS, TABLE_SCHEMAS } from '../tables';

/** Meta keys of this PC's sync state: never replicated, never overwritten from the hub. */
export const SYNC_META_PREFIX = 'sync:';

const LOCAL_ONLY_TABLES: readonly string[] = ['counters'];

export const SYNCED_TABLES: readonly TableName[] = (currentTableNames() as TableName[]).filter((t) => !LOCAL_ONLY_TABLES.includes(t));

export function keyField(table: TableName): 'key' | 'id' {
  return table === 'meta' || table === 'counters' ? 'key' : 'id';
}

/** Whether a change of this row goes to the hub at all. */
export function isReplicated(table: string, key: string): table is TableName {
  if (!SYNCED_TABLES.includes(table as TableName)) return false;
  return !(table === 'meta' && key.startsWith(SYNC_META_PREFIX));
}

export function docId(table: TableName, key: string): string {
  return `${table}:${key}`;
}

export function parseDocId(id: string): { table: TableName; key: string } | null {
  const at = id.indexOf(':');
  if (at <= 0) return null;
  const table = id.slice(0, at);
  const key = id.slice(at + 1);
  return isReplicated(table, key) ? { table, key } : null;
}

/** The body of a replicated document (CouchDB adds _id, _rev and, when asked, _conflicts). */
export interface RecordDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  table?: TableName;
  record?: Record<string, unknown>;
}

export function toDoc(table: TableName, record: Record<string, unknown>): RecordDoc {
  return { _id: docId(table, String(record[keyField(table)])), table, record };
}

export function tombstone(table: TableName, key: string): RecordDoc {
  return { _id: docId(table, key), _deleted: true };
}

export type Incoming =
  | { kind: 'put'; table: TableName; key: string; record: Record<string, unknown> }
  | { kind: 'delete'; table: TableName; key: string }
  /** Not a row of ours: number reservations, design documents, this PC's bookkeeping. */
  | { kind: 'skip' }
  /** A row this version cannot store (a newer app's fields, a damaged document): kept at the hub, reported. */
  | { kind: 'invalid'; table: TableName; key: string; reason: string };

/**
 * What a document from the hub means for the local database. The row is validated against the same
 * strict schema as a backup's rows; the document's own fields (_id, _rev…) never reach the row.
 */
export function fromDoc(doc: RecordDoc): Incoming {
  const target = parseDocId(doc._id);
  if (!target) return { kind: 'skip' };
  const { table, key } = target;
  if (doc._deleted) return { kind: 'delete', table, key };
  const parsed = TABLE_SCHEMAS[table].safeParse(doc.record);
  if (!parsed.success || doc.table !== table) {
    const issue = parsed.success ? null : parsed.error.issues[0];
    const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
    return { kind: 'invalid', table, key, reason: `${TABLE_LABELS[table]}${where}: ${issue?.message ?? 'tài liệu không đúng bảng'}` };
  }
  const record = parsed.data as Record<string, unknown>;
  if (record[keyField(table)] !== key) return { kind: 'invalid', table, key, reason: `${TABLE_LABELS[table]}: mã bản ghi không khớp.` };
  return { kind: 'put', table, key, record };
}
