import { describe, expect, it } from 'vitest';
import { documentFileName, hasXlsxList } from '../../../../src-renderer/features/documents/documentKinds';
import { registerRows } from '../../../../src-renderer/features/documents/registerLogic';
import type { RegisteredDocument } from '../../../../src-renderer/data/schemas';

describe('document file names', () => {
  it('are ASCII, named after the type and the number (or the date when unnumbered)', () => {
    const doc = { id: '3f2a9c1e-0000-4000-8000-000000000000', title: 'Biên bản họp Hội đồng', date: '2026-12-10' };
    expect(documentFileName({ ...doc, kind: 'meetingMinutes', numberText: '01/BB-HĐTĐKT' }, 'docx')).toBe('Bien-ban-hop-Hoi-dong-01-BB-HDTDKT-2026.docx');
    expect(documentFileName({ ...doc, kind: 'submission', numberText: '05/TTr-UBND', date: '2026-12-12' }, 'xlsx')).toBe('Danh-sach-To-trinh-05-TTr-UBND-2026.xlsx');
    // Numbers start again each year: the year keeps 01/BB of 2026 and of 2027 apart.
    expect(documentFileName({ ...doc, kind: 'meetingMinutes', numberText: '01/BB-HĐTĐKT', date: '2027-01-05' }, 'docx')).toBe('Bien-ban-hop-Hoi-dong-01-BB-HDTDKT-2027.docx');
  });

  it('names two ballot papers of the same day apart: by subject, and by register entry when reissued', () => {
    const paper = { kind: 'ballotPaper' as const, numberText: '', date: '2026-12-10' };
    const cstdcs = documentFileName({ ...paper, id: '3f2a9c1e-aaaa', title: 'Phiếu bầu Chiến sĩ thi đua cơ sở năm 2026' }, 'docx');
    const tinh = documentFileName({ ...paper, id: '77b0d2aa-bbbb', title: 'Phiếu bầu Chiến sĩ thi đua cấp tỉnh năm 2026' }, 'docx');
    const again = documentFileName({ ...paper, id: '0c1d2e3f-cccc', title: 'Phiếu bầu Chiến sĩ thi đua cơ sở năm 2026' }, 'docx');
    expect(cstdcs).toBe('Phieu-bau-2026-12-10-Chien-si-thi-dua-co-so-nam-2026-3f2a9c.docx');
    expect(new Set([cstdcs, tinh, again]).size).toBe(3);
  });

  it('offer .xlsx only for the lists sent upward', () => {
    expect(['submission', 'decision', 'scoreTable', 'goodDeedsLetter'].every((k) => hasXlsxList(k as never))).toBe(true);
    expect(hasXlsxList('meetingMinutes')).toBe(false);
    expect(hasXlsxList('personalReport')).toBe(false);
  });
});

function doc(partial: Partial<RegisteredDocument>): RegisteredDocument {
  return {
    id: partial.numberText ?? 'x', kind: 'meetingMinutes', year: 2026, date: '2026-12-10', title: '', sourceTable: 'meetings', sourceIds: [],
    series: 'HĐTĐKT', number: 0, numberText: '', createdBy: '', numberRequest: '', createdAt: '2026-12-10T00:00:00.000Z', updatedAt: '2026-12-10T00:00:00.000Z', archived: 0, version: 1,
    ...partial,
  };
}

describe('register list', () => {
  const docs = [
    doc({ numberText: '01/BB-HĐTĐKT', number: 1, title: 'Họp Hội đồng xét khen thưởng' }),
    doc({ numberText: '02/BB-HĐTĐKT', number: 2, kind: 'voteCountMinutes', title: 'Kiểm phiếu bầu danh hiệu “Chiến sĩ thi đua cơ sở”' }),
    doc({ numberText: '01/TTr-UBND', number: 1, kind: 'submission', series: 'TTr-UBND', date: '2026-12-12', title: 'Về việc đề nghị khen thưởng năm 2026' }),
  ];

  it('puts the newest date first and the highest number of a series first', () => {
    expect(registerRows(docs, { kind: null, query: '' }).map((d) => d.numberText)).toEqual(['01/TTr-UBND', '02/BB-HĐTĐKT', '01/BB-HĐTĐKT']);
  });

  it('filters by type and finds numbers and trích yếu typed without diacritics', () => {
    expect(registerRows(docs, { kind: 'submission', query: '' }).map((d) => d.numberText)).toEqual(['01/TTr-UBND']);
    expect(registerRows(docs, { kind: null, query: 'chien si' }).map((d) => d.numberText)).toEqual(['02/BB-HĐTĐKT']);
    expect(registerRows(docs, { kind: null, query: 'bb-hdtdkt' }).map((d) => d.numberText)).toEqual(['02/BB-HĐTĐKT', '01/BB-HĐTĐKT']);
    expect(registerRows(docs, { kind: null, query: 'to trinh' }).map((d) => d.numberText)).toEqual(['01/TTr-UBND']);
  });
});
