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
import { exportBackup, restoreBackup } from '../../../src-renderer/data/backup';
import { attachedFileBytes } from '../../../src-renderer/data/registrations';
import {
  addUpwardAttachment, dossierFor, makeUpwardPackage, markUpwardReady, recordSignedPdf, removeUpwardAttachment, sha256Hex, upwardState, zipOfPackage, type UpwardPackage,
} from '../../../src-renderer/data/upwardDossiers';
import type { AwardCode } from '../../../src-renderer/domain/vocabulary';
import { comparableText, libreOfficePdfs, pdfFacts, renderToolsAvailable, repeatedHeaderRows, writeTemp } from '../documents/pdfCompare';
import { backgroundWork, type Progress } from '../../../src-renderer/data/worker/api';
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

/** A scanned PDF (a tiny stand-in, real by its first bytes only) and a photo the ward adds. */
const SCAN = { name: 'Xác nhận sáng kiến.pdf', bytes: new TextEncoder().encode('%PDF-1.4\n% scan\n') };
const PHOTO = { name: 'Ảnh tuyên dương.png', bytes: new Uint8Array(readFileSync(join(process.cwd(), 'resources/icon.png'))) };

describe('the package', () => {
  let ward: Ward;
  let pkg: UpwardPackage;
  let entries: Record<string, Uint8Array>;
  const steps: Progress[] = [];

  beforeAll(async () => {
    ward = await demoWard();
    await issueEverything(ward);
    const dossier = await dossierFor(ward.db, ward.meetingId, ward.titleCode);
    await addUpwardAttachment(ward.db, dossier.id, SCAN);
    await addUpwardAttachment(ward.db, dossier.id, PHOTO);
    // As the screen asks it: the background work makes the package and its .zip, telling each file made.
    const made = await backgroundWork(async () => ward.db).makeUpwardPackage(dossier.id, true, { name: 'Trần Văn Thư', role: 'standing' }, false, (p) => steps.push(p));
    pkg = made.pkg;
    entries = unzipSync(made.zip!);
  }, 240_000);

  it('is made with progress file by file, up to the last', () => {
    const planned = pkg.files.filter((f) => f.kind !== 'manifest').length;
    expect(steps[0]).toEqual({ label: 'Đang lập gói hồ sơ…', fraction: 0 });
    expect(steps.slice(1).map((p) => p.label)).toEqual(Array.from({ length: planned + 1 }, (_, i) => `Đang lập gói hồ sơ: ${i}/${planned} tệp`));
    expect(steps.at(-1)!.fraction).toBe(1);
  });

  it('holds every part as .docx and PDF, named in order, then the attachment and the manifests', async () => {
    const names = Object.keys(entries);
    expect(names.slice(0, 6)).toEqual([
      '01-to-trinh.docx', '01-to-trinh.pdf', '02-danh-sach-kem-theo-to-trinh.docx', '02-danh-sach-kem-theo-to-trinh.pdf',
      '03-bien-ban-hop-hoi-dong.docx', '03-bien-ban-hop-hoi-dong.pdf',
    ]);
    // The ward's attachments after the documents, in the order they were added, under their own names.
    expect(names.at(-4)).toMatch(/^\d\d-xac-nhan-sang-kien\.pdf$/u);
    expect(names.at(-3)).toMatch(/^\d\d-anh-tuyen-duong\.png$/u);
    expect(Number(names.at(-3)!.slice(0, 2))).toBe(Number(names.at(-4)!.slice(0, 2)) + 1);
    expect(entries[names.at(-4)!]).toEqual(SCAN.bytes);
    expect(entries[names.at(-3)!]).toEqual(PHOTO.bytes);
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
    expect(manifest.files.slice(-2).map((f) => f.part)).toEqual(['Tài liệu kèm theo: Xác nhận sáng kiến.pdf', 'Tài liệu kèm theo: Ảnh tuyên dương.png']);
    const stored = (await upwardState(ward.db, ward.meetingId, ward.titleCode)).dossier?.lastPackage;
    expect(stored?.files).toEqual(manifest.files);
  });

  it('prints as N paper sets: one PDF of the parts’ PDFs and the ward’s files in order, N × the set’s pages', async () => {
    const { paperSetsPdf } = await import('../../../src-renderer/documents/pdf/paperSets');
    const { PDFDocument } = await import('pdf-lib');
    const partPdfs = pkg.files.filter((f) => f.kind === 'pdf');
    const setPages = (await Promise.all(partPdfs.map(async (f) => (await PDFDocument.load(f.bytes)).getPageCount()))).reduce((a, b) => a + b, 0) + 1;
    const sets = await paperSetsPdf(pkg.files, 2);
    expect(sets.setPages).toBe(setPages);
    expect((await PDFDocument.load(sets.bytes)).getPageCount()).toBe(2 * setPages);
    // The tiny stand-in "scan" is no real PDF: named, not silently dropped.
    expect(sets.leftOut).toEqual([expect.stringMatching(/^\d\d-xac-nhan-sang-kien\.pdf \(không đọc được tệp để in\)$/u)]);
  });

  it('is not made without a tờ trình', async () => {
    const bare = await demoWard();
    const dossier = await dossierFor(bare.db, bare.meetingId, bare.titleCode);
    await expect(makeUpwardPackage(bare.db, dossier.id)).rejects.toThrow('Chưa có Tờ trình');
  });

  it('for a PDF-only province holds PDFs only', async () => {
    const profile = (await getWardProfile(ward.db))!;
    await saveWardProfile(ward.db, { ...profile, settingsOverrides: { ...profile.settingsOverrides, upwardDossier: { format: 'pdf', paperCopies: 0 } } }, { readVersion: profile.version });
    const dossier = await dossierFor(ward.db, ward.meetingId, ward.titleCode);
    const pdfOnly = unzipSync(zipOfPackage(await makeUpwardPackage(ward.db, dossier.id)));
    const files = Object.keys(pdfOnly).filter((n) => !n.startsWith('manifest') && !n.endsWith('.png'));
    expect(files.length).toBeGreaterThan(3);
    expect(files.every((n) => n.endsWith('.pdf'))).toBe(true);
    // The photo stays the ward's file; "Sẵn sàng gửi" names it as needing a PDF for this channel.
    expect((await upwardState(ward.db, ward.meetingId, ward.titleCode)).refusal).toContain('Tài liệu kèm theo: Ảnh tuyên dương.png (cần tệp PDF)');
    await expect(markUpwardReady(ward.db, dossier.id)).rejects.toThrow('Ảnh tuyên dương.png (cần tệp PDF)');
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

  describe('the ward’s attachments', () => {
    it('are kept in the dossier, checksummed, and listed with their own names after the documents', async () => {
      const { dossier, parts } = await upwardState(ward.db, ward.meetingId, ward.titleCode);
      expect(dossier!.attachments.map((a) => [a.name, a.mediaType, a.size])).toEqual([
        ['Xác nhận sáng kiến.pdf', 'application/pdf', SCAN.bytes.length],
        ['Ảnh tuyên dương.png', 'image/png', PHOTO.bytes.length],
      ]);
      expect(dossier!.attachments[0].sha256).toBe(await sha256Hex(SCAN.bytes));
      expect(parts.slice(-2).map((p) => p.label)).toEqual(['Tài liệu kèm theo: Xác nhận sáng kiến.pdf', 'Tài liệu kèm theo: Ảnh tuyên dương.png']);
      expect((await auditOf(ward.db, 'upwardDossiers', dossier!.id)).map((e) => e.note)).toContain('Thêm tài liệu kèm theo “Xác nhận sáng kiến.pdf”.');
    });

    it('are refused, with the reason, when not a PDF, Word file or picture, or too large; nothing is saved', async () => {
      const { db, meetingId, titleCode } = ward;
      const before = (await upwardState(db, meetingId, titleCode)).dossier!;
      const pdf = (size: number) => { const b = new Uint8Array(size); b.set(SCAN.bytes); return b; };
      const refusals: [{ name: string; bytes: Uint8Array }, string][] = [
        [{ name: 'bang-tinh.xlsx', bytes: Uint8Array.of(0x50, 0x4b, 3, 4) }, 'Tệp “bang-tinh.xlsx” không nhận được: tài liệu kèm theo phải là tệp PDF, Word (.docx) hoặc ảnh (.jpg, .png).'],
        [{ name: 'gia.pdf', bytes: new TextEncoder().encode('không phải PDF') }, 'Tệp “gia.pdf” không phải tệp PDF thật'],
        [{ name: 'trong.jpg', bytes: new Uint8Array(0) }, 'Tệp “trong.jpg” trống.'],
        [{ name: 'lon.pdf', bytes: pdf(3_000_001) }, 'Tệp “lon.pdf” lớn hơn 3 MB.'],
      ];
      for (const [file, reason] of refusals) await expect(addUpwardAttachment(db, before.id, file)).rejects.toThrow(reason);
      // Each within its own limit, but together over what the dossier's record can carry.
      await addUpwardAttachment(db, before.id, { name: 'quet-1.pdf', bytes: pdf(2_900_000) });
      await expect(addUpwardAttachment(db, before.id, { name: 'quet-2.pdf', bytes: pdf(2_900_000) })).rejects.toThrow('cộng lại không quá 5 MB');
      const after = (await upwardState(db, meetingId, titleCode)).dossier!;
      expect(after.attachments.map((a) => a.name)).toEqual([...before.attachments.map((a) => a.name), 'quet-1.pdf']);
      await removeUpwardAttachment(db, after.id, after.attachments.length - 1, after.attachments.at(-1)!.sha256);
    });

    it('are removable, the right one only; a backup round-trip keeps them byte for byte', async () => {
      const source = await demoWard();
      const dossier = await dossierFor(source.db, source.meetingId, source.titleCode);
      const docx = { name: 'Bản tự nhận xét.docx', bytes: entries['01-to-trinh.docx'] };
      for (const file of [SCAN, docx, PHOTO]) await addUpwardAttachment(source.db, dossier.id, file);
      const kept = (await source.db.upwardDossiers.get(dossier.id))!;
      await expect(removeUpwardAttachment(source.db, dossier.id, 0, kept.attachments[1].sha256)).rejects.toThrow('đã thay đổi');
      const removed = await removeUpwardAttachment(source.db, dossier.id, 1, kept.attachments[1].sha256);
      expect(removed.attachments.map((a) => a.name)).toEqual(['Xác nhận sáng kiến.pdf', 'Ảnh tuyên dương.png']);

      const target = freshDb();
      await restoreBackup(target, await exportBackup(source.db));
      const restored = (await target.upwardDossiers.get(dossier.id))!;
      expect(restored.attachments).toEqual(removed.attachments);
      expect(restored.attachments.map(attachedFileBytes)).toEqual([SCAN.bytes, PHOTO.bytes]);
    });
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
