import { describe, expect, it } from 'vitest';
import { classifyTotal, onHundredScale, setBands, suggestTitles, validateCriteriaSet } from '../../../src-renderer/domain/scoring';
import type { CriteriaSetDefinition, RankedRow } from '../../../src-renderer/domain/scoring';
import { DEFAULT_SETTINGS, classificationBandsProblem, validateSettings } from '../../../src-renderer/domain/settings';

const ninetyPoints: CriteriaSetDefinition = {
  name: 'Hội Cựu chiến binh 2026', year: 2026, bonusCap: null, deductionCap: null, coreSectionId: null,
  nodes: [{ id: 'a', label: 'Nhiệm vụ', kind: 'item', maxPoints: 90 }],
};
/** Hội CCB commune table, 90 points: 81–90 xuất sắc, 71–80 tiên tiến, 61–70 vững mạnh (DOMAIN.md §7). */
const ccbBands = [
  { label: 'Vững mạnh', minScore: 61 },
  { label: 'Xuất sắc', minScore: 81 },
  { label: 'Tiên tiến', minScore: 71 },
];

describe('onHundredScale', () => {
  it('reads a 100-point table as is and scales other tables to 100 points', () => {
    expect(onHundredScale(88.25, 100)).toBe(88.25);
    expect(onHundredScale(51, 60)).toBe(85);
    expect(onHundredScale(81, 90)).toBe(90);
    expect(onHundredScale(2, 3)).toBe(66.67);
    expect(onHundredScale(7, 0)).toBe(7);
  });
});

describe('setBands and classifyTotal', () => {
  it('reads the ward’s bands on a 100-point scale when the set has none', () => {
    const bands = setBands(ninetyPoints, DEFAULT_SETTINGS.classificationBands);
    expect(bands).toMatchObject({ own: false, scaleMax: 90 });
    // 81/90 = 90 on the ward's scale: "Xuất sắc" from 90.
    expect(classifyTotal(81, bands)).toEqual({ band: { label: 'Xuất sắc', minScore: 90 }, index: 0 });
    expect(classifyTotal(72, bands)?.band.label).toBe('Tốt');
  });

  it('reads the set’s own bands on the set’s own points, highest first whatever the order typed', () => {
    const bands = setBands({ ...ninetyPoints, classificationBands: ccbBands }, DEFAULT_SETTINGS.classificationBands);
    expect(bands.own).toBe(true);
    expect(bands.bands.map((b) => b.label)).toEqual(['Xuất sắc', 'Tiên tiến', 'Vững mạnh']);
    expect(classifyTotal(81, bands)).toEqual({ band: { label: 'Xuất sắc', minScore: 81 }, index: 0 });
    expect(classifyTotal(88.25, bands)?.index).toBe(0);
    expect(classifyTotal(70.99, bands)?.band.label).toBe('Vững mạnh');
    expect(classifyTotal(60, bands)).toBeNull();
  });

  it('treats an empty list of own bands as none', () => {
    expect(setBands({ ...ninetyPoints, classificationBands: [] }, DEFAULT_SETTINGS.classificationBands).own).toBe(false);
  });
});

describe('band validation', () => {
  it('needs named bands with strictly decreasing minima, for the ward and for a set', () => {
    expect(classificationBandsProblem(DEFAULT_SETTINGS.classificationBands)).toBeNull();
    expect(classificationBandsProblem([])).not.toBeNull();
    expect(classificationBandsProblem([{ label: 'A', minScore: 80 }, { label: 'B', minScore: 80 }])).not.toBeNull();
    expect(classificationBandsProblem([{ label: ' ', minScore: 80 }])).not.toBeNull();
    expect(classificationBandsProblem([{ label: 'A', minScore: Number.NaN }])).not.toBeNull();
    expect(validateSettings({ ...DEFAULT_SETTINGS, classificationBands: [] }).map((i) => i.field)).toEqual(['classificationBands']);
    expect(validateCriteriaSet({ ...ninetyPoints, classificationBands: [{ label: 'A', minScore: 50 }, { label: 'B', minScore: 60 }] }))
      .toEqual([{ nodeId: null, severity: 'error', message: 'Các mức xếp loại cần có tên và điểm tối thiểu giảm dần, không trùng.' }]);
    expect(validateCriteriaSet({ ...ninetyPoints, classificationBands: [{ label: 'Đạt', minScore: 50 }] })).toEqual([]);
  });
});

describe('suggestTitles', () => {
  const ranked: RankedRow = { id: 'x', total: 95, rank: 1, position: 1, tied: true, decidedBy: null, unresolved: true, note: '' };
  it('an unresolved tie at the top proposes no leader until the council decides', () => {
    expect(suggestTitles(ranked, 0, 'office')).toEqual(['TTLDXS']);
    expect(suggestTitles({ ...ranked, unresolved: false }, 0, 'office')).toEqual(['GIAY_KHEN', 'TTLDXS']);
  });
  it('the second band proposes TTLĐTT; a tổ dân phố in the top two bands “Tổ dân phố văn hóa”; lower bands nothing', () => {
    expect(suggestTitles({ ...ranked, position: 2 }, 1, 'school')).toEqual(['TTLDTT']);
    expect(suggestTitles({ ...ranked, position: 2 }, 1, 'tdp')).toEqual(['TDP_VAN_HOA']);
    expect(suggestTitles({ ...ranked, position: 3 }, 2, 'school')).toEqual([]);
    expect(suggestTitles({ ...ranked, position: 3 }, 2, 'tdp')).toEqual([]);
    expect(suggestTitles({ ...ranked, position: 3 }, null, 'tdp')).toEqual([]);
  });
});
