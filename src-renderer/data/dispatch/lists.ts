/**
 * The lists the ward sends upward besides nominee lists: the score summary of a criteria set (T8,
 * DOMAIN.md §7) and the good-deeds letter with its list of typical examples (T9, DOMAIN.md §8).
 */
import { capNotes, classifyTotal, computeSheetTotals, describeTieBreak, rankBlock, setBands } from '../../domain/scoring';
import { collectiveHasWomenPriority } from '../../domain/eligibility';
import { compareVi, formatDateShort } from '../../domain/text';
import { awardTitleInfo } from '../../domain/titles';
import { GENDER_LABELS, PUBLICATION_CHANNEL_LABELS } from '../../domain/vocabulary';
import type { GoodDeedRow, GoodDeedsLetterModel, ScoreBlock, ScoreRow, ScoreTableModel } from '../../documents/models';
import type { ThiDuaDb } from '../db';
import { RefusedError } from '../errors';
import { requireRecord } from '../repository';
import type { CriteriaSet, GoodDeed, Unit } from '../schemas';
import { committeeSignature, loadWardContext, recipientsOf } from './context';
import type { WardContext } from './context';
import type { Draft } from './draft';

/** Proposals that still stand (not withdrawn, not refused), for the "Đề nghị khen" column. */
const CLOSED = new Set(['withdrawn', 'not_awarded']);

/**
 * The units scored on one criteria set, grouped per khối: final total = council score + bonus −
 * deductions, ranks shared on equal totals (the council's tie-break), the band; the proposals are
 * the unit's live nominations of the year. Empty when nobody was scored.
 */
export async function scoreBlocks(db: ThiDuaDb, set: CriteriaSet, ctx: WardContext, onlyBlock: string | null): Promise<ScoreBlock[]> {
  const sheets = (await db.scoreSheets.where('setId').equals(set.id).toArray()).filter((s) => s.archived === 0);
  const units = new Map<string, Unit>();
  for (const u of await db.units.bulkGet(sheets.map((s) => s.unitId))) if (u) units.set(u.id, u);
  const scored = sheets
    .map((sheet) => ({ sheet, unit: units.get(sheet.unitId), totals: computeSheetTotals(set.definition, sheet.entries) }))
    .filter((s): s is typeof s & { unit: Unit } => Boolean(s.unit) && (!onlyBlock || s.unit!.blockId === onlyBlock));
  const blockIds = [...new Set(scored.map((s) => s.unit.blockId ?? ''))];
  const blockNames = new Map<string, string>();
  for (const b of await db.blocks.bulkGet(blockIds.filter(Boolean))) if (b) blockNames.set(b.id, b.name);
  const nominations = (await db.nominations.where('year').equals(set.year).toArray()).filter((n) => n.archived === 0 && n.nominee.kind === 'unit' && !CLOSED.has(n.status));
  const proposalOf = (unitId: string) =>
    nominations.filter((n) => n.nominee.kind === 'unit' && n.nominee.unitId === unitId).map((n) => awardTitleInfo(n.titleCode, ctx.settings).label).join('; ');

  // The set's own bands, else the ward's on a 100-point scale, as the results screen reads them.
  const bands = setBands(set.definition, ctx.settings.classificationBands);
  const blocks: ScoreBlock[] = blockIds
    .map((id): ScoreBlock => {
      const members = scored.filter((s) => (s.unit.blockId ?? '') === id);
      const ranking = rankBlock(
        members.map((s) => ({
          id: s.unit.id, name: s.unit.name, total: s.totals.total, coreGroupCouncilScore: s.totals.coreGroupCouncilScore, deductions: s.totals.deductions,
          // As the results screen ranks them: collectives with the women's share come first on a tie (NĐ 152/2025 Đ4.6).
          womenPriority: collectiveHasWomenPriority(s.unit.memberCount, s.unit.womenCount, ctx.settings),
        })),
        ctx.settings.tieBreakOrder,
      );
      const rows = ranking.rows.map((ranked): ScoreRow => {
        const s = members.find((m) => m.unit.id === ranked.id)!;
        // Where a cap cut the entered bonus or deductions, the table says so next to the unit.
        const notes = [ranked.note, s.totals.complete ? '' : 'Chưa chấm đủ.', ...capNotes(s.totals)].filter(Boolean);
        return {
          unit: s.unit.name,
          selfScore: s.totals.selfTotal,
          councilScore: s.totals.councilBase,
          bonus: s.totals.bonus,
          deduction: s.totals.deductions,
          total: s.totals.total,
          rank: ranked.rank,
          classification: classifyTotal(s.totals.total, bands)?.band.label ?? '',
          proposal: proposalOf(s.unit.id),
          ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
        };
      });
      return { name: blockNames.get(id) ?? 'Các đơn vị chưa xếp khối', rows };
    })
    .sort((a, b) => compareVi(a.name, b.name));

  return blocks;
}

/** T8 of one criteria set (see scoreBlocks), the council's tie-break stated under the table. */
export async function draftScoreTable(db: ThiDuaDb, criteriaSetId: string, blockId: string | null, date: string): Promise<Draft<'scoreTable'>> {
  const set = await requireRecord<CriteriaSet>(db, 'criteriaSets', criteriaSetId, 'bộ tiêu chí');
  const ctx = await loadWardContext(db);
  const blocks = await scoreBlocks(db, set, ctx, blockId ?? set.blockId);
  if (blocks.length === 0) throw new RefusedError('notFound', 'Chưa có đơn vị nào được chấm điểm theo bộ tiêu chí này.');
  const title = `BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM ${set.year}`;
  return {
    kind: 'scoreTable',
    date,
    title: `Bảng tổng hợp điểm thi đua năm ${set.year} — ${set.name}`,
    sourceTable: 'criteriaSets',
    sourceIds: [set.id],
    demo: set.demo === 1,
    compose: (): ScoreTableModel => ({
      header: ctx.councilHeader,
      place: ctx.place,
      date,
      title,
      summary: `Theo ${set.name}`,
      blocks,
      tieBreakNote: `Đơn vị bằng tổng điểm được xếp đồng hạng. ${describeTieBreak(ctx.settings.tieBreakOrder)}`,
      preparerSignature: { title: 'Người lập bảng', name: ctx.profile.standingMember.name },
      chairSignature: { mandate: { prefix: 'TM.', of: 'Hội đồng' }, title: 'Chủ tịch', name: ctx.profile.chairman.name },
    }),
  };
}

/**
 * A document made from a period rather than one record (the good deeds of a year, the annual report)
 * is found again through this id among its sources: "good-deeds-2026", "annual-2026".
 */
export function periodSourceId(prefix: 'good-deeds' | 'annual', period: string | number): string {
  return `${prefix}-${period}`;
}

function goodDeedRow(deed: GoodDeed, unitName: string): GoodDeedRow {
  return {
    name: deed.subjectName,
    birthYearGender: [deed.birthYear, deed.gender && GENDER_LABELS[deed.gender]].filter(Boolean).join(', '),
    addressUnit: deed.address,
    field: deed.field,
    deed: deed.deed,
    introducedBy: unitName,
    publicity: deed.publications.map((p) => [PUBLICATION_CHANNEL_LABELS[p.channel], formatDateShort(p.date), p.link].filter(Boolean).join(', ')).join('; '),
  };
}

/**
 * T9 công văn + danh sách: the reports of a year (or of one month) that the standing member vetted,
 * for the upper council to publicise (DOMAIN.md §8: only vetted reports go upward).
 */
export async function draftGoodDeedsLetter(db: ThiDuaDb, period: { year: number; month?: string }, date: string): Promise<Draft<'goodDeedsLetter'>> {
  const ctx = await loadWardContext(db);
  const range = period.month ? [period.month, period.month] : [`${period.year}-01`, `${period.year}-12`];
  const deeds = (await db.goodDeeds.where('month').between(range[0], range[1], true, true).toArray())
    .filter((d) => d.archived === 0 && (d.status === 'approved' || d.status === 'forwarded'))
    .sort((a, b) => a.month.localeCompare(b.month) || compareVi(a.subjectName, b.subjectName));
  if (deeds.length === 0) throw new RefusedError('notFound', 'Chưa có báo cáo người tốt, việc tốt nào được thẩm định đạt trong thời gian đã chọn.');
  const units = new Map<string, Unit>();
  for (const u of await db.units.bulkGet([...new Set(deeds.map((d) => d.unitId))])) if (u) units.set(u.id, u);
  const when = period.month ? `tháng ${Number(period.month.slice(5))} năm ${period.year}` : `năm ${period.year}`;
  const summary = `giới thiệu điển hình tiên tiến, người tốt, việc tốt ${when}`;
  const council = ctx.profile.upperLevel.councilName;
  return {
    kind: 'goodDeedsLetter',
    date,
    title: `V/v ${summary}`,
    sourceTable: 'goodDeeds',
    sourceIds: [periodSourceId('good-deeds', period.month ?? period.year), ...deeds.map((d) => d.id)],
    demo: deeds.every((d) => d.demo === 1),
    compose: (numberText): GoodDeedsLetterModel => ({
      header: ctx.wardHeader,
      numberText,
      place: ctx.place,
      date,
      summary,
      addressees: council ? [council] : ctx.upperAddressees,
      body: [
        `Thực hiện công tác phát hiện, bồi dưỡng, tuyên truyền và nhân rộng điển hình tiên tiến, Ủy ban nhân dân ${ctx.wardInText} đã chỉ đạo các tổ dân phố, cơ quan, đơn vị báo cáo người tốt, việc tốt hằng tháng; các báo cáo đã được Thường trực Hội đồng Thi đua - Khen thưởng phường thẩm định.`,
        `Ủy ban nhân dân ${ctx.wardInText} trân trọng giới thiệu ${String(deeds.length).padStart(2, '0')} điển hình tiên tiến, người tốt, việc tốt ${when} (có danh sách kèm theo) để ${council || 'cấp trên'} xem xét, tuyên truyền, biểu dương./.`,
      ],
      recipients: recipientsOf(ctx, 'goodDeedsLetter'),
      signature: committeeSignature(ctx),
      listTitle: `ĐIỂN HÌNH TIÊN TIẾN, NGƯỜI TỐT, VIỆC TỐT ${when.toLocaleUpperCase('vi')}`,
      rows: deeds.map((d) => goodDeedRow(d, units.get(d.unitId)?.name ?? '')),
    }),
  };
}
