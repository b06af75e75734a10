/**
 * Backup and restore (SPEC §7, docs/backup-format.md). A backup is one JSON file with every table,
 * the schema version, app version, creation time and a SHA-256 checksum. Restore validates the whole
 * file first (structure, checksum, version, every record, every reference), upgrades an older schema,
 * and only then replaces the database in one transaction; a refused file changes nothing. What must
 * outlive a restore (issued numbers, the audit trail) is carried over (restoreChecks.ts).
 */
import { z } from 'zod';
import { writeAudit } from './audit';
import type { TableName, ThiDuaDb } from './db';
import { APP_VERSION, FileRejectedError, canonicalJson, encodeChecksummed, readJsonFile, sha256Hex } from './fileFormat';
import type { ReadLimits } from './fileFormat';
import type { Counter } from './db';
import { localTimeText, nowIso } from './ids';
import { checkBackupReferences, documentsIssuedAfter, markIssuedAfter, mergedAudit, mergedCounters } from './restoreChecks';
import { writeTransaction } from './repository';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, currentTableNames } from './schema';
import type { SchemaVersion } from './schema';
import { TABLE_LABELS, TABLE_SCHEMAS } from './tables';
import { issueLocation } from './schemas/messages';
import { deepNfc } from '../domain/text';

const BACKUP_FORMAT = 'thidua-backup';
const BACKUP_FORMAT_VERSION = 1;

export const BACKUP_LIMITS: ReadLimits = { maxBytes: 300_000_000, maxDepth: 40, maxStringLength: 1_000_000 };

const envelopeSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.number().int().min(1),
    schemaVersion: z.number().int().min(1),
    appVersion: z.string().max(50),
    createdAt: z.string().max(40),
    tables: z.record(z.string().max(50), z.array(z.unknown())),
    checksum: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

type Tables = Record<string, unknown[]>;

/** The header fields as the refusal names them. */
const HEADER_LABELS: Record<string, string> = {
  formatVersion: 'phiên bản định dạng', schemaVersion: 'phiên bản lược đồ dữ liệu', appVersion: 'phiên bản ThiDua đã tạo tệp',
  createdAt: 'thời điểm sao lưu', tables: 'phần dữ liệu', checksum: 'mã kiểm tra',
};

export interface BackupSummary {
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  /** SHA-256 of the file's content, as written in it (named in the restore's audit entry). */
  checksum: string;
  /** Rows per table after any upgrade. */
  counts: Partial<Record<TableName, number>>;
}

export interface ValidatedBackup extends BackupSummary {
  tables: Record<TableName, object[]>;
}

function contentOf(envelope: Omit<z.output<typeof envelopeSchema>, 'checksum'>) {
  const { format, formatVersion, schemaVersion, appVersion, createdAt, tables } = envelope;
  return { format, formatVersion, schemaVersion, appVersion, createdAt, tables };
}

/**
 * Every table's rows, with the checksum over their canonical form: the tables are read together in
 * one read transaction, and the file is written in one pass over the rows (encodeChecksummed).
 */
export async function exportBackup(db: ThiDuaDb): Promise<Uint8Array> {
  const names = currentTableNames();
  const rows = await db.transaction('r', db.tables, () => Promise.all(names.map((name) => db.table(name).toArray())));
  const tables: Tables = Object.fromEntries(names.map((name, i) => [name, rows[i]]));
  const content = contentOf({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    appVersion: APP_VERSION,
    createdAt: nowIso(),
    tables,
  });
  return encodeChecksummed(content);
}

/** The office's clock (Asia/Ho_Chi_Minh, as the restore dialog shows a backup's time), whatever the PC's zone. */
const OFFICE_CLOCK = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** "thidua-sao-luu-2026-11-21-0930.json" in office time: sortable, no characters a file system dislikes. */
export function backupFileName(at = new Date()): string {
  const part = Object.fromEntries(OFFICE_CLOCK.formatToParts(at).map((p) => [p.type, p.value]));
  return `thidua-sao-luu-${part.year}-${part.month}-${part.day}-${part.hour}${part.minute}.json`;
}

/** Brings rows of an older schema up to the current one with each version's own migration. */
function upgradeTables(tables: Tables, fromVersion: number, versions: readonly SchemaVersion[]): Tables {
  let current = tables;
  for (const version of versions.filter((v) => v.version > fromVersion)) {
    const next: Tables = {};
    for (const [name, rows] of Object.entries(current)) {
      if (version.stores[name] === null) continue;
      next[name] = version.migrate
        ? rows.flatMap((row) => {
            const upgraded = version.migrate!(name, row as Record<string, unknown>);
            return upgraded === undefined ? [] : [upgraded];
          })
        : rows;
    }
    for (const [name, def] of Object.entries(version.stores)) if (def !== null && !next[name]) next[name] = [];
    current = next;
  }
  return current;
}

const MAX_REPORTED_ISSUES = 20;

function validateRows(tables: Tables): Record<TableName, object[]> {
  const problems: string[] = [];
  const result = {} as Record<TableName, object[]>;
  for (const name of currentTableNames() as TableName[]) {
    const schema = TABLE_SCHEMAS[name];
    const keyOf = name === 'meta' || name === 'counters' ? 'key' : 'id';
    const seen = new Set<unknown>();
    result[name] = (tables[name] ?? []).map((row, i) => {
      const parsed = schema.safeParse(deepNfc(row));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issueLocation(issue.path);
        problems.push(`${TABLE_LABELS[name]}, dòng ${i + 1}${where ? ` (${where})` : ''}: ${issue.message}`);
        return {};
      }
      const key = (parsed.data as Record<string, unknown>)[keyOf];
      if (seen.has(key)) problems.push(`${TABLE_LABELS[name]}, dòng ${i + 1}: trùng mã bản ghi.`);
      seen.add(key);
      return parsed.data as object;
    });
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_REPORTED_ISSUES).join('\n');
    const more = problems.length > MAX_REPORTED_ISSUES ? `\n… và ${problems.length - MAX_REPORTED_ISSUES} lỗi khác.` : '';
    throw new FileRejectedError('records', `Tệp sao lưu có dữ liệu không hợp lệ nên không khôi phục:\n${shown}${more}`);
  }
  return result;
}

/**
 * Validates a backup completely without touching the database; the restore screen shows the summary.
 * `versions` is for upgrade tests; the app always reads with every released version.
 */
export async function validateBackup(input: Uint8Array | string, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS): Promise<ValidatedBackup> {
  const latest = versions[versions.length - 1].version;
  const parsed = readJsonFile(input, BACKUP_LIMITS, 'sao lưu');
  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new FileRejectedError('format', 'Đây không phải tệp sao lưu ThiDua.');
  }
  const envelope = envelopeSchema.safeParse(parsed);
  if (!envelope.success) {
    const field = envelope.error.issues[0].path[0];
    const what = (typeof field === 'string' && HEADER_LABELS[field]) || 'cấu trúc tệp';
    throw new FileRejectedError('format', `Tệp sao lưu thiếu hoặc sai thông tin đầu tệp: ${what}.`);
  }
  const file = envelope.data;
  if (file.formatVersion > BACKUP_FORMAT_VERSION || file.schemaVersion > latest) {
    throw new FileRejectedError(
      'newer',
      `Tệp sao lưu được tạo bởi phiên bản ThiDua mới hơn (${file.appVersion}, định dạng ${file.formatVersion}, lược đồ dữ liệu ${file.schemaVersion}); ` +
        `bản ThiDua này đọc được tệp định dạng ${BACKUP_FORMAT_VERSION}, lược đồ dữ liệu đến ${latest}. Hãy cập nhật ThiDua rồi khôi phục lại.`,
    );
  }
  if ((await sha256Hex(canonicalJson(contentOf(file)))) !== file.checksum) {
    throw new FileRejectedError('checksum', 'Mã kiểm tra của tệp sao lưu không khớp: tệp đã bị sửa hoặc hỏng. Không khôi phục.');
  }
  const expected = currentTableNames(versions.filter((v) => v.version <= file.schemaVersion));
  const missing = expected.filter((t) => !(t in file.tables));
  const unknown = Object.keys(file.tables).filter((t) => !expected.includes(t));
  if (missing.length > 0 || unknown.length > 0) {
    const labelOf = (t: string) => (TABLE_LABELS[t as TableName] ? `“${TABLE_LABELS[t as TableName]}”` : 'một loại dữ liệu của bản cũ');
    const parts = [
      missing.length ? `thiếu dữ liệu ${missing.map(labelOf).join(', ')}` : '',
      unknown.length ? `có ${unknown.length} loại dữ liệu lạ mà ThiDua không dùng` : '',
    ].filter(Boolean);
    throw new FileRejectedError('tables', `Tệp sao lưu không đúng cấu trúc: ${parts.join('; ')}.`);
  }
  const tables = validateRows(upgradeTables(file.tables, file.schemaVersion, versions));
  checkBackupReferences(tables);
  const counts = Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, rows.length]));
  return { createdAt: file.createdAt, appVersion: file.appVersion, schemaVersion: file.schemaVersion, checksum: file.checksum, counts, tables };
}

/** What restoring this backup would change beyond its own data; the restore dialog says it before confirming. */
export interface RestoreImpact {
  /** Numbers issued after the backup was made ("05/TTr-UBND"): they stay in the register and are never issued again. */
  issuedAfter: string[];
}

export async function restoreImpact(db: ThiDuaDb, backup: ValidatedBackup): Promise<RestoreImpact> {
  return { issuedAfter: (await documentsIssuedAfter(db, backup.tables.documents)).map((d) => d.numberText) };
}

/**
 * The rows the restore writes: the backup's, plus what must outlive it — the register rows and counters
 * of numbers issued since (marked), and the current audit trail. Read inside the restore transaction.
 */
async function restoredTables(db: ThiDuaDb, backup: ValidatedBackup, restoredAt: string) {
  const issuedAfter = await documentsIssuedAfter(db, backup.tables.documents);
  const tables: Record<string, object[]> = {
    ...backup.tables,
    documents: [...backup.tables.documents, ...markIssuedAfter(issuedAfter, backup.createdAt, restoredAt)],
    counters: mergedCounters(await db.counters.toArray(), backup.tables.counters as Counter[]),
    audit: mergedAudit(await db.audit.toArray(), backup.tables.audit),
  };
  return { tables, issuedAfter: issuedAfter.map((d) => d.numberText) };
}

export interface RestoreOptions {
  /** Where the file came from, for the audit entry: "tệp thidua-sao-luu-2026-11-21-0930.json". */
  source?: string;
}

/**
 * Replaces the whole database with a validated backup in one transaction, then logs the restore.
 * Any refusal (FileRejectedError) happens before the transaction starts.
 */
export async function restoreBackup(db: ThiDuaDb, input: Uint8Array | string, options: RestoreOptions = {}): Promise<BackupSummary & RestoreImpact> {
  const backup = await validateBackup(input);
  const { tables: _rows, ...summary } = backup;
  const source = options.source ?? 'tệp sao lưu';
  const issuedAfter = await writeTransaction(db, async () => {
    const restoredAt = nowIso();
    const restored = await restoredTables(db, backup, restoredAt);
    for (const table of db.tables) await table.clear();
    for (const [name, rows] of Object.entries(restored.tables)) await db.table(name).bulkAdd(rows);
    await writeAudit(db, {
      table: 'meta',
      recordId: 'backup',
      action: 'restore',
      after: { ...summary, source, issuedAfter: restored.issuedAfter },
      note:
        `Khôi phục từ ${source}, bản sao lưu tạo lúc ${localTimeText(backup.createdAt)}, mã kiểm tra ${backup.checksum}.` +
        (restored.issuedAfter.length ? ` Số đã cấp sau bản sao lưu, giữ trong sổ: ${restored.issuedAfter.join(', ')}.` : ''),
    });
    return restored.issuedAfter;
  });
  return { ...summary, issuedAfter };
}
