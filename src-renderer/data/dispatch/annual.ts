/**
 * T10 báo cáo tổng kết công tác thi đua, khen thưởng năm ("Số: NN/BC-UBND", DOMAIN.md §5): the
 * figures the registers hold (movements, awards by form and level, proposals upward, good deeds
 * against the yearly target) with the assessment and next year's tasks left for the office to write.
 */
import { TITLES } from '../../domain/titles';
import { provinceLevelWord } from '../../domain/province';
import { formatDateShort } from '../../domain/text';
import type { AnnualReportModel, AwardCountRow, ReportSection } from '../../documents/models';
import type { ThiDuaDb } from '../db';
import type { Award } from '../schemas';
import { committeeSignature, loadWardContext, recipientsOf } from './context';
import type { Draft } from './draft';
import { periodSourceId } from './lists';
import { countByKind, countPhrase } from './nominees';

const TO_WRITE = '(Ủy ban nhân dân phường bổ sung đánh giá trước khi ban hành.)';

function awardCounts(awards: readonly Award[], wardAuthority: string, upperAuthority: string): AwardCountRow[] {
  const rows = new Map<string, AwardCountRow>();
  for (const a of awards) {
    const decidedBy = a.titleCode ? (TITLES[a.titleCode].level === 'ward' ? wardAuthority : upperAuthority) : a.issuer;
    const key = `${a.titleLabel}|${decidedBy}`;
    const row = rows.get(key) ?? { award: a.titleLabel, decidedBy, collectives: 0, individuals: 0, households: 0 };
    if (a.subjectKind === 'unit') row.collectives += 1;
    else if (a.subjectKind === 'person') row.individuals += 1;
    else row.households += 1;
    rows.set(key, row);
  }
  return [...rows.values()];
}

export async function draftAnnualReport(db: ThiDuaDb, year: number, date: string): Promise<Draft<'annualReport'>> {
  const ctx = await loadWardContext(db);
  const live = <T extends { archived: 0 | 1 }>(rows: T[]) => rows.filter((r) => r.archived === 0);
  const movements = live(await db.movements.toArray()).filter(
    (m) => m.periodFrom.slice(0, 4) <= String(year) && (!m.periodTo || m.periodTo.slice(0, 4) >= String(year)),
  );
  const awards = live(await db.awards.where('year').equals(year).toArray());
  const nominations = live(await db.nominations.where('year').equals(year).toArray());
  const forwarded = nominations.filter((n) => n.status === 'forwarded');
  const deeds = live(await db.goodDeeds.where('month').between(`${year}-01`, `${year}-12`, true, true).toArray());
  const vetted = deeds.filter((d) => d.status === 'approved' || d.status === 'forwarded');
  const wardAuthority = `Chủ tịch UBND ${ctx.wardInText}`;
  const sections: ReportSection[] = [
    {
      heading: 'I. KẾT QUẢ TỔ CHỨC CÁC PHONG TRÀO THI ĐUA',
      blocks: [
        `Năm ${year}, trên địa bàn ${ctx.wardInText} triển khai ${movements.length} phong trào thi đua:`,
        ...(movements.length > 0
          ? [{ items: movements.map((m) => `Phong trào “${m.name}”${m.launchDocNumber ? ` (Kế hoạch số ${m.launchDocNumber}${m.launchDocDate ? ` ngày ${formatDateShort(m.launchDocDate)}` : ''})` : ''};`) }]
          : []),
        TO_WRITE,
      ],
    },
    {
      heading: 'II. CÔNG TÁC KHEN THƯỞNG',
      blocks: [
        `Trong năm, đã ghi nhận ${awards.length} lượt khen thưởng (số liệu chi tiết tại Phụ lục I); ${nominations.length} hồ sơ đề nghị khen thưởng được tiếp nhận và xử lý.`,
        ...(forwarded.length > 0 ? [`Đang trình cấp trên xem xét khen thưởng cho ${countPhrase(countByKind(forwarded))}.`] : []),
        `Phát hiện, thẩm định ${vetted.length} điển hình người tốt, việc tốt (chỉ tiêu năm: ${ctx.settings.goodDeedsYearlyTarget}).`,
      ],
    },
    { heading: 'III. ĐÁNH GIÁ CHUNG', blocks: [TO_WRITE] },
    { heading: `IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM ${year + 1}`, blocks: [TO_WRITE] },
  ];
  const summary = `Tổng kết công tác thi đua, khen thưởng năm ${year} và phương hướng, nhiệm vụ năm ${year + 1}`;
  return {
    kind: 'annualReport',
    date,
    title: summary,
    sourceTable: 'awards',
    sourceIds: [periodSourceId('annual', year)],
    demo: false,
    compose: (numberText): AnnualReportModel => ({
      header: ctx.wardHeader,
      numberText,
      place: ctx.place,
      date,
      summary,
      addressees: [],
      sections,
      awardCounts: awardCounts(awards, wardAuthority, `Chủ tịch UBND ${provinceLevelWord(ctx.settings.naming.provinceKind)}`),
      recipients: recipientsOf(ctx, 'annualReport'),
      signature: committeeSignature(ctx),
    }),
  };
}
