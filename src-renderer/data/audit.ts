/**
 * The audit log (nhật ký thay đổi): who changed what, when, before and after (SPEC §7). Entries are
 * written by the repositories inside the transaction of the change itself, never afterwards.
 */
import type { ThiDuaDb, TableName } from './db';
import { permissionFor } from '../domain/roles';
import { getCurrentUser, requirePermission } from './currentUser';
import { nowIso } from './ids';

export type AuditAction = 'create' | 'update' | 'archive' | 'delete' | 'transition' | 'restore' | 'import';

export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  table: TableName;
  recordId: string;
  action: AuditAction;
  before: unknown;
  after: unknown;
  note: string;
}

/** The name of the signed-in user of this PC (data/currentUser); audit entries and lifecycle steps carry it. */
export function getActor(): string {
  return getCurrentUser().name;
}

let sequence = 0;

/**
 * Audit ids sort in write order (time, then a per-session sequence), so a record's history is
 * ordered even when two writes share a millisecond.
 */
function auditId(): string {
  sequence = (sequence + 1) % 36 ** 4;
  return `${Date.now().toString(36).padStart(9, '0')}-${sequence.toString(36).padStart(4, '0')}-${crypto.randomUUID().slice(0, 8)}`;
}

/**
 * Must be called inside a transaction that includes `db.audit`. Every intent write passes here, so
 * this is where the user's role is checked: a refusal aborts the whole transaction.
 */
export async function writeAudit(
  db: ThiDuaDb,
  entry: { table: TableName; recordId: string; action: AuditAction; before?: unknown; after?: unknown; note?: string },
): Promise<void> {
  const needed = permissionFor(entry);
  if (needed) requirePermission(needed);
  await db.audit.add({
    id: auditId(),
    at: nowIso(),
    actor: getActor(),
    table: entry.table,
    recordId: entry.recordId,
    action: entry.action,
    before: entry.before ?? null,
    after: entry.after ?? null,
    note: entry.note ?? '',
  });
}

/** A record's history, newest first. */
export function auditOf(db: ThiDuaDb, table: TableName, recordId: string): Promise<AuditEntry[]> {
  return db.audit.where('[table+recordId]').equals([table, recordId]).reverse().sortBy('id');
}
