import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DOCUMENT_BASES, DEFAULT_DOCUMENT_RECIPIENTS, basesProblem, basisLine, fillRecipients, recipientsProblem, regulationBasis,
} from '../../../src-renderer/domain/documentTexts';
import { DEFAULT_SETTINGS, validateSettings, type WardSettings } from '../../../src-renderer/domain/settings';
import { settingsWithPack } from '../../../src-renderer/domain/provincePack';

describe('Căn cứ lines (issue 19 item 1)', () => {
  it('cites a law by its name and date, a decree by type, number, date, issuer and title', () => {
    expect(DEFAULT_DOCUMENT_BASES.decision.map(basisLine)).toEqual([
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng',
      'Căn cứ Thông tư số 15/2025/TT-BNV ngày 04 tháng 8 năm 2025 của Bộ trưởng Bộ Nội vụ quy định biện pháp để tổ chức, hướng dẫn thi hành Luật Thi đua, khen thưởng và Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ',
      'Căn cứ Nghị định số 129/2025/NĐ-CP ngày 11 tháng 6 năm 2025 của Chính phủ quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nội vụ',
    ]);
    // A submission needs no local-government law; TT 15 still follows ND 152.
    const submission = DEFAULT_DOCUMENT_BASES.submission.map((b) => b.number);
    expect(submission.indexOf('15/2025/TT-BNV')).toBe(submission.indexOf('152/2025/NĐ-CP') + 1);
  });

  it('reads the type of the province’s regulation from its symbol', () => {
    const regulation = { number: '09/2024/QĐ-UBND', date: '2024-05-09', issuer: 'Ủy ban nhân dân tỉnh Khánh Hòa', title: 'ban hành Quy chế thi đua, khen thưởng tỉnh Khánh Hòa' };
    expect(basisLine(regulationBasis(regulation))).toBe(
      'Căn cứ Quyết định số 09/2024/QĐ-UBND ngày 09 tháng 5 năm 2024 của Ủy ban nhân dân tỉnh Khánh Hòa ban hành Quy chế thi đua, khen thưởng tỉnh Khánh Hòa',
    );
    expect(regulationBasis({ ...regulation, number: '12/2025/NQ-HĐND' }).type).toBe('Nghị quyết');
    expect(regulationBasis({ ...regulation, number: '03/CT-UBND' }).type).toBe('Chỉ thị');
    expect(regulationBasis({ ...regulation, number: '45/KH-UBND' }).type).toBe('Kế hoạch');
  });

  it('refuses a basis without a type or with a bad date, in Vietnamese', () => {
    const ok = DEFAULT_DOCUMENT_BASES.decision[2];
    expect(basesProblem(DEFAULT_DOCUMENT_BASES.decision)).toBeNull();
    expect(basesProblem([ok, { ...ok, type: ' ' }])).toBe('Căn cứ thứ 2: chưa ghi loại văn bản (Luật, Nghị định, Thông tư…).');
    expect(basesProblem([{ ...ok, date: '2025-13-40' }])).toBe('Căn cứ thứ 1: ngày ban hành không hợp lệ.');
    const issues = validateSettings({ ...DEFAULT_SETTINGS, documentBases: { ...DEFAULT_SETTINGS.documentBases, decision: [{ ...ok, date: '' }] } });
    expect(issues).toEqual([{ field: 'documentBases', message: 'Căn cứ thứ 1: ngày ban hành không hợp lệ.' }]);
  });
});

describe('Nơi nhận (issue 19 item 6)', () => {
  const ctx = { wardWord: 'xã', councilName: 'Hội đồng Thi đua - Khen thưởng xã Ninh Hà', upperCouncilName: '' };

  it('lists those informed (b/c) before "Lưu: VT, …" by default', () => {
    for (const lines of Object.values(DEFAULT_DOCUMENT_RECIPIENTS)) {
      expect(lines.at(-1)).toMatch(/^Lưu: VT, /);
      expect(recipientsProblem(lines)).toBeNull();
    }
    expect(DEFAULT_DOCUMENT_RECIPIENTS.decision.indexOf('Thường trực Đảng ủy, HĐND {phường} (b/c)')).toBe(1);
  });

  it('fills the placeholders from the ward and drops a line left empty', () => {
    expect(fillRecipients(DEFAULT_DOCUMENT_RECIPIENTS.annualReport, ctx)).toEqual([
      'Thường trực Đảng ủy, HĐND xã (b/c)', 'Chủ tịch, các Phó Chủ tịch UBND xã', 'Lưu: VT, VHXH',
    ]);
    expect(fillRecipients(DEFAULT_DOCUMENT_RECIPIENTS.voteCountMinutes, ctx)[0]).toBe('Hội đồng Thi đua - Khen thưởng xã Ninh Hà');
  });

  it('refuses an empty line or a list not ending with "Lưu"', () => {
    expect(recipientsProblem(['Như trên', ' '])).toBe('Dòng nơi nhận không được để trống.');
    expect(recipientsProblem(['Như trên'])).toBe('Dòng cuối của nơi nhận là “Lưu: VT, …”.');
    const issues = validateSettings({ ...DEFAULT_SETTINGS, documentRecipients: { ...DEFAULT_SETTINGS.documentRecipients, decision: ['Như Điều 3'] } });
    expect(issues.map((i) => i.field)).toEqual(['documentRecipients']);
  });
});

describe('texts saved before a document type existed', () => {
  it('keep the ward’s own lines and give the new type its defaults (a plan after texts saved for decisions)', () => {
    const saved = {
      documentRecipients: { decision: ['Như Điều 3', 'Lưu: VT'] } as unknown as WardSettings['documentRecipients'],
      documentBases: { decision: [] } as unknown as WardSettings['documentBases'],
    };
    const settings = settingsWithPack(undefined, saved);
    expect(settings.documentRecipients.decision).toEqual(['Như Điều 3', 'Lưu: VT']);
    expect(settings.documentRecipients.movementPlan).toEqual(DEFAULT_DOCUMENT_RECIPIENTS.movementPlan);
    expect(settings.documentBases.movementPlan).toEqual(DEFAULT_DOCUMENT_BASES.movementPlan);
    expect(settings.documentBases.decision).toEqual([]);
  });
});
