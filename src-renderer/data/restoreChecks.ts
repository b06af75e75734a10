/**
 * What a restore must not break, kept apart from the file format (backup.ts) so each rule is one
 * small function: references inside the backup, issued numbers, the register, the audit trail.
 */
import type { Counter, TableName, ThiDuaDb } from './db';
import type { AuditEntry } from './audit';
import { FileRejectedError } from './fileFormat';
import { goodDeedRepo } from './goodDeeds';
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
};

const MAX_REPORTED = 20;

/**
 * Refuses a backup whose rows point at records it does not contain (a nomination's person, a unit's
 * block, a meeting's nominations…), naming the table, the row and the missing id in words.
 */
export function checkBackupReferences(tables: Record<TableName, object[]>): void {
  const ids = new Map<TableName, Set<string>>();
  const idsOf = (table: TableName) => {
    let set = ids.get(table);
    if (!set) ids.set(table, (set = new Set(tables[table].map((r) => (r as { id: string }).id))));
    return set;
  };
  const problems: string[] = [];
  for (const [table, pointsTo] of Object.entries(POINTS_TO) as [TableName, ((row: object) => RefCheck[]) | undefined][]) {
    if (!pointsTo) continue;
    tables[table].forEach((row, i) => {
      for (const ref of pointsTo(row)) {
        if (ref.id && !idsOf(ref.table).has(ref.id)) {
          problems.push(`${TABLE_LABELS[table]}, dòng ${i + 1}: ${ref.label} (mã ${ref.id}) không có trong bảng “${TABLE_LABELS[ref.table]}” của tệp.`);
        }
      }
    });
  }
  if (problems.length === 0) return;
  const more = problems.length > MAX_REPORTED ? `\n… và ${problems.length - MAX_REPORTED} chỗ khác.` : '';
  throw new FileRejectedError(
    'references',
    `Tệp sao lưu có dữ liệu trỏ tới bản ghi không có trong tệp nên không khôi phục:\n${problems.slice(0, MAX_REPORTED).join('\n')}${more}`,
  );
}

/** Register rows of this database that the backup does not have: numbers issued after it was made. */
export async function documentsIssuedAfter(db: ThiDuaDb, backupDocuments: readonly object[]): Promise<RegisteredDocument[]> {
  const inBackup = new Set(backupDocuments.map((d) => (d as { id: string }).id));
  return (await db.documents.toArray()).filter((d) => !inBackup.has(d.id) && d.numberText !== '');
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

/** The current trail plus the backup's entries it does not have yet: a restore never erases history. */
export function mergedAudit(current: readonly AuditEntry[], fromBackup: readonly object[]): object[] {
  const have = new Set(current.map((a) => a.id));
  return [...current, ...fromBackup.filter((a) => !have.has((a as { id: string }).id))];
}
