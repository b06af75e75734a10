/**
 * The skeleton shared by the báo cáo thành tích of a person (T6) and of a collective (T7), after
 * NĐ 152/2025 Mẫu 04/05 (same skeleton in Hà Nội QĐ 71/2025 Mẫu 01): facts, achievements, and the
 * two tables of awards already received.
 */
import type { Paragraph, Table } from 'docx';
import type { AchievementReport, AwardRecord, ReportField, Signature } from '../models';
import { bodyParagraph, fieldParagraph, headingParagraph, line, run, titleBlock } from '../layout/paragraphs';
import { SIZE } from '../layout/geometry';
import { signaturePairs } from '../layout/signature';
import { dataTable } from '../layout/tables';

/** "- Họ và tên: Nguyễn Văn An", or a dotted line where the records have nothing. */
export function profileParagraphs(fields: readonly ReportField[]): Paragraph[] {
  return fields.map((f) => fieldParagraph(f.label, f.value));
}

function awardTable(records: readonly AwardRecord[], awardHeader: string, decisionHeader: string): Paragraph | Table {
  if (records.length === 0) return bodyParagraph([run('Chưa có.', { italics: true })]);
  return dataTable(
    [
      { header: 'Năm', weight: 12, align: 'center' },
      { header: awardHeader, weight: 34 },
      { header: decisionHeader, weight: 54 },
    ],
    [...records].sort((a, b) => a.year - b.year).map((r) => ({ cells: [String(r.year), r.award, r.decision] })),
    { orientation: 'portrait' },
  );
}

/** Part III: danh hiệu thi đua, then hình thức khen thưởng, each a table (or "Chưa có."). */
export function awardsReceived(report: AchievementReport): (Paragraph | Table)[] {
  return [
    headingParagraph('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'),
    bodyParagraph([run('1. Danh hiệu thi đua:')], { keepNext: true }),
    awardTable(report.titles, 'Danh hiệu thi đua', 'Số, ngày, tháng, năm của quyết định công nhận; cơ quan ban hành'),
    bodyParagraph([run('2. Hình thức khen thưởng:')], { keepNext: true, before: 120 }),
    awardTable(report.commendations, 'Hình thức khen thưởng', 'Số, ngày, tháng, năm của quyết định khen thưởng; cơ quan ban hành'),
  ];
}

/** "BÁO CÁO THÀNH TÍCH" and "Đề nghị tặng …" under it. */
export function reportTitle(report: AchievementReport): Paragraph[] {
  return titleBlock('BÁO CÁO THÀNH TÍCH', `Đề nghị tặng ${report.proposedAward}`);
}

/** Two signatures side by side, then the proposing level's certification centred below. */
export function reportSignatures(left: Signature, right: Signature): (Paragraph | Table)[] {
  return [
    ...signaturePairs([left, right], 'portrait'),
    line('XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG', { size: SIZE.signature, bold: true, before: 480 }),
    line('(Ký, đóng dấu)', { italics: true }),
  ];
}
