import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src-renderer/domain/settings';
import {
  attendanceFor, ballotDecision, ballotProblems, boardOfPresent, canLeaveAgenda, councilCount, emptyBallot, meetingNominations, meetingQuorum, membersOn,
  resultMoves,
  toggleBoardMember, withoutNomination,
} from '../../../../src-renderer/features/meetings/meetingLogic';
import type { Attendance } from '../../../../src-renderer/features/meetings/meetingLogic';
import type { CouncilMember } from '../../../../src-renderer/data/schemas';

const member = (id: string, over: Partial<CouncilMember> = {}): CouncilMember =>
  ({ id, personId: `p-${id}`, role: 'member', termFrom: '2025-07-01', termTo: null, archived: 0, ...over }) as CouncilMember;

const twelve = Array.from({ length: 12 }, (_, i) => member(`m${i + 1}`));
/** 12 members, the last three absent; `written` of them sent a written opinion. */
function attendance(written: number): Attendance[] {
  return twelve.map((m, i) => ({ memberId: m.id, present: i < 9, absentReason: i < 9 ? '' : 'Đi công tác', writtenOpinion: i >= 9 && i < 9 + written }));
}

describe('council meeting', () => {
  it('shows the meeting’s own nominations in their order, then the appraised ones not on it, each once', () => {
    const ids = (list: { id: string }[]) => list.map((n) => n.id);
    expect(ids(meetingNominations([{ id: 'b' }, { id: 'a' }], [{ id: 'c' }, { id: 'a' }]))).toEqual(['b', 'a', 'c']);
    expect(ids(meetingNominations([], [{ id: 'c' }]))).toEqual(['c']);
  });

  it('counts the members in term on the meeting day, chair first', () => {
    const members = [
      member('a'),
      member('b', { role: 'chair' }),
      member('old', { termTo: '2025-06-30' }),
      member('future', { termFrom: '2027-01-01' }),
      member('gone', { archived: 1 }),
    ];
    expect(membersOn(members, '2026-12-10').map((m) => m.id)).toEqual(['b', 'a']);
  });

  it('lists everyone present by default and keeps what was recorded', () => {
    const rows = attendanceFor([member('a'), member('b')], [{ memberId: 'b', present: false, absentReason: 'Ốm', writtenOpinion: true }]);
    expect(rows).toEqual([
      { memberId: 'a', present: true, absentReason: '', writtenOpinion: false },
      { memberId: 'b', present: false, absentReason: 'Ốm', writtenOpinion: true },
    ]);
  });

  it('meets the 2/3 quorum with 9 of 12 present', () => {
    const quorum = meetingQuorum(councilCount(12, attendance(0)), DEFAULT_SETTINGS);
    expect(quorum.met).toBe(true);
    expect(quorum.requiredPresent).toBe(8);
  });

  it('fails a CSTĐCS ballot at 9/12 against 80 % of total membership (NĐ 98/2023 Đ30.7)', () => {
    const ballot = { ...emptyBallot('n1', 'CSTDCS'), agree: 9 };
    const decision = ballotDecision(ballot, 'CSTDCS', councilCount(12, attendance(0)), DEFAULT_SETTINGS);
    expect(ballot.method).toBe('ballot');
    expect(decision.passed).toBe(false);
    expect(decision.agreeNeeded).toBe(10);
  });

  it('passes at 10/12 once an absent member’s written agreement counts', () => {
    const count = councilCount(12, attendance(1));
    const ballot = { ...emptyBallot('n1', 'CSTDCS'), agree: 9, writtenAgree: 1 };
    expect(ballotProblems(ballot, count)).toEqual([]);
    const decision = ballotDecision(ballot, 'CSTDCS', count, DEFAULT_SETTINGS);
    expect(decision.passed).toBe(true);
    expect(decision.reason).toContain('10/12');
  });

  it('refuses a written opinion from nobody and more papers than members present', () => {
    const count = councilCount(12, attendance(0));
    const problems = ballotProblems({ ...emptyBallot('n1', 'CSTDCS'), agree: 9, invalid: 1, writtenAgree: 1 }, count);
    expect(problems).toEqual([
      'Tổng số phiếu (10) vượt quá số thành viên có mặt (9).',
      'Số ý kiến bằng văn bản (1) vượt quá số thành viên vắng mặt có ý kiến (0).',
    ]);
  });

  it('uses a show of hands where no ballot is required', () => {
    expect(emptyBallot('n1', 'LDTT').method).toBe('hands');
  });

  it('moves appraised nominations on from the result and leaves the others alone', () => {
    const count = councilCount(12, attendance(0));
    const decide = (agree: number) => ballotDecision({ ...emptyBallot('x', 'CSTDCS'), agree }, 'CSTDCS', count, DEFAULT_SETTINGS);
    const moves = resultMoves([
      { nominationId: 'pass', status: 'appraised', decision: decide(10) },
      { nominationId: 'fail', status: 'appraised', decision: decide(9) },
      { nominationId: 'done', status: 'voted', decision: decide(10) },
      { nominationId: 'held', status: 'appraised', decision: decide(10), onHold: true },
    ]);
    expect(moves.map((m) => [m.nominationId, m.steps.map((s) => s.to)])).toEqual([
      ['pass', ['voted']],
      ['fail', ['voted', 'not_awarded']],
    ]);
    expect(moves[1].steps[1].reason).toMatch(/^Không đạt tại phiên họp: 9\/12/);
  });

  it('moves nothing on from a meeting without its quorum', () => {
    const count = councilCount(12, attendance(0)); // 9 present
    const noQuorum = { ...count, presentMembers: 7 };
    const decision = ballotDecision({ ...emptyBallot('x', 'LDTT'), agree: 7 }, 'LDTT', noQuorum, DEFAULT_SETTINGS);
    expect(decision).toMatchObject({ quorate: false, passed: false });
    expect(resultMoves([{ nominationId: 'x', status: 'appraised', decision }])).toEqual([]);
  });

  it('keeps the counting board in the order chosen, head first, up to seven members', () => {
    let board: string[] = [];
    for (const id of ['m3', 'm1', 'm2']) board = toggleBoardMember(board, id);
    expect(board).toEqual(['m3', 'm1', 'm2']);
    expect(toggleBoardMember(board, 'm3')).toEqual(['m1', 'm2']);
    const full = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(toggleBoardMember(full, 'h')).toEqual(full);
    expect(toggleBoardMember(full, 'a')).toHaveLength(6);
  });

  it('drops absent members from the counting board', () => {
    const rows = [
      { memberId: 'm1', present: true, absentReason: '', writtenOpinion: false },
      { memberId: 'm2', present: false, absentReason: 'Ốm', writtenOpinion: false },
    ];
    expect(boardOfPresent(['m2', 'm1', 'gone'], rows)).toEqual(['m1']);
  });

  it('lets a nomination leave the agenda, with its ballot, only until this meeting moved it', () => {
    expect(canLeaveAgenda({ meetingId: null }, 'meet')).toBe(true);
    expect(canLeaveAgenda({ meetingId: 'other' }, 'meet')).toBe(true);
    expect(canLeaveAgenda({ meetingId: 'meet' }, 'meet')).toBe(false);
    const meeting = { agendaNominationIds: ['n1', 'n2'], ballots: [emptyBallot('n1', 'LDTT'), emptyBallot('n2', 'LDTT')] };
    const left = withoutNomination(meeting, 'n1');
    expect(left.agendaNominationIds).toEqual(['n2']);
    expect(left.ballots.map((b) => b.nominationId)).toEqual(['n2']);
  });
});
