/**
 * The Gia đình văn hóa dossier (NĐ 86/2023 Mẫu 01–03) issued from a tổ dân phố's review of the demo
 * ward: prefilled from the review, unnumbered, built with the real builders.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../../src-renderer/documents';
import { issueDocument } from '../../../../src-renderer/data/dispatch';
import { cultureReviewRepo } from '../../../../src-renderer/data/culture';
import { loadDemoWard } from '../../../../src-renderer/data/demo';
import { RefusedError } from '../../../../src-renderer/data/errors';
import type { CultureHouseholdListModel, CultureMinutesModel, CultureProposalModel } from '../../../../src-renderer/documents/models';
import { findParagraph, readDocx } from '../../documents/docx';
import { freshDb } from '../helpers';

async function reviewed(postedOn: string | null = '2030-11-01') {
  const db = freshDb();
  await loadDemoWard(db);
  const unit = (await db.units.where('kind').equals('tdp').toArray()).find((u) => u.archived === 0)!;
  const year = 2030; // no demo review in that year
  const review = await cultureReviewRepo.create(db, {
    unitId: unit.id,
    year,
    postedOn,
    households: [
      { name: 'Hộ ông Nguyễn Văn An', address: 'Số 3, hẻm 12', comment: '', proposed: true },
      { name: 'Hộ bà Lê Thị Hòa', address: 'Số 7, hẻm 12', comment: 'Đề nghị xem lại việc để xe lấn chiếm vỉa hè; đã khắc phục', proposed: true },
      { name: 'Hộ ông Trần Văn Bình', address: 'Số 9, hẻm 12', comment: 'Có con trong độ tuổi đi học nhưng bỏ học', proposed: false },
    ],
  });
  return { db, unit, review, year };
}

describe('Gia đình văn hóa dossier (issue 12 item 4)', () => {
  it('Mẫu 01 proposes the households still proposed after the comments, with the posting period, to the ward chairman', async () => {
    const { db, unit, review, year } = await reviewed();
    const row = await issueDocument(db, { kind: 'cultureProposal', reviewId: review.id, date: '2030-11-12' });
    expect(row.numberText).toBe('');
    expect(row.sourceTable).toBe('cultureReviews');
    expect(row.sourceIds).toEqual([review.id]);
    expect(row.title).toBe(`Văn bản đề nghị xét tặng danh hiệu “Gia đình văn hóa” năm ${year} của ${unit.name}`);
    const model = row.model as CultureProposalModel;
    expect(model.header).toEqual({ agency: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG NINH HÀ'], issuer: [unit.name], issuerName: unit.name });
    expect(model.addressees).toEqual(['Chủ tịch Ủy ban nhân dân phường Ninh Hà']);
    expect(model.signature).toEqual({ title: 'Tổ trưởng tổ dân phố', name: unit.headName });
    const doc = readDocx(await buildDocument('cultureProposal', model));
    expect(findParagraph(doc, /trong 10 ngày, từ ngày 01\/11\/2030 đến ngày 10\/11\/2030\.$/)).toBeTruthy();
    expect(findParagraph(doc, /có 2 hộ gia đình được người dân góp ý .*; 1 hộ không tiếp tục đề nghị\.$/)).toBeTruthy();
    expect(findParagraph(doc, new RegExp(`xét tặng danh hiệu “Gia đình văn hóa” năm ${year} cho 2 hộ gia đình \\(có danh sách kèm theo\\)\\.$`))).toBeTruthy();
  });

  it('Mẫu 02 lists the proposed households with the comments, and the withdrawn one apart', async () => {
    const { db, review } = await reviewed();
    const row = await issueDocument(db, { kind: 'cultureHouseholdList', reviewId: review.id, date: '2030-11-12' });
    const model = row.model as CultureHouseholdListModel;
    expect(model.rows.map((r) => r.name)).toEqual(['Hộ ông Nguyễn Văn An', 'Hộ bà Lê Thị Hòa']);
    expect(model.rows[1].comment).toBe('Đề nghị xem lại việc để xe lấn chiếm vỉa hè; đã khắc phục');
    expect(model.withdrawn).toEqual([{ name: 'Hộ ông Trần Văn Bình', address: 'Số 9, hẻm 12', comment: 'Có con trong độ tuổi đi học nhưng bỏ học' }]);
    expect(model.body[0]).toMatch(/^Danh sách gồm 2 hộ gia đình, .* từ ngày 01\/11\/2030 đến ngày 10\/11\/2030\.$/);
  });

  it('Mẫu 03 counts every household assessed as qualifying, names the Tổ trưởng as chair and leaves the meeting’s hour to write by hand', async () => {
    const { db, unit, review, year } = await reviewed(null);
    const row = await issueDocument(db, { kind: 'cultureMinutes', reviewId: review.id, date: '2030-10-28' });
    const model = row.model as CultureMinutesModel;
    expect(model.summary).toBe(`${unit.name} bình xét danh hiệu “Gia đình văn hóa” năm ${year}`);
    expect(model.body).toContain('Thời gian: …… giờ …… phút, ngày 28 tháng 10 năm 2030.');
    expect(model.body).toContainEqual({ items: expect.arrayContaining([`Chủ trì: ${unit.headName || '……'}, Tổ trưởng ${unit.name};`]) });
    expect(model.body.some((b) => typeof b === 'string' && b.startsWith(`Có 3 hộ gia đình đủ điều kiện`))).toBe(true);
    expect(JSON.stringify(model)).not.toMatch(/60\s?%/);
    expect(model.secretary).toEqual({ title: 'Thư ký', name: '' });
  });

  it('an unposted list prints dots for the posting period', async () => {
    const { db, review } = await reviewed(null);
    const row = await issueDocument(db, { kind: 'cultureHouseholdList', reviewId: review.id, date: '2030-11-12' });
    expect((row.model as CultureHouseholdListModel).body[0]).toMatch(/từ ngày …… đến ngày ……\.$/);
  });

  it('refuses a proposal with no household proposed, in Vietnamese', async () => {
    const { db, review, unit } = await reviewed();
    const emptied = await cultureReviewRepo.update(db, review, { households: review.households.map((h) => ({ ...h, proposed: false })) });
    const refusal = issueDocument(db, { kind: 'cultureProposal', reviewId: emptied.id, date: '2030-11-12' });
    await expect(refusal).rejects.toBeInstanceOf(RefusedError);
    await expect(refusal).rejects.toThrow(`${unit.name} chưa có hộ gia đình nào được đề nghị năm 2030`);
  });
});
