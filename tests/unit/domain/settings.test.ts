import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS, SETTING_REASONS, UPPER_LEVEL_PRESETS, makeUpperLevel, validateSettings,
} from '../../../src-renderer/domain/settings';
import type { WardSettings } from '../../../src-renderer/domain/settings';
import { TITLES, titleInfo, titlesAtLevel, titlesForSubject } from '../../../src-renderer/domain/titles';
import { checkDossier } from '../../../src-renderer/domain/dossier';
import { TITLE_CODES } from '../../../src-renderer/domain/vocabulary';

describe('settings defaults and their reasons', () => {
  it('has the DOMAIN.md defaults', () => {
    expect(DEFAULT_SETTINGS.ballotThresholdPercent.CSTDCS).toBe(80); // NĐ 98/2023 Đ30.7 [U]
    expect([DEFAULT_SETTINGS.quorumNumerator, DEFAULT_SETTINGS.quorumDenominator]).toEqual([2, 3]);
    expect(DEFAULT_SETTINGS.cstdcsMaxShareOfLdtt).toBeNull(); // ND 91/2017 cap repealed
    expect(DEFAULT_SETTINGS.memberLdttSharePercent).toBe(70);
    expect(DEFAULT_SETTINGS.goodDeedsDueDay).toBe(14);
    expect(DEFAULT_SETTINGS.goodDeedsYearlyTarget).toBe(5);
    expect(DEFAULT_SETTINGS.upwardDeadline).toBe('12-10');
    expect(DEFAULT_SETTINGS.baseSalaryHistory).toEqual([{ from: '2024-07-01', amount: 2_340_000 }, { from: '2026-07-01', amount: 2_530_000 }]);
    expect(DEFAULT_SETTINGS.rewardCoefficients.GIAY_KHEN?.household).toBe(0.45); // households × 1,5
    expect(DEFAULT_SETTINGS.rewardCoefficients.BANG_KHEN_TINH?.household).toBe(2.25);
  });

  it('gives every setting a Vietnamese reason and a reference', () => {
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof WardSettings)[]) {
      expect(SETTING_REASONS[key].reason.length).toBeGreaterThan(10);
      expect(SETTING_REASONS[key].reference.length).toBeGreaterThan(3);
    }
  });

  it('the defaults validate', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual([]);
  });

  it.each<[Partial<WardSettings>, keyof WardSettings]>([
    [{ ballotThresholdPercent: { CSTDCS: 120 } }, 'ballotThresholdPercent'],
    [{ quorumNumerator: 4, quorumDenominator: 3 }, 'quorumNumerator'],
    [{ awardSessionQuorumPercent: 0 }, 'awardSessionQuorumPercent'],
    [{ cstdcsMaxShareOfLdtt: -15 }, 'cstdcsMaxShareOfLdtt'],
    [{ memberLdttSharePercent: 0 }, 'memberLdttSharePercent'],
    [{ goodDeedsDueDay: 31 }, 'goodDeedsDueDay'],
    [{ upwardDeadline: '10/12' }, 'upwardDeadline'],
    [{ familyReviewDeadline: '13-25' }, 'familyReviewDeadline'],
    [{ familyPublicNoticeDays: 0 }, 'familyPublicNoticeDays'],
    [{ familyDecisionDays: 61 }, 'familyDecisionDays'],
    [{ baseSalaryHistory: [] }, 'baseSalaryHistory'],
    [{ baseSalaryHistory: [{ from: '2026-07-01', amount: 1 }, { from: '2024-07-01', amount: 2 }] }, 'baseSalaryHistory'],
    [{ classificationBands: [{ label: 'A', minScore: 50 }, { label: 'B', minScore: 60 }] }, 'classificationBands'],
    [{ tieBreakOrder: ['womenFirst', 'womenFirst'] }, 'tieBreakOrder'],
  ])('rejects %o', (patch, field) => {
    expect(validateSettings({ ...DEFAULT_SETTINGS, ...patch }).map((i) => i.field)).toContain(field);
  });
});

describe('upper level presets (DOMAIN.md §1: the province since 01/7/2025)', () => {
  it('builds the province preset with Sở Nội vụ as the standing body', () => {
    expect(makeUpperLevel('province', ' Khánh Hòa ')).toEqual({
      kind: 'province', areaName: 'Khánh Hòa', councilName: 'Hội đồng Thi đua - Khen thưởng tỉnh Khánh Hòa',
      authority: 'Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa', standingBody: 'Sở Nội vụ tỉnh Khánh Hòa',
    });
    // The profile holds the ward's own upper level; the rule defaults name no province.
    expect('upperLevel' in DEFAULT_SETTINGS).toBe(false);
    expect(JSON.stringify(DEFAULT_SETTINGS)).not.toMatch(/Khánh Hòa|Ninh Hòa/);
  });
  it('keeps the old town council as a preset', () => {
    expect(makeUpperLevel('town', 'Ninh Hòa').councilName).toBe('Hội đồng Thi đua - Khen thưởng thị xã Ninh Hòa');
    expect(UPPER_LEVEL_PRESETS.town.label).toContain('trước 01/7/2025');
  });
});

describe('title catalogue (DOMAIN.md §2-4)', () => {
  it('covers every TitleCode with a label and a legal reference', () => {
    for (const code of TITLE_CODES) {
      expect(TITLES[code].code).toBe(code);
      expect(titleInfo(code).reference).toMatch(/Luật|NĐ|QĐ/);
    }
  });
  it('the ward chairman decides CSTĐCS and TTLĐTT since NĐ 129/2025 Đ59', () => {
    expect(titlesAtLevel('ward')).toEqual(expect.arrayContaining(['LDTT', 'CSTDCS', 'TTLDTT', 'TDP_VAN_HOA', 'GIA_DINH_VAN_HOA', 'GIAY_KHEN']));
    expect(titlesAtLevel('upward')).toEqual(expect.arrayContaining(['CSTD_TINH', 'TTLDXS', 'BANG_KHEN_TINH', 'CO_THI_DUA_TINH', 'XA_TIEU_BIEU']));
    expect(TITLES.CSTDCS.reference).toContain('NĐ 129/2025 Đ59');
  });
  it('lists titles by subject', () => {
    expect(titlesForSubject('household')).toEqual(['GIA_DINH_VAN_HOA', 'GIAY_KHEN', 'BANG_KHEN_TINH']);
    expect(titlesForSubject('person')).not.toContain('TTLDTT');
  });
});

describe('dossier checklist (Luật TĐKT 2022 Đ84.1, QĐ 638/QĐ-BNV for CSTĐCS)', () => {
  it('CSTĐCS needs the ballot result; missing parts the app can generate are listed', () => {
    const status = checkDossier('CSTDCS', ['submission', 'personalReport'], DEFAULT_SETTINGS);
    expect(status.complete).toBe(false);
    expect(status.missing.map((p) => p.id)).toEqual(['councilMinutes', 'voteCount', 'initiativeProof']);
    expect(status.generatableMissing.map((p) => p.documentKind)).toEqual(['meetingMinutes', 'voteCountMinutes']);
  });
  it('optional parts do not block completeness', () => {
    const status = checkDossier('BANG_KHEN_TINH', ['submission', 'councilMinutes', 'achievementReport', 'electronicFiles'], DEFAULT_SETTINGS);
    expect(status.complete).toBe(true);
    expect(status.parts.find((p) => p.id === 'taxConfirmation')?.present).toBe(false);
  });
  it('Gia đình văn hóa uses the NĐ 86/2023 Mẫu 01-03', () => {
    expect(DEFAULT_SETTINGS.dossierChecklists.GIA_DINH_VAN_HOA.map((p) => p.label).join(' ')).toMatch(/Mẫu 01.*Mẫu 02.*Mẫu 03/);
  });
});
