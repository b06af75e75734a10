/**
 * Pieces shared by the council's two kinds of minutes (T2 họp Hội đồng, T4 kiểm phiếu): clock times
 * as minutes write them, the ballot result table, and the closing with THƯ KÝ/CHỦ TỌA-style pairs.
 */
import { formatLongDate, formatPercent } from '../../domain/text';
import type { IssuePlaceDate, IssuerHeader, Signature, VoteResultRow } from '../models';
import type { Paragraph, Table } from 'docx';
import { documentHeader } from '../layout/header';
import { bodyParagraph, run, titleBlock } from '../layout/paragraphs';
import { recipientsBlock, signaturePairs } from '../layout/signature';
import { dataTable, type TableRowSpec } from '../layout/tables';

/** "14:00" → "14 giờ 00 phút"; a time not recorded prints as a blank to fill in by hand. */
export function clockTime(hhmm: string): string {
  if (hhmm === '') return '…… giờ …… phút';
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

function writtenCell(r: VoteResultRow): string {
  const parts = [r.writtenAgree > 0 && `${r.writtenAgree} đồng ý`, r.writtenDisagree > 0 && `${r.writtenDisagree} không đồng ý`];
  return parts.filter(Boolean).join(', ');
}

/** "8 phiếu đồng ý + 1 ý kiến bằng văn bản = 9/9 thành viên, 100 %": papers and opinions added, of the total membership. */
export function agreeSum(r: VoteResultRow, totalMembers: number): string {
  const written = r.writtenAgree > 0 ? ` + ${r.writtenAgree} ý kiến bằng văn bản` : '';
  return `${r.agree} phiếu đồng ý${written} = ${r.agree + r.writtenAgree}/${totalMembers} thành viên, ${percent(r.agreeShare)}`;
}

/**
 * Ballot results per nominee: the secret ballot papers, the written opinions apart, and their sum
 * against the council's total membership (DOMAIN.md §4). The award column shows only when the rows
 * hold more than one award.
 */
export function voteResultsTable(rows: readonly VoteResultRow[], totalMembers: number): Table {
  const awards = new Set(rows.map((r) => r.award)).size > 1;
  const body: TableRowSpec[] = rows.map((r, i) => ({
    cells: [String(i + 1), r.name, r.positionUnit, ...(awards ? [r.award] : []), String(r.agree), String(r.disagree),
      writtenCell(r), `${r.agree + r.writtenAgree}/${totalMembers}\n${percent(r.agreeShare)}`, r.passed ? 'Đạt' : 'Không đạt'],
  }));
  return dataTable(
    [
      { header: 'STT', weight: 7, align: 'center' },
      { header: 'Họ và tên', weight: awards ? 13 : 17 },
      { header: 'Chức vụ, đơn vị', weight: awards ? 14 : 19 },
      ...(awards ? [{ header: 'Danh hiệu', weight: 11 }] : []),
      { header: 'Phiếu đồng ý', weight: 9, align: 'center' },
      { header: 'Phiếu không đồng ý', weight: 10, align: 'center' },
      { header: 'Ý kiến bằng văn bản', weight: 11, align: 'center' },
      { header: 'Đồng ý / tổng số thành viên', weight: awards ? 14 : 15, align: 'center' },
      { header: 'Kết quả', weight: awards ? 11 : 12, align: 'center' },
    ],
    body,
    { orientation: 'portrait' },
  );
}

/** Under the table: each nominee's sum in words, then the rule it was judged by. */
export function voteResultLines(rows: readonly VoteResultRow[], totalMembers: number, passThresholdPercent: number): Paragraph[] {
  const lines = rows.map((r) => `${r.name}: ${agreeSum(r, totalMembers)}, ${r.passed ? 'đạt' : 'không đạt'};`);
  const rule =
    `Tỷ lệ đồng ý tính trên tổng số ${totalMembers} thành viên Hội đồng: phiếu đồng ý cộng ý kiến đồng ý bằng văn bản ` +
    `của thành viên vắng mặt; mức đạt: từ ${formatPercent(passThresholdPercent)} trở lên.`;
  return [
    bodyParagraph([run('Tổng hợp kết quả:')], { keepNext: true, before: 120 }),
    ...lines.map((l) => bodyParagraph([run(`- ${l}`)])),
    bodyParagraph([run(rule, { italics: true })]),
  ];
}

export interface MinutesFrame extends IssuePlaceDate {
  header: IssuerHeader;
  numberText: string;
  summary: string;
}

/** Header (the council's own number series and its place-date line, as every ND 30 document has) and "BIÊN BẢN". */
export function minutesOpening(m: MinutesFrame): (Paragraph | Table)[] {
  return [
    ...documentHeader({ issuer: m.header, numberText: m.numberText, placeDate: m, orientation: 'portrait' }),
    ...titleBlock('BIÊN BẢN', m.summary),
  ];
}

/** "Cuộc họp kết thúc …", the signature pairs, then Nơi nhận beneath on the left. */
export function minutesClosing(endLine: string, signatures: readonly Signature[], recipients: readonly string[]) {
  return [bodyParagraph([run(endLine)], { keepNext: true }), ...signaturePairs(signatures, 'portrait'), ...recipientsBlock(recipients, 360)];
}
