/**
 * Year-wide checks across all nominations of one year: the optional CSTĐCS cap and the
 * one-achievement-one-award principle between nominations (NĐ 152/2025 Đ4).
 */
import type { WardSettings } from '../settings';
import { localCode, type AwardCode, type AwardKind, type RuleVerdict } from '../vocabulary';
import { awardTitleInfo, type TitleContext } from '../titles';
import { formatPercent } from '../text';
import { DEFAULT_NAMING } from '../province';
import { REF } from './common';
import { chooseWomenFirst, WOMEN_FIRST_BASIS } from './priority';
import type { WomenFirstChoice } from './priority';

export interface YearNomination {
  id: string;
  /** Person, unit or household id. */
  nomineeId: string;
  nomineeName: string;
  titleCode: AwardCode;
  awardKind: AwardKind;
  achievementRef?: string | null;
  /** Women first among equals, from hasWomenPriority. */
  womenPriority: boolean;
  /** Already past the council's vote: it keeps its place under a cap. */
  passedCouncil?: boolean;
}

export interface QuotaResult {
  id: string;
  label: string;
  verdict: RuleVerdict;
  reason: string;
  reference: string;
  /** Nominations concerned: duplicates, or those beyond a cap in priority order (the council chooses). */
  nominationIds: string[];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

/** Pass the nominations of ONE year that are still live (not withdrawn, not rejected). */
export function evaluateYearQuotas(
  nominations: readonly YearNomination[],
  settings: Pick<WardSettings, 'cstdcsMaxShareOfLdtt'> & Partial<TitleContext>,
): QuotaResult[] {
  const results: QuotaResult[] = [];
  const context: TitleContext = { naming: settings.naming ?? DEFAULT_NAMING, localTitles: settings.localTitles ?? [] };
  const short = (code: AwardCode) => awardTitleInfo(code, context).shortLabel;
  const cap = settings.cstdcsMaxShareOfLdtt;
  if (cap !== null) {
    const ldtt = nominations.filter((n) => n.titleCode === 'LDTT').length;
    const cstdcs = nominations.filter((n) => n.titleCode === 'CSTDCS');
    const allowed = Math.floor((Math.round(cap * 100) * ldtt) / 10_000);
    const over = Math.max(0, cstdcs.length - allowed);
    const figures = `${cstdcs.length} đề nghị CSTĐCS, ${over > 0 ? 'vượt' : 'trong'} mức tối đa ${allowed} (${formatPercent(cap)} của ${ldtt} LĐTT)`;
    // Equally qualified nominations beyond the cap: the women-first rule proposes whom to keep (NĐ 152/2025 Đ4.6).
    const choice = chooseWomenFirst(cstdcs, allowed, (n) => n.womenPriority);
    results.push({
      id: 'quota.cstdcsShare',
      label: `CSTĐCS không quá ${formatPercent(cap)} số LĐTT`,
      verdict: over > 0 ? 'fail' : 'pass',
      reason: over > 0 ? [`${figures}; cần bớt ${over} đề nghị.`, describeChoice(choice)].filter(Boolean).join(' ') : `${figures}.`,
      // The cap is the province's or sector's own choice (domain brief §2, Quotas); the law sets none.
      reference: `Quy định của tỉnh, ngành; ${WOMEN_FIRST_BASIS}`,
      nominationIds: [...choice.dropped, ...choice.tied].map((n) => n.id),
    });
  }

  // A province's own title with a yearly cap per ward: beyond it, the last nominations in priority order.
  for (const title of context.localTitles) {
    if (title.capPerYear === null) continue;
    const mine = nominations
      .filter((n) => n.titleCode === localCode(title.id))
      .sort((a, b) => Number(b.passedCouncil ?? false) - Number(a.passedCouncil ?? false) || Number(b.womenPriority) - Number(a.womenPriority));
    const over = mine.slice(title.capPerYear);
    results.push({
      id: `quota.local.${title.id}`,
      label: `“${title.label}” tối đa ${title.capPerYear} mỗi năm`,
      verdict: over.length > 0 ? 'fail' : 'pass',
      reason: over.length > 0
        ? `${mine.length} đề nghị “${title.label}”, vượt mức tối đa ${title.capPerYear} mỗi năm của ${context.naming.wardWord}; cần bớt ${over.length} đề nghị (Hội đồng quyết định).`
        : `${mine.length} đề nghị “${title.label}”, trong mức tối đa ${title.capPerYear} mỗi năm.`,
      reference: title.reference,
      nominationIds: over.map((n) => n.id),
    });
  }

  const duplicates = [...groupBy(nominations, (n) => `${n.nomineeId}\u0000${n.titleCode}`).values()].filter((g) => g.length > 1);
  results.push({
    id: 'quota.duplicateTitle',
    label: 'Không đề nghị trùng danh hiệu, hình thức cho một đối tượng',
    verdict: duplicates.length > 0 ? 'fail' : 'pass',
    reason: duplicates.length > 0
      ? `Trùng đề nghị: ${duplicates.map((g) => `${g[0].nomineeName} (${short(g[0].titleCode)}, ${g.length} lần)`).join('; ')}.`
      : 'Không có đề nghị trùng.',
    reference: REF.principles,
    nominationIds: duplicates.flat().map((n) => n.id),
  });

  const sameAchievement = [...groupBy(nominations, (n) => {
    const ref = n.achievementRef?.trim();
    return ref ? `${n.nomineeId}\u0000${ref}` : null;
  }).values()].filter((g) => new Set(g.map((n) => n.titleCode)).size > 1);
  results.push({
    id: 'quota.sameAchievement',
    label: 'Mỗi thành tích chỉ đề nghị một hình thức khen thưởng',
    verdict: sameAchievement.length > 0 ? 'fail' : 'pass',
    reason: sameAchievement.length > 0
      ? `Cùng một thành tích được đề nghị nhiều hình thức: ${sameAchievement.map((g) => `${g[0].nomineeName} (${g.map((n) => short(n.titleCode)).join(', ')})`).join('; ')}.`
      : 'Không có thành tích nào được đề nghị hai lần.',
    reference: REF.principles,
    nominationIds: sameAchievement.flat().map((n) => n.id),
  });
  return results;
}

/** Names as a sentence lists them; a long list is cut after eight with the count of the rest. */
function names(list: readonly YearNomination[]): string {
  const shown = list.slice(0, 8).map((n) => n.nomineeName).join(', ');
  return list.length > 8 ? `${shown} và ${list.length - 8} người khác` : shown;
}

/**
 * What the women-first rule proposes for a cap, in the words the list shows: the part the rule
 * settles is proposed; only the candidates it cannot separate are left to the council.
 */
function describeChoice(choice: WomenFirstChoice<YearNomination>): string {
  const proposed: string[] = [];
  if (choice.kept.length > 0) proposed.push(`giữ ${choice.kept.length} đề nghị của nữ (${names(choice.kept)})`);
  if (choice.dropped.length > 0 && (choice.kept.length > 0 || choice.tied.length > 0)) {
    proposed.push(`bớt ${choice.dropped.length} đề nghị của nam (${names(choice.dropped)})`);
  }
  const open = `${choice.tied.length} đề nghị (${names(choice.tied)}) cho ${choice.tiedPlaces} suất, Hội đồng quyết định.`;
  if (proposed.length > 0) {
    return `Đề xuất ưu tiên nữ theo ${WOMEN_FIRST_BASIS}: ${proposed.join('; ')}.${choice.tied.length > 0 ? ` Còn ngang nhau ${open}` : ''}`;
  }
  return choice.tied.length > 0 ? `Các đề nghị đều ngang nhau theo ưu tiên nữ (${WOMEN_FIRST_BASIS}): ${open}` : '';
}
