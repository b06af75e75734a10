import { describe, expect, it } from 'vitest';
import { effectiveSettings } from '../../../../src-renderer/data/registers';
import type { WardProfile } from '../../../../src-renderer/data/schemas';
import { DEFAULT_SETTINGS } from '../../../../src-renderer/domain/settings';
import { isDefaultTexts, moveItem, textsOf, textsOverrides, textsProblem } from '../../../../src-renderer/features/ward/documentTextsSettings';

describe('editing a document type’s Căn cứ and Nơi nhận lines', () => {
  it('moves a line up or down, and leaves the ends where they are', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });

  it('refuses empty lines and a Nơi nhận not ending in “Lưu”, in Vietnamese', () => {
    const texts = textsOf(DEFAULT_SETTINGS, 'decision');
    expect(textsProblem(texts)).toBeNull();
    expect(textsProblem({ ...texts, recipients: ['Như Điều 3', ' ', 'Lưu: VT'] })).toBe('Dòng nơi nhận không được để trống.');
    expect(textsProblem({ ...texts, bases: [...texts.bases, { type: '', number: '', date: '', issuer: '', title: '' }] }))
      .toBe('Căn cứ thứ 6: chưa ghi loại văn bản (Luật, Nghị định, Thông tư…).');
    expect(textsProblem({ ...texts, recipients: ['Như Điều 3'] })).toBe('Dòng cuối của nơi nhận là “Lưu: VT, …”.');
  });

  it('stores one type’s lines trimmed, keeps the other types and other overrides, and the settings read them back', () => {
    const texts = textsOf(DEFAULT_SETTINGS, 'decision');
    texts.recipients[1] = '  Thường trực HĐND {phường} (b/c) ';
    texts.bases[0] = { ...texts.bases[0], title: ' quy định … ' };
    const overrides = textsOverrides({ ballotThresholdPercent: 60 }, DEFAULT_SETTINGS, 'decision', texts);
    const settings = effectiveSettings({ settingsOverrides: overrides } as unknown as WardProfile);
    expect(settings.ballotThresholdPercent).toBe(60);
    expect(settings.documentRecipients.decision[1]).toBe('Thường trực HĐND {phường} (b/c)');
    expect(settings.documentBases.decision[0].title).toBe('quy định …');
    expect(settings.documentRecipients.submission).toEqual(DEFAULT_SETTINGS.documentRecipients.submission);
    expect(settings.documentBases.submission).toEqual(DEFAULT_SETTINGS.documentBases.submission);
    expect(isDefaultTexts('decision', textsOf(settings, 'decision'))).toBe(false);
    expect(isDefaultTexts('submission', textsOf(settings, 'submission'))).toBe(true);
  });

  it('a type without Căn cứ (the minutes) changes only its Nơi nhận', () => {
    const texts = { bases: [], recipients: ['Thành viên {Hội đồng}', 'Lưu: VT, VP'] };
    const overrides = textsOverrides({}, DEFAULT_SETTINGS, 'meetingMinutes', texts);
    expect(overrides.documentBases).toEqual(DEFAULT_SETTINGS.documentBases);
    expect((overrides.documentRecipients as Record<string, string[]>).meetingMinutes).toEqual(texts.recipients);
    expect(textsOf(DEFAULT_SETTINGS, 'meetingMinutes').bases).toEqual([]);
  });
});
