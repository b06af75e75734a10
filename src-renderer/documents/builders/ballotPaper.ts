/**
 * T3 Phiếu bầu (no legal template; DOMAIN.md §5): the council's header and the date, no number, no
 * voter's name (secret ballot), one line per candidate with "Đồng ý" / "Không đồng ý" boxes.
 */
import type { BallotPaperModel } from '../models';
import { packDocument } from '../layout/document';
import { documentHeader } from '../layout/header';
import { bodyParagraph, run, titleBlock } from '../layout/paragraphs';
import { dataTable } from '../layout/tables';

export function buildBallotPaper(m: BallotPaperModel): Promise<Uint8Array> {
  const table = dataTable(
    [
      { header: 'STT', weight: 7, align: 'center' },
      { header: 'Họ và tên', weight: 27 },
      { header: 'Chức vụ, đơn vị', weight: 36 },
      { header: 'Đồng ý', weight: 15, align: 'center' },
      { header: 'Không đồng ý', weight: 15, align: 'center' },
    ],
    m.candidates.map((c, i) => ({ cells: [String(i + 1), c.name, c.positionUnit, '', ''] })),
    { orientation: 'portrait', size: 13, rowHeight: 680 },
  );
  const children = [
    ...documentHeader({ issuer: m.header, placeDate: m, orientation: 'portrait' }),
    ...titleBlock('PHIẾU BẦU', m.summary),
    table,
    bodyParagraph([run(m.instruction, { italics: true })], { before: 120 }),
  ];
  return packDocument('Phiếu bầu', [{ orientation: 'portrait', children }]);
}
