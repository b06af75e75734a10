import { describe, expect, it } from 'vitest';
import * as domain from '../../../src-renderer/domain';

describe('domain entry point', () => {
  it('re-exports one function per question and the shared vocabulary', () => {
    for (const name of [
      'evaluateEligibility', 'evaluateYearQuotas', 'decideBallot', 'checkQuorum', 'computeSheetTotals', 'rankBlock', 'classify',
      'rewardAmount', 'formatDocumentNumber', 'nextDocumentNumber', 'searchKey', 'formatPlaceDate', 'checkTransition', 'checkDossier',
      'isValidIsoDate',
    ] as const) {
      expect(typeof domain[name]).toBe('function');
    }
    expect(domain.TITLE_CODES.every((code) => domain.TITLES[code].code === code)).toBe(true);
    expect(domain.DEFAULT_SETTINGS.ballotThresholdPercent.CSTDCS).toBe(80);
  });
});
