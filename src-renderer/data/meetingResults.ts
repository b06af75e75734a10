/**
 * Applying a council meeting's results to its nominations (SPEC §5 → §2 lifecycle): every move of every
 * nomination in one transaction, so a refusal halfway (a hold, a nomination moved meanwhile) leaves
 * the whole agenda as it was instead of half of it "voted".
 */
import type { NominationStatus } from '../domain/lifecycle';
import type { ThiDuaDb } from './db';
import { RefusedError } from './errors';
import { meetingRepo } from './meetings';
import { advanceNomination } from './nominations';
import { requireRecord, writeTransaction } from './repository';
import type { Meeting } from './schemas';

export interface MeetingResultMove {
  nominationId: string;
  /** Steps in order, e.g. voted then not_awarded for a failed vote; each is a logged lifecycle step. */
  steps: readonly { to: NominationStatus; reason?: string }[];
}

/**
 * Moves the meeting's nominations through their steps (each through advanceNomination, which nests in
 * this transaction since it spans every table), then marks a planned meeting as held. Only nominations
 * of the meeting's agenda may move. Returns how many nominations moved.
 */
export function applyMeetingResults(db: ThiDuaDb, meetingId: string, moves: readonly MeetingResultMove[]): Promise<number> {
  return writeTransaction(db, async () => {
    const meeting = await requireRecord<Meeting>(db, 'meetings', meetingId, 'phiên họp');
    const stray = moves.find((m) => !meeting.nominationIds.includes(m.nominationId));
    if (stray) throw new RefusedError('conflict', 'Có đề nghị không thuộc chương trình của phiên họp này.');
    for (const move of moves) {
      for (const step of move.steps) await advanceNomination(db, move.nominationId, step.to, { meetingId, reason: step.reason });
    }
    if (meeting.status === 'planned' && moves.length > 0) await meetingRepo.update(db, meeting, { status: 'held' });
    return moves.length;
  });
}
