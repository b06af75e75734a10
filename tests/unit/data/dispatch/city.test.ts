/**
 * Issue 20 item 1 in the documents: every kind of document the app issues (DOCUMENT_KINDS, so a new
 * kind is covered as soon as it exists), issued for a ward of a centrally-run city through the real
 * dispatch and builders, and its text searched: the upper level and the award names say "thành phố",
 * never "tỉnh", and no other province or ward is named.
 *
 * The ward is the one the e2e journey (tests/e2e/province.spec.ts) sets up on its screens: the same
 * name, city, address and regulation, completed by the same form logic. Its records are the demo
 * ward's, re-homed: what a clerk typed (addresses, history, conclusions) is written as a city ward's
 * clerk would type it, since those words are the user's, not the app's.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../../src-renderer/documents';
import { issueDocument, issuedModel, meetingOutcome, type DispatchRequest } from '../../../../src-renderer/data/dispatch';
import { cultureReviewRepo } from '../../../../src-renderer/data/culture';
import { validateDataset } from '../../../../src-renderer/data/demo';
import { loadDataset } from '../../../../src-renderer/data/demo/dataset';
import { buildDemoWard } from '../../../../src-renderer/data/demo/demoWard';
import { DEMO_YEAR } from '../../../../src-renderer/data/demo/story';
import { evaluateNomination } from '../../../../src-renderer/data/nominations';
import { yearFiguresModel } from '../../../../src-renderer/data/yearFigures';
import { buildYearFigures } from '../../../../src-renderer/documents/builders/yearFigures';
import { wardProfileInputSchema, WARD_PROFILE_ID, type RegisteredDocument } from '../../../../src-renderer/data/schemas';
import type { ThiDuaDb } from '../../../../src-renderer/data/db';
import { DOCUMENT_KINDS } from '../../../../src-renderer/features/documents/documentKinds';
import { completeWardProfile, emptyWardProfile } from '../../../../src-renderer/features/ward/wardProfileForm';
import type { DocumentKind } from '../../../../src-renderer/domain/vocabulary';
import { CITY_WARD, docxText, foreignPlaceLines, provinceWordLines } from '../../../cityWard';
import { freshDb } from '../helpers';

/** The demo's own places and words as a clerk of the city ward would type them. */
const REHOME: [RegExp, string][] = [
  [/tỉnh Khánh Hòa/g, `thành phố ${CITY_WARD.city}`],
  [/TỈNH KHÁNH HÒA/g, `THÀNH PHỐ ${CITY_WARD.city.toLocaleUpperCase('vi')}`],
  [/thị xã Ninh Hòa/g, `quận ${CITY_WARD.place}`],
  [/xã Ninh Quang/g, `phường ${CITY_WARD.place}`],
  [/Ninh Hà/g, CITY_WARD.place],
  [/NINH HÀ/g, CITY_WARD.place.toLocaleUpperCase('vi')],
  [/(?<![\p{L}])tỉnh(?![\p{L}])/gu, 'thành phố'],
];

function rehomed<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === 'string' ? REHOME.reduce((s, [from, to]) => s.replace(from, to), v) : v)) as T;
}

/** The city ward: its profile as the first-run screen and the profile form save it, the demo's records re-homed. */
async function cityWard(): Promise<ThiDuaDb> {
  const db = freshDb();
  const demo = buildDemoWard();
  const typed = completeWardProfile({
    ...emptyWardProfile(),
    name: CITY_WARD.name,
    province: CITY_WARD.city,
    provinceRegulation: { ...CITY_WARD.regulation },
    upperLevel: { ...emptyWardProfile().upperLevel, address: CITY_WARD.upperAddress },
  });
  const { chairman, viceChairs, standingMember } = demo.wardProfile[0];
  const profile = wardProfileInputSchema.parse({ ...typed, chairman, viceChairs, standingMember });
  const data = { ...rehomed(demo), wardProfile: [{ ...demo.wardProfile[0], ...profile, id: WARD_PROFILE_ID, provincePack: undefined }] };
  validateDataset(data);
  await loadDataset(db, data, 'Phường thử nghiệm');
  for (const nomination of data.nominations) await db.nominations.update(nomination.id, { eligibility: { evaluatedAt: '2026-11-20T02:00:00.000Z', result: await evaluateNomination(db, nomination) } });
  return db;
}

/** What to issue for each kind, from the city ward's records: a new kind cannot be left out (the type asks for it). */
const REQUESTS: Record<DocumentKind, (db: ThiDuaDb) => Promise<DispatchRequest[]>> = {
  meetingMinutes: async (db) => [{ kind: 'meetingMinutes', meetingId: (await firstMeeting(db)).id }],
  voteCountMinutes: async (db) => perTitle(db, 'secretTitles', (meetingId, titleCode) => ({ kind: 'voteCountMinutes', meetingId, titleCode })),
  ballotPaper: async (db) => perTitle(db, 'ballotTitles', (meetingId, titleCode) => ({ kind: 'ballotPaper', meetingId, titleCode })),
  submission: async (db) => perTitle(db, 'passedUpward', (meetingId, titleCode) => ({ kind: 'submission', meetingId, titleCode, date: '2026-12-05' })),
  decision: async (db) => perTitle(db, 'passedWard', (meetingId, titleCode) => ({ kind: 'decision', meetingId, titleCode, date: '2026-12-20' })),
  personalReport: async (db) => achievementReports(db, 'person'),
  collectiveReport: async (db) => achievementReports(db, 'unit'),
  scoreTable: async (db) => (await db.criteriaSets.toArray()).map((set) => ({ kind: 'scoreTable', criteriaSetId: set.id, date: '2026-12-05' })),
  goodDeedsLetter: async () => [{ kind: 'goodDeedsLetter', year: DEMO_YEAR, date: '2026-12-05' }],
  annualReport: async () => [{ kind: 'annualReport', year: DEMO_YEAR, date: '2026-12-05' }],
  cultureProposal: async (db) => [{ kind: 'cultureProposal', reviewId: (await cultureReview(db)).id, date: '2026-11-12' }],
  cultureHouseholdList: async (db) => [{ kind: 'cultureHouseholdList', reviewId: (await cultureReview(db)).id, date: '2026-11-12' }],
  cultureMinutes: async (db) => [{ kind: 'cultureMinutes', reviewId: (await cultureReview(db)).id, date: '2026-10-28' }],
  // Every movement whose plan is written in full (a plan with an empty part is refused, rightly).
  movementPlan: async (db) => (await db.movements.toArray())
    .filter((m) => m.plan && Object.values(m.plan).every((part) => part.trim()))
    .map((m) => ({ kind: 'movementPlan', movementId: m.id, date: '2026-01-15' })),
};

async function firstMeeting(db: ThiDuaDb) {
  return (await db.meetings.toCollection().first())!;
}

async function perTitle(
  db: ThiDuaDb, part: 'secretTitles' | 'ballotTitles' | 'passedUpward' | 'passedWard',
  request: (meetingId: string, titleCode: never) => DispatchRequest,
): Promise<DispatchRequest[]> {
  const meeting = await firstMeeting(db);
  const outcome = await meetingOutcome(db, meeting.id);
  const codes = part === 'passedUpward' || part === 'passedWard' ? outcome[part].map((n) => n.titleCode) : outcome[part];
  return [...new Set(codes)].map((code) => request(meeting.id, code as never));
}

async function achievementReports(db: ThiDuaDb, subject: 'person' | 'unit'): Promise<DispatchRequest[]> {
  const nominations = (await db.nominations.toArray()).filter((n) => n.nominee.kind === subject);
  const byTitle = new Map(nominations.map((n) => [n.titleCode, n]));
  return [...byTitle.values()].map((n) => ({ kind: 'achievementReport', nominationId: n.id, date: '2026-11-10' }));
}

async function cultureReview(db: ThiDuaDb) {
  const existing = await db.cultureReviews.toCollection().first();
  if (existing) return existing;
  const unit = (await db.units.where('kind').equals('tdp').toArray())[0];
  return cultureReviewRepo.create(db, {
    unitId: unit.id, year: DEMO_YEAR, postedOn: '2026-11-01',
    households: [
      { name: 'Hộ ông Nguyễn Văn An', address: `Số 3, ${unit.name}`, comment: '', proposed: true },
      { name: 'Hộ bà Lê Thị Hòa', address: `Số 7, ${unit.name}`, comment: 'Đã khắc phục việc để xe trên vỉa hè', proposed: true },
    ],
  });
}

describe('documents of a ward in a centrally-run city', () => {
  it('every kind says "thành phố" for the upper level and names no other province or ward', { timeout: 120_000 }, async () => {
    const db = await cityWard();
    const issued = new Map<DocumentKind, RegisteredDocument[]>();
    const hits: string[] = [];
    let submissions = '';
    for (const kind of DOCUMENT_KINDS) {
      for (const request of await REQUESTS[kind](db)) {
        const row = await issueDocument(db, request);
        expect(row.kind, `${kind}: ${request.kind}`).toBe(kind);
        issued.set(kind, [...(issued.get(kind) ?? []), row]);
        const text = docxText(await buildDocument(row.kind, issuedModel(row as RegisteredDocument & { kind: typeof row.kind }) as never));
        hits.push(...provinceWordLines(text).map((l) => `${kind} “${row.title}”: tỉnh: ${l}`));
        hits.push(...foreignPlaceLines(text).map((l) => `${kind} “${row.title}”: ${l}`));
        if (kind === 'submission') submissions += text;
      }
    }
    expect(DOCUMENT_KINDS.filter((kind) => !issued.has(kind)), 'kinds not issued').toEqual([]);
    expect(hits).toEqual([]);
    expect(submissions).toMatch(new RegExp(`Chủ tịch Ủy ban nhân dân thành phố ${CITY_WARD.city}`));
    expect(submissions).toMatch(/Bằng khen của Chủ tịch Ủy ban nhân dân thành phố/);
  });

  // The year's figures (Biểu 0601–0603) are a .docx outside the register of issued documents.
  it('the year\'s figures (Biểu 0601–0603) say "thành phố" and name no other province or ward', async () => {
    const db = await cityWard();
    const text = docxText(await buildYearFigures(await yearFiguresModel(db, DEMO_YEAR, '2026-12-10')));
    expect(text).toContain(`Sở Nội vụ thành phố ${CITY_WARD.city}`);
    expect([...provinceWordLines(text), ...foreignPlaceLines(text)]).toEqual([]);
  });
});
