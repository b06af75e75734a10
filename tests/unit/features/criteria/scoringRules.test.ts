import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src-renderer/domain/settings';
import { prepareScoringRules, tieBreakChoices } from '../../../../src-renderer/features/criteria/scoringRules';

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
      [{ label: ' Khá ', minScore: 70 }, { label: 'Xuất sắc', minScore: 90 }, { label: 'Tốt', minScore: 80 }],
      [{ key: 'womenFirst', enabled: true }, { key: 'fewerDeductions', enabled: false }],
      DEFAULT_SETTINGS,
    );
    expect(issues).toEqual([]);
    expect(rules.classificationBands.map((b) => b.label)).toEqual(['Xuất sắc', 'Tốt', 'Khá']);
    expect(rules.tieBreakOrder).toEqual(['womenFirst']);
  });

  it('refuses two bands with the same minimum or a band without a name, with the domain\'s message', () => {
    expect(prepareScoringRules([{ label: 'A', minScore: 80 }, { label: 'B', minScore: 80 }], [], DEFAULT_SETTINGS).issues).toEqual([
      'Các mức xếp loại cần có tên và điểm tối thiểu giảm dần, không trùng.',
    ]);
    expect(prepareScoringRules([{ label: '  ', minScore: 80 }], [], DEFAULT_SETTINGS).issues).toHaveLength(1);
  });
});
