/**
 * The dossier sent upward (issue 17 item 2), on the demo ward's meeting: "Sẵn sàng gửi" refused with
 * the missing parts named until every part is issued; the package's files named in order with a
 * manifest whose hashes match the files; each PDF the same document as LibreOffice's render of the
 * package's .docx; the signed PDF brought back recorded by hash against the document's number.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadDemoWard } from '../../../src-renderer/data/demo';
import { auditOf } from '../../../src-renderer/data/audit';
import type { ThiDuaDb } from '../../../src-renderer/data/db';
import { issueDocument, meetingOutcome } from '../../../src-renderer/data/dispatch';
import { RefusedError, ValidationError } from '../../../src-renderer/data/errors';
import { getWardProfile, saveWardProfile } from '../../../src-renderer/data/registers';
import { dossierFor, makeUpwardPackage, markUpwardReady, recordSignedPdf, sha256Hex, upwardState, type UpwardPackage } from '../../../src-renderer/data/upwardDossiers';
import type { AwardCode } from '../../../src-renderer/domain/vocabulary';
import { comparableText, libreOfficePdfs, pdfFacts, renderToolsAvailable, repeatedHeaderRows, writeTemp } from '../documents/pdfCompare';
import { freshDb } from './helpers';

// The app fetches its PDF font by URL; here the URL is read from the installed package.
vi.stubGlobal('fetch', async (url: string) => {
  const file = String(url).split('?')[0].split('/').at(-1)!;
  const bytes = readFileSync(join(process.cwd(), 'node_modules/@fontsource/tinos/files', file));
  return new Response(bytes);
});

interface Ward {
  db: ThiDuaDb;
  meetingId: string;
  titleCode: AwardCode;
}

async function demoWard(): Promise<Ward> {
  const db = freshDb();
  await loadDemoWard(db);
  const meeting = (await db.meetings.toCollection().first())!;
  const outcome = await meetingOutcome(db, meeting.id);
  // A title passed upward that was voted by secret ballot: its dossier has a vote count.
  const titleCode = outcome.passedUpward.map((n) => n.titleCode).find((t) => outcome.secretTitles.includes(t)) ?? outcome.passedUpward[0].titleCode;
  return { db, meetingId: meeting.id, titleCode };
}

async function issueEverything({ db, meetingId, titleCode }: Ward) {
  const outcome = await meetingOutcome(db, meetingId);
  await issueDocument(db, { kind: 'submission', meetingId, titleCode, date: '2026-11-20' });
  await issueDocument(db, { kind: 'meetingMinutes', meetingId });
  if (outcome.secretTitles.includes(titleCode)) await issueDocument(db, { kind: 'voteCountMinutes', meetingId, titleCode });
  for (const n of outcome.passedUpward.filter((x) => x.titleCode === titleCode)) {
    await issueDocument(db, { kind: 'achievementReport', nominationId: n.id, date: '2026-11-18' });
  }
}

describe('“Sẵn sàng gửi” (issue 17.2)', () => {
  it('is refused, naming each missing part, and nothing changes; once every part is issued it is allowed', async () => {
    const ward = await demoWard();
    const { db, meetingId, titleCode } = ward;
    const before = await upwardState(db, meetingId, titleCode);
    expect(before.dossier).toBeNull();
    const dossier = await dossierFor(db, meetingId, titleCode);
    expect(before.refusal).toContain('Tờ trình');
    expect(before.refusal).toContain('Biên bản họp Hội đồng');
    expect(before.refusal).toMatch(/Báo cáo thành tích của \S/u);
    await expect(markUpwardReady(db, dossier.id)).rejects.toThrow(new RefusedError('incomplete', before.refusal!));
    expect((await db.upwardDossiers.get(dossier.id))!.status).toBe('draft');

    await issueDocument(db, { kind: 'submission', meetingId, titleCode, date: '2026-11-20' });
    const partly = await upwardState(db, meetingId, titleCode);
    expect(partly.refusal).not.toContain('Tờ trình;');
    expect(partly.refusal).toContain('Biên bản họp Hội đồng');

    await issueEverything(ward);
    const after = await upwardState(db, meetingId, titleCode);
    expect(after.refusal).toBeNull();
    const ready = await markUpwardReady(db, dossier.id);
    expect(ready.status).toBe('ready');
    expect(ready.readyAt).not.toBeNull();
    expect((await auditOf(db, 'upwardDossiers', ready.id)).map((e) => e.note)).toContain('Sẵn sàng gửi.');
  });
});

describe('the package', () => {
  let ward: Ward;
  let pkg: UpwardPackage;
  let entries: Record<string, Uint8Array>;

  beforeAll(async () => {
    ward = await demoWard();
    await issueEverything(ward);
    const dossier = await dossierFor(ward.db, ward.meetingId, ward.titleCode);
    const attachment = { name: 'Xác nhận sáng kiến.pdf', bytes: new TextEncoder().encode('%PDF-1.4\n% scan\n') };
    pkg = await makeUpwardPackage(ward.db, dossier.id, [attachment]);
    entries = unzipSync(pkg.zip);
  }, 240_000);

  it('holds every part as .docx and PDF, named in order, then the attachment and the manifests', async () => {
    const names = Object.keys(entries);
    expect(names.slice(0, 6)).toEqual([
      '01-to-trinh.docx', '01-to-trinh.pdf', '02-danh-sach-kem-theo-to-trinh.docx', '02-danh-sach-kem-theo-to-trinh.pdf',
      '03-bien-ban-hop-hoi-dong.docx', '03-bien-ban-hop-hoi-dong.pdf',
    ]);
    expect(names.at(-3)).toMatch(/^\d\d-xac-nhan-sang-kien\.pdf$/u);
    expect(names.slice(-2)).toEqual(['manifest.json', 'manifest.csv']);
    expect(names.filter((n) => /bao-cao-thanh-tich-cua-/u.test(n)).length).toBeGreaterThanOrEqual(2);
    for (const n of names.filter((x) => x.endsWith('.pdf') && !x.includes('xac-nhan'))) expect(strFromU8(entries[n].subarray(0, 5))).toBe('%PDF-');
  });

  it('has a manifest, as JSON and as CSV, whose hashes match the files and whose rows carry the numbers', async () => {
    const manifest = JSON.parse(strFromU8(entries['manifest.json'])) as { format: string; files: { part: string; file: string; number: string; date: string; signer: string; sha256: string }[] };
    expect(manifest.format).toBe('wordAndPdf');
    expect(manifest.files.map((f) => f.file)).toEqual(Object.keys(entries).slice(0, -2));
    for (const row of manifest.files) expect(row.sha256).toBe(await sha256Hex(entries[row.file]));
    const submission = manifest.files[0];
    expect(submission).toMatchObject({ part: 'Tờ trình', number: '01/TTr-UBND', date: '2026-11-20' });
    expect(submission.signer).not.toBe('');
    const csv = strFromU8(entries['manifest.csv']).replace(/^\ufeff/u, '').trim().split('\r\n');
    expect(csv).toHaveLength(manifest.files.length + 1);
    expect(csv[1]).toContain(`01-to-trinh.docx,01/TTr-UBND,2026-11-20`);
    const stored = (await upwardState(ward.db, ward.meetingId, ward.titleCode)).dossier?.lastPackage;
    expect(stored?.files).toEqual(manifest.files);
  });

  it('is not made without a tờ trình', async () => {
    const bare = await demoWard();
    const dossier = await dossierFor(bare.db, bare.meetingId, bare.titleCode);
    await expect(makeUpwardPackage(bare.db, dossier.id, [])).rejects.toThrow('Chưa có Tờ trình');
  });

  it('for a PDF-only province holds PDFs only', async () => {
    const profile = (await getWardProfile(ward.db))!;
    await saveWardProfile(ward.db, { ...profile, settingsOverrides: { ...profile.settingsOverrides, upwardDossier: { format: 'pdf', paperCopies: 0 } } }, { readVersion: profile.version });
    const dossier = await dossierFor(ward.db, ward.meetingId, ward.titleCode);
    const pdfOnly = unzipSync((await makeUpwardPackage(ward.db, dossier.id, [])).zip);
    const files = Object.keys(pdfOnly).filter((n) => !n.startsWith('manifest'));
    expect(files.length).toBeGreaterThan(3);
    expect(files.every((n) => n.endsWith('.pdf'))).toBe(true);
  }, 120_000);

  it('records a signed PDF brought back by its hash, against the document’s number; refuses a file that is not a PDF', async () => {
    const { dossier, parts } = await upwardState(ward.db, ward.meetingId, ward.titleCode);
    if (!dossier) throw new Error('the package made the dossier');
    const submissionId = parts.find((p) => p.role === 'submission')!.documentId!;
    await expect(recordSignedPdf(ward.db, dossier.id, submissionId, { name: 'to-trinh.docx', bytes: entries['01-to-trinh.docx'] })).rejects.toThrow(ValidationError);
    const signed = await recordSignedPdf(ward.db, dossier.id, submissionId, { name: '01-to-trinh.signed.pdf', bytes: entries['01-to-trinh.pdf'] });
    expect(signed.signed).toEqual([
      expect.objectContaining({ documentId: submissionId, numberText: '01/TTr-UBND', fileName: '01-to-trinh.signed.pdf', sha256: await sha256Hex(entries['01-to-trinh.pdf']) }),
    ]);
  });

  describe.skipIf(!renderToolsAvailable)('each PDF beside LibreOffice’s render of the package’s .docx', () => {
    it('has the same text in the same order, A4 pages, and a page count within one', () => {
      const dir = mkdtempSync(join(tmpdir(), 'thidua-package-'));
      const docxNames = Object.keys(entries).filter((n) => n.endsWith('.docx'));
      expect(docxNames.length).toBeGreaterThanOrEqual(5);
      const rendered = libreOfficePdfs(docxNames.map((n) => writeTemp(dir, n, entries[n])), join(dir, 'office'));
      docxNames.forEach((name, i) => {
        const own = writeTemp(dir, `app-${name.replace(/\.docx$/u, '.pdf')}`, entries[name.replace(/\.docx$/u, '.pdf')]);
        const app = pdfFacts(own);
        const office = pdfFacts(rendered[i]);
        expect(app.sizes.every((s) => s === '595x842' || s === '842x595'), name).toBe(true);
        expect(Math.abs(app.pages - office.pages), name).toBeLessThanOrEqual(1);
        const headers = repeatedHeaderRows(entries[name]);
        expect(comparableText(own, headers), name).toBe(comparableText(rendered[i], headers));
      });
    }, 300_000);
  });
});
