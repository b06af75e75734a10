/**
 * T7 Báo cáo thành tích tập thể (NĐ 152/2025 Mẫu 04 style): the unit's header, I. Đặc điểm, tình hình
 * (facts, then functions and duties), II. Thành tích, III. awards received; the head signs on the
 * right, the proposing level certifies on the left.
 */
import type { CollectiveReportModel } from '../models';
import { packDocument } from '../layout/document';
import { documentHeader } from '../layout/header';
import { bodyBlocks, bodyParagraph, headingParagraph, run } from '../layout/paragraphs';
import { awardsReceived, profileParagraphs, reportSignatures, reportTitle } from './achievementReport';

export function buildCollectiveReport(m: CollectiveReportModel): Promise<Uint8Array> {
  const children = [
    ...documentHeader({ issuer: m.header, placeDate: m, orientation: 'portrait' }),
    ...reportTitle(m),
    headingParagraph('I. ĐẶC ĐIỂM, TÌNH HÌNH'),
    bodyParagraph([run('1. Đặc điểm', { bold: true })], { keepNext: true }),
    ...profileParagraphs(m.profile),
    bodyParagraph([run('2. Chức năng, nhiệm vụ', { bold: true })], { keepNext: true }),
    ...bodyBlocks(m.duties),
    headingParagraph('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
    ...bodyBlocks(m.achievements),
    ...awardsReceived(m),
    ...reportSignatures({ title: 'Thủ trưởng đơn vị cấp trên\nnhận xét, xác nhận', name: '' }, m.unitHeadSignature),
  ];
  return packDocument(`Báo cáo thành tích tập thể – ${m.header.issuerName}`, [{ orientation: 'portrait', children }]);
}
