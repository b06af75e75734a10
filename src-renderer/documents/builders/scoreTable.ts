/**
 * T8 Bảng tổng hợp điểm thi đua (DOMAIN.md §5 T8, §7): landscape (ND 30 PL I §I.2 allows it for
 * tables), one group of rows per khối with STT restarting, the tie-break rule stated under the
 * table, the preparer (left) and the council's chair (right) sign.
 */
import { formatNumber } from '../../domain/text';
import type { ScoreRow, ScoreTableModel } from '../models';
import { packDocument } from '../layout/document';
import { documentHeader } from '../layout/header';
import { bodyParagraph, run, titleBlock } from '../layout/paragraphs';
import { signaturePairs } from '../layout/signature';
import { dataTable, type TableRowSpec } from '../layout/tables';

/** Scores keep their decimals ("88,25"); a missing score prints as an empty cell. */
function score(n: number | null): string {
  return n === null ? '' : formatNumber(n, 2);
}

function rowCells(i: number, r: ScoreRow): string[] {
  return [String(i + 1), r.unit, score(r.selfScore), score(r.councilScore), score(r.bonus), score(r.deduction),
    score(r.total), r.rank === null ? '' : String(r.rank), r.classification, r.proposal, r.note ?? ''];
}

export function buildScoreTable(m: ScoreTableModel): Promise<Uint8Array> {
  const rows: TableRowSpec[] = m.blocks.flatMap((b) => [
    { group: b.name },
    ...b.rows.map((r, i) => ({ cells: rowCells(i, r) })),
  ]);
  const table = dataTable(
    [
      { header: 'STT', weight: 5, align: 'center' },
      { header: 'Đơn vị', weight: 17 },
      { header: 'Tự chấm', weight: 7, align: 'center' },
      { header: 'Hội đồng chấm', weight: 8, align: 'center' },
      { header: 'Điểm thưởng', weight: 7, align: 'center' },
      { header: 'Điểm trừ', weight: 6, align: 'center' },
      { header: 'Tổng điểm', weight: 7, align: 'center' },
      { header: 'Xếp hạng', weight: 6, align: 'center' },
      { header: 'Xếp loại', weight: 9, align: 'center' },
      { header: 'Đề nghị khen thưởng', weight: 17 },
      { header: 'Ghi chú', weight: 11 },
    ],
    rows,
    { orientation: 'landscape' },
  );
  const children = [
    ...documentHeader({ issuer: m.header, placeDate: m, orientation: 'landscape' }),
    ...titleBlock(m.title, m.summary, 'landscape'),
    table,
    bodyParagraph([run(m.tieBreakNote, { italics: true })], { before: 120 }),
    ...signaturePairs([m.preparerSignature, m.chairSignature], 'landscape'),
  ];
  return packDocument(m.title, [{ orientation: 'landscape', children }]);
}
