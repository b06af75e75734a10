/**
 * Báo cáo thành tích prefilled from a nomination (T6 cá nhân, T7 tập thể; NĐ 152/2025 Mẫu 04/05 style):
 * the facts the registers hold, the achievement summary and initiatives, and the award history split
 * into emulation titles and forms. What the records lack prints as a dotted line to fill in by hand.
 */
import { awardTitleInfo } from '../../domain/titles';
import { formatDateShort } from '../../domain/text';
import { GENDER_LABELS } from '../../domain/vocabulary';
import type { AwardRecord, BodyBlock, CollectiveReportModel, PersonalReportModel } from '../../documents/models';
import type { ThiDuaDb } from '../db';
import { RefusedError } from '../errors';
import { requireRecord } from '../repository';
import type { Award, Nomination, Person, Unit } from '../schemas';
import { loadDirectory, loadWardContext } from './context';
import type { Draft } from './draft';
import { awardPhrase } from './nominees';
import { provinceLevelWord, type TitleNaming } from '../../domain/province';

/** A line left to be written by hand where the records hold nothing. */
const TO_FILL = '…'.repeat(60);


/** "Số 12/QĐ-UBND ngày 20/12/2025 của Chủ tịch UBND phường Ninh Hà": the issuer as it was then (DOMAIN.md §1). */
function awardRecord(a: Award): AwardRecord {
  const decision = [a.decisionNo && `Số ${a.decisionNo}`, a.decisionDate && `ngày ${formatDateShort(a.decisionDate)}`, a.issuer && `của ${a.issuer}`]
    .filter(Boolean)
    .join(' ');
  return { year: a.year, award: a.titleLabel, decision };
}

/** Titles (danh hiệu) and forms (hình thức) already received, before the year proposed. */
async function awardHistory(db: ThiDuaDb, nomination: Nomination) {
  const awards = (await db.awards.where('subjectKey').equals(nomination.nomineeKey).toArray()).filter(
    (a) => a.archived === 0 && a.nominationId !== nomination.id,
  );
  const isTitle = (a: Award) => a.titleCode !== null && awardTitleInfo(a.titleCode).isEmulationTitle;
  return { titles: awards.filter(isTitle).map(awardRecord), commendations: awards.filter((a) => !isTitle(a)).map(awardRecord) };
}

function achievementBlocks(nomination: Nomination, naming: TitleNaming): BodyBlock[] {
  const LEVELS = { grassroots: 'cơ sở', province: provinceLevelWord(naming.provinceKind), national: 'toàn quốc' } as const;
  const initiatives = nomination.initiatives.map(
    (i) =>
      `${i.kind === 'initiative' ? 'Sáng kiến' : 'Đề tài'} “${i.title}”${i.recognised ? `, được công nhận cấp ${LEVELS[i.level]} năm ${i.year}` : ''}${i.recognitionNo ? ` (${i.recognitionNo})` : ''};`,
  );
  const blocks: BodyBlock[] = [
    ...nomination.achievementSummary.split(/\n+/).filter(Boolean),
    ...(initiatives.length > 0 ? [{ items: initiatives }] : []),
  ];
  return blocks.length > 0 ? blocks : [TO_FILL];
}

/** "05/3/1978" from the full date; only the year known, "…/…/1978" for the office to complete; nothing, a dotted line. */
function birthText(person: Person | undefined): string {
  if (person?.birthDate) return formatDateShort(person.birthDate);
  return person?.birthYear ? `…/…/${person.birthYear}` : '';
}

/** Units the ward's UBND directs; the others (Mặt trận, đoàn thể, công an, quân sự) answer to their own line. */
const UNDER_WARD_COMMITTEE: readonly Unit['kind'][] = ['tdp', 'office', 'school', 'health'];

/**
 * A unit reports under its own header (ND 30/2020 PL I §II.2): its name as the issuer, with the ward's
 * UBND above it only for units the UBND directs (a tổ dân phố, a school, the health station).
 */
function unitHeader(unit: Unit | undefined, wardInText: string): CollectiveReportModel['header'] {
  const name = unit?.name ?? '';
  const agency = unit && UNDER_WARD_COMMITTEE.includes(unit.kind) ? [`UBND ${wardInText}`] : [];
  return { agency, issuer: [name], issuerName: name };
}

export async function draftAchievementReport(
  db: ThiDuaDb,
  nominationId: string,
  date: string,
): Promise<Draft<'personalReport'> | Draft<'collectiveReport'>> {
  const nomination = await requireRecord<Nomination>(db, 'nominations', nominationId, 'đề nghị khen thưởng');
  const { nominee } = nomination;
  if (nominee.kind === 'household') {
    throw new RefusedError('notFound', 'Hộ gia đình không lập báo cáo thành tích theo mẫu này (NĐ 86/2023 dùng Mẫu 01–03).');
  }
  const ctx = await loadWardContext(db);
  const dir = await loadDirectory(db, nominee.kind === 'person' ? [nominee.personId] : [], nominee.kind === 'unit' ? [nominee.unitId] : []);
  const proposedAward = `${awardPhrase(nomination.titleCode, ctx.settings)} năm ${nomination.year}`;
  const history = await awardHistory(db, nomination);
  const source = { date, sourceTable: 'nominations' as const, sourceIds: [nomination.id], demo: nomination.demo === 1 };
  const common = { place: ctx.place, date, proposedAward, duties: [TO_FILL] as BodyBlock[], achievements: achievementBlocks(nomination, ctx.settings.naming), ...history };

  if (nominee.kind === 'person') {
    const person = dir.person(nominee.personId);
    const unit = dir.unit(person?.unitId);
    const name = person?.fullName ?? '';
    return {
      kind: 'personalReport',
      title: `Báo cáo thành tích của ${name} đề nghị tặng ${proposedAward}`,
      ...source,
      compose: (): PersonalReportModel => ({
        ...common,
        profile: [
          { label: 'Họ và tên', value: name },
          { label: 'Sinh ngày, tháng, năm', value: birthText(person) },
          { label: 'Giới tính', value: person ? GENDER_LABELS[person.gender] : '' },
          { label: 'Quê quán', value: person?.hometown ?? '' },
          { label: 'Trú quán', value: person?.residence ?? '' },
          { label: 'Đơn vị công tác', value: unit?.name ?? '' },
          { label: 'Chức vụ (Đảng, chính quyền, đoàn thể)', value: person?.position ?? '' },
          { label: 'Trình độ chuyên môn, nghiệp vụ', value: person?.education ?? '' },
          { label: 'Học hàm, học vị, danh hiệu, giải thưởng', value: '' },
        ],
        reporterName: name,
        unitHeadSignature: { title: 'Thủ trưởng đơn vị\nxác nhận, đề nghị', name: unit?.headName ?? '' },
      }),
    };
  }
  const unit = dir.unit(nominee.unitId);
  const stats = nomination.unitStats;
  return {
    kind: 'collectiveReport',
    title: `Báo cáo thành tích của ${unit?.name ?? ''} đề nghị tặng ${proposedAward}`,
    ...source,
    compose: (): CollectiveReportModel => ({
      ...common,
      header: unitHeader(unit, ctx.wardInText),
      profile: [
        { label: 'Tên đơn vị', value: unit?.name ?? '' },
        { label: 'Địa chỉ', value: unit?.address ?? '' },
        { label: 'Điện thoại, e-mail', value: '' },
        { label: 'Cơ cấu tổ chức', value: '' },
        { label: 'Tổng số thành viên', value: stats ? `${stats.memberCount} người${stats.womenCount !== null ? ` (nữ ${stats.womenCount} người)` : ''}` : '' },
        { label: 'Tổ chức Đảng, đoàn thể', value: '' },
      ],
      unitHeadSignature: { title: 'Thủ trưởng đơn vị', name: unit?.headName ?? '' },
    }),
  };
}
