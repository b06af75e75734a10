import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src-renderer/domain/settings';
import { personInputSchema, unitInputSchema } from '../../../../src-renderer/data/schemas';
import { councilMemberFormSchema, councilSummary } from '../../../../src-renderer/features/registers/CouncilPage';
import { launchDocText } from '../../../../src-renderer/features/registers/MovementsPage';
import { subjectOf, subjectOfAward } from '../../../../src-renderer/features/registers/AwardsPage';
import type { Award } from '../../../../src-renderer/data/schemas';
import { personToForm } from '../../../../src-renderer/features/registers/PersonFormDialog';
import { unitToForm } from '../../../../src-renderer/features/registers/UnitFormDialog';

describe('register forms', () => {
  it('starts a person and a unit with values their schemas accept once the name is typed', () => {
    expect(personInputSchema.safeParse({ ...personToForm(null), fullName: 'Nguyễn Thị Hoà' }).success).toBe(true);
    expect(unitInputSchema.safeParse({ ...unitToForm(null), name: 'Tổ dân phố 2' }).success).toBe(true);
    const empty = personInputSchema.safeParse(personToForm(null));
    expect(empty.error?.issues[0].message).toBe('Họ và tên không được để trống.');
  });

  it('asks for a person before a council member is saved', () => {
    const result = councilMemberFormSchema.safeParse({ personId: '', role: 'member', termFrom: '2026-01-01', termTo: null, note: '' });
    expect(result.error?.issues[0].message).toBe('Phải chọn cá nhân là thành viên Hội đồng.');
  });

  it('states the quorum and the CSTĐCS threshold of the council', () => {
    expect(councilSummary(12, DEFAULT_SETTINGS)).toBe(
      'Hội đồng có 12 thành viên trong nhiệm kỳ: phiên họp cần ít nhất 8 người dự; danh hiệu Chiến sĩ thi đua cơ sở cần ít nhất 10 phiếu đồng ý (80 % tổng số thành viên).',
    );
    expect(councilSummary(0, DEFAULT_SETTINGS)).toBe('Chưa có thành viên Hội đồng trong nhiệm kỳ hiện tại.');
  });

  it('cites a movement’s launching document', () => {
    expect(launchDocText({ launchDocNumber: '12/KH-UBND', launchDocDate: '2026-01-15', launchDocIssuer: 'Ủy ban nhân dân phường Ninh Hà' }))
      .toBe('Số 12/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân phường Ninh Hà');
    expect(launchDocText({ launchDocNumber: '', launchDocDate: null, launchDocIssuer: '' })).toBe('');
  });

  it('knows whose award history is shown only once the subject is complete', () => {
    expect(subjectOf('person', null, null, { name: '', address: '' })).toBeNull();
    expect(subjectOf('unit', null, 'u1', { name: '', address: '' })).toEqual({ kind: 'unit', unitId: 'u1' });
    expect(subjectOf('household', null, null, { name: ' Hộ ông Nam ', address: 'Tổ 8' })).toEqual({ kind: 'household', name: 'Hộ ông Nam', address: 'Tổ 8' });
  });

  it('reads the subject back from an award row of the year list', () => {
    const row = { subjectKind: 'household', personId: null, unitId: null, householdName: 'Hộ bà Lan', householdAddress: 'Tổ dân phố 2' } as Award;
    expect(subjectOfAward(row)).toEqual({ kind: 'household', name: 'Hộ bà Lan', address: 'Tổ dân phố 2' });
    expect(subjectOfAward({ ...row, subjectKind: 'person', personId: 'p1' })).toEqual({ kind: 'person', personId: 'p1' });
  });
});
