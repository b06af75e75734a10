/**
 * T8 Bảng tổng hợp điểm thi đua (DOMAIN.md §5 T8, §7): landscape (ND 30 PL I §I.2 allows it for
 * tables), one group of rows per khối with STT restarting (columns in lists.ts), the tie-break rule stated under the
 * table, the preparer (left) and the council's chair (right) sign.
 */
import type { ScoreTableModel } from '../models';
import { packDocument } from '../layout/document';
import { documentHeader } from '../layout/header';
import { bodyParagraph, run, titleBlock } from '../layout/paragraphs';
import { signaturePairs } from '../layout/signature';
import { dataTable, listRow, type TableRowSpec } from '../layout/tables';
import { SCORE_COLUMNS, scoreValues } from '../lists';

export function buildScoreTable(m: ScoreTableModel): Promise<Uint8Array> {
  const rows: TableRowSpec[] = m.blocks.flatMap((b) => [
    { group: b.name },
    ...b.rows.map((r, i) => listRow(SCORE_COLUMNS, scoreValues(i, r))),
  ]);
  const table = dataTable(SCORE_COLUMNS, rows, { orientation: 'landscape' });
  const children = [
    ...documentHeader({ issuer: m.header, placeDate: m, orientation: 'landscape' }),
    ...titleBlock(m.title, m.summary, 'landscape'),
    table,
    bodyParagraph([run(m.tieBreakNote, { italics: true })], { before: 120 }),
    ...signaturePairs([m.preparerSignature, m.chairSignature], 'landscape'),
  ];
  return packDocument(m.title, [{ orientation: 'landscape', children }]);
}
