/** What "Kiểm tra điều kiện cả năm" shows from the year's evaluation: counts, and the rows that fail or are on hold. */
import type { YearEvaluation } from '../../data/eligibilityInputs';
import type { AwardCode } from '../../domain/vocabulary';

export interface YearCheckRow {
  id: string;
  name: string;
  titleCode: AwardCode;
  held: boolean;
  outcome: string;
  reason: string;
}

export interface YearCheckSummary {
  total: number;
  pass: number;
  fail: number;
  held: number;
  judgement: number;
}

/** A held nomination counts as on hold (tạm dừng xét) whatever its rules say, never as failing (NĐ 152/2025 Đ4.4). */
export function yearCheckSummary(evaluation: YearEvaluation): YearCheckSummary {
  const summary: YearCheckSummary = { total: 0, pass: 0, fail: 0, held: 0, judgement: 0 };
  for (const result of evaluation.results.values()) {
    summary.total += 1;
    if (result.held || result.verdict === 'hold') summary.held += 1;
    else summary[result.verdict] += 1;
  }
  return summary;
}

/** Held first, then those that fail, each group by name; nominations no longer listed (archived meanwhile) are left out. */
export function yearCheckRows(
  evaluation: YearEvaluation,
  nameOf: (nominationId: string) => { name: string; titleCode: AwardCode } | null,
): YearCheckRow[] {
  const rows: YearCheckRow[] = [];
  for (const [id, result] of evaluation.results) {
    if (!result.held && result.verdict !== 'fail') continue;
    const nominee = nameOf(id);
    if (!nominee) continue;
    // The reasons themselves (the hold's note, the failed rules), not the summary that repeats the title.
    const reasons = result.held ? result.holds.map((h) => h.note) : result.rules.filter((r) => r.verdict === 'fail').map((r) => r.reason);
    rows.push({ id, ...nominee, held: result.held, outcome: result.held ? 'Tạm dừng xét' : 'Không đạt', reason: reasons.join(' ') || result.summary });
  }
  return rows.sort((a, b) => Number(b.held) - Number(a.held) || a.name.localeCompare(b.name, 'vi'));
}
