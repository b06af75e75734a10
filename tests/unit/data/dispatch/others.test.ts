/**
 * Score table, good-deeds letter, achievement reports and the annual report, assembled from the demo
 * ward and built with the real builders.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildDocument } from '../../../../src-renderer/documents';
import { goodDeedsXlsx, scoreTableXlsx } from '../../../../src-renderer/documents/xlsx';
import { issueDocument, periodSourceId } from '../../../../src-renderer/data/dispatch';
import { documentsFrom } from '../../../../src-renderer/data/documents';
import { loadDemoWard } from '../../../../src-renderer/data/demo';
import { RefusedError } from '../../../../src-renderer/data/errors';
import type {
  AnnualReportModel, CollectiveReportModel, GoodDeedsLetterModel, PersonalReportModel, ScoreTableModel,
} from '../../../../src-renderer/documents/models';
import { computeSheetTotals } from '../../../../src-renderer/domain/scoring';
import { findParagraph, readDocx } from '../../documents/docx';
import { freshDb } from '../helpers';

async function demo() {
  const db = freshDb();
  await loadDemoWard(db);
  return db;
}

describe('score table (T8)', () => {
  it('ranks the block on final totals with shared ranks, and is not numbered', async () => {
    const db = await demo();
    const set = (await db.criteriaSets.toArray())[0];
    const row = await issueDocument(db, { kind: 'scoreTable', criteriaSetId: set.id, date: '2026-12-05' });
    expect(row.numberText).toBe('');
    expect(row.sourceIds).toEqual([set.id]);
    const model = row.model as ScoreTableModel;
    expect(model.blocks).toHaveLength(1);
    expect(model.blocks[0].name).toBe('Khối Tổ dân phố');
    const rows = model.blocks[0].rows;
    expect(rows).toHaveLength(12);
    const sheets = await db.scoreSheets.where('setId').equals(set.id).toArray();
    const units = await db.units.bulkGet(sheets.map((s) => s.unitId));
    const expected = new Map(sheets.map((s, i) => [units[i]!.name, computeSheetTotals(set.definition, s.entries).total]));
    for (const r of rows) expect(r.total).toBe(expected.get(r.unit));
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i].total!).toBeLessThanOrEqual(rows[i - 1].total!);
      expect(rows[i].rank).toBe(rows[i].total === rows[i - 1].total ? rows[i - 1].rank : i + 1);
    }
    const doc = readDocx(await buildDocument('scoreTable', model));
    expect(doc.document).toContain('BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM 2026');
    expect(doc.document).toContain(rows[0].unit);
    expect((await scoreTableXlsx(model)).byteLength).toBeGreaterThan(1000);
  });
});

describe('score table (T8): caps are visible', () => {
  it('says next to the unit when a cap cut the entered bonus, in the model, the .docx and the .xlsx', async () => {
    const db = await demo();
    const set = (await db.criteriaSets.toArray())[0];
    // The set's bonus cap lowered to 2: a unit given the full 5 for "Được cấp tỉnh khen thưởng" counts 2.
    await db.criteriaSets.put({ ...set, definition: { ...set.definition, bonusCap: 2 } });
    const sheet = (await db.scoreSheets.where('setId').equals(set.id).toArray())[0];
    const entries = [...sheet.entries.filter((e) => e.criterionId !== 'B.1'), { criterionId: 'B.1', selfScore: 5, councilScore: 5, evidence: '' }];
    await db.scoreSheets.put({ ...sheet, entries });
    const unit = (await db.units.get(sheet.unitId))!;

    const model = (await issueDocument(db, { kind: 'scoreTable', criteriaSetId: set.id, date: '2026-12-05' })).model as ScoreTableModel;
    const rows = model.blocks.flatMap((b) => b.rows);
    const row = rows.find((r) => r.unit === unit.name)!;
    expect(row.bonus).toBe(2);
    expect(row.note).toContain('Cộng điểm: nhập 5, tính 2 (tối đa 2).');
    // Only the units whose bonus the cap cut carry the sentence.
    const cut = rows.filter((r) => r.note?.includes('Cộng điểm: nhập'));
    expect(cut.every((r) => r.bonus === 2)).toBe(true);
    expect(rows.filter((r) => r.bonus < 2).every((r) => !r.note?.includes('Cộng điểm'))).toBe(true);

    const doc = readDocx(await buildDocument('scoreTable', model));
    expect(doc.document).toContain('Cộng điểm: nhập 5, tính 2 (tối đa 2).');
    const xlsx = strFromU8(unzipSync(await scoreTableXlsx(model))['xl/sharedStrings.xml'] ?? new Uint8Array());
    expect(xlsx).toContain('Cộng điểm: nhập 5, tính 2 (tối đa 2).');
  });
});

describe('good-deeds letter (T9)', () => {
  it('lists only vetted reports of the period, with their publicity, under a công văn number', async () => {
    const db = await demo();
    const row = await issueDocument(db, { kind: 'goodDeedsLetter', year: 2026, date: '2026-11-25' });
    expect(row.numberText).toBe('01/UBND-VHXH');
    const model = row.model as GoodDeedsLetterModel;
    const vetted = (await db.goodDeeds.toArray()).filter((d) => d.status === 'approved' || d.status === 'forwarded');
    expect(model.rows).toHaveLength(vetted.length);
    expect(model.addressees).toEqual(['Hội đồng Thi đua - Khen thưởng tỉnh Khánh Hòa']);
    expect(model.rows.some((r) => /^Đài truyền thanh, \d{2}\/\d{2}\/2026/.test(r.publicity))).toBe(true);
    expect(await documentsFrom(db, periodSourceId('good-deeds', 2026))).toHaveLength(1);
    const doc = readDocx(await buildDocument('goodDeedsLetter', model));
    findParagraph(doc, 'Số: 01/UBND-VHXH');
    expect((await goodDeedsXlsx(model)).byteLength).toBeGreaterThan(1000);

    await expect(issueDocument(db, { kind: 'goodDeedsLetter', year: 2026, month: '2026-10', date: '2026-11-25' })).rejects.toBeInstanceOf(RefusedError);
  });
});

describe('achievement reports (T6, T7)', () => {
  it('prefills a person’s report with the award history split into titles and forms', async () => {
    const db = await demo();
    const nominations = await db.nominations.toArray();
    const personal = nominations.find((n) => n.nominee.kind === 'person' && n.titleCode === 'CSTDCS')!;
    const row = await issueDocument(db, { kind: 'achievementReport', nominationId: personal.id, date: '2026-11-20' });
    expect(row.kind).toBe('personalReport');
    expect(row.number).toBe(0);
    const model = row.model as PersonalReportModel;
    const person = await db.people.get((personal.nominee as { personId: string }).personId);
    expect(model.reporterName).toBe(person!.fullName);
    expect(model.proposedAward).toBe('danh hiệu “Chiến sĩ thi đua cơ sở” năm 2026');
    const history = (await db.awards.where('subjectKey').equals(personal.nomineeKey).toArray()).filter((a) => a.nominationId !== personal.id);
    expect(model.titles.length + model.commendations.length).toBe(history.length);
    const doc = readDocx(await buildDocument('personalReport', model));
    expect(doc.document).toContain(person!.fullName);
    expect(doc.document).toContain('Đề nghị tặng danh hiệu “Chiến sĩ thi đua cơ sở” năm 2026');
  });

  it('makes a collective report for a unit and refuses a household', async () => {
    const db = await demo();
    const nominations = await db.nominations.toArray();
    const unitNomination = nominations.find((n) => n.nominee.kind === 'unit')!;
    const row = await issueDocument(db, { kind: 'achievementReport', nominationId: unitNomination.id, date: '2026-11-20' });
    expect(row.kind).toBe('collectiveReport');
    const unit = await db.units.get((unitNomination.nominee as { unitId: string }).unitId);
    expect((row.model as CollectiveReportModel).header.issuer).toEqual([unit!.name]);
    readDocx(await buildDocument('collectiveReport', row.model as CollectiveReportModel));

    const household = nominations.find((n) => n.nominee.kind === 'household')!;
    await expect(issueDocument(db, { kind: 'achievementReport', nominationId: household.id, date: '2026-11-20' })).rejects.toBeInstanceOf(RefusedError);
  });

  it('puts a unit’s report under the unit’s own header: the ward’s UBND above a tổ dân phố, none above an association (issue 19 item 4)', async () => {
    const db = await demo();
    const unitNominations = (await db.nominations.toArray()).filter((n) => n.nominee.kind === 'unit');
    const headers = [];
    for (const n of unitNominations) {
      const unit = (await db.units.get((n.nominee as { unitId: string }).unitId))!;
      const model = (await issueDocument(db, { kind: 'achievementReport', nominationId: n.id, date: '2026-11-20' })).model as CollectiveReportModel;
      headers.push({ kind: unit.kind, name: unit.name, header: model.header });
    }
    const tdp = headers.find((h) => h.kind === 'tdp')!;
    expect(tdp.header).toEqual({ agency: ['UBND phường Ninh Hà'], issuer: [tdp.name], issuerName: tdp.name });
    for (const h of headers.filter((x) => ['front', 'association', 'police', 'military'].includes(x.kind))) {
      expect(h.header.agency).toEqual([]);
      expect(h.header.issuer).toEqual([h.name]);
    }
    expect(headers.every((h) => !h.header.issuer.join(' ').startsWith('UBND'))).toBe(true);
  });

  it('asks for the full date of birth and prefills it with quê quán, trú quán and trình độ (issue 19 item 4)', async () => {
    const db = await demo();
    const personal = (await db.nominations.toArray()).find((n) => n.nominee.kind === 'person' && n.titleCode === 'CSTDCS')!;
    const personId = (personal.nominee as { personId: string }).personId;
    const person = (await db.people.get(personId))!;
    await db.people.put({ ...person, birthDate: '1985-03-05', birthYear: 1985, hometown: 'xã Ninh Thọ, tỉnh Khánh Hòa', residence: 'Tổ dân phố Phước Thuận, phường Ninh Hà', education: 'Đại học Sư phạm' });
    const model = (await issueDocument(db, { kind: 'achievementReport', nominationId: personal.id, date: '2026-11-20' })).model as PersonalReportModel;
    const field = (label: string) => model.profile.find((f) => f.label === label)?.value;
    expect(model.profile.some((f) => f.label === 'Năm sinh')).toBe(false);
    expect(field('Sinh ngày, tháng, năm')).toBe('05/03/1985');
    expect([field('Quê quán'), field('Trú quán'), field('Trình độ chuyên môn, nghiệp vụ')]).toEqual(['xã Ninh Thọ, tỉnh Khánh Hòa', 'Tổ dân phố Phước Thuận, phường Ninh Hà', 'Đại học Sư phạm']);
    const doc = readDocx(await buildDocument('personalReport', model));
    findParagraph(doc, '- Sinh ngày, tháng, năm: 05/03/1985');
  });
});

describe('annual report (T10)', () => {
  it('counts the year’s awards by form and level in its annex', async () => {
    const db = await demo();
    const row = await issueDocument(db, { kind: 'annualReport', year: 2026, date: '2026-12-22' });
    expect(row.numberText).toBe('01/BC-UBND');
    const model = row.model as AnnualReportModel;
    const awards = (await db.awards.where('year').equals(2026).toArray()).length;
    const counted = model.awardCounts.reduce((sum, r) => sum + r.collectives + r.individuals + r.households, 0);
    expect(counted).toBe(awards);
    const doc = readDocx(await buildDocument('annualReport', model));
    findParagraph(doc, 'Số: 01/BC-UBND');
    expect(doc.document).toContain('PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027');
  });

  it('prefills every figure the record holds: movements, scoring by block, nominations and awards by title and level, good deeds apart from chosen models (issue 12 item 21)', async () => {
    const db = await demo();
    const model = (await issueDocument(db, { kind: 'annualReport', year: 2026, date: '2026-12-22' })).model as AnnualReportModel;
    const text = model.sections.flatMap((s) => s.blocks.flatMap((b) => (typeof b === 'string' ? [b] : 'items' in b ? b.items : [])));
    const deeds = (await db.goodDeeds.toArray()).filter((d) => d.archived === 0 && d.month.startsWith('2026'));
    const vetted = deeds.filter((d) => d.status === 'approved' || d.status === 'forwarded').length;
    const chosen = deeds.filter((d) => d.status === 'forwarded').length;
    expect(text).toContain(`Ghi nhận ${deeds.length} báo cáo người tốt, việc tốt; ${vetted} trường hợp được thẩm định đạt.`);
    expect(text).toContain(`Lựa chọn ${chosen} điển hình tiên tiến để giới thiệu, tuyên truyền (chỉ tiêu năm: 5 điển hình; ${chosen >= 5 ? 'đạt' : 'chưa đạt'} chỉ tiêu).`);
    expect(text.some((t) => /Khối Tổ dân phố: \d+ đơn vị được chấm điểm \(.*\); dẫn đầu: .* \([\d,]+ điểm\);/.test(t))).toBe(true);
    const nominations = (await db.nominations.where('year').equals(2026).toArray()).filter((n) => n.archived === 0 && n.status !== 'withdrawn');
    expect(text.find((t) => t.startsWith('Tiếp nhận '))).toMatch(new RegExp(`^Tiếp nhận ${nominations.length} hồ sơ đề nghị khen thưởng`));
    const cstdcs = nominations.filter((n) => n.titleCode === 'CSTDCS').length;
    expect(text).toContain(`Chiến sĩ thi đua cơ sở: 0${cstdcs} cá nhân;`);
    expect(text).toContain('Chủ tịch Ủy ban nhân dân phường Ninh Hà khen thưởng:');
    expect(text).toContain('Đang trình cấp tỉnh xem xét:');
    // Only judgement is left to the office: the two sections with no figures.
    expect(model.sections.filter((s) => s.blocks.length === 1 && typeof s.blocks[0] === 'string' && s.blocks[0].startsWith('(')).map((s) => s.heading)).toEqual([
      'III. ĐÁNH GIÁ CHUNG', 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027',
    ]);
    const doc = readDocx(await buildDocument('annualReport', model));
    findParagraph(doc, /^- Khối Tổ dân phố: \d+ đơn vị được chấm điểm/);
  });
});
