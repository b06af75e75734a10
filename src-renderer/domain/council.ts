/**
 * The council (Hội đồng TĐKT) at a meeting: quorum, ballot tallies and pass/fail (DOMAIN.md §4).
 * Every comparison of a share is done on integers (agree × 100 ≥ threshold × total), so 80 % of 10
 * members is exactly 8 votes and never lost to a floating-point 0,7999….
 */
import { ruleReference, type WardSettings } from './settings';
import { isLocalCode, type AwardCode } from './vocabulary';
import { localTitleFor, TITLES } from './titles';
import { formatPercent } from './text';

export interface QuorumResult {
  met: boolean;
  totalMembers: number;
  presentMembers: number;
  /** Smallest attendance that meets the quorum. */
  requiredPresent: number;
  reason: string;
  reference: string;
}

/**
 * Quorum from membership and attendance: present ÷ total ≥ numerator ÷ denominator (default 2/3),
 * and for award sessions also ≥ awardSessionQuorumPercent when set. Written opinions of absent
 * members count in ballots, not in attendance.
 */
export function checkQuorum(
  attendance: { totalMembers: number; presentMembers: number },
  settings: Pick<WardSettings, 'quorumNumerator' | 'quorumDenominator' | 'awardSessionQuorumPercent'> & Partial<Pick<WardSettings, 'ruleReferences'>>,
  session: 'meeting' | 'awardSession' = 'awardSession',
): QuorumResult {
  const total = Math.max(0, Math.floor(attendance.totalMembers));
  const present = Math.min(Math.max(0, Math.floor(attendance.presentMembers)), total);
  const { quorumNumerator: num, quorumDenominator: den } = settings;
  let required = Math.ceil((total * num) / den);
  let reference = ruleReference(settings, 'quorum');
  const sessionPercent = session === 'awardSession' ? settings.awardSessionQuorumPercent : null;
  if (sessionPercent !== null) {
    required = Math.max(required, Math.ceil((total * sessionPercent) / 100));
    reference = ruleReference(settings, 'awardSessionQuorum');
  }
  required = Math.max(required, 1);
  const met = total > 0 && present >= required;
  const share = formatPercent(total > 0 ? (present * 100) / total : 0);
  const reason = met
    ? `Có ${present}/${total} thành viên dự họp (${share}), đạt tối thiểu ${required} thành viên.`
    : `Chỉ có ${present}/${total} thành viên dự họp (${share}), chưa đủ tối thiểu ${required} thành viên.`;
  return { met, totalMembers: total, presentMembers: present, requiredPresent: required, reason, reference };
}

export type BallotMark = 'agree' | 'disagree';

/** One returned ballot paper: a mark per nominee; a spoilt paper counts invalid for everyone on it. */
export interface BallotPaper {
  invalid?: boolean;
  marks: Record<string, BallotMark | null | undefined>;
}

/** A written opinion (ý kiến bằng văn bản) of an absent member; it counts like a ballot. */
export interface WrittenOpinion {
  memberId: string;
  marks: Record<string, BallotMark | null | undefined>;
}

export interface NomineeTally {
  nomineeId: string;
  agree: number;
  disagree: number;
  /** Papers that are spoilt, or leave this nominee unmarked. */
  invalid: number;
  /** Of which, written opinions of absent members. */
  writtenAgree: number;
  writtenDisagree: number;
}

export interface BallotTally {
  ballotsIssued: number;
  ballotsReturned: number;
  validPapers: number;
  invalidPapers: number;
  writtenOpinions: number;
  perNominee: NomineeTally[];
}

/**
 * Counts returned papers and written opinions for each nominee. A member's written opinion and a paper
 * from the same member cannot both exist (absent members get no paper), so they are simply added.
 */
export function tallyBallot(input: {
  nomineeIds: readonly string[];
  ballotsIssued: number;
  papers: readonly BallotPaper[];
  writtenOpinions?: readonly WrittenOpinion[];
}): BallotTally {
  const written = input.writtenOpinions ?? [];
  const invalidPapers = input.papers.filter((p) => p.invalid).length;
  const perNominee = input.nomineeIds.map((nomineeId): NomineeTally => {
    const t: NomineeTally = { nomineeId, agree: 0, disagree: 0, invalid: 0, writtenAgree: 0, writtenDisagree: 0 };
    for (const paper of input.papers) {
      const mark = paper.invalid ? null : paper.marks[nomineeId];
      if (mark === 'agree') t.agree++;
      else if (mark === 'disagree') t.disagree++;
      else t.invalid++;
    }
    for (const opinion of written) {
      const mark = opinion.marks[nomineeId];
      if (mark === 'agree') t.writtenAgree++;
      else if (mark === 'disagree') t.writtenDisagree++;
    }
    t.agree += t.writtenAgree;
    t.disagree += t.writtenDisagree;
    return t;
  });
  return {
    ballotsIssued: input.ballotsIssued,
    ballotsReturned: input.papers.length,
    validPapers: input.papers.length - invalidPapers,
    invalidPapers,
    writtenOpinions: written.length,
    perNominee,
  };
}

/** Problems with a tally typed in from the counting board's sheet; empty when consistent. */
export function checkTallyCounts(
  counts: { ballotsIssued: number; ballotsReturned: number; agree: number; disagree: number; invalid: number; written?: number },
  totalMembers: number,
): string[] {
  const problems: string[] = [];
  const all = [counts.ballotsIssued, counts.ballotsReturned, counts.agree, counts.disagree, counts.invalid, counts.written ?? 0];
  if (all.some((n) => !Number.isInteger(n) || n < 0)) problems.push('Các số phiếu phải là số nguyên không âm.');
  if (counts.ballotsReturned > counts.ballotsIssued) problems.push('Số phiếu thu vào nhiều hơn số phiếu phát ra.');
  if (counts.ballotsIssued + (counts.written ?? 0) > totalMembers) {
    problems.push('Số phiếu phát ra cộng ý kiến bằng văn bản vượt tổng số thành viên Hội đồng.');
  }
  if (counts.agree + counts.disagree + counts.invalid !== counts.ballotsReturned + (counts.written ?? 0)) {
    problems.push('Đồng ý + không đồng ý + không hợp lệ phải bằng số phiếu thu vào cộng ý kiến bằng văn bản.');
  }
  return problems;
}

/** How a title's vote is judged: a share of a base, reached (≥) or strictly exceeded (>). */
export interface VoteRequirement {
  percent: number;
  base: 'totalMembers' | 'presentMembers';
  strictlyAbove: boolean;
  /** Secret ballot compulsory for this title. */
  ballot: boolean;
  reference: string;
}

/** Which titles need a ballot: CSTĐ at every level and Cờ thi đua (DOMAIN.md §4); a province's own title as its pack says. */
export function requiresBallot(titleCode: AwardCode, context: Partial<Pick<WardSettings, 'localTitles'>> = {}): boolean {
  if (isLocalCode(titleCode)) return localTitleFor(titleCode, { localTitles: context.localTitles ?? [] })?.secretBallot ?? false;
  return TITLES[titleCode].requiresBallot;
}

/**
 * The requirement for a title: ballot titles need agree ≥ threshold % of the council's TOTAL
 * membership (CSTĐCS 80 %, NĐ 98/2023 Đ30.7 [U]); other titles a majority under the council's rules.
 */
export function voteRequirementFor(
  titleCode: AwardCode,
  settings: Pick<WardSettings, 'ballotThresholdPercent' | 'majorityBase'> & Partial<Pick<WardSettings, 'localTitles'>>,
): VoteRequirement {
  if (isLocalCode(titleCode)) {
    // A province's own title: the pack's threshold on the pack's base (e.g. 90 % of the WHOLE council),
    // a simple majority of that base when the pack sets none; a code no longer in the pack never passes.
    const local = localTitleFor(titleCode, { localTitles: settings.localTitles ?? [] });
    if (!local) return { percent: 100, base: 'totalMembers', strictlyAbove: true, ballot: false, reference: 'Danh hiệu riêng không còn trong quy định của tỉnh, thành phố' };
    return {
      percent: local.voteThresholdPercent ?? 50,
      base: local.voteBase,
      strictlyAbove: local.voteThresholdPercent === null,
      ballot: local.secretBallot,
      reference: local.reference,
    };
  }
  if (requiresBallot(titleCode)) {
    return {
      percent: settings.ballotThresholdPercent[titleCode] ?? 80,
      base: 'totalMembers',
      strictlyAbove: false,
      ballot: true,
      // [U] in the domain brief §4: NĐ 98/2023 is repealed and NĐ 152/2025 was not seen restating the rule.
      reference: 'NĐ 98/2023 Đ30.7',
    };
  }
  return {
    percent: 50,
    base: settings.majorityBase,
    strictlyAbove: true,
    ballot: false,
    // [P] in the domain brief §4: no statute; the council's own rules decide.
    reference: 'Quy chế làm việc của Hội đồng Thi đua - Khen thưởng (nguyên tắc đa số)',
  };
}

/** agree × 100 ≥ percent × base (or > for a majority), in integers; percent may have two decimals. */
export function ballotPasses(agree: number, baseCount: number, requirement: Pick<VoteRequirement, 'percent' | 'strictlyAbove'>): boolean {
  if (baseCount <= 0) return false;
  const lhs = Math.round(agree) * 10_000;
  const rhs = Math.round(requirement.percent * 100) * Math.round(baseCount);
  return requirement.strictlyAbove ? lhs > rhs : lhs >= rhs;
}

/** Fewest agree votes that pass, from the same integer comparison as ballotPasses. */
export function minimumAgree(baseCount: number, requirement: Pick<VoteRequirement, 'percent' | 'strictlyAbove'>): number {
  const scaled = Math.round(requirement.percent * 100) * Math.round(baseCount);
  return requirement.strictlyAbove ? Math.floor(scaled / 10_000) + 1 : Math.ceil(scaled / 10_000);
}

export interface BallotDecision {
  nomineeId: string;
  agree: number;
  disagree: number;
  invalid: number;
  baseCount: number;
  /** Agree ÷ base, for display ("80 %", "66,67 %"). */
  agreePercentText: string;
  /** Fewest agree votes that would pass. */
  agreeNeeded: number;
  /** The meeting had its quorum; without it no vote of the meeting is valid, whatever the counts. */
  quorate: boolean;
  passed: boolean;
  reason: string;
  reference: string;
}

/**
 * Did this nominee's vote pass for this title? One call, with the reason and the rule's source. A
 * meeting without its quorum decides nothing: the vote is not valid, so it never passes.
 */
export function decideBallot(
  tally: Pick<NomineeTally, 'nomineeId' | 'agree' | 'disagree' | 'invalid'>,
  council: { totalMembers: number; presentMembers: number },
  titleCode: AwardCode,
  settings: Pick<WardSettings, 'ballotThresholdPercent' | 'majorityBase' | 'quorumNumerator' | 'quorumDenominator' | 'awardSessionQuorumPercent'> & Partial<Pick<WardSettings, 'localTitles'>>,
): BallotDecision {
  return decideByRequirement(tally, council, voteRequirementFor(titleCode, settings), settings);
}

/** The same decision under a given requirement. */
function decideByRequirement(
  tally: Pick<NomineeTally, 'nomineeId' | 'agree' | 'disagree' | 'invalid'>,
  council: { totalMembers: number; presentMembers: number },
  requirement: VoteRequirement,
  settings: Pick<WardSettings, 'quorumNumerator' | 'quorumDenominator' | 'awardSessionQuorumPercent'>,
): BallotDecision {
  const quorum = checkQuorum(council, settings, 'awardSession');
  const baseCount = requirement.base === 'totalMembers' ? council.totalMembers : council.presentMembers;
  const reached = ballotPasses(tally.agree, baseCount, requirement);
  const agreeNeeded = minimumAgree(baseCount, requirement);
  const baseText = requirement.base === 'totalMembers' ? 'tổng số thành viên Hội đồng' : 'số thành viên dự họp';
  const agreePercentText = formatPercent(baseCount > 0 ? (tally.agree * 100) / baseCount : 0);
  const comparator = requirement.strictlyAbove ? 'trên' : 'từ';
  const counted = `${tally.agree}/${baseCount} ${baseText} đồng ý (${agreePercentText}); cần ${comparator} ${formatPercent(requirement.percent)}, tức ít nhất ${agreeNeeded} phiếu`;
  const reason = quorum.met
    ? `${counted}: ${reached ? 'đạt' : 'không đạt'}.`
    : `Phiên họp chưa đủ số thành viên dự họp (${quorum.presentMembers}/${quorum.totalMembers}, cần ít nhất ${quorum.requiredPresent}): kết quả biểu quyết không có giá trị (${counted}).`;
  return {
    nomineeId: tally.nomineeId,
    agree: tally.agree,
    disagree: tally.disagree,
    invalid: tally.invalid,
    baseCount,
    agreePercentText,
    agreeNeeded,
    quorate: quorum.met,
    passed: quorum.met && reached,
    reason,
    reference: quorum.met ? requirement.reference : quorum.reference,
  };
}
