/**
 * Nominations as documents print them: the nominee's name, "chức vụ, đơn vị" (or address), the award
 * phrase, and the lists grouped I. Tập thể / II. Cá nhân / III. Hộ gia đình (DOMAIN.md §5 T1, T5).
 */
import { compareVi, sortByPersonName } from '../../domain/text';
import type { RewardAmount } from '../../domain/money';
import { awardTitleInfo, type TitleContext } from '../../domain/titles';
import type { AwardCode, SubjectKind } from '../../domain/vocabulary';
import type { NomineeGroup, NomineeRow } from '../../documents/models';
import type { Nomination } from '../schemas';
import { positionUnit } from './context';
import type { Directory } from './context';

export interface NomineeLine {
  name: string;
  positionUnit: string;
}

/** Who a nomination is for, with the "chức vụ, đơn vị" (a collective: its address or the ward). */
export function nomineeLine(nomination: Pick<Nomination, 'nominee'>, dir: Directory, wardInText: string): NomineeLine {
  const { nominee } = nomination;
  switch (nominee.kind) {
    case 'person': {
      const person = dir.person(nominee.personId);
      return { name: person?.fullName ?? '(đã xóa)', positionUnit: positionUnit(person, dir.unit(person?.unitId)) };
    }
    case 'unit': {
      const unit = dir.unit(nominee.unitId);
      return { name: unit?.name ?? '(đã xóa)', positionUnit: unit?.address || wardInText };
    }
    case 'household':
      return { name: nominee.name, positionUnit: nominee.address };
  }
}

/** People and units a set of nominations names, for loadDirectory. */
export function nomineeIds(nominations: readonly Pick<Nomination, 'nominee'>[]): { personIds: string[]; unitIds: string[] } {
  const personIds: string[] = [];
  const unitIds: string[] = [];
  for (const { nominee } of nominations) {
    if (nominee.kind === 'person') personIds.push(nominee.personId);
    if (nominee.kind === 'unit') unitIds.push(nominee.unitId);
  }
  return { personIds, unitIds };
}

/** "danh hiệu “Chiến sĩ thi đua cơ sở”" for a title, the plain name for a form ("Giấy khen của …"). */
export function awardPhrase(code: AwardCode, titles?: TitleContext): string {
  const info = awardTitleInfo(code, titles);
  return info.isEmulationTitle ? `danh hiệu “${info.label}”` : info.label;
}

/** "04 tập thể, 60 cá nhân và 02 hộ gia đình": counts below 10 take a leading zero, as documents write them. */
export function countPhrase(counts: Partial<Record<SubjectKind, number>>): string {
  const words: Record<SubjectKind, string> = { unit: 'tập thể', person: 'cá nhân', household: 'hộ gia đình' };
  const parts = (['unit', 'person', 'household'] as const)
    .filter((k) => (counts[k] ?? 0) > 0)
    .map((k) => `${String(counts[k]).padStart(2, '0')} ${words[k]}`);
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

export function countByKind(nominations: readonly Pick<Nomination, 'nominee'>[]): Partial<Record<SubjectKind, number>> {
  const counts: Partial<Record<SubjectKind, number>> = {};
  for (const n of nominations) counts[n.nominee.kind] = (counts[n.nominee.kind] ?? 0) + 1;
  return counts;
}

/**
 * Groups of list rows by subject kind (the builders print them in the order I, II, III); people in
 * Vietnamese name order (tên, tên đệm, họ: DOMAIN.md §9), collectives and households by name.
 */
export function nomineeGroups(
  nominations: readonly Nomination[],
  dir: Directory,
  wardInText: string,
  rewardOf?: (n: Nomination) => Pick<RewardAmount, 'amount' | 'coefficient'> | null,
  titles?: TitleContext,
  /** The "Ghi chú" of a row, e.g. why it carries no money (NĐ 152/2025 Đ49.5–7). */
  noteOf?: (n: Nomination) => string | undefined,
): NomineeGroup[] {
  const groups = new Map<SubjectKind, NomineeRow[]>();
  for (const n of nominations) {
    const line = nomineeLine(n, dir, wardInText);
    const row: NomineeRow = { ...line, award: awardTitleInfo(n.titleCode, titles).label, achievement: n.achievementSummary };
    const reward = rewardOf?.(n);
    if (reward) Object.assign(row, { amount: reward.amount, coefficient: reward.coefficient });
    const note = noteOf?.(n);
    if (note) row.note = note;
    const rows = groups.get(n.nominee.kind);
    if (rows) rows.push(row);
    else groups.set(n.nominee.kind, [row]);
  }
  return [...groups].map(([kind, rows]) => ({
    kind,
    // People's names split once each, not on every comparison (a tờ trình can list hundreds).
    rows:
      kind === 'person'
        ? sortByPersonName(rows.map((row) => ({ fullName: row.name, row }))).map((keyed) => keyed.row)
        : rows.sort((a, b) => compareVi(a.name, b.name)),
  }));
}
