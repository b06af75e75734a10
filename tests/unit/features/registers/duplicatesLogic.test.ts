import { describe, expect, it } from 'vitest';
import { mergeSummary } from '../../../../src-renderer/features/registers/duplicatesLogic';

describe('mergeSummary', () => {
  const none = { awards: 0, nominations: 0, goodDeeds: 0, councilMembers: 0, meetings: 0 };
  it('says what moved, naming only what there was', () => {
    expect(mergeSummary('Lê Thị Hoà', 'Lê Thị Hòa', { ...none, awards: 1, nominations: 2 })).toBe('Đã gộp “Lê Thị Hoà” vào “Lê Thị Hòa”, chuyển 1 khen thưởng, 2 đề nghị.');
    expect(mergeSummary('A', 'B', { awards: 1, nominations: 1, goodDeeds: 1, councilMembers: 1, meetings: 1200 }))
      .toBe('Đã gộp “A” vào “B”, chuyển 1 khen thưởng, 1 đề nghị, 1 báo cáo người tốt, việc tốt, 1 tư cách thành viên Hội đồng, 1.200 phiên họp.');
    expect(mergeSummary('A', 'B', none)).toBe('Đã gộp “A” vào “B”.');
  });
});
