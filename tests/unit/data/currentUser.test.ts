import { afterEach, describe, expect, it } from 'vitest';
import { auditOf } from '../../../src-renderer/data/audit';
import { DEFAULT_USER, getCurrentUser, knownUsers, signIn, signOut } from '../../../src-renderer/data/currentUser';
import { reserveDocument } from '../../../src-renderer/data/documents';
import { RefusedError } from '../../../src-renderer/data/errors';
import { advanceNomination, nominationRepo } from '../../../src-renderer/data/nominations';
import { saveWardProfile } from '../../../src-renderer/data/registers';
import { addPerson, addUnit, freshDb } from './helpers';

afterEach(() => signOut());

async function draftNomination() {
  const db = freshDb();
  const unit = await addUnit(db, 'Trạm Y tế phường');
  const person = await addPerson(db, unit.id, 'Lê Thị Thủy');
  const nomination = await nominationRepo.create(db, {
    nominee: { kind: 'person', personId: person.id }, year: 2026, titleCode: 'LDTT', proposingUnitId: unit.id,
  });
  return { db, unit, person, nomination };
}

describe('the signed-in user', () => {
  it('writes as the office’s standing member until someone signs in, then as that person', async () => {
    expect(getCurrentUser()).toEqual(DEFAULT_USER);
    signIn('Trần Văn An', 'clerk');
    signIn('Lê Thị Thủy', 'standing');
    expect(knownUsers().map((u) => u.name).slice(0, 2)).toEqual(['Lê Thị Thủy', 'Trần Văn An']);
    const { db, nomination } = await draftNomination();
    const received = await advanceNomination(db, nomination.id, 'received');
    expect(received.steps.at(-1)?.actor).toBe('Lê Thị Thủy');
    expect((await auditOf(db, 'nominations', nomination.id)).every((e) => e.actor === 'Lê Thị Thủy')).toBe(true);
  });

  it('refuses a blank name', () => {
    expect(() => signIn('  ', 'standing')).toThrow(RefusedError);
  });

  it('lets the clerk keep registers and number documents, and refuses nominations with the reason; nothing is written', async () => {
    const { db, unit } = await draftNomination();
    signIn('Ngô Thị Bình', 'clerk');
    await expect(addUnit(db, 'Tổ dân phố 5')).resolves.toMatchObject({ name: 'Tổ dân phố 5' });
    await expect(reserveDocument(db, { kind: 'ballotPaper', year: 2026, date: '2026-11-20', title: 'Phiếu bầu' })).resolves.toBeTruthy();
    const before = await db.nominations.count();
    const error = await nominationRepo
      .create(db, { nominee: { kind: 'unit', unitId: unit.id }, year: 2026, titleCode: 'TTLDTT', proposingUnitId: unit.id })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RefusedError);
    expect(error.code).toBe('role');
    expect(error.message).toBe('Ngô Thị Bình (Văn thư) không có quyền lập và xử lý đề nghị khen thưởng. Việc này dành cho: Thường trực Hội đồng.');
    expect(await db.nominations.count()).toBe(before);
    await expect(saveWardProfile(db, { name: 'Phường Ninh Hà' } as never)).rejects.toBeInstanceOf(Error);
  });

  it('lets the leader approve but not receive a nomination', async () => {
    const { db, nomination } = await draftNomination();
    signIn('Trần Văn Hùng', 'leader');
    const error = await advanceNomination(db, nomination.id, 'received').catch((e) => e);
    expect(error).toMatchObject({ code: 'role', message: expect.stringContaining('Trần Văn Hùng (Lãnh đạo) không có quyền') });
    expect((await db.nominations.get(nomination.id))?.status).toBe('draft');
  });
});
