import { describe, expect, it } from 'vitest';
import {
  MOVEMENT_PLAN_PARTS, emptyPlanParts, planGapsMessage, quotaAmount, quotaSentence, quotasFor, type MovementPlan,
} from '../../../src-renderer/domain/movementPlan';
import type { MovementQuota } from '../../../src-renderer/domain/provincePack';

const FULL: MovementPlan = {
  objectives: 'Mục tiêu', scope: 'Phạm vi', participants: 'Đối tượng', contentAndCriteria: 'Nội dung', timeline: 'Thời gian', measures: 'Biện pháp',
};

describe('the parts of a Kế hoạch phát động (Luật TĐKT 2022 Điều 17.1)', () => {
  it('lists six parts in the law’s order', () => {
    expect(MOVEMENT_PLAN_PARTS).toEqual(['objectives', 'scope', 'participants', 'contentAndCriteria', 'timeline', 'measures']);
  });

  it('finds no gap in a full plan', () => {
    expect(emptyPlanParts(FULL)).toEqual([]);
    expect(planGapsMessage(FULL)).toBeNull();
  });

  it('names every empty part, blanks and spaces counting as empty, in order', () => {
    const plan = { ...FULL, timeline: '  \n ', objectives: '' };
    expect(emptyPlanParts(plan)).toEqual(['objectives', 'timeline']);
    expect(planGapsMessage(plan)).toBe('Kế hoạch phát động còn thiếu: Mục tiêu, Thời gian.');
  });
});

describe('per-ward quotas of a province pack', () => {
  const quotas: MovementQuota[] = [
    { movement: 'Người tốt, việc tốt', quota: 5, unit: 'điển hình', citation: 'Đ12' },
    { movement: 'Chung tay vì người nghèo', quota: 12, unit: 'nhà đại đoàn kết', citation: '' },
  ];

  it('applies a quota whose movement name is part of the movement’s, accents and case aside', () => {
    expect(quotasFor(quotas, 'Phong trào NGUOI TOT, VIEC TOT năm 2026')).toEqual([quotas[0]]);
    expect(quotasFor(quotas, 'Chung tay')).toEqual([quotas[1]]);
    expect(quotasFor(quotas, 'Chuyển đổi số')).toEqual([]);
    expect(quotasFor(quotas, '   ')).toEqual([]);
  });

  it('states the quota as a chỉ tiêu with its source', () => {
    expect(quotaAmount(quotas[0])).toBe('05 điển hình');
    expect(quotaAmount(quotas[1])).toBe('12 nhà đại đoàn kết');
    expect(quotaSentence(quotas[0], 'phường Ninh Hà', '09/2024/QĐ-UBND')).toBe(
      'Chỉ tiêu: phường Ninh Hà phấn đấu đạt ít nhất 05 điển hình (chỉ tiêu giao cho mỗi phường, xã theo Quyết định số 09/2024/QĐ-UBND, Đ12).',
    );
    expect(quotaSentence(quotas[1], 'xã Ninh Thọ', '')).toBe('Chỉ tiêu: xã Ninh Thọ phấn đấu đạt ít nhất 12 nhà đại đoàn kết (chỉ tiêu giao cho mỗi phường, xã).');
  });
});
