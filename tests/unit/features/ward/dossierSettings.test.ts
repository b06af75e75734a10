import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src-renderer/domain/settings';
import { checkDossier } from '../../../../src-renderer/domain/dossier';
import { effectiveSettings } from '../../../../src-renderer/data/registers';
import type { WardProfile } from '../../../../src-renderer/data/schemas';
import { addPart, checklistOverrides, checklistProblem, isDefaultChecklist } from '../../../../src-renderer/features/ward/dossierSettings';

const ldtt = DEFAULT_SETTINGS.dossierChecklists.LDTT;

describe('dossier checklist settings', () => {
  it('adds the ward\'s own parts with fresh ids, never as generatable', () => {
    const one = addPart(ldtt, '  Bản cam kết thi đua ');
    const two = addPart(one, 'Xác nhận của Chi bộ', false);
    expect(two.slice(-2)).toEqual([
      { id: 'rieng-1', label: 'Bản cam kết thi đua', required: true, generatable: false },
      { id: 'rieng-2', label: 'Xác nhận của Chi bộ', required: false, generatable: false },
    ]);
  });

  it('refuses blank and duplicate names', () => {
    expect(checklistProblem(ldtt)).toBeNull();
    expect(checklistProblem([...ldtt, { ...ldtt[0], id: 'x', label: ' ' }])).toBe('Tên thành phần hồ sơ không được để trống.');
    expect(checklistProblem([...ldtt, { ...ldtt[0], id: 'x', label: ldtt[0].label.toUpperCase() }])).toBe('Có hai thành phần hồ sơ trùng tên.');
  });

  it('stores one title\'s checklist and keeps every other title and override in force', () => {
    const parts = addPart(ldtt.filter((p) => p.id !== 'unitMinutes'), 'Bản cam kết thi đua');
    const overrides = checklistOverrides({ goodDeedsYearlyTarget: 8 }, DEFAULT_SETTINGS.dossierChecklists, 'LDTT', parts);
    const settings = effectiveSettings({ settingsOverrides: overrides, upperLevel: { councilName: '' } } as unknown as WardProfile);
    expect(settings.goodDeedsYearlyTarget).toBe(8);
    expect(settings.dossierChecklists.LDTT.map((p) => p.id)).toEqual(['submission', 'rieng-1']);
    expect(settings.dossierChecklists.CSTDCS).toEqual(DEFAULT_SETTINGS.dossierChecklists.CSTDCS);
    expect(checkDossier('LDTT', ['submission'], settings).missing.map((p) => p.label)).toEqual(['Bản cam kết thi đua']);
  });

  it('knows a checklist left at its default', () => {
    expect(isDefaultChecklist('LDTT', ldtt, 'province')).toBe(true);
    expect(isDefaultChecklist('LDTT', addPart(ldtt, 'Thêm'), 'province')).toBe(false);
  });

  it('names the province level as the ward does: a city CSTĐ\'s initiative reaches the city (issue 20)', () => {
    const city = effectiveSettings({ name: 'Phường Thử Nghiệm', provinceKind: 'city', settingsOverrides: {}, upperLevel: { councilName: '' } } as unknown as WardProfile);
    const proof = (parts: readonly { id: string; label: string }[]) => parts.find((p) => p.id === 'initiativeProof')?.label;
    expect(proof(city.dossierChecklists.CSTD_TINH)).toBe('Xác nhận sáng kiến, đề tài có phạm vi ảnh hưởng cấp thành phố');
    expect(proof(DEFAULT_SETTINGS.dossierChecklists.CSTD_TINH)).toBe('Xác nhận sáng kiến, đề tài có phạm vi ảnh hưởng cấp tỉnh');
    expect(isDefaultChecklist('CSTD_TINH', city.dossierChecklists.CSTD_TINH, 'city')).toBe(true);
    expect(isDefaultChecklist('CSTD_TINH', city.dossierChecklists.CSTD_TINH, 'province')).toBe(false);
  });
});
