/**
 * What a restore must not break, kept apart from the file format (backup.ts) so each rule is one
 * small function: references inside the backup, issued numbers, the register, the audit trail.
 */
import type { Counter, TableName, ThiDuaDb } from './db';
import type { AuditEntry } from './audit';
import { FileRejectedError } from './fileFormat';
import { goodDeedRepo } from './goodDeeds';
import { upwardDossierRepo } from './upwardDossiers';
import { meetingRepo } from './meetings';
import { nominationRepo } from './nominations';
import { awardRepo, councilMemberRepo, movementRepo, personRepo, unitRepo } from './registers';
import type { RefCheck } from './repository';
import { criteriaSetRepo, scoreSheetRepo } from './scoring';
import type { RegisteredDocument } from './schemas';
import { TABLE_LABELS } from './tables';

/** The ids each table's rows must resolve: the very declarations every save checks (EntityDef.pointsTo). */
const POINTS_TO: Partial<Record<TableName, (row: never) => RefCheck[]>> = {
  units: unitRepo.def.pointsTo,
  people: personRepo.def.pointsTo,
  councilMembers: councilMemberRepo.def.pointsTo,
  movements: movementRepo.def.pointsTo,
  awards: awardRepo.def.pointsTo,
  nominations: nominationRepo.def.pointsTo,
  criteriaSets: criteriaSetRepo.def.pointsTo,
  scoreSheets: scoreSheetRepo.def.pointsTo,
  goodDeeds: goodDeedRepo.def.pointsTo,
  meetings: meetingRepo.def.pointsTo,
  upwardDossiers: upwardDossierRepo.def.pointsTo,
};

const MAX_REPORTED = 20;
const POINTING_TABLES = Object.keys(POINTS_TO) as TableName[];

/**
 * The references of a backup's rows, checked as the rows come table by table (a streamed restore) or
 * all at once. `idsOf` gives a table's ids once its rows have all come; a reference to a table still to
 * come waits for it. Refusal lists problems in the order of the tables' declarations, then rows.
 */
export function referenceCheck(idsOf: (table: TableName) => ReadonlySet<unknown>) {
  const done = new Set<TableName>();
  const waiting: { table: TableName; row: number; ref: RefCheck }[] = [];
  const problems: { order: number; row: number; seq: number; text: string }[] = [];
  const check = (table: TableName, row: number, ref: RefCheck) => {
    if (!idsOf(ref.table).has(ref.id)) {
      problems.push({
        order: POINTING_TABLES.indexOf(table),
        row,
        seq: problems.length,
        text: `${TABLE_LABELS[table]}, dòng ${row + 1}: ${ref.label} (mã ${ref.id}) không có trong bảng “${TABLE_LABELS[ref.table]}” của tệp.`,
      });
    }
  };
  return {
    /** One valid row of `table`, the `index`-th of it. */
    row(table: TableName, row: object, index: number): void {
      const pointsTo = POINTS_TO[table] as ((row: object) => RefCheck[]) | undefined;
      if (!pointsTo) return;
      for (const ref of pointsTo(row)) {
        if (!ref.id) continue;
        if (done.has(ref.table)) check(table, index, ref);
        else waiting.push({ table, row: index, ref });
      }
    },
    tableDone(table: TableName): void {
      done.add(table);
    },
    /** Refuses the backup if any reference is missing. */
    finish(): void {
      for (const w of waiting) check(w.table, w.row, w.ref);
      if (problems.length === 0) return;
      problems.sort((a, b) => a.order - b.order || a.row - b.row || a.seq - b.seq);
      const more = problems.length > MAX_REPORTED ? `\n… và ${problems.length - MAX_REPORTED} chỗ khác.` : '';
      throw new FileRejectedError(
        'references',
        `Tệp sao lưu có dữ liệu trỏ tới bản ghi không có trong tệp nên không khôi phục:\n${problems.slice(0, MAX_REPORTED).map((p) => p.text).join('\n')}${more}`,
      );
    },
  };
}

/**
 * Refuses a backup whose rows point at records it does not contain (a nomination's person, a unit's
 * block, a meeting's nominations…), naming the table, the row and the missing id in words.
 */
export function checkBackupReferences(tables: Record<TableName, object[]>): void {
  const ids = new Map<TableName, Set<string>>();
  const check = referenceCheck((table) => {
    let set = ids.get(table);
    if (!set) ids.set(table, (set = new Set(tables[table].map((r) => (r as { id: string }).id))));
    return set;
  });
  for (const table of Object.keys(tables) as TableName[]) check.tableDone(table);
  for (const table of POINTING_TABLES) tables[table].forEach((row, i) => check.row(table, row, i));
  check.finish();
}

/** Register rows that the backup (its register's ids) does not have: numbers issued after it was made. */
export function issuedAfterBackup(current: readonly RegisteredDocument[], inBackup: ReadonlySet<unknown>): RegisteredDocument[] {
  return current.filter((d) => !inBackup.has(d.id) && d.numberText !== '');
}

/** This database's register rows issued after the backup was made. */
export async function documentsIssuedAfter(db: ThiDuaDb, inBackup: ReadonlySet<unknown>): Promise<RegisteredDocument[]> {
  return issuedAfterBackup(await db.documents.toArray(), inBackup);
}

/** Each series keeps the higher of the current and the backup's counter, so no number is issued twice. */
export function mergedCounters(current: readonly Counter[], fromBackup: readonly Counter[]): Counter[] {
  const merged = new Map(fromBackup.map((c) => [c.key, c.last]));
  for (const c of current) merged.set(c.key, Math.max(c.last, merged.get(c.key) ?? 0));
  return [...merged].map(([key, last]) => ({ key, last }));
}

/** The register keeps what was issued after the backup, marked as such (the paper exists and is signed). */
export function markIssuedAfter(documents: readonly RegisteredDocument[], backupCreatedAt: string, restoredAt: string): RegisteredDocument[] {
  return documents.map((d) => ({ ...d, issuedAfterBackup: { backupCreatedAt, restoredAt } }));
}

/**
 * The backup's audit entries that the current trail does not have yet: the current trail is kept whole
 * and these are added, so a restore never erases history and restoring twice adds nothing twice.
 */
export function newAuditEntries(current: readonly AuditEntry[]): (fromBackup: readonly object[]) => object[] {
  const have = new Set(current.map((a) => a.id));
  return (fromBackup) => fromBackup.filter((a) => !have.has((a as { id: string }).id));
}
