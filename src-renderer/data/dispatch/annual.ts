/**
 * T10 báo cáo tổng kết công tác thi đua, khen thưởng năm ("Số: NN/BC-UBND", DOMAIN.md §5): the
 * figures the registers hold (movements, awards by form and level, proposals upward, good deeds
 * against the yearly target) with the assessment and next year's tasks left for the office to write.
 */
import { awardCodes, awardTitleInfo, type TitleContext } from '../../domain/titles';
import { provinceLevelWord } from '../../domain/province';
import { formatDateShort, formatNumber } from '../../domain/text';
import type { AwardCode, SubjectKind } from '../../domain/vocabulary';
import type { AnnualReportModel, AwardCountRow, BodyBlock, ReportSection, ScoreBlock } from '../../documents/models';
import type { ThiDuaDb } from '../db';
import type { Award, Nomination } from '../schemas';
import { committeeSignature, loadWardContext, recipientsOf } from './context';
import type { Draft } from './draft';
import { periodSourceId, scoreBlocks } from './lists';
import { countByKind, countPhrase } from './nominees';


function awardCounts(awards: readonly Award[], wardAuthority: string, upperAuthority: string, titles: TitleContext): AwardCountRow[] {
  const rows = new Map<string, AwardCountRow>();
  for (const a of awards) {
    const decidedBy = a.titleCode ? (awardTitleInfo(a.titleCode, titles).level === 'ward' ? wardAuthority : upperAuthority) : a.issuer;
    const key = `${a.titleLabel}|${decidedBy}`;
    const row = rows.get(key) ?? { award: a.titleLabel, decidedBy, collectives: 0, individuals: 0, households: 0 };
    if (a.subjectKind === 'unit') row.collectives += 1;
    else if (a.subjectKind === 'person') row.individuals += 1;
    else row.households += 1;
    rows.set(key, row);
  }
  return [...rows.values()];
}

/** "Khối Tổ dân phố: 12 đơn vị được chấm điểm (Xuất sắc: 3, Tốt: 5); dẫn đầu Tổ dân phố 24 (95,5 điểm)". */
function blockLine(block: ScoreBlock): string {
  const bands = new Map<string, number>();
  for (const r of block.rows) if (r.classification) bands.set(r.classification, (bands.get(r.classification) ?? 0) + 1);
  const spread = bands.size > 0 ? ` (${[...bands].map(([band, n]) => `${band}: ${n}`).join(', ')})` : '';
  const top = block.rows.filter((r) => r.rank === 1 && r.total !== null);
  const lead = top.length > 0 ? `; dẫn đầu: ${top.map((r) => `${r.unit} (${formatNumber(r.total!, 2)} điểm)`).join(', ')}` : '';
  return `${block.name}: ${block.rows.length} đơn vị được chấm điểm${spread}${lead};`;
}

/** A nomination or an award, as the report counts it: which title, for which kind of subject. */
interface Counted {
  titleCode: AwardCode;
  kind: SubjectKind;
}

/** "Lao động tiên tiến: 04 cá nhân", one line per title or form, in the catalogue's order (the province's own last). */
function perTitle(items: readonly Counted[], titles: TitleContext): string[] {
  return awardCodes(titles).flatMap((code) => {
    const counts: Partial<Record<SubjectKind, number>> = {};
    for (const i of items) if (i.titleCode === code) counts[i.kind] = (counts[i.kind] ?? 0) + 1;
    const phrase = countPhrase(counts);
    return phrase ? [`${awardTitleInfo(code, titles).label}: ${phrase};`] : [];
  });
}

const counted = (n: Nomination): Counted => ({ titleCode: n.titleCode, kind: n.nominee.kind });

export async function draftAnnualReport(db: ThiDuaDb, year: number, date: string): Promise<Draft<'annualReport'>> {
  const ctx = await loadWardContext(db);
  const { naming } = ctx.settings;
  const live = <T extends { archived: 0 | 1 }>(rows: T[]) => rows.filter((r) => r.archived === 0);
  const movements = live(await db.movements.toArray()).filter(
    (m) => m.periodFrom.slice(0, 4) <= String(year) && (!m.periodTo || m.periodTo.slice(0, 4) >= String(year)),
  );
  const awards = live(await db.awards.where('year').equals(year).toArray());
  const nominations = live(await db.nominations.where('year').equals(year).toArray()).filter((n) => n.status !== 'withdrawn');
  const forwarded = nominations.filter((n) => n.status === 'forwarded');
  const deeds = live(await db.goodDeeds.where('month').between(`${year}-01`, `${year}-12`, true, true).toArray());
  const vetted = deeds.filter((d) => d.status === 'approved' || d.status === 'forwarded');
  const chosen = deeds.filter((d) => d.status === 'forwarded');
  const target = ctx.settings.goodDeedsYearlyTarget;
  const blocks: ScoreBlock[] = [];
  for (const set of live(await db.criteriaSets.where('year').equals(year).toArray())) blocks.push(...(await scoreBlocks(db, set, ctx, set.blockId)));
  const toWrite = `(Ủy ban nhân dân ${naming.wardWord} bổ sung đánh giá trước khi ban hành.)`;
  const coded = awards.filter((a): a is Award & { titleCode: AwardCode } => a.titleCode !== null);
  const awardsAt = (at: 'ward' | 'upward') =>
    coded.filter((a) => awardTitleInfo(a.titleCode, ctx.settings).level === at).map((a): Counted => ({ titleCode: a.titleCode, kind: a.subjectKind }));
  const level = provinceLevelWord(naming.provinceKind);
  const listed = (lead: string, items: string[]): BodyBlock[] => (items.length > 0 ? [lead, { items }] : []);
  const sections: ReportSection[] = [
    {
      heading: 'I. KẾT QUẢ TỔ CHỨC CÁC PHONG TRÀO THI ĐUA',
      blocks: [
        `Năm ${year}, trên địa bàn ${ctx.wardInText} triển khai ${movements.length} phong trào thi đua:`,
        ...(movements.length > 0
          ? [{ items: movements.map((m) => `Phong trào “${m.name}”${m.launchDocNumber ? ` (Kế hoạch số ${m.launchDocNumber}${m.launchDocDate ? ` ngày ${formatDateShort(m.launchDocDate)}` : ''})` : ''};`) }]
          : []),
        { heading: '1. Kết quả chấm điểm thi đua theo khối' },
        ...(blocks.length > 0 ? [{ items: blocks.map(blockLine) }] : ['Trong năm chưa có kết quả chấm điểm thi đua.']),
        { heading: '2. Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến' },
        `Ghi nhận ${deeds.length} báo cáo người tốt, việc tốt; ${vetted.length} trường hợp được thẩm định đạt.`,
        `Lựa chọn ${chosen.length} điển hình tiên tiến để giới thiệu, tuyên truyền (chỉ tiêu năm: ${target} điển hình; ${chosen.length >= target ? 'đạt' : 'chưa đạt'} chỉ tiêu).`,
        toWrite,
      ],
    },
    {
      heading: 'II. CÔNG TÁC KHEN THƯỞNG',
      blocks: [
        { heading: '1. Tiếp nhận, xét hồ sơ đề nghị khen thưởng' },
        `Tiếp nhận ${nominations.length} hồ sơ đề nghị khen thưởng (${countPhrase(countByKind(nominations)) || 'không có'}):`,
        ...(nominations.length > 0 ? [{ items: perTitle(nominations.map(counted), ctx.settings) }] : []),
        { heading: '2. Kết quả khen thưởng' },
        `Đã ghi nhận ${awards.length} lượt khen thưởng (số liệu chi tiết tại Phụ lục I):`,
        ...listed(`Chủ tịch Ủy ban nhân dân ${ctx.wardInText} khen thưởng:`, perTitle(awardsAt('ward'), ctx.settings)),
        ...listed(`Cấp ${level} khen thưởng:`, perTitle(awardsAt('upward'), ctx.settings)),
        ...listed(`Đang trình cấp ${level} xem xét:`, perTitle(forwarded.map(counted), ctx.settings)),
      ],
    },
    { heading: 'III. ĐÁNH GIÁ CHUNG', blocks: [toWrite] },
    { heading: `IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM ${year + 1}`, blocks: [toWrite] },
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
      awardCounts: awardCounts(awards, `Chủ tịch UBND ${ctx.wardInText}`, `Chủ tịch UBND ${provinceLevelWord(ctx.settings.naming.provinceKind)}`, ctx.settings),
      recipients: recipientsOf(ctx, 'annualReport'),
      signature: committeeSignature(ctx),
    }),
  };
}
