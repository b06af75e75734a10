/** T1 Tờ trình đề nghị khen thưởng + danh sách (ND 30/2020 Mẫu 1.4; NĐ 152/2025 Mẫu 01; Luật TĐKT 2022 Đ84.1). */
import type { SubmissionModel } from '../models';
import { packDocument } from '../layout/document';
import { documentHeader } from '../layout/header';
import { addresseeParagraphs, basesParagraphs, bodyBlocks, titleBlock } from '../layout/paragraphs';
import { closing } from '../layout/signature';
import { nomineeListSection } from './nomineeList';

export function buildSubmission(m: SubmissionModel): Promise<Uint8Array> {
  const letter = [
    ...documentHeader({ issuer: m.header, numberText: m.numberText, placeDate: m, orientation: 'portrait' }),
    ...titleBlock('TỜ TRÌNH', m.summary),
    ...addresseeParagraphs(m.addressees),
    ...basesParagraphs(m.bases),
    ...bodyBlocks(m.body, { keepLastWithNext: true }),
    ...closing(m.recipients, m.signature, 'portrait'),
  ];
  return packDocument(`Tờ trình số ${m.numberText}`, [{ orientation: 'portrait', children: letter }, nomineeListSection(m)]);
}
