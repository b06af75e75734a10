import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src-renderer/domain/settings';
import { bandRowsForScale, bandRows, bandsOfRows, prepareScoringRules, tieBreakChoices, unreadableBand } from '../../../../src-renderer/features/criteria/scoringRules';

describe('scoring rules edited beside the criteria', () => {
  it('offers every tie-break key once: the chosen ones first, in order', () => {
    expect(tieBreakChoices(['fewerDeductions', 'councilVote'])).toEqual([
      { key: 'fewerDeductions', enabled: true },
      { key: 'councilVote', enabled: true },
      { key: 'coreGroupCouncilScore', enabled: false },
      { key: 'womenFirst', enabled: false },
    ]);
  });

  it('sorts bands from the highest minimum and keeps only the enabled tie-break keys', () => {
    const { rules, issues } = prepareScoringRules(
      [{ label: ' Khá ', min: '70' }, { label: 'Xuất sắc', min: '90' }, { label: 'Tốt', min: '80' }],
      [{ key: 'womenFirst', enabled: true }, { key: 'fewerDeductions', enabled: false }],
      DEFAULT_SETTINGS,
    );
    expect(issues).toEqual([]);
    expect(rules.classificationBands.map((b) => b.label)).toEqual(['Xuất sắc', 'Tốt', 'Khá']);
    expect(rules.tieBreakOrder).toEqual(['womenFirst']);
  });

  it('refuses two bands with the same minimum or a band without a name, with the domain\'s message', () => {
    expect(prepareScoringRules([{ label: 'A', min: '80' }, { label: 'B', min: '80,0' }], [], DEFAULT_SETTINGS).issues).toEqual([
      'Các mức xếp loại cần có tên và điểm tối thiểu giảm dần, không trùng.',
    ]);
    expect(prepareScoringRules([{ label: '  ', min: '80' }], [], DEFAULT_SETTINGS).issues).toHaveLength(1);
  });

  it('reads typed minima (decimal comma or point), refusing one that is not a number with the domain’s check', () => {
    const rows = [{ label: 'Đạt', min: '50' }, { label: 'Xuất sắc', min: '72,5' }, { label: 'Tốt', min: 'abc' }];
    expect(unreadableBand(rows)).toBe('Điểm tối thiểu của mức “Tốt” phải là số.');
    expect(unreadableBand(rows.slice(0, 2))).toBeNull();
    const bands = bandsOfRows(rows);
    expect(bands.map((b) => b.label)).toEqual(['Xuất sắc', 'Đạt', 'Tốt']);
    expect(bands[0].minScore).toBe(72.5);
    expect(bands[2].minScore).toBeNaN();
    expect(prepareScoringRules(rows, [], DEFAULT_SETTINGS).issues).toHaveLength(1);
    expect(bandRows([{ label: 'Khá', minScore: 65.5 }])).toEqual([{ label: 'Khá', min: '65,5' }]);
  });

  it('starts a set’s own bands from the ward’s, rescaled from 100 points to the set’s points', () => {
    expect(bandRowsForScale([{ label: 'Xuất sắc', minScore: 90 }, { label: 'Khá', minScore: 65 }], 90)).toEqual([
      { label: 'Xuất sắc', min: '81' },
      { label: 'Khá', min: '58,5' },
    ]);
    expect(bandRowsForScale([{ label: 'Tốt', minScore: 80 }], 0)).toEqual([{ label: 'Tốt', min: '80' }]);
  });
});
