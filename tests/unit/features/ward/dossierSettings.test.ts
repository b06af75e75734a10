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
    expect(isDefaultChecklist('LDTT', ldtt)).toBe(true);
    expect(isDefaultChecklist('LDTT', addPart(ldtt, 'Thêm'))).toBe(false);
  });
});
