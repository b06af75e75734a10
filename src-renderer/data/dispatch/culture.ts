/**
 * The Gia đình văn hóa dossier of one tổ dân phố's yearly review (NĐ 86/2023/NĐ-CP Đ7.1, Phụ lục IV
 * Mẫu 01–03), prefilled from the review: the households proposed, the posting period, the comments
 * received. What the review does not record (the meeting's hour, place, secretary) prints as dots.
 */
import { addDays } from '../../domain/dates';
import { formatDateShort, formatLongDate, quoteVi } from '../../domain/text';
import type { BodyBlock, CultureDocumentFrame, DocumentModels, CultureHouseholdListModel, CultureMinutesModel, CultureProposalModel } from '../../documents/models';
import type { ThiDuaDb } from '../db';
import { RefusedError } from '../errors';
import { requireRecord } from '../repository';
import type { CultureHousehold, CultureReview, Unit } from '../schemas';
import { loadWardContext, type WardContext } from './context';
import type { Draft } from './draft';

export type CultureDocumentKind = 'cultureProposal' | 'cultureHouseholdList' | 'cultureMinutes';

const TITLE = quoteVi('Gia đình văn hóa');
const DOTS = '……';
/** NĐ 86/2023/NĐ-CP by its number, date and title, as the proposal cites it. */
const DECREE =
  'Căn cứ Nghị định số 86/2023/NĐ-CP ngày 07 tháng 12 năm 2023 của Chính phủ quy định về khung tiêu chuẩn và thủ tục, hồ sơ ' +
  'xét tặng danh hiệu “Gia đình văn hóa”; “Thôn, Tổ dân phố văn hóa”; “Xã, Phường, Thị trấn tiêu biểu”';

interface Review {
  review: CultureReview;
  unit: Unit;
  ctx: WardContext;
}

/** "từ ngày 01/11/2026 đến ngày 10/11/2026", or dots when the list is not posted yet. */
function postingPeriod({ review, ctx }: Review): string {
  if (!review.postedOn) return `từ ngày ${DOTS} đến ngày ${DOTS}`;
  const end = addDays(review.postedOn, ctx.settings.familyPublicNoticeDays - 1);
  return `từ ngày ${formatDateShort(review.postedOn)} đến ngày ${formatDateShort(end)}`;
}

function frame({ unit, ctx }: Review, date: string, summary: string, body: BodyBlock[]): CultureDocumentFrame {
  return {
    header: { agency: ctx.wardHeader.issuer, issuer: [unit.name], issuerName: unit.name },
    place: ctx.place,
    date,
    summary,
    body,
    signature: { title: 'Tổ trưởng tổ dân phố', name: unit.headName },
  };
}

const proposed = (review: CultureReview) => review.households.filter((h) => h.proposed);
const withdrawn = (review: CultureReview) => review.households.filter((h) => !h.proposed);

function requireHouseholds(r: Review, what: string) {
  if (proposed(r.review).length === 0) {
    throw new RefusedError('notFound', `${r.unit.name} chưa có hộ gia đình nào được đề nghị năm ${r.review.year}: nhập danh sách hộ trước khi lập ${what}.`);
  }
}

/** Mẫu 01: the bình xét and the posting done, the households proposed to the chairman. */
function proposal(r: Review, date: string): CultureProposalModel {
  requireHouseholds(r, 'văn bản đề nghị');
  const { review, unit, ctx } = r;
  const days = ctx.settings.familyPublicNoticeDays;
  const commented = review.households.filter((h) => h.comment.trim().length > 0).length;
  const dropped = withdrawn(review).length;
  const body: BodyBlock[] = [
    `${unit.name} đã chủ trì, phối hợp với Ban Công tác Mặt trận và các tổ chức đoàn thể họp bình xét, đánh giá mức độ đạt các tiêu chuẩn của từng hộ gia đình; ` +
      `danh sách các hộ gia đình đủ điều kiện đã được thông báo công khai để lấy ý kiến người dân trong ${days} ngày, ${postingPeriod(r)}.`,
    commented > 0
      ? `Hết thời hạn lấy ý kiến, có ${commented} hộ gia đình được người dân góp ý (tổng hợp trong danh sách kèm theo)` +
        (dropped > 0 ? `; ${dropped} hộ không tiếp tục đề nghị.` : '.')
      : 'Hết thời hạn lấy ý kiến, không có ý kiến nào của người dân về các hộ gia đình trong danh sách.',
    `${unit.name} đề nghị Chủ tịch Ủy ban nhân dân ${ctx.wardInText} xét tặng danh hiệu ${TITLE} năm ${review.year} ` +
      `cho ${proposed(review).length} hộ gia đình (có danh sách kèm theo).`,
  ];
  return {
    ...frame(r, date, `Xét tặng danh hiệu ${TITLE} năm ${review.year}`, body),
    addressees: [`Chủ tịch Ủy ban nhân dân ${ctx.wardInText}`],
    bases: [DECREE, `Căn cứ kết quả họp bình xét và kết quả lấy ý kiến người dân của ${unit.name}`],
    recipients: ['Như trên', `Lưu: ${unit.name}`],
  };
}

/** Mẫu 02: the households proposed with the comments on each, and those withdrawn after the comments. */
function householdList(r: Review, date: string): CultureHouseholdListModel {
  requireHouseholds(r, 'danh sách');
  const { review, unit, ctx } = r;
  const body: BodyBlock[] = [
    `Danh sách gồm ${proposed(review).length} hộ gia đình, đã được thông báo công khai tại ${unit.name} để lấy ý kiến người dân ` +
      `trong ${ctx.settings.familyPublicNoticeDays} ngày, ${postingPeriod(r)}.`,
  ];
  const row = (h: CultureHousehold) => ({ name: h.name, address: h.address, comment: h.comment });
  return {
    ...frame(r, date, `Hộ gia đình đề nghị xét tặng danh hiệu ${TITLE} năm ${review.year}`, body),
    rows: proposed(review).map(row),
    withdrawn: withdrawn(review).map(row),
  };
}

/** Mẫu 03: the review meeting; the households assessed as qualifying are counted, the list is attached. */
function minutes(r: Review, date: string): CultureMinutesModel {
  const { review, unit, ctx } = r;
  const head = unit.headName || DOTS;
  const body: BodyBlock[] = [
    `Thời gian: ${DOTS} giờ ${DOTS} phút, ${formatLongDate(date)}.`,
    `Địa điểm: ${DOTS}`,
    { heading: 'I. THÀNH PHẦN' },
    {
      items: [
        `Chủ trì: ${head}, Tổ trưởng ${unit.name};`,
        `Trưởng ban Ban Công tác Mặt trận ${unit.name}: ${DOTS};`,
        `Đại diện các tổ chức đoàn thể: ${DOTS};`,
        `Thư ký: ${DOTS}.`,
      ],
    },
    { heading: 'II. NỘI DUNG' },
    `Cuộc họp đánh giá mức độ đạt các tiêu chuẩn của từng hộ gia đình trong ${unit.name} theo tiêu chuẩn xét tặng danh hiệu ${TITLE} ` +
      'quy định tại Nghị định số 86/2023/NĐ-CP ngày 07 tháng 12 năm 2023 của Chính phủ.',
    { heading: 'III. KẾT QUẢ' },
    `Có ${review.households.length} hộ gia đình đủ điều kiện đề nghị xét tặng danh hiệu ${TITLE} năm ${review.year} (có danh sách kèm theo). ` +
      `Danh sách được thông báo công khai để lấy ý kiến người dân trong ${ctx.settings.familyPublicNoticeDays} ngày trước khi trình Chủ tịch Ủy ban nhân dân ${ctx.wardInText}.`,
    `Cuộc họp kết thúc vào lúc ${DOTS} giờ ${DOTS} phút cùng ngày.`,
  ];
  return {
    ...frame(r, date, `${unit.name} bình xét danh hiệu ${TITLE} năm ${review.year}`, body),
    signature: { title: 'Chủ trì', name: unit.headName },
    secretary: { title: 'Thư ký', name: '' },
  };
}

const KIND_WORDS: Record<CultureDocumentKind, string> = {
  cultureProposal: 'Văn bản đề nghị xét tặng danh hiệu',
  cultureHouseholdList: 'Danh sách hộ gia đình đề nghị xét tặng danh hiệu',
  cultureMinutes: 'Biên bản họp bình xét danh hiệu',
};

const COMPOSE = { cultureProposal: proposal, cultureHouseholdList: householdList, cultureMinutes: minutes } as const;

export async function draftCultureDocument<K extends CultureDocumentKind>(db: ThiDuaDb, kind: K, reviewId: string, date: string): Promise<Draft<K>> {
  const review = await requireRecord<CultureReview>(db, 'cultureReviews', reviewId, 'bình xét Gia đình văn hóa');
  const unit = await requireRecord<Unit>(db, 'units', review.unitId, 'tổ dân phố');
  const r: Review = { review, unit, ctx: await loadWardContext(db) };
  const model = (COMPOSE[kind] as (r: Review, date: string) => DocumentModels[K])(r, date);
  return {
    kind,
    date,
    title: `${KIND_WORDS[kind]} ${TITLE} năm ${review.year} của ${unit.name}`,
    sourceTable: 'cultureReviews',
    sourceIds: [review.id],
    demo: review.demo === 1,
    compose: () => model,
  };
}
