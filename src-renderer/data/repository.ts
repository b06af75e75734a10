/**
 * The one write path of the data layer. Every create/update/archive/delete: NFC-normalises
 * (deepNfc), validates with the entity's zod schema, runs the entity's cross-record checks, computes
 * derived index fields, validates the full record, then writes the record and its audit entry in one
 * transaction. Feature modules define an entity and add intent-named operations on top.
 */
import type { z } from 'zod';
import { RangeSet, type IndexableType } from 'dexie';
import { deepNfc } from '../domain/text';
import { writeAudit } from './audit';
import type { AuditAction } from './audit';
import type { TableName, ThiDuaDb } from './db';
import { RefusedError, ValidationError } from './errors';
import type { ValidationIssue } from './errors';
import { localTimeText, newId, nowIso } from './ids';
import type { BaseRecord } from './schemas';

/** One id a record holds that must name an existing record of `table`; `label` is Vietnamese ("Cá nhân được đề nghị"). */
export interface RefCheck {
  path: string;
  table: TableName;
  id: string | null | undefined;
  label: string;
}

/** Another table's index that points at records of this entity; such records are archived, never deleted. */
export interface Reference {
  table: TableName;
  index: string;
  key: (id: string) => IndexableType;
  /** Vietnamese, e.g. "đề nghị khen thưởng". */
  label: string;
}

type Derived<Schema extends z.ZodObject, Rec extends BaseRecord> = Omit<Rec, keyof BaseRecord | keyof z.output<Schema>>;

export interface EntityDef<Schema extends z.ZodObject, Rec extends BaseRecord> {
  table: TableName;
  /** Vietnamese noun for messages, e.g. "đơn vị". */
  label: string;
  input: Schema;
  record: z.ZodType<Rec>;
  /**
   * Derived fields and, on create, initial lifecycle fields; `previous` is undefined on create. May read
   * the database (inside the write transaction), e.g. for an eligibility snapshot.
   */
  derive: (input: z.output<Schema>, previous: Rec | undefined, db: ThiDuaDb) => Derived<Schema, Rec> | Promise<Derived<Schema, Rec>>;
  /**
   * The ids this record holds that must name an existing record. Checked on every save (in the write
   * transaction), and against a backup's own tables on restore (backup.ts), so both refuse the same things.
   */
  pointsTo?: (input: z.output<Schema>) => RefCheck[];
  /** Other cross-record checks (locked sets, duplicates…); runs inside the write transaction. */
  check?: (db: ThiDuaDb, input: z.output<Schema>, previous: Rec | undefined) => Promise<ValidationIssue[]>;
  references?: readonly Reference[];
  /**
   * Why the stored record may not be edited ('edit') or archived/deleted ('archive') any more, or null.
   * E.g. a nomination with a recorded decision (its content is frozen; only a logged reversal reopens it).
   */
  frozen?: (record: Rec, change: 'edit' | 'archive') => string | null;
  /** What the audit trail keeps of a record, when not all of it (an image's bytes are summarised). */
  auditView?: (record: Rec) => unknown;
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(deepNfc(value));
  if (!result.success) throw ValidationError.fromZod(result.error);
  return result.data;
}

/** One read-write transaction over every table: writes are small and a single user makes them. */
export function writeTransaction<T>(db: ThiDuaDb, work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', db.tables, work);
}

/**
 * writeTransaction for many records written one by one (an import of 10,000 people). Dexie tells the
 * live queries of every window which keys changed, index by index; for 10,000 records that notice held
 * ~100,000 keys, and the window copying it froze for 0.3–0.7 s after the worker's write. Told instead
 * that the tables changed as a whole (what Dexie itself says for a bulk write of 50 rows or more),
 * each live query on them simply runs again.
 */
export function bulkWriteTransaction<T>(db: ThiDuaDb, work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', db.tables, async (tx) => {
    const result = await work();
    const parts = (tx.idbtrans as IDBTransaction & { mutatedParts?: Record<string, RangeSet> }).mutatedParts;
    // Dexie's own "everything" range: from below every key to above every key (arrays sort last).
    if (parts) for (const part of Object.keys(parts)) parts[part] = new RangeSet(-Infinity, [[[]]]);
    return result;
  });
}

function tableOf<Rec>(db: ThiDuaDb, name: TableName) {
  return db.table<Rec, string>(name);
}

export async function requireRecord<Rec>(db: ThiDuaDb, table: TableName, id: string, label: string): Promise<Rec> {
  const record = await tableOf<Rec>(db, table).get(id);
  if (!record) throw new RefusedError('notFound', `Không tìm thấy ${label} cần thao tác (có thể đã bị xóa).`);
  return record;
}

/** What an update names: the record as the screen read it, i.e. its id and the version it saw. */
export interface ReadRecord {
  id: string;
  version: number;
}

/** The refusal of a write made from a stale read, naming when (local time) and by whom the record last changed. */
export async function staleError(db: ThiDuaDb, table: TableName, current: BaseRecord): Promise<RefusedError> {
  const last = await db.audit.where('[table+recordId]').equals([table, current.id]).last();
  const by = last ? ` (người sửa: ${last.actor})` : '';
  return new RefusedError(
    'stale',
    `Bản ghi đã được sửa ở cửa sổ/máy khác lúc ${localTimeText(current.updatedAt)}${by}. ` +
      'Thay đổi của bạn chưa được lưu: hãy tải lại bản mới nhất rồi sửa lại.',
  );
}

/** The stored record, provided it is still the version `read` saw; otherwise a 'stale' refusal. */
export async function requireCurrent<Rec extends BaseRecord>(db: ThiDuaDb, table: TableName, read: ReadRecord, label: string): Promise<Rec> {
  const current = await requireRecord<Rec>(db, table, read.id, label);
  if (current.version !== read.version) throw await staleError(db, table, current);
  return current;
}

/**
 * Puts a complete record after validating it against the record schema, and audits the change. The
 * version is always set here (previous + 1), so no write path can forget it.
 */
export async function writeRecord<Rec extends BaseRecord>(
  db: ThiDuaDb,
  def: Pick<EntityDef<z.ZodObject, Rec>, 'table' | 'record' | 'auditView'>,
  before: Rec | undefined,
  next: Omit<Rec, 'version'>,
  action: AuditAction,
  note = '',
): Promise<Rec> {
  const record = parseWith(def.record, { ...next, version: (before?.version ?? 0) + 1 });
  await tableOf<Rec>(db, def.table).put(record);
  const view = (r: Rec | undefined) => (r && def.auditView ? def.auditView(r) : r);
  await writeAudit(db, { table: def.table, recordId: record.id, action, before: view(before), after: view(record), note });
  return record;
}

async function checked<Schema extends z.ZodObject, Rec extends BaseRecord>(
  db: ThiDuaDb,
  def: EntityDef<Schema, Rec>,
  raw: unknown,
  previous: Rec | undefined,
): Promise<z.output<Schema>> {
  const input = parseWith(def.input, raw);
  const issues = [...(await missingReferences(db, def.pointsTo?.(input) ?? [])), ...((await def.check?.(db, input, previous)) ?? [])];
  if (issues.length > 0) throw new ValidationError(issues);
  return input;
}

/** Finds the first table that refers to the record, if any. */
async function findReference(db: ThiDuaDb, references: readonly Reference[], id: string): Promise<Reference | null> {
  for (const ref of references) {
    if ((await tableOf(db, ref.table).where(ref.index).equals(ref.key(id)).count()) > 0) return ref;
  }
  return null;
}

export interface Repository<Schema extends z.ZodObject, Rec extends BaseRecord> {
  readonly def: EntityDef<Schema, Rec>;
  get(db: ThiDuaDb, id: string): Promise<Rec | undefined>;
  create(db: ThiDuaDb, input: z.input<Schema>, options?: { demo?: boolean; note?: string; action?: AuditAction }): Promise<Rec>;
  /** `read` is the record as the screen read it; a newer stored version refuses the write ('stale'). */
  update(db: ThiDuaDb, read: ReadRecord, patch: Partial<z.input<Schema>>, note?: string): Promise<Rec>;
  /** Archiving hides a record from pickers but keeps it for the documents and decisions that name it. */
  archive(db: ThiDuaDb, read: ReadRecord, archived?: boolean): Promise<Rec>;
  /** Deletes, or archives when another record refers to it (SPEC §7: never a silent loss). */
  remove(db: ThiDuaDb, read: ReadRecord): Promise<'deleted' | 'archived'>;
}

export function defineRepository<Schema extends z.ZodObject, Rec extends BaseRecord>(
  def: EntityDef<Schema, Rec>,
): Repository<Schema, Rec> {
  const require = async (db: ThiDuaDb, read: ReadRecord, change: 'edit' | 'archive') => {
    const current = await requireCurrent<Rec>(db, def.table, read, def.label);
    const frozen = def.frozen?.(current, change);
    if (frozen) throw new RefusedError('immutable', frozen);
    return current;
  };
  return {
    def,
    get: (db, id) => tableOf<Rec>(db, def.table).get(id),
    create: (db, raw, options = {}) =>
      writeTransaction(db, async () => {
        const input = await checked(db, def, raw, undefined);
        const at = nowIso();
        const base: Omit<BaseRecord, 'version'> = { id: newId(), createdAt: at, updatedAt: at, archived: 0 };
        if (options.demo) base.demo = 1;
        const next = { ...input, ...(await def.derive(input, undefined, db)), ...base } as unknown as Rec;
        return writeRecord(db, def, undefined, next, options.action ?? 'create', options.note);
      }),
    update: (db, read, patch, note) =>
      writeTransaction(db, async () => {
        const previous = await require(db, read, 'edit');
        const input = await checked(db, def, { ...previous, ...patch }, previous);
        const next = { ...previous, ...input, ...(await def.derive(input, previous, db)), updatedAt: nowIso() } as Rec;
        return writeRecord(db, def, previous, next, 'update', note);
      }),
    archive: (db, read, archived = true) =>
      writeTransaction(db, async () => {
        const previous = await require(db, read, 'archive');
        const next = { ...previous, archived: archived ? 1 : 0, updatedAt: nowIso() } as Rec;
        return writeRecord(db, def, previous, next, archived ? 'archive' : 'restore');
      }),
    remove: (db, read) =>
      writeTransaction(db, async () => {
        const previous = await require(db, read, 'archive');
        const id = read.id;
        const reference = await findReference(db, def.references ?? [], id);
        if (reference) {
          const next = { ...previous, archived: 1, updatedAt: nowIso() } as Rec;
          await writeRecord(db, def, previous, next, 'archive', `Được ${reference.label} tham chiếu nên chỉ lưu trữ, không xóa.`);
          return 'archived';
        }
        await tableOf<Rec>(db, def.table).delete(id);
        await writeAudit(db, { table: def.table, recordId: id, action: 'delete', before: def.auditView ? def.auditView(previous) : previous, after: null });
        return 'deleted';
      }),
  };
}

/** Issue list for ids that must name an existing record of `table` (one bulk read per table). */
export async function missingReferences(db: ThiDuaDb, checks: readonly RefCheck[]): Promise<ValidationIssue[]> {
  const wanted = checks.filter((c): c is RefCheck & { id: string } => Boolean(c.id));
  const found = new Set<string>();
  for (const table of new Set(wanted.map((c) => c.table))) {
    const ids = [...new Set(wanted.filter((c) => c.table === table).map((c) => c.id))];
    const rows = await tableOf<{ id: string }>(db, table).bulkGet(ids);
    rows.forEach((row, i) => row && found.add(`${table}|${ids[i]}`));
  }
  return wanted
    .filter((c) => !found.has(`${c.table}|${c.id}`))
    .map((c) => ({ path: c.path, message: `${c.label} không tồn tại (có thể đã bị xóa).` }));
}
