import { describe, expect, it } from 'vitest';
import { endHold, endHoldFormSchema, holdEndNote, reopenHold } from '../../../../src-renderer/features/nominations/holdLogic';

const holds = [
  { kind: 'discipline' as const, active: true, note: 'Khiển trách', endedOn: null },
  { kind: 'complaint' as const, active: true, note: 'Đơn phản ánh', endedOn: null },
];

describe('holds', () => {
  it('ends one hold on a date, and reopening clears the date', () => {
    const ended = endHold(holds, 0, '2026-05-31');
    expect(ended[0]).toMatchObject({ active: false, endedOn: '2026-05-31' });
    expect(ended[1]).toEqual(holds[1]);
    expect(reopenHold(ended, 0)[0]).toMatchObject({ active: true, endedOn: null });
  });

  it('says that only later achievements count after a discipline ends', () => {
    expect(holdEndNote(holds[0], '2026-06-01')).toBeNull();
    expect(holdEndNote(endHold(holds, 0, '2026-05-31')[0], '2026-06-01')).toBe(
      'Đã kết thúc ngày 31/05/2026: chỉ tính thành tích đạt được sau ngày này (NĐ 152/2025 Đ4).',
    );
    expect(holdEndNote(endHold(holds, 1, '2026-06-02')[1], '2026-06-02')).toBe('Đã kết thúc ngày 02/06/2026.');
  });

  it('a hold whose end date is ahead still applies and says the review resumes by itself that day', () => {
    const scheduled = { ...holds[0], endedOn: '2026-12-01' };
    expect(holdEndNote(scheduled, '2026-11-20')).toBe('Tạm dừng đến hết ngày 30/11/2026; từ ngày 01/12/2026 đề nghị tự xét tiếp.');
    expect(holdEndNote(scheduled, '2026-12-01')).toBe('Đã kết thúc ngày 01/12/2026: chỉ tính thành tích đạt được sau ngày này (NĐ 152/2025 Đ4).');
  });

  it('requires a valid end date', () => {
    expect(endHoldFormSchema.safeParse({ endedOn: '2026-05-31' }).success).toBe(true);
    expect(endHoldFormSchema.safeParse({ endedOn: '2026-02-30' }).success).toBe(false);
    expect(endHoldFormSchema.safeParse({ endedOn: null }).success).toBe(false);
  });
});
