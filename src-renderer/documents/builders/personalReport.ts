/**
 * T6 Báo cáo thành tích cá nhân (NĐ 152/2025 Mẫu 05 style), prefilled from the person's record and
 * award history: national title only (the report is the nominee's own), I. Sơ lược lý lịch,
 * II. Thành tích, III. awards received; NGƯỜI BÁO CÁO right, THỦ TRƯỞNG ĐƠN VỊ left.
 */
import type { PersonalReportModel } from '../models';
import { packDocument } from '../layout/document';
import { documentHeader } from '../layout/header';
import { bodyBlocks, bodyParagraph, headingParagraph, run } from '../layout/paragraphs';
import { awardsReceived, profileParagraphs, reportSignatures, reportTitle } from './achievementReport';

export function buildPersonalReport(m: PersonalReportModel): Promise<Uint8Array> {
  const children = [
    ...documentHeader({ placeDate: m, orientation: 'portrait' }),
    ...reportTitle(m),
    headingParagraph('I. SƠ LƯỢC LÝ LỊCH'),
    ...profileParagraphs(m.profile),
    headingParagraph('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
    bodyParagraph([run('1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận:', { bold: true })], { keepNext: true }),
    ...bodyBlocks(m.duties),
    bodyParagraph([run('2. Thành tích đạt được:', { bold: true })], { keepNext: true }),
    ...bodyBlocks(m.achievements),
    ...awardsReceived(m),
    ...reportSignatures(m.unitHeadSignature, { title: 'Người báo cáo thành tích', name: m.reporterName }),
  ];
  return packDocument(`Báo cáo thành tích cá nhân – ${m.reporterName}`, [{ orientation: 'portrait', children }]);
}
