/**
 * T9 Công văn giới thiệu điển hình tiên tiến, người tốt việc tốt + danh sách (ND 30/2020 Mẫu 1.5;
 * DOMAIN.md §5 T9, §8): a công văn has no title, its trích yếu "V/v …" sits under the number; the
 * nine-column list follows in a landscape part with its own page numbers.
 */
import type { GoodDeedRow, GoodDeedsLetterModel } from '../models';
import { packDocument } from '../layout/document';
import { documentHeader } from '../layout/header';
import { addresseeParagraphs, annexHeading, bodyBlocks } from '../layout/paragraphs';
import { closing } from '../layout/signature';
import { dataTable } from '../layout/tables';

function rowCells(i: number, r: GoodDeedRow): string[] {
  return [String(i + 1), r.name, r.birthYearGender, r.addressUnit, r.field, r.deed, r.introducedBy, r.publicity,
    r.note ?? ''];
}

export function buildGoodDeedsLetter(m: GoodDeedsLetterModel): Promise<Uint8Array> {
  const letter = [
    ...documentHeader({
      issuer: m.header,
      numberText: m.numberText,
      subjectLine: m.summary,
      placeDate: m,
      orientation: 'portrait',
    }),
    ...addresseeParagraphs(m.addressees),
    ...bodyBlocks(m.body),
    ...closing(m.recipients, m.signature, 'portrait'),
  ];
  const attachedTo = { documentLabel: 'Công văn', numberText: m.numberText, date: m.date, issuerName: m.header.issuerName };
  const list = dataTable(
    [
      { header: 'STT', weight: 5, align: 'center' },
      { header: 'Họ và tên / Tên tập thể', weight: 12 },
      { header: 'Năm sinh, giới tính', weight: 8, align: 'center' },
      { header: 'Địa chỉ, đơn vị', weight: 12 },
      { header: 'Lĩnh vực', weight: 9 },
      { header: 'Việc làm, cách làm hay', weight: 20 },
      { header: 'Đơn vị giới thiệu', weight: 10 },
      { header: 'Đã tuyên truyền (kênh, ngày, đường dẫn)', weight: 16 },
      { header: 'Ghi chú', weight: 8 },
    ],
    m.rows.map((r, i) => ({ cells: rowCells(i, r) })),
    { orientation: 'landscape' },
  );
  return packDocument(`Công văn số ${m.numberText}`, [
    { orientation: 'portrait', children: letter },
    {
      orientation: 'landscape',
      children: [
        ...annexHeading({ label: '', title: 'DANH SÁCH', subtitle: m.listTitle, attachedTo, orientation: 'landscape' }),
        list,
      ],
    },
  ]);
}
