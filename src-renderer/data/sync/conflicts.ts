/**
 * What to do when two PCs changed the same record while apart (issue 13, SYNC-NOTES): never pick a
 * winner silently. Against the common ancestor (three-way), fields changed on one side only are
 * merged; a field changed differently on both sides, a record deleted on one side and edited on
 * the other, or any concurrent change of a record in a final state (a decided nomination, a register
 * row of an issued document, a meeting whose results were applied) goes to the "Xung đột đồng bộ" list.
 */
import type { TableName } from '../db';

type Row = Record<string, unknown>;

const FINAL_NOMINATION = ['decided', 'forwarded', 'awarded', 'not_awarded', 'withdrawn'];
const FINAL_MEETING = ['held', 'closed'];

/** A record whose state may no longer change by merging (SPEC: final states are immutable). */
export function isFinalState(table: TableName, record: Row | null): boolean {
  if (!record) return false;
  if (table === 'nominations') return FINAL_NOMINATION.includes(String(record.status));
  if (table === 'meetings') return FINAL_MEETING.includes(String(record.status));
  return table === 'documents';
}

/** Bookkeeping fields every write touches: they follow the merge, they are not a conflict. */
const BOOKKEEPING = ['updatedAt', 'version'];

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export type MergeOutcome =
  | { kind: 'merged'; record: Row | null }
  | { kind: 'conflict'; fields: string[]; reason: 'field' | 'final' | 'deleted' };

/**
 * Three-way merge of one record; `null` stands for a deleted record. Without a known ancestor every
 * differing field counts as changed on both sides.
 */
export function mergeRecords(table: TableName, base: Row | null | undefined, mine: Row | null, theirs: Row | null): MergeOutcome {
  if (same(mine, theirs)) return { kind: 'merged', record: mine };
  if (mine === null || theirs === null) {
    const kept = mine ?? theirs;
    // Deleted here, untouched there (or the reverse): the deletion stands; an edit against a deletion is a conflict.
    if (base && same(kept, base)) return { kind: 'merged', record: null };
    return { kind: 'conflict', fields: [], reason: 'deleted' };
  }
  const fields = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])].filter((f) => !BOOKKEEPING.includes(f));
  const merged: Row = { ...theirs };
  const clashes: string[] = [];
  for (const field of fields) {
    if (same(mine[field], theirs[field])) continue;
    const mineChanged = !base || !same(mine[field], base[field]);
    const theirsChanged = !base || !same(theirs[field], base[field]);
    if (mineChanged && theirsChanged) clashes.push(field);
    else if (mineChanged) merged[field] = mine[field];
  }
  if (clashes.length > 0) return { kind: 'conflict', fields: clashes, reason: 'field' };
  if (isFinalState(table, base ?? null) || isFinalState(table, mine) || isFinalState(table, theirs)) {
    return { kind: 'conflict', fields: fields.filter((f) => !same(mine[f], theirs[f])), reason: 'final' };
  }
  if ('updatedAt' in mine || 'updatedAt' in theirs) merged.updatedAt = maxOf(mine.updatedAt, theirs.updatedAt);
  // The merge is a new write of its own: a form still open on either version is then refused as stale.
  if (typeof mine.version === 'number' && typeof theirs.version === 'number') merged.version = Math.max(mine.version, theirs.version) + 1;
  return { kind: 'merged', record: merged };
}

function maxOf(a: unknown, b: unknown): unknown {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return (a as number | string) > (b as number | string) ? a : b;
}
