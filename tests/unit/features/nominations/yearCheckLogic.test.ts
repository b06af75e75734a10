import { describe, expect, it } from 'vitest';
import { evaluateYear } from '../../../../src-renderer/data/eligibilityInputs';
import { loadDemoWard } from '../../../../src-renderer/data/demo';
import { yearCheckRows, yearCheckSummary } from '../../../../src-renderer/features/nominations/yearCheckLogic';
import { freshDb } from '../../data/helpers';

describe('Kiểm tra điều kiện cả năm', () => {
  it('counts every nomination once and lists exactly those that fail or are on hold, held first, with their own reasons', async () => {
    const db = freshDb();
    await loadDemoWard(db);
    const nominations = await db.nominations.where('year').equals(2026).toArray();
    const evaluation = await evaluateYear(db, 2026);
    const summary = yearCheckSummary(evaluation);
    expect(summary.total).toBe(evaluation.results.size);
    expect(summary.pass + summary.fail + summary.held + summary.judgement).toBe(summary.total);
    expect(summary.fail).toBeGreaterThan(0);
    expect(summary.held).toBe(1);

    const byId = new Map(nominations.map((n) => [n.id, n]));
    const rows = yearCheckRows(evaluation, (id) => (byId.has(id) ? { name: `Đề nghị ${id.slice(0, 4)}`, titleCode: byId.get(id)!.titleCode } : null));
    expect(rows).toHaveLength(summary.fail + summary.held);
    expect(rows[0]).toMatchObject({ held: true, outcome: 'Tạm dừng xét', reason: 'Đang xác minh đơn phản ánh về việc lấn chiếm vỉa hè' });
    for (const row of rows.slice(1)) {
      const result = evaluation.results.get(row.id)!;
      expect(result.verdict).toBe('fail');
      expect(row.reason).toBe(result.rules.filter((r) => r.verdict === 'fail').map((r) => r.reason).join(' '));
    }
    // A nomination no longer listed (archived meanwhile) is left out.
    expect(yearCheckRows(evaluation, () => null)).toEqual([]);
  });
});
