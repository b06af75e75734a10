/**
 * T9 Công văn giới thiệu điển hình tiên tiến, người tốt việc tốt + danh sách (ND 30/2020 Mẫu 1.5;
 * DOMAIN.md §5 T9, §8): a công văn has no title, its trích yếu "V/v …" sits under the number; the
 * nine-column list follows in a landscape part with its own page numbers.
 */
import type { GoodDeedsLetterModel } from '../models';
import { packDocument } from '../layout/document';
import { documentHeader } from '../layout/header';
import { addresseeParagraphs, annexHeading, bodyBlocks } from '../layout/paragraphs';
import { closing } from '../layout/signature';
import { dataTable, listRow } from '../layout/tables';
import { GOOD_DEED_COLUMNS, goodDeedValues } from '../lists';

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
    ...bodyBlocks(m.body, { keepLastWithNext: true }),
    ...closing(m.recipients, m.signature, 'portrait'),
  ];
  const attachedTo = { documentLabel: 'Công văn', numberText: m.numberText, date: m.date, issuerName: m.header.issuerName };
  const list = dataTable(
    GOOD_DEED_COLUMNS,
    m.rows.map((r, i) => listRow(GOOD_DEED_COLUMNS, goodDeedValues(i, r))),
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
