/**
 * Issue 20 item 1 in the documents: the demo ward's meeting re-homed in a centrally-run city. Every
 * meeting document (minutes, vote counts, ballot papers, tờ trình, decisions) is built through the real
 * builders and its text searched: the upper level and the award names say "thành phố", never "tỉnh",
 * and no other province is named. Free text the clerk typed into the records is not the app's wording,
 * so the demo's own sentences mentioning "tỉnh" are rewritten first.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../../src-renderer/documents';
import { issueDocument, issuedModel, meetingOutcome } from '../../../../src-renderer/data/dispatch';
import { loadDemoWard } from '../../../../src-renderer/data/demo';
import { getWardProfile, saveWardProfile } from '../../../../src-renderer/data/registers';
import { provinceBodies } from '../../../../src-renderer/domain/province';
import { upperVi } from '../../../../src-renderer/domain/text';
import type { RegisteredDocument } from '../../../../src-renderer/data/schemas';
import { readDocx } from '../../documents/docx';
import { freshDb } from '../helpers';

const cityText = (s: string) => s.replace(/toàn tỉnh/g, 'toàn thành phố').replace(/cấp tỉnh/g, 'cấp thành phố').replace(/UBND tỉnh/g, 'UBND thành phố');

describe('documents of a ward in a centrally-run city', () => {
  it('name the city level "thành phố" in every meeting document, and no other province', async () => {
    const db = freshDb();
    await loadDemoWard(db);
    const profile = (await getWardProfile(db))!;
    const bodies = provinceBodies('city', 'Hà Nội');
    const { id: _i, createdAt: _c, updatedAt: _u, archived: _a, demo: _d, version: _v, provincePack: _p, provinceRegulation: _r, ...input } = profile;
    await saveWardProfile(db, {
      ...input,
      province: 'Hà Nội',
      provinceKind: 'city',
      provincePack: undefined,
      headerParent: upperVi(bodies.committee),
      upperLevel: { ...input.upperLevel, councilName: bodies.council, authorityTitle: bodies.chairman, recipientLine: bodies.chairman, viaAgency: bodies.standingBody },
    }, { demo: true });
    await db.nominations.toCollection().modify((n) => { n.achievementSummary = cityText(n.achievementSummary); });
    await db.meetings.toCollection().modify((m) => { m.conclusions = cityText(m.conclusions); });

    const meeting = (await db.meetings.toCollection().first())!;
    const outcome = await meetingOutcome(db, meeting.id);
    const rows: RegisteredDocument[] = [await issueDocument(db, { kind: 'meetingMinutes', meetingId: meeting.id })];
    for (const titleCode of outcome.secretTitles) rows.push(await issueDocument(db, { kind: 'voteCountMinutes', meetingId: meeting.id, titleCode }));
    for (const titleCode of outcome.ballotTitles) rows.push(await issueDocument(db, { kind: 'ballotPaper', meetingId: meeting.id, titleCode }));
    for (const titleCode of new Set(outcome.passedUpward.map((n) => n.titleCode))) {
      rows.push(await issueDocument(db, { kind: 'submission', meetingId: meeting.id, titleCode, date: '2026-12-05' }));
    }
    for (const titleCode of new Set(outcome.passedWard.map((n) => n.titleCode))) {
      rows.push(await issueDocument(db, { kind: 'decision', meetingId: meeting.id, titleCode, date: '2026-12-20' }));
    }
    expect(rows.some((r) => r.kind === 'submission')).toBe(true);

    let submissionText = '';
    for (const row of rows) {
      const bytes = await buildDocument(row.kind, issuedModel(row as RegisteredDocument & { kind: typeof row.kind }) as never);
      const text = readDocx(bytes).paragraphs.map((p) => p.text).join('\n') + readDocx(bytes).document.replace(/<[^>]+>/g, ' ');
      const hits = text.split('\n').filter((line) => /tỉnh/i.test(line));
      expect(hits, `${row.kind} ${row.title}`).toEqual([]);
      expect(text, row.kind).not.toMatch(/Khánh Hòa|Bắc Ninh/);
      if (row.kind === 'submission') submissionText += text;
    }
    expect(submissionText).toMatch(/Chủ tịch Ủy ban nhân dân thành phố Hà Nội/);
    expect(submissionText).toMatch(/Bằng khen của Chủ tịch Ủy ban nhân dân thành phố/);
  });
});
