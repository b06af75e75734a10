/**
 * T10 Báo cáo tổng kết công tác thi đua, khen thưởng năm ("Số: NN/BC-UBND"; DOMAIN.md §5 T10):
 * sections of running text, then Phụ lục I with the award statistics of the year.
 */
import { formatNumber } from '../../domain/text';
import type { AnnualReportModel, AwardCountRow } from '../models';
import { packDocument } from '../layout/document';
import { documentHeader } from '../layout/header';
import { addresseeParagraphs, annexHeading, bodyBlocks, headingParagraph, titleBlock } from '../layout/paragraphs';
import { closing } from '../layout/signature';
import { dataTable, type TableRowSpec } from '../layout/tables';

/** Counts with thousands separators ("4.210"); a zero prints as an empty cell, as tallies are typed. */
function countCell(n: number): string {
  return n === 0 ? '' : formatNumber(n);
}

function statisticsRows(rows: readonly AwardCountRow[]): TableRowSpec[] {
  const sum = (pick: (r: AwardCountRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
  return [
    ...rows.map((r, i) => ({
      cells: [String(i + 1), r.award, r.decidedBy, countCell(r.collectives), countCell(r.individuals), countCell(r.households)],
    })),
    {
      cells: ['', 'Tổng cộng', '', formatNumber(sum((r) => r.collectives)), formatNumber(sum((r) => r.individuals)),
        formatNumber(sum((r) => r.households))],
      bold: true,
    },
  ];
}

export function buildAnnualReport(m: AnnualReportModel): Promise<Uint8Array> {
  const report = [
    ...documentHeader({ issuer: m.header, numberText: m.numberText, placeDate: m, orientation: 'portrait' }),
    ...titleBlock('BÁO CÁO', m.summary),
    ...addresseeParagraphs(m.addressees),
    ...m.sections.flatMap((s, i) => [headingParagraph(s.heading), ...bodyBlocks(s.blocks, { keepLastWithNext: i === m.sections.length - 1 })]),
    ...closing(m.recipients, m.signature, 'portrait'),
  ];
  const attachedTo = { documentLabel: 'Báo cáo', numberText: m.numberText, date: m.date, issuerName: m.header.issuerName };
  const statistics = dataTable(
    [
      { header: 'STT', weight: 7, align: 'center' },
      { header: 'Danh hiệu, hình thức khen thưởng', weight: 33 },
      { header: 'Cấp quyết định', weight: 24 },
      { header: 'Tập thể', weight: 12, align: 'center' },
      { header: 'Cá nhân', weight: 12, align: 'center' },
      { header: 'Hộ gia đình', weight: 12, align: 'center' },
    ],
    statisticsRows(m.awardCounts),
    { orientation: 'portrait' },
  );
  return packDocument(`Báo cáo số ${m.numberText}`, [
    { orientation: 'portrait', children: report },
    {
      orientation: 'portrait',
      children: [
        ...annexHeading({ label: 'Phụ lục I', title: 'SỐ LIỆU KHEN THƯỞNG', subtitle: '', attachedTo, orientation: 'portrait' }),
        statistics,
      ],
    },
  ]);
}
