/**
 * The engine reading a province pack's own titles (issue 20 item 2): who may be nominated, the
 * prerequisites, the discipline bar, the yearly cap, once per lifetime, posthumous or not. Every reason
 * cites the pack's own article ("QĐ 5/2025/QĐ-UBND Đ12"), never another province's text. The vote
 * (threshold and base) is read in council.ts, the money (coefficient) in money.ts, by the same code.
 */
import { combineVerdicts, disciplineAtLeast, rule } from './eligibility/common';
import { DISCIPLINE_LABELS, type DisciplineLevel, type EligibilityInput, type RuleResult } from './eligibility/types';
import type { LocalTitleInForce } from './provincePack';
import { formatDateShort } from './text';
import type { TitleNaming } from './province';
import { titleInfoFor } from './titles';
import { isNationalCode, localCode, SUBJECT_KIND_LABELS, type RuleVerdict, type SubjectKind, type TitleCode } from './vocabulary';

/** What the engine needs to know of a nominee for a local title. */
export interface LocalNominee {
  kind: SubjectKind;
  /** The heaviest discipline in force in the year, or null. */
  disciplineThisYear: DisciplineLevel | null;
  /** The date of death (ngày mất) when the nominee has died by the day of the check; null = living. */
  diedOn: string | null;
  /** Titles held in earlier years (award history). */
  titlesHeld: readonly TitleCode[];
  /** How many times the nominee already received this local title. */
  timesReceived: number;
}

export interface LocalTitleCheck {
  verdict: RuleVerdict;
  rules: RuleResult[];
  summary: string;
}

/**
 * The local nominee from an eligibility input: the national titles held in earlier years, the times
 * the nominee already received this title (award history), this year's discipline, and the date of
 * death from the people register (a death after the day of the check does not count yet).
 */
export function localNomineeOf(input: EligibilityInput, title: LocalTitleInForce): LocalNominee {
  const code = localCode(title.id);
  return {
    kind: input.nominee.kind,
    disciplineThisYear: input.nominee.kind === 'person' ? input.nominee.disciplineThisYear : null,
    diedOn: diedBy(input),
    titlesHeld: input.history.filter((h) => h.year < input.year).map((h) => h.titleCode).filter(isNationalCode),
    timesReceived: input.history.filter((h) => h.titleCode === code).length,
  };
}

function diedBy(input: EligibilityInput): string | null {
  const diedOn = input.nominee.kind === 'person' ? (input.nominee.diedOn ?? null) : null;
  return diedOn !== null && (!input.asOf || diedOn <= input.asOf) ? diedOn : null;
}

/** Eligibility for a local title, each rule read from the pack. `awardedThisYear` counts the ward's awards of it this year. */
export function evaluateLocalTitle(
  title: LocalTitleInForce, nominee: LocalNominee, context: { year: number; awardedThisYear: number; naming?: TitleNaming },
): LocalTitleCheck {
  const ref = title.reference;
  const rules: RuleResult[] = [];
  const subjects = title.subjectKinds.map((k) => SUBJECT_KIND_LABELS[k].toLowerCase()).join(', ');
  rules.push(title.subjectKinds.includes(nominee.kind)
    ? rule('local.subject', 'Đúng đối tượng xét tặng', 'pass', `“${title.label}” xét tặng cho ${subjects}.`, ref)
    : rule('local.subject', 'Đúng đối tượng xét tặng', 'fail', `“${title.label}” chỉ xét tặng cho ${subjects}.`, ref));
  if (title.disciplineBar) {
    const barred = disciplineAtLeast(nominee.disciplineThisYear, title.disciplineBar);
    rules.push(rule('local.discipline', `Không bị kỷ luật từ ${DISCIPLINE_LABELS[title.disciplineBar]} trở lên`, barred ? 'fail' : 'pass',
      barred
        ? `Bị kỷ luật ${DISCIPLINE_LABELS[nominee.disciplineThisYear!]} trong năm ${context.year}; “${title.label}” không xét khi bị kỷ luật từ ${DISCIPLINE_LABELS[title.disciplineBar]} trở lên.`
        : `Không bị kỷ luật từ ${DISCIPLINE_LABELS[title.disciplineBar]} trở lên trong năm ${context.year}.`, ref));
  }
  for (const code of title.prerequisites) {
    const held = nominee.titlesHeld.includes(code);
    const needed = titleInfoFor(code, context.naming).label;
    rules.push(rule(`local.prerequisite.${code}`, `Đã đạt “${needed}”`, held ? 'pass' : 'fail',
      held ? `Đã đạt “${needed}”.` : `Chưa đạt “${needed}”, điều kiện để xét “${title.label}”.`, ref));
  }
  if (nominee.diedOn !== null && !title.posthumous) {
    rules.push(rule('local.posthumous', 'Không truy tặng', 'fail',
      `Đã mất ngày ${formatDateShort(nominee.diedOn)}; “${title.label}” không truy tặng.`, ref));
  }
  if (title.oncePerLifetime && nominee.timesReceived > 0) {
    rules.push(rule('local.once', 'Chỉ tặng một lần', 'fail', `Đã được tặng “${title.label}”; danh hiệu chỉ tặng một lần.`, ref));
  }
  if (title.capPerYear !== null) {
    const full = context.awardedThisYear >= title.capPerYear;
    rules.push(rule('local.cap', `Tối đa ${title.capPerYear} mỗi năm`, full ? 'fail' : 'pass',
      full ? `Năm ${context.year} đã đủ ${title.capPerYear} “${title.label}”.` : `Năm ${context.year} đã có ${context.awardedThisYear}/${title.capPerYear} “${title.label}”.`, ref));
  }
  const verdict = combineVerdicts(rules.map((r) => r.verdict));
  const failed = rules.filter((r) => r.verdict === 'fail');
  const summary = failed.length > 0
    ? `Chưa đủ điều kiện đề nghị “${title.label}” năm ${context.year}: ${failed.map((r) => r.reason).join(' ')}`
    : `Đủ điều kiện đề nghị “${title.label}” năm ${context.year}.`;
  return { verdict, rules, summary };
}
