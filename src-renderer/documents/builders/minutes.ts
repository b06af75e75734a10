/**
 * Pieces shared by the council's two kinds of minutes (T2 họp Hội đồng, T4 kiểm phiếu): clock times
 * as minutes write them, the ballot result table, and the closing with THƯ KÝ/CHỦ TỌA-style pairs.
 */
import { formatLongDate, formatPercent } from '../../domain/text';
import type { IssuerHeader, Signature, VoteResultRow } from '../models';
import type { Paragraph, Table } from 'docx';
import { documentHeader } from '../layout/header';
import { bodyParagraph, run, titleBlock } from '../layout/paragraphs';
import { recipientsBlock, signaturePairs } from '../layout/signature';
import { dataTable, type TableRowSpec } from '../layout/tables';

/** "14:00" → "14 giờ 00 phút". */
export function clockTime(hhmm: string): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new RangeError(`Giờ không hợp lệ: “${hhmm}” (cần dạng HH:mm).`);
  return `${m[1].padStart(2, '0')} giờ ${m[2]} phút`;
}

/** "14 giờ 00 phút, ngày 05 tháng 3 năm 2026". */
export function clockDate(hhmm: string, isoDate: string): string {
  return `${clockTime(hhmm)}, ${formatLongDate(isoDate)}`;
}

/** Share as a percentage with two decimals at most: 0.90909 → "90,91 %". */
export function percent(share: number): string {
  return formatPercent(share * 100);
}

/** Ballot results per nominee; the share is of the council's total membership (DOMAIN.md §4). */
export function voteResultsTable(rows: readonly VoteResultRow[]): Table {
  const body: TableRowSpec[] = rows.map((r, i) => ({
    cells: [String(i + 1), r.name, r.positionUnit, r.award, String(r.agree), String(r.disagree),
      percent(r.agreeShare), r.passed ? 'Đạt' : 'Không đạt'],
  }));
  return dataTable(
    [
      { header: 'STT', weight: 7, align: 'center' },
      { header: 'Họ và tên', weight: 16 },
      { header: 'Chức vụ, đơn vị', weight: 18 },
      { header: 'Danh hiệu', weight: 13 },
      { header: 'Đồng ý', weight: 10, align: 'center' },
      { header: 'Không đồng ý', weight: 10, align: 'center' },
      { header: 'Tỷ lệ đồng ý / tổng số thành viên', weight: 14, align: 'center' },
      { header: 'Kết quả', weight: 12, align: 'center' },
    ],
    body,
    { orientation: 'portrait' },
  );
}

/** The rule the table was judged by, stated under it. */
export function thresholdNote(totalMembers: number, passThresholdPercent: number): Paragraph {
  const text =
    `Tỷ lệ đồng ý tính trên tổng số ${totalMembers} thành viên Hội đồng (kể cả thành viên vắng mặt có ý kiến ` +
    `bằng văn bản); mức đạt: từ ${formatPercent(passThresholdPercent)} trở lên.`;
  return bodyParagraph([run(text, { italics: true })], { before: 120 });
}

export interface MinutesFrame {
  header: IssuerHeader;
  numberText: string;
  summary: string;
}

/** Header (council's own number series, no place-date line: ND 30 Mẫu 1.9) and title "BIÊN BẢN". */
export function minutesOpening(m: MinutesFrame): (Paragraph | Table)[] {
  return [
    ...documentHeader({ issuer: m.header, numberText: m.numberText, orientation: 'portrait' }),
    ...titleBlock('BIÊN BẢN', m.summary),
  ];
}

/** "Cuộc họp kết thúc …", the signature pairs, then Nơi nhận beneath on the left. */
export function minutesClosing(endLine: string, signatures: readonly Signature[], recipients: readonly string[]) {
  return [bodyParagraph([run(endLine)], { keepNext: true }), ...signaturePairs(signatures, 'portrait'), ...recipientsBlock(recipients, 360)];
}
