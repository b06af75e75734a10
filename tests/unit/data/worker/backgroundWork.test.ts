import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../../src-renderer/data/backup';
import { signOut } from '../../../../src-renderer/data/currentUser';
import { RefusedError, ValidationError } from '../../../../src-renderer/data/errors';
import { FileRejectedError } from '../../../../src-renderer/data/fileFormat';
import { backgroundWork } from '../../../../src-renderer/data/worker/api';
import type { Progress } from '../../../../src-renderer/data/worker/api';
import { receiveError, sendError } from '../../../../src-renderer/data/worker/errors';
import { evaluateYear } from '../../../../src-renderer/data/eligibilityInputs';
import { generateBigWard, loadBigWard } from '../../../../src-renderer/data/demo/bigWard';
import { freshDb, populateEveryTable } from '../helpers';

const SMALL = { units: 10, people: 120, awards: 150, nominations: 40, scoreSheets: 10, criteria: 20, goodDeeds: 20 };
const CLERK = { name: 'Trần Văn Thư', role: 'standing' as const };

describe('background work (what the worker runs)', () => {
  it('checks a backup without writing, then restores it as the window’s user, with progress', async () => {
    const source = freshDb();
    await populateEveryTable(source);
    const bytes = await exportBackup(source);
    const target = freshDb();
    const work = backgroundWork(async () => target);
    const steps: Progress[] = [];
    const summary = await work.checkBackup(bytes, CLERK, (p) => steps.push(p));
    expect(summary).not.toHaveProperty('tables');
    expect(summary.counts.people).toBe(await source.people.count());
    expect(await target.people.count()).toBe(0);
    // The backup to save comes back as a Blob made where the work runs: the same bytes.
    const blob = await backgroundWork(async () => source).exportBackupBlob(CLERK);
    expect(new Uint8Array(await blob.arrayBuffer()).byteLength).toBe(bytes.byteLength);
    // A picked file is handed over as the File itself and read where the work runs.
    const fromFile = await work.checkBackup(new Blob([bytes as BlobPart]), CLERK);
    expect(fromFile.counts).toEqual(summary.counts);
    const restored = await work.restoreBackup(new Blob([bytes as BlobPart]), 'tệp thidua.json', CLERK, false, (p) => steps.push(p));
    expect(restored.counts).toEqual(summary.counts);
    expect(await target.people.count()).toBe(await source.people.count());
    const entry = (await target.audit.toArray()).find((a) => a.action === 'restore');
    expect(entry?.actor).toBe(CLERK.name);
    expect(entry?.note).toContain('Khôi phục từ tệp thidua.json');
    expect([...new Set(steps.map((s) => s.label))]).toEqual(['Đang kiểm tra tệp sao lưu…', 'Đang khôi phục: kiểm tra và ghi dữ liệu…']);
    // Each step starts without a measure, then says how far through the file's rows it is, up to the end.
    for (const label of new Set(steps.map((s) => s.label))) {
      const fractions = steps.filter((s) => s.label === label).map((s) => s.fraction);
      expect(fractions[0]).toBeNull();
      expect(fractions.slice(1)).toEqual([...(fractions.slice(1) as number[])].sort((a, b) => a - b));
      expect(fractions[fractions.length - 1]).toBeCloseTo(1, 5);
    }
    signOut();
  });

  it('exports the same backup as the data layer and evaluates the year like evaluateYear', async () => {
    const db = freshDb();
    await loadBigWard(db, generateBigWard(3, SMALL));
    const work = backgroundWork(async () => db);
    const bytes = await work.exportBackup(CLERK);
    expect(JSON.parse(new TextDecoder().decode(bytes)).tables.people).toHaveLength(SMALL.people);
    const inWorker = await work.evaluateYear(2026, CLERK);
    const direct = await evaluateYear(db, 2026);
    expect([...inWorker.results.entries()]).toEqual([...direct.results.entries()]);
    expect(inWorker.quotas).toEqual(direct.quotas);
    signOut();
  });

  it('builds a document’s .docx from its model, as the preview and save use it', async () => {
    const { submission } = await import('../../documents/fixtures');
    const work = backgroundWork(async () => freshDb());
    const steps: Progress[] = [];
    const bytes = await work.buildDocument('submission', submission, (p) => steps.push(p));
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip (.docx)
    expect(steps).toEqual([{ label: 'Đang dựng văn bản…', fraction: null }]);
  });

  it('a refused file, a role refusal and a validation error keep their class, code and message across the boundary', () => {
    const cases = [
      new FileRejectedError('checksum', 'Mã kiểm tra của tệp sao lưu không khớp.'),
      new RefusedError('role', 'Văn thư không được khôi phục dữ liệu.'),
      new ValidationError([{ path: 'fullName', message: 'Họ tên không được để trống.' }]),
    ];
    for (const error of cases) {
      // What crosses is plain data (structured clone keeps no class).
      const crossed = receiveError(structuredClone(sendError(error)));
      expect(crossed).toBeInstanceOf(error.constructor);
      expect((crossed as Error).message).toBe(error.message);
      expect(crossed).toMatchObject('code' in error ? { code: error.code } : { issues: (error as ValidationError).issues });
    }
    expect(receiveError(structuredClone(sendError(new TypeError('x is undefined'))))).toEqual(new Error('TypeError: x is undefined'));
  });
});
