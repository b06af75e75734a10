/**
 * Which rows of a decision carry money (NĐ 152/2025 Đ49.5–7): several titles of one counting period pay
 * only the highest; titles of other periods, and a title with a form, are all paid. A row without money
 * says why in the list's "Ghi chú".
 */
import { payableAwardIds, rewardAmount } from '../../domain/money';
import type { PayableAward, RewardAmount } from '../../domain/money';
import type { WardSettings } from '../../domain/settings';
import { awardTitleInfo } from '../../domain/titles';
import type { ThiDuaDb } from '../db';
import type { Nomination } from '../schemas';

export interface PayableRows {
  /** The reward a row is paid, or null (then `reasonOf` says why). */
  rewardOf: (n: Nomination) => RewardAmount | null;
  reasonOf: (n: Nomination) => string | undefined;
}

const REF = 'NĐ 152/2025 Đ49';

/**
 * `decided`: this decision's nominations; `alsoPassed`: the meeting's other passed ones of the ward.
 * Each nominee's awards of the same year already in the history take part, paid or not, so a lower
 * title decided later in the year is not paid twice.
 */
export async function payableRows(
  db: ThiDuaDb,
  decided: readonly Nomination[],
  alsoPassed: readonly Nomination[],
  date: string,
  settings: WardSettings,
): Promise<PayableRows> {
  const keys = [...new Set(decided.map((n) => n.nomineeKey))];
  const history = await db.awards.where('[subjectKey+year]').anyOf(keys.flatMap((k) => [...new Set(decided.map((n) => n.year))].map((y) => [k, y]))).toArray();
  const rewardOf = (n: Pick<Nomination, 'titleCode' | 'nominee'>, on: string) =>
    rewardAmount({ titleCode: n.titleCode, subjectKind: n.nominee.kind, decisionDate: on }, settings);
  const paid = new Set<string>();
  const labels = new Map<string, string>();
  for (const key of keys) {
    const mine = [...decided, ...alsoPassed].filter((n, i, all) => n.nomineeKey === key && all.findIndex((m) => m.id === n.id) === i);
    const candidates: PayableAward[] = mine.map((n) => ({
      id: n.id, titleCode: n.titleCode, isEmulationTitle: awardTitleInfo(n.titleCode, settings).isEmulationTitle, period: String(n.year), amount: rewardOf(n, date)?.amount ?? 0,
    }));
    for (const a of history) {
      if (a.subjectKey !== key || !a.titleCode || a.archived === 1 || mine.some((n) => n.id === a.nominationId)) continue;
      const amount = rewardAmount({ titleCode: a.titleCode, subjectKind: a.subjectKind, decisionDate: a.decisionDate ?? date }, settings)?.amount ?? 0;
      candidates.push({ id: `award:${a.id}`, titleCode: a.titleCode, isEmulationTitle: awardTitleInfo(a.titleCode, settings).isEmulationTitle, period: String(a.year), amount });
      if (a.decisionNo) labels.set(`award:${a.id}`, `QĐ ${a.decisionNo}`);
    }
    const ids = new Set(payableAwardIds(candidates));
    for (const c of candidates) {
      if (ids.has(c.id)) paid.add(c.id);
      else {
        const winner = candidates.find((o) => ids.has(o.id) && o.isEmulationTitle && o.period === c.period)!;
        const decision = labels.get(winner.id);
        labels.set(c.id, `năm ${c.period} có ${awardTitleInfo(winner.titleCode, settings).shortLabel}${decision ? ` (${decision})` : ''}, mức cao hơn`);
      }
    }
  }
  return {
    rewardOf: (n) => (paid.has(n.id) ? rewardOf(n, date) : null),
    reasonOf: (n) => {
      if (!paid.has(n.id)) return `Không chi tiền: ${labels.get(n.id) ?? 'không thuộc trường hợp được chi'} (${REF}).`;
      return rewardOf(n, date) === null ? `Không có mức tiền thưởng (${REF}).` : undefined;
    },
  };
}
