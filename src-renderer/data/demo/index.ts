/**
 * Load and remove the demo ward from the first screen (SPEC §9). The big-ward generator lives in
 * bigWard.ts and is imported only by tests and benchmarks, so it stays out of the app bundle.
 */
import { writeAudit } from '../audit';
import type { ThiDuaDb } from '../db';
import { RefusedError, ValidationError } from '../errors';
import { nowIso } from '../ids';
import { evaluateNomination } from '../nominations';
import { hasDemoData } from '../queries';
import { writeTransaction } from '../repository';
import { TABLE_LABELS, TABLE_SCHEMAS } from '../tables';
import { DATASET_TABLES, loadDataset } from './dataset';
import type { WardDataset } from './dataset';
import { buildDemoWard } from './demoWard';

export { hasDemoData };

/** Rows that fail their record schema, reported per table (a demo or generator bug, never user data). */
export function validateDataset(data: WardDataset): void {
  const issues = DATASET_TABLES.flatMap((table) =>
    data[table].flatMap((row, i) => {
      const result = TABLE_SCHEMAS[table].safeParse(row);
      return result.success ? [] : result.error.issues.map((issue) => ({ path: `${table}.${i}.${issue.path.join('.')}`, message: `${TABLE_LABELS[table]}: ${issue.message}` }));
    }),
  );
  if (issues.length > 0) throw new ValidationError(issues);
}

/** Loads the demo ward into an empty database, all or nothing, with eligibility snapshots. */
export function loadDemoWard(db: ThiDuaDb): Promise<number> {
  const data = buildDemoWard();
  validateDataset(data);
  return writeTransaction(db, async () => {
    if ((await db.wardProfile.count()) > 0 || (await db.units.count()) > 0 || (await db.people.count()) > 0) {
      throw new RefusedError('conflict', 'Chỉ nạp được phường mẫu khi chưa có dữ liệu. Hãy sao lưu rồi dùng một cơ sở dữ liệu trống.');
    }
    const count = await loadDataset(db, data, 'Nạp dữ liệu phường mẫu.');
    for (const nomination of data.nominations) {
      const result = await evaluateNomination(db, nomination);
      await db.nominations.update(nomination.id, { eligibility: { evaluatedAt: nowIso(), result } });
    }
    return count;
  });
}

/** Deletes exactly the records marked `demo: 1`; what the user added meanwhile stays. */
export function removeDemoWard(db: ThiDuaDb): Promise<number> {
  return writeTransaction(db, async () => {
    let removed = 0;
    for (const table of db.tables) {
      if (!table.schema.indexes.some((i) => i.name === 'demo')) continue;
      removed += await table.where('demo').equals(1).delete();
    }
    if ((await db.wardProfile.get('ward'))?.demo === 1) {
      await db.wardProfile.delete('ward');
      removed += 1;
    }
    await writeAudit(db, { table: 'meta', recordId: 'dataset', action: 'delete', before: { records: removed }, note: 'Xóa dữ liệu phường mẫu.' });
    return removed;
  });
}
