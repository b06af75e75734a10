import { describe, expect, it } from 'vitest';
import { RefusedError } from '../../../src-renderer/data/errors';
import { applyMeetingResults } from '../../../src-renderer/data/meetingResults';
import { meetingRepo } from '../../../src-renderer/data/meetings';
import { advanceNomination, nominationRepo } from '../../../src-renderer/data/nominations';
import { addPerson, addUnit, freshDb, snapshot } from './helpers';

/** Two appraised nominations on a planned meeting's agenda. */
async function setup() {
  const db = freshDb();
  const unit = await addUnit(db, 'Tổ dân phố 3');
  const nominations = [];
  for (const name of ['Lê Thị Thủy', 'Phạm Văn Đức']) {
    const person = await addPerson(db, unit.id, name);
    const n = await nominationRepo.create(db, { nominee: { kind: 'person', personId: person.id }, year: 2026, titleCode: 'LDTT', proposingUnitId: unit.id });
    await advanceNomination(db, n.id, 'received');
    nominations.push(await advanceNomination(db, n.id, 'appraised'));
  }
  const meeting = await meetingRepo.create(db, {
    title: 'Họp xét khen thưởng năm 2026', year: 2026, date: '2026-12-10', place: 'Hội trường',
    agendaNominationIds: nominations.map((n) => n.id),
  });
  return { db, meeting, nominations };
}

describe('applyMeetingResults', () => {
  it('moves every nomination through its steps and marks the meeting held', async () => {
    const { db, meeting, nominations: [passed, failed] } = await setup();
    const moved = await applyMeetingResults(db, meeting.id, [
      { nominationId: passed.id, steps: [{ to: 'voted' }] },
      { nominationId: failed.id, steps: [{ to: 'voted' }, { to: 'not_awarded', reason: 'Không đạt tại phiên họp' }] },
    ]);
    expect(moved).toBe(2);
    const [a, b] = await db.nominations.bulkGet([passed.id, failed.id]);
    expect(a).toMatchObject({ status: 'voted', meetingId: meeting.id });
    expect(b?.status).toBe('not_awarded');
    expect(b?.steps.at(-1)).toMatchObject({ from: 'voted', to: 'not_awarded', reason: 'Không đạt tại phiên họp' });
    expect((await db.meetings.get(meeting.id))?.status).toBe('held');
  });

  it('leaves every nomination, the meeting and the audit log unchanged when a move fails midway', async () => {
    const { db, meeting, nominations: [first, second] } = await setup();
    // A discipline review opened after appraisal: the second nomination may not advance (NĐ 152/2025 Đ4).
    await nominationRepo.update(db, second, { holds: [{ kind: 'discipline', active: true, note: 'Đang xem xét kỷ luật' }] });
    const before = await snapshot(db);
    const error = await applyMeetingResults(db, meeting.id, [
      { nominationId: first.id, steps: [{ to: 'voted' }] },
      { nominationId: second.id, steps: [{ to: 'voted' }] },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefusedError);
    expect((error as Error).message).toContain('Đang xem xét kỷ luật');
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a nomination that is not on the meeting agenda', async () => {
    const { db, nominations: [first, second] } = await setup();
    const other = await meetingRepo.create(db, { title: 'Họp khác', year: 2026, date: '2026-12-11', place: 'Hội trường', agendaNominationIds: [first.id] });
    const before = await snapshot(db);
    await expect(
      applyMeetingResults(db, other.id, [
        { nominationId: first.id, steps: [{ to: 'voted' }] },
        { nominationId: second.id, steps: [{ to: 'voted' }] },
      ]),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(await snapshot(db)).toEqual(before);
  });
});
