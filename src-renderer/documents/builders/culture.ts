/**
 * The Gia đình văn hóa dossier a tổ dân phố sends the ward chairman (NĐ 86/2023/NĐ-CP Đ7.1, Phụ lục IV):
 * Mẫu 01 văn bản đề nghị, Mẫu 02 danh sách hộ gia đình with residents' comments, Mẫu 03 biên bản họp
 * bình xét. Each carries "ỦY BAN NHÂN DÂN / PHƯỜNG …" over the tổ dân phố, the national title and the
 * place-date line (ND 30/2020 PL I), and no number: the tổ dân phố keeps no register series.
 */
import type { CultureDocumentFrame, CultureHouseholdRow, CultureHouseholdListModel, CultureMinutesModel, CultureProposalModel } from '../models';
import { packDocument } from '../layout/document';
import { documentHeader } from '../layout/header';
import { addresseeParagraphs, basesParagraphs, bodyBlocks, bodyParagraph, run, titleBlock } from '../layout/paragraphs';
import { closing, signaturePairs } from '../layout/signature';
import { dataTable } from '../layout/tables';

function opening(m: CultureDocumentFrame, title: string) {
  return [...documentHeader({ issuer: m.header, placeDate: m, orientation: 'portrait' }), ...titleBlock(title, m.summary)];
}

export function buildCultureProposal(m: CultureProposalModel): Promise<Uint8Array> {
  const children = [
    ...opening(m, 'VĂN BẢN ĐỀ NGHỊ'),
    ...addresseeParagraphs(m.addressees),
    ...basesParagraphs(m.bases),
    ...bodyBlocks(m.body, { keepLastWithNext: true }),
    ...closing(m.recipients, m.signature, 'portrait'),
  ];
  return packDocument(`Văn bản đề nghị ${m.summary}`, [{ orientation: 'portrait', children }]);
}

function householdTable(rows: readonly CultureHouseholdRow[]) {
  return dataTable(
    [
      { header: 'STT', weight: 7, align: 'center' },
      { header: 'Họ và tên chủ hộ', weight: 25 },
      { header: 'Địa chỉ', weight: 30 },
      { header: 'Ý kiến của người dân', weight: 38 },
    ],
    rows.map((r, i) => ({ cells: [String(i + 1), r.name, r.address, r.comment || 'Không có ý kiến'] })),
    { orientation: 'portrait' },
  );
}

export function buildCultureHouseholdList(m: CultureHouseholdListModel): Promise<Uint8Array> {
  const withdrawn =
    m.withdrawn.length > 0
      ? [bodyParagraph([run('Hộ gia đình không tiếp tục đề nghị sau khi lấy ý kiến:', { bold: true })], { before: 240, keepNext: true }), householdTable(m.withdrawn)]
      : [];
  const children = [
    ...opening(m, 'DANH SÁCH'),
    ...bodyBlocks(m.body),
    householdTable(m.rows),
    ...withdrawn,
    ...closing([], m.signature, 'portrait'),
  ];
  return packDocument(`Danh sách ${m.summary}`, [{ orientation: 'portrait', children }]);
}

export function buildCultureMinutes(m: CultureMinutesModel): Promise<Uint8Array> {
  const children = [
    ...opening(m, 'BIÊN BẢN HỌP'),
    ...bodyBlocks(m.body, { keepLastWithNext: true }),
    ...signaturePairs([m.secretary, m.signature], 'portrait'),
  ];
  return packDocument(`Biên bản họp ${m.summary}`, [{ orientation: 'portrait', children }]);
}
