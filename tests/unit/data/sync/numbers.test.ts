import type { ChildProcess } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assignAtHub, numberWaitingDocuments, reserveDocument } from '../../../../src-renderer/data/documents';
import { HubUnavailableError, reserveNumberAtHub, setNumberingHub } from '../../../../src-renderer/data/sync/numbers';
import { freshDb } from '../helpers';
import { HUB_AUTH, HUB_URL, startTestHub, stopTestHub } from '../../../testHub.mjs';

let hubProcess: ChildProcess;
beforeAll(async () => {
  hubProcess = await startTestHub();
}, 30_000);
afterAll(() => stopTestHub(hubProcess));
afterEach(() => setNumberingHub(null));

const hub = { url: HUB_URL, authorization: HUB_AUTH };
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('document numbers reserved at the hub', () => {
  it('2 PCs × 50 reservations at the same time: 100 distinct, consecutive numbers', async () => {
    // Each PC numbers its 50 documents one after another, as fast as it can, both PCs at once.
    const pc = async (name: string) => {
      const got: number[] = [];
      for (const i of range(1, 50)) got.push(await reserveNumberAtHub(hub, { series: 'TTr-UBND', year: 2026, requestKey: `${name}-${i}` }));
      return got;
    };
    const [first, second] = await Promise.all([pc('pc1'), pc('pc2')]);
    expect([...first, ...second].sort((a, b) => a - b)).toEqual(range(1, 100));
    // Each PC's own numbers rise in the order it asked for them.
    for (const got of [first, second]) expect([...got].sort((a, b) => a - b)).toEqual(got);
  }, 120_000);

  it('10 reservations fired at once all succeed with distinct numbers that continue the series', async () => {
    const numbers = await Promise.all(range(1, 10).map((i) => reserveNumberAtHub(hub, { series: 'TTr-UBND', year: 2026, requestKey: `burst-${i}` })));
    expect([...numbers].sort((a, b) => a - b)).toEqual(range(101, 110));
  }, 60_000);

  it('give a retried request (its reply lost) the number it already got, not a second one', async () => {
    const first = await reserveNumberAtHub(hub, { series: 'QĐ-UBND', year: 2026, requestKey: 'lost-reply' });
    await reserveNumberAtHub(hub, { series: 'QĐ-UBND', year: 2026, requestKey: 'other' });
    expect(await reserveNumberAtHub(hub, { series: 'QĐ-UBND', year: 2026, requestKey: 'lost-reply' })).toBe(first);
    // Numbers issued before the hub existed are not given again.
    expect(await reserveNumberAtHub(hub, { series: 'BB-HĐTĐKT', year: 2026, requestKey: 'x', floor: 7 })).toBe(8);
  });

  it('say in Vietnamese that the hub refused a wrong password or cannot be reached', async () => {
    const wrong = { url: HUB_URL, authorization: `Basic ${Buffer.from('vanphong:sai').toString('base64')}` };
    await expect(reserveNumberAtHub(wrong, { series: 'TTr-UBND', year: 2027, requestKey: 'k' })).rejects.toThrow(/mã 401/);
    const away = { url: 'http://127.0.0.1:9/thidua', authorization: HUB_AUTH };
    await expect(reserveNumberAtHub(away, { series: 'TTr-UBND', year: 2027, requestKey: 'k' })).rejects.toBeInstanceOf(HubUnavailableError);
  });

  it('register a document with the hub’s number; out of reach it waits “chờ cấp số” and is numbered, in order, once the hub answers', async () => {
    const db = freshDb();
    setNumberingHub(hub);
    const request = { kind: 'decision' as const, year: 2028, date: '2028-01-05', title: 'Khen thưởng' };
    const online = await reserveDocument(db, request, { assignment: await assignAtHub(db, 'decision', 2028), compose: (n) => ({ numberText: n }) });
    expect(online).toMatchObject({ number: 1, numberRequest: '', createdBy: 'Người dùng' });
    expect(online.numberText).toMatch(/^01\//);

    setNumberingHub({ url: 'http://127.0.0.1:9/thidua', authorization: HUB_AUTH });
    const waiting = [];
    for (const title of ['Văn bản A', 'Văn bản B']) {
      const assignment = await assignAtHub(db, 'decision', 2028);
      expect(assignment).toMatchObject({ number: 0 });
      waiting.push(await reserveDocument(db, { ...request, title }, { assignment, compose: (n) => ({ numberText: n }) }));
    }
    expect(waiting.map((d) => [d.number, d.numberText, d.numberRequest !== ''])).toEqual([[0, '', true], [0, '', true]]);
    expect(await numberWaitingDocuments(db)).toBe(0);

    setNumberingHub(hub);
    expect(await numberWaitingDocuments(db)).toBe(2);
    const rows = await Promise.all(waiting.map((d) => db.documents.get(d.id)));
    expect(rows.map((d) => d?.number)).toEqual([2, 3]);
    expect(rows.every((d) => d?.numberRequest === '' && (d?.model as { numberText: string }).numberText === d?.numberText)).toBe(true);
  });
});
