/**
 * Upward dossier benchmark (issue 17): the package of 50 nominations sent upward — every part as .docx
 * and as PDF, hashed, with its manifest as JSON and CSV, zipped — through the product's own path,
 * beside the libraries alone doing the same output work.
 *
 * The data, prepared once and untimed, as a clerk would through the app's data functions: the year's
 * first 50 appraised “Bằng khen của Chủ tịch UBND tỉnh” nominations (the generator's own; the two
 * generated meetings and their 500 + 120 nominations are left alone, and the year keeps its count of
 * nominations) put on a new council meeting's agenda, voted by secret ballot, the results applied;
 * then the tờ trình with its danh sách, the biên bản họp, the biên bản kiểm phiếu and each nominee's
 * báo cáo thành tích issued into the register. "Sẵn sàng gửi" must then have nothing to refuse.
 *
 * App (timed): `makeUpwardPackage` + `zipOfPackage`, the two calls the background worker makes for the
 * dossier panel (data/worker/api.ts), run here in the page's own thread so that the sampled peak heap
 * is theirs (the runner samples the page, not a worker; handing the files back is not timed): the
 * parts read from the register, each .docx built by the document builders from its stored model (the
 * layout primitives, then docx's Packer), each PDF made from that .docx (read back and laid out with
 * pdfmake), SHA-256 of every file, the manifest as JSON and CSV, the manifest recorded on the dossier,
 * the zip.
 *
 * Baseline (timed): what a programmer would write with the libraries alone, given what to put in the
 * files: docx's `Packer.pack` on the same `Document` objects the builders make, pdfmake's `createPdf`
 * on the same document definitions the app feeds it, `crypto.subtle` SHA-256 of each file, a JSON and
 * a CSV manifest, fflate's `zipSync` at the same level. Untimed before each baseline run: the
 * `Document` objects (captured from the builders, never packed) and the pdfmake definitions
 * (`pdfDefinition` of the part's .docx) — i.e. the baseline is not charged for the register reads,
 * the builders' layout, or reading the .docx back into a PDF layout; that is the app's overhead.
 */
import { Packer } from 'docx';
import { strToU8, zipSync } from 'fflate';
import type { ThiDuaDb } from '../src-renderer/data/db';
import { issueDocument, meetingOutcome } from '../src-renderer/data/dispatch';
import { applyMeetingResults } from '../src-renderer/data/meetingResults';
import { meetingRepo } from '../src-renderer/data/meetings';
import { councilOn, effectiveSettings, getWardProfile } from '../src-renderer/data/registers';
import type { RegisteredDocument } from '../src-renderer/data/schemas';
import { dossierFor, makeUpwardPackage, upwardParts, upwardState, zipOfPackage } from '../src-renderer/data/upwardDossiers';
import { buildDocument } from '../src-renderer/documents';
import { buildNomineeList } from '../src-renderer/documents/builders/nomineeList';
import { loadPdfFonts } from '../src-renderer/documents/pdf/fonts';
import { pdfDefinition, pdfMake } from '../src-renderer/documents/pdf/render';
import { awardTitleInfo } from '../src-renderer/domain/titles';
import type { AwardCode } from '../src-renderer/domain/vocabulary';

interface Sample {
  ms: number;
  splits?: Record<string, number>;
  detail?: string;
}

/** Nominations of the dossier (issue 17: "the package of 50 nominations"); fewer in a smaller ward. */
const NOMINATIONS = 50;
/** An upward title the generated year nominates for, voted by secret ballot here. */
const TITLE: AwardCode = 'BANG_KHEN_TINH';
const DATE = '2026-12-01';

/** A part of the package as the baseline gets it: what to write, not how the app found it. */
interface PartSource {
  label: string;
  slug: string;
  numberText: string;
  date: string;
  signer: string;
  /** The .docx the app builds for it, for the pdfmake definition (made again before each baseline run). */
  docx: Uint8Array;
  /** Makes the builders' `Document` again, unpacked. */
  document: () => Promise<unknown>;
}

interface PackageState {
  dossierId: string;
  nominations: number;
  parts: PartSource[];
  madeAt: string;
}

let state: PackageState | null = null;

/** The builder's `Document` of a part, caught at `Packer.pack` and never packed. */
async function unpackedDocument(build: () => Promise<Uint8Array>): Promise<unknown> {
  const pack = Packer.pack;
  let caught: unknown = null;
  Packer.pack = ((file: unknown) => {
    caught = file;
    return Promise.resolve(new Uint8Array());
  }) as typeof Packer.pack;
  try {
    await build();
  } finally {
    Packer.pack = pack;
  }
  if (!caught) throw new Error('The builder packed no Document.');
  return caught;
}

/** The meeting of the dossier, its votes applied, and every part issued; the dossier made ready to package. */
async function prepare(db: ThiDuaDb, year: number): Promise<PackageState> {
  if (state) return state;
  const settings = effectiveSettings(await getWardProfile(db));
  const title = awardTitleInfo(TITLE, settings);
  const nominations = await db.nominations
    .where('year').equals(year)
    .filter((n) => n.titleCode === TITLE && n.status === 'appraised' && n.nominee.kind === 'person' && n.meetingId === null && n.archived === 0 && n.holds.length === 0)
    .limit(NOMINATIONS)
    .toArray();
  if (nominations.length === 0) throw new Error(`No appraised ${TITLE} nomination of ${year} to send upward.`);
  const date = `${year}-11-28`;
  const council = await councilOn(db, date);
  const ids = nominations.map((n) => n.id);
  const meeting = await meetingRepo.create(db, {
    title: `Họp Hội đồng Thi đua - Khen thưởng xét đề nghị ${title.label} năm ${year}`, year, date,
    startTime: '14:00', endTime: '16:30', place: 'Hội trường Ủy ban nhân dân phường',
    chairPersonId: council.find((m) => m.role === 'chair')?.personId ?? null,
    secretaryPersonId: council.find((m) => m.role === 'secretary')?.personId ?? null,
    attendance: council.map((m) => ({ memberId: m.id, present: true, absentReason: '', writtenOpinion: false })),
    agendaNominationIds: ids,
    ballots: ids.map((nominationId, i) => ({ nominationId, method: 'ballot' as const, agree: council.length - (i % 3 === 0 ? 1 : 0), disagree: i % 3 === 0 ? 1 : 0, invalid: 0 })),
  });
  await applyMeetingResults(db, meeting.id, ids.map((nominationId) => ({ nominationId, steps: [{ to: 'voted' as const }] })));
  const outcome = await meetingOutcome(db, meeting.id);
  await issueDocument(db, { kind: 'submission', meetingId: meeting.id, titleCode: TITLE, date: DATE });
  await issueDocument(db, { kind: 'meetingMinutes', meetingId: meeting.id });
  await issueDocument(db, { kind: 'voteCountMinutes', meetingId: meeting.id, titleCode: TITLE });
  for (const n of outcome.passedUpward) await issueDocument(db, { kind: 'achievementReport', nominationId: n.id, date: DATE });
  const dossier = await dossierFor(db, meeting.id, TITLE);
  const ready = await upwardState(db, meeting.id, TITLE);
  if (ready.refusal) throw new Error(`The dossier is not complete: ${ready.refusal}`);
  if (ready.format !== 'wordAndPdf') throw new Error(`The ward sends ${ready.format}, not Word and PDF.`);

  // What the baseline is given: each part's texts for the manifest, its .docx, its builder's Document.
  const parts: PartSource[] = [];
  for (const [i, part] of (await upwardParts(db, meeting.id, TITLE)).entries()) {
    const doc = (await db.documents.get(part.documentId!)) as RegisteredDocument;
    const build = () => (part.role === 'list' ? buildNomineeList(doc.model as never) : buildDocument(doc.kind, doc.model as never));
    parts.push({
      label: part.label, slug: `${String(i + 1).padStart(2, '0')}-${part.role}`, numberText: part.numberText, date: part.date, signer: part.signer,
      docx: await build(), document: () => unpackedDocument(build),
    });
  }
  state = { dossierId: dossier.id, nominations: outcome.passedUpward.length, parts, madeAt: new Date().toISOString() };
  return state;
}

const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);

export async function upwardPackageApp(db: ThiDuaDb, year: number): Promise<Sample> {
  const s = await prepare(db, year);
  const start = performance.now();
  const pkg = await makeUpwardPackage(db, s.dossierId);
  const made = performance.now();
  const zip = zipOfPackage(pkg);
  const end = performance.now();
  const bytes = pkg.files.reduce((n, f) => n + f.bytes.byteLength, 0);
  return {
    ms: end - start,
    splits: { files: made - start, zip: end - made },
    detail: `${s.nominations} nominations, ${s.parts.length} parts: ${pkg.files.length} files (${mb(bytes)} MB), ${mb(zip.byteLength)} MB zip`,
  };
}

export async function upwardPackageBaseline(db: ThiDuaDb, year: number): Promise<Sample> {
  const s = await prepare(db, year);
  const make = await pdfMake(await loadPdfFonts());
  // Untimed: fresh inputs for this run (a Document or a definition is the libraries' input, used once),
  // one at a time (each catches its Document by patching Packer.pack); then their garbage collected
  // (the runner starts Chromium with --expose-gc), so the timed part does not pay for it.
  const prepared = performance.now();
  const documents: unknown[] = [];
  for (const part of s.parts) documents.push(await part.document());
  const definitions = s.parts.map((p) => pdfDefinition(p.docx));
  const inputsMs = performance.now() - prepared;
  (globalThis as { gc?: () => void }).gc?.();

  const start = performance.now();
  const files: { name: string; bytes: Uint8Array; part: PartSource }[] = [];
  for (const [i, part] of s.parts.entries()) {
    files.push({ name: `${part.slug}.docx`, bytes: await Packer.pack(documents[i] as Parameters<typeof Packer.pack>[0], 'uint8array'), part });
    const pdf = await make.createPdf(definitions[i]).getBuffer();
    files.push({ name: `${part.slug}.pdf`, bytes: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), part });
  }
  const rows = await Promise.all(files.map(async ({ name, bytes, part }) => ({
    part: part.label, file: name, number: part.numberText, date: part.date, signer: part.signer,
    sha256: [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>))].map((b) => b.toString(16).padStart(2, '0')).join(''),
  })));
  const csv = [Object.keys(rows[0]), ...rows.map((r) => Object.values(r))]
    .map((cells) => cells.map((c) => (/[",\r\n]/u.test(c) ? `"${c.replace(/"/gu, '""')}"` : c)).join(','))
    .join('\r\n');
  const entries: Record<string, Uint8Array> = Object.fromEntries(files.map((f) => [f.name, f.bytes]));
  entries['manifest.json'] = strToU8(JSON.stringify({ madeAt: s.madeAt, files: rows }, null, 2));
  entries['manifest.csv'] = strToU8(`\ufeff${csv}\r\n`);
  const zip = zipSync(entries, { level: 6, mtime: new Date(s.madeAt) });
  const ms = performance.now() - start;
  return {
    ms,
    detail: `docx Packer + pdfmake + SHA-256 + fflate alone: ${Object.keys(entries).length} files, ${mb(zip.byteLength)} MB zip `
      + `(its inputs made untimed in ${inputsMs.toFixed(0)} ms: the builders' Documents, the definitions read from the .docx)`,
  };
}
