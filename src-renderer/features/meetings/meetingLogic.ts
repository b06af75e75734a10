/**
 * Pure logic of a council meeting (SPEC §5, DOMAIN.md §4): who should attend, the quorum, each
 * nominee's result against its title's threshold, and where each nomination goes from the result.
 */
import { checkQuorum, decideBallot, requiresBallot } from '../../domain/council';
import type { BallotDecision, QuorumResult } from '../../domain/council';
import type { WardSettings } from '../../domain/settings';
import type { NominationStatus } from '../../domain/lifecycle';
import type { AwardCode } from '../../domain/vocabulary';
import type { MeetingResultMove } from '../../data/meetingResults';
import type { Ballot, CouncilMember, MeetingInput } from '../../data/schemas';

export type Attendance = NonNullable<MeetingInput['attendance']>[number];

/** Chair first, then vice chairs, standing member, members, secretary — the order of the minutes. */
const ROLE_ORDER: readonly CouncilMember['role'][] = ['chair', 'vice_chair', 'standing', 'member', 'secretary'];

export function sortByRole<M extends Pick<CouncilMember, 'role'>>(members: readonly M[]): M[] {
  return [...members].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
}

/**
 * The nominations a meeting page shows: its own (agenda and ballots, in their order), then the year's
 * appraised ones that may still join the agenda; each once.
 */
export function meetingNominations<N extends { id: string }>(onMeeting: readonly N[], appraised: readonly N[]): N[] {
  const own = new Set(onMeeting.map((n) => n.id));
  return [...onMeeting, ...appraised.filter((n) => !own.has(n.id))];
}

/** Members whose term covers the meeting's date, chair first: they make up the council's total membership. */
export function membersOn(members: readonly CouncilMember[], date: string): CouncilMember[] {
  return sortByRole(members.filter((m) => m.archived === 0 && m.termFrom <= date && (m.termTo === null || m.termTo >= date)));
}

/** One attendance row per member in term, keeping what was already recorded; everyone present by default. */
export function attendanceFor(members: readonly CouncilMember[], existing: readonly Attendance[]): Attendance[] {
  return members.map(
    (m) => existing.find((a) => a.memberId === m.id) ?? { memberId: m.id, present: true, absentReason: '', writtenOpinion: false },
  );
}

export interface CouncilCount {
  totalMembers: number;
  presentMembers: number;
  /** Absent members who sent a written opinion (ý kiến bằng văn bản). */
  writtenOpinions: number;
}

export function councilCount(totalMembers: number, attendance: readonly Attendance[]): CouncilCount {
  return {
    totalMembers,
    presentMembers: attendance.filter((a) => a.present).length,
    writtenOpinions: attendance.filter((a) => !a.present && a.writtenOpinion).length,
  };
}

export function meetingQuorum(count: CouncilCount, settings: WardSettings): QuorumResult {
  return checkQuorum(count, settings, 'awardSession');
}

/** A blank result for a nominee: secret ballot where the title requires one, show of hands otherwise. */
export function emptyBallot(nominationId: string, titleCode: AwardCode, settings: Partial<Pick<WardSettings, 'localTitles'>> = {}): Ballot {
  return {
    nominationId,
    method: requiresBallot(titleCode, settings) ? 'ballot' : 'hands',
    agree: 0,
    disagree: 0,
    invalid: 0,
    writtenAgree: 0,
    writtenDisagree: 0,
  };
}

/**
 * Pass/fail of one nominee: written opinions of absent members count with the papers, and ballot
 * titles are judged on the council's TOTAL membership (CSTĐCS: 80 %, NĐ 98/2023 Đ30.7 [U]).
 */
export function ballotDecision(ballot: Ballot, titleCode: AwardCode, count: CouncilCount, settings: WardSettings): BallotDecision {
  return decideBallot(
    {
      nomineeId: ballot.nominationId,
      agree: ballot.agree + ballot.writtenAgree,
      disagree: ballot.disagree + ballot.writtenDisagree,
      invalid: ballot.invalid,
    },
    count,
    titleCode,
    settings,
  );
}

/** Problems with typed counts that the saved meeting would refuse, shown before saving. */
export function ballotProblems(ballot: Ballot, count: CouncilCount): string[] {
  const problems: string[] = [];
  const papers = ballot.agree + ballot.disagree + ballot.invalid;
  if (papers > count.presentMembers) problems.push(`Tổng số phiếu (${papers}) vượt quá số thành viên có mặt (${count.presentMembers}).`);
  const written = ballot.writtenAgree + ballot.writtenDisagree;
  if (written > count.writtenOpinions) {
    problems.push(`Số ý kiến bằng văn bản (${written}) vượt quá số thành viên vắng mặt có ý kiến (${count.writtenOpinions}).`);
  }
  return problems;
}

/**
 * Where each nomination goes from the meeting's result: a vote recorded moves an appraised nomination
 * to "voted"; a failed vote then ends it as "not_awarded" with the result as the reason. Nominations not
 * yet appraised, already past the vote, or on hold are left alone, and so is every nomination of a
 * meeting without its quorum: its votes are not valid, so nothing was decided.
 */
export function resultMoves(
  decisions: readonly { nominationId: string; status: NominationStatus; decision: BallotDecision; onHold?: boolean }[],
): MeetingResultMove[] {
  // A nomination on hold stays where it is and is taken up again when the hold ends (NĐ 152/2025 Đ4.4).
  return decisions
    .filter((d) => d.status === 'appraised' && d.decision.quorate && !d.onHold)
    .map((d) => ({
      nominationId: d.nominationId,
      steps: d.decision.passed
        ? [{ to: 'voted' }]
        : [{ to: 'voted' }, { to: 'not_awarded', reason: `Không đạt tại phiên họp: ${d.decision.reason}` }],
    }));
}

/** At most this many on the counting board (the meeting schema's limit). */
export const COUNTING_BOARD_MAX = 7;

/**
 * Ticks or unticks a member of the counting board (Ban kiểm phiếu, DOMAIN.md §5 T4), keeping the order
 * of choice: the first chosen heads the board. Past the limit, nothing is added.
 */
export function toggleBoardMember(board: readonly string[], memberId: string): string[] {
  if (board.includes(memberId)) return board.filter((id) => id !== memberId);
  return board.length >= COUNTING_BOARD_MAX ? [...board] : [...board, memberId];
}

/** The chosen board without members who are no longer present (the data layer refuses them). */
export function boardOfPresent(board: readonly string[], attendance: readonly Attendance[]): string[] {
  const present = new Set(attendance.filter((a) => a.present).map((a) => a.memberId));
  return board.filter((id) => present.has(id));
}

/**
 * A nomination leaves the agenda only while this meeting has not moved it: once its vote is recorded
 * (the nomination names the meeting), the minutes must keep it; reverse the step first.
 */
export function canLeaveAgenda(nomination: { meetingId: string | null }, meetingId: string): boolean {
  return nomination.meetingId !== meetingId;
}

/** The agenda and ballots without one nomination. */
export function withoutNomination(meeting: { agendaNominationIds: readonly string[]; ballots: readonly Ballot[] }, nominationId: string) {
  return {
    agendaNominationIds: meeting.agendaNominationIds.filter((id) => id !== nominationId),
    ballots: meeting.ballots.filter((b) => b.nominationId !== nominationId),
  };
}
