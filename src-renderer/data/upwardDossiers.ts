/**
 * The dossier sent upward for one title of a council meeting (SPEC §11): its parts from the register
 * of issued documents, the package (.docx and PDF per part, named in order, with a manifest in JSON
 * and CSV, zipped), "Sẵn sàng gửi" refused while a part is missing, and the signed PDFs brought back,
 * recorded by hash against the document's number. The app never signs.
 */
import { zipSync, strToU8 } from 'fflate';
import { attachmentMediaType, attachmentRefusal, manifestCsv, packageName, type FileKind, manifestRows, packageFiles, readinessRefusal, type UpwardFormat, type UpwardPart } from '../domain/upwardDossier';
import { awardTitleInfo } from '../domain/titles';
import type { AwardCode } from '../domain/vocabulary';
import { getActor } from './audit';
import type { ThiDuaDb } from './db';
import { issueDocument, meetingOutcome } from './dispatch';
import { loadDirectory } from './dispatch/context';
import { nomineeIds, nomineeLine } from './dispatch/nominees';
import { documentsFrom } from './documents';
import { RefusedError, ValidationError } from './errors';
import { nowIso } from './ids';
import { effectiveSettings, getWardProfile } from './registers';
import { attachedFileBytes, attachFile } from './registrations';
import { defineRepository, requireRecord, writeTransaction } from './repository';
import { upwardDossierInputSchema, upwardDossierRecordSchema } from './schemas';
import type { RegisteredDocument, UpwardDossier } from './schemas';

export const upwardDossierRepo = defineRepository({
  table: 'upwardDossiers',
  label: 'hồ sơ gửi cấp trên',
  input: upwardDossierInputSchema,
  record: upwardDossierRecordSchema,
  derive: () => ({}),
  pointsTo: (input) => [{ path: 'meetingId', table: 'meetings', id: input.meetingId, label: 'Phiên họp' }],
});

/** The dossier of a meeting's title, made on first use. */
export function dossierFor(db: ThiDuaDb, meetingId: string, titleCode: AwardCode): Promise<UpwardDossier> {
  return writeTransaction(db, async () => {
    const existing = await db.upwardDossiers.where('[meetingId+titleCode]').equals([meetingId, titleCode]).first();
    return existing ?? upwardDossierRepo.create(db, { meetingId, titleCode });
  });
}

/** Every name a document's model signs with (signature, chair, secretary, counting board…). */
function signersOf(model: unknown): string {
  const names: string[] = [];
  for (const [key, value] of Object.entries((model ?? {}) as Record<string, unknown>)) {
    if (!/ignature/u.test(key)) continue;
    for (const s of Array.isArray(value) ? value : [value]) {
      const name = (s as { name?: unknown } | null)?.name;
      if (typeof name === 'string' && name.trim()) names.push(name.trim());
    }
  }
  return [...new Set(names)].join(', ');
}

/** The newest live register row of a kind from the meeting (per title where the kind is per title). */
function latest(docs: readonly RegisteredDocument[], kind: RegisteredDocument['kind'], titleLabel?: string): RegisteredDocument | null {
  const matching = docs.filter((d) => d.kind === kind && d.archived === 0 && d.model && (!titleLabel || d.title.includes(titleLabel)));
  return matching.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1) ?? null;
}

function partOf(role: UpwardPart['role'], label: string, doc: RegisteredDocument | null): UpwardPart {
  return { role, label, documentId: doc?.id ?? null, numberText: doc?.numberText ?? '', date: doc?.date ?? '', signer: signersOf(doc?.model) };
}

/**
 * The parts of the dossier in the order the upper level reads them (Luật TĐKT 2022 Đ84.1): tờ trình,
 * its list, the council's minutes, the vote count where the title was voted by secret ballot, then
 * each nominee's achievement report. A part not issued yet has no document.
 */
export async function upwardParts(db: ThiDuaDb, meetingId: string, titleCode: AwardCode): Promise<UpwardPart[]> {
  const outcome = await meetingOutcome(db, meetingId);
  const title = awardTitleInfo(titleCode, effectiveSettings(await getWardProfile(db)));
  const fromMeeting = await documentsFrom(db, meetingId);
  const submission = latest(fromMeeting, 'submission', title.label);
  const parts: UpwardPart[] = [
    partOf('submission', 'Tờ trình', submission),
    partOf('list', 'Danh sách kèm theo Tờ trình', submission),
    partOf('meetingMinutes', 'Biên bản họp Hội đồng', latest(fromMeeting, 'meetingMinutes')),
  ];
  if (outcome.secretTitles.includes(titleCode)) {
    parts.push(partOf('voteCountMinutes', 'Biên bản kiểm phiếu', latest(fromMeeting, 'voteCountMinutes', title.label)));
  }
  const nominees = outcome.passedUpward.filter((n) => n.titleCode === titleCode);
  const ids = nomineeIds(nominees);
  const dir = await loadDirectory(db, ids.personIds, ids.unitIds);
  for (const n of nominees) {
    const reports = (await documentsFrom(db, n.id)).filter((d) => d.kind === 'personalReport' || d.kind === 'collectiveReport');
    const report = latest(reports, reports.at(-1)?.kind ?? 'personalReport');
    parts.push({ ...partOf('achievementReport', `Báo cáo thành tích của ${nomineeLine(n, dir, '').name}`, report), nominationId: n.id });
  }
  return parts;
}

export interface UpwardState {
  /** Null until the first action on it (a package made, a file added, a signed file recorded). */
  dossier: UpwardDossier | null;
  /** The issued documents' parts, then the ward's attachments. */
  parts: UpwardPart[];
  /** The refusal "Sẵn sàng gửi" would meet now; null when every required file exists. */
  refusal: string | null;
  format: UpwardFormat;
  paperCopies: number;
}

/** The dossier, its parts and whether it could be sent, as the screen shows them (reads only). */
export async function upwardState(db: ThiDuaDb, meetingId: string, titleCode: AwardCode): Promise<UpwardState> {
  const dossier = (await db.upwardDossiers.where('[meetingId+titleCode]').equals([meetingId, titleCode]).first()) ?? null;
  const parts = [...(await upwardParts(db, meetingId, titleCode)), ...attachmentParts(dossier)];
  const { format, paperCopies } = effectiveSettings(await getWardProfile(db)).upwardDossier;
  return { dossier, parts, refusal: readinessRefusal(parts, format), format, paperCopies };
}

/**
 * Issues a part still missing, from the dossier itself: the tờ trình and the report dated `date`,
 * the minutes with the meeting's own date. The list comes with its tờ trình.
 */
export async function issueMissingPart(db: ThiDuaDb, meetingId: string, titleCode: AwardCode, part: UpwardPart, date: string): Promise<RegisteredDocument> {
  switch (part.role) {
    case 'submission':
    case 'list':
      return issueDocument(db, { kind: 'submission', meetingId, titleCode, date });
    case 'meetingMinutes':
      return issueDocument(db, { kind: 'meetingMinutes', meetingId });
    case 'voteCountMinutes':
      return issueDocument(db, { kind: 'voteCountMinutes', meetingId, titleCode });
    case 'achievementReport':
      return issueDocument(db, { kind: 'achievementReport', nominationId: part.nominationId!, date });
    case 'attachment':
      throw new RefusedError('incomplete', 'Tài liệu kèm theo do phường thêm, ứng dụng không lập được.');
  }
}

/** A file as picked: a signed PDF brought back, an attachment the ward adds. */
export interface Attachment {
  name: string;
  bytes: Uint8Array;
}

/** The ward's attachments as parts of the dossier, after the documents, in the order they were added. */
function attachmentParts(dossier: UpwardDossier | null): UpwardPart[] {
  return (dossier?.attachments ?? []).map((a): UpwardPart => ({
    role: 'attachment', label: `Tài liệu kèm theo: ${a.name}`, documentId: null, numberText: '', date: '', signer: '', fileName: a.name,
  }));
}

/**
 * Keeps a file the ward adds (an initiative's certification, a tax confirmation…) in the dossier itself,
 * checksummed, so it need not be picked again and a backup or the office hub carries it. Refused, with
 * the reason, when it is not a PDF, Word file or picture, or too large; nothing is saved then.
 */
export async function addUpwardAttachment(db: ThiDuaDb, dossierId: string, file: Attachment): Promise<UpwardDossier> {
  const dossier = await requireRecord<UpwardDossier>(db, 'upwardDossiers', dossierId, 'hồ sơ gửi cấp trên');
  const kept = dossier.attachments.reduce((sum, a) => sum + a.size, 0);
  const refusal = attachmentRefusal(file.name, file.bytes.subarray(0, 8), file.bytes.byteLength, kept, dossier.attachments.length);
  if (refusal) throw new ValidationError([{ path: 'attachments', message: refusal }]);
  const attached = await attachFile(file.bytes, file.name, attachmentMediaType(file.name));
  return upwardDossierRepo.update(
    db, { id: dossierId, version: dossier.version }, { ...dossier, attachments: [...dossier.attachments, attached] },
    `Thêm tài liệu kèm theo “${file.name}”.`,
  );
}

/** Takes an attachment out of the dossier; `sha256` guards against removing another file at that place. */
export async function removeUpwardAttachment(db: ThiDuaDb, dossierId: string, index: number, sha256: string): Promise<UpwardDossier> {
  const dossier = await requireRecord<UpwardDossier>(db, 'upwardDossiers', dossierId, 'hồ sơ gửi cấp trên');
  const target = dossier.attachments[index];
  if (!target || target.sha256 !== sha256) throw new RefusedError('conflict', 'Tài liệu kèm theo này đã thay đổi; hãy xem lại danh sách.');
  return upwardDossierRepo.update(
    db, { id: dossierId, version: dossier.version }, { ...dossier, attachments: dossier.attachments.filter((_, i) => i !== index) },
    `Bỏ tài liệu kèm theo “${target.name}”.`,
  );
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface PackageEntry {
  name: string;
  bytes: Uint8Array;
  /** What the file is: a part's .docx or .pdf, the ward's attachment, or a manifest. */
  kind: FileKind | 'manifest';
}

export interface UpwardPackage {
  /** "Ho-so-gui-cap-tren-01-TTr-UBND-2026": the folder's name, and the .zip's without ".zip". */
  name: string;
  madeAt: string;
  /** In the package's order, the manifests last. */
  files: PackageEntry[];
}

/** The package as one .zip, its files in order, dated when the package was made. */
export function zipOfPackage(pkg: UpwardPackage): Uint8Array {
  return zipSync(Object.fromEntries(pkg.files.map((f) => [f.name, f.bytes])), { level: 6, mtime: new Date(pkg.madeAt) });
}

export const NO_SUBMISSION = 'Chưa có Tờ trình của danh hiệu này: hãy tạo Tờ trình trước khi lập gói hồ sơ.';

/**
 * Builds every file of the package (the .docx from the register's stored model, the PDF from that
 * .docx) and the manifest as JSON and CSV, in order; records the manifest on the dossier.
 * `progress` hears each file as it is made.
 */
export async function makeUpwardPackage(
  db: ThiDuaDb,
  dossierId: string,
  progress: (done: number, total: number) => void = () => {},
): Promise<UpwardPackage> {
  const dossier = await requireRecord<UpwardDossier>(db, 'upwardDossiers', dossierId, 'hồ sơ gửi cấp trên');
  const documentParts = (await upwardParts(db, dossier.meetingId, dossier.titleCode)).filter((p) => p.documentId);
  const parts = [...documentParts, ...attachmentParts(dossier)];
  if (!documentParts.some((p) => p.role === 'submission')) {
    throw new RefusedError('incomplete', NO_SUBMISSION);
  }
  const { format, paperCopies } = effectiveSettings(await getWardProfile(db)).upwardDossier;
  const planned = packageFiles(parts, format);
  const [{ buildDocument }, { buildNomineeList }, { docxToPdf }] = await Promise.all([
    import('../documents'),
    import('../documents/builders/nomineeList'),
    import('../documents/pdf/render'),
  ]);
  const docxOf = new Map<number, Uint8Array>();
  const files: PackageEntry[] = [];
  for (const [done, file] of planned.entries()) {
    progress(done, planned.length);
    const part = parts[file.part];
    let bytes: Uint8Array;
    if (file.kind === 'attachment') {
      bytes = attachedFileBytes(dossier.attachments[file.part - documentParts.length]);
    } else {
      let docx = docxOf.get(file.part);
      if (!docx) {
        const doc = await requireRecord<RegisteredDocument>(db, 'documents', part.documentId!, 'văn bản');
        docx = part.role === 'list' ? await buildNomineeList(doc.model as never) : await buildDocument(doc.kind, doc.model as never);
        docxOf.set(file.part, docx);
      }
      bytes = file.kind === 'docx' ? docx : await docxToPdf(docx);
    }
    files.push({ name: file.name, bytes, kind: file.kind });
  }
  const hashes = new Map(await Promise.all(files.map(async (f) => [f.name, await sha256Hex(f.bytes)] as const)));
  const rows = manifestRows(parts, planned, hashes);
  const madeAt = nowIso();
  const manifest = { madeAt, madeBy: getActor(), format, paperCopies, files: rows };
  files.push({ name: 'manifest.json', bytes: strToU8(`${JSON.stringify(manifest, null, 2)}\n`), kind: 'manifest' });
  files.push({ name: 'manifest.csv', bytes: strToU8(manifestCsv(rows)), kind: 'manifest' });
  progress(planned.length, planned.length);
  const latestRead = await requireRecord<UpwardDossier>(db, 'upwardDossiers', dossierId, 'hồ sơ gửi cấp trên');
  await upwardDossierRepo.update(db, { id: dossierId, version: latestRead.version }, { ...latestRead, lastPackage: manifest }, 'Lập gói hồ sơ.');
  const submission = parts.find((p) => p.role === 'submission')!;
  return { name: packageName(submission), madeAt, files };
}

/** "Sẵn sàng gửi": refused, naming the missing parts, until every required file exists. */
export async function markUpwardReady(db: ThiDuaDb, dossierId: string): Promise<UpwardDossier> {
  const dossier = await requireRecord<UpwardDossier>(db, 'upwardDossiers', dossierId, 'hồ sơ gửi cấp trên');
  const parts = [...(await upwardParts(db, dossier.meetingId, dossier.titleCode)), ...attachmentParts(dossier)];
  const refusal = readinessRefusal(parts, effectiveSettings(await getWardProfile(db)).upwardDossier.format);
  if (refusal) throw new RefusedError('incomplete', refusal);
  return upwardDossierRepo.update(db, { id: dossierId, version: dossier.version }, { ...dossier, status: 'ready', readyAt: nowIso(), readyBy: getActor() }, 'Sẵn sàng gửi.');
}

/**
 * Records a signed PDF brought back from the ward's signing tool: its hash, size, when and who,
 * against the number of the document it signs. A file that is not a PDF is refused.
 */
export async function recordSignedPdf(db: ThiDuaDb, dossierId: string, documentId: string, file: Attachment): Promise<UpwardDossier> {
  if (file.bytes.length < 5 || String.fromCharCode(...file.bytes.subarray(0, 5)) !== '%PDF-') {
    throw new ValidationError([{ path: 'file', message: `“${file.name}” không phải tệp PDF.` }]);
  }
  const dossier = await requireRecord<UpwardDossier>(db, 'upwardDossiers', dossierId, 'hồ sơ gửi cấp trên');
  const doc = await requireRecord<RegisteredDocument>(db, 'documents', documentId, 'văn bản');
  const signed = {
    documentId, numberText: doc.numberText, fileName: file.name, size: file.bytes.length,
    sha256: await sha256Hex(file.bytes), recordedAt: nowIso(), recordedBy: getActor(),
  };
  return upwardDossierRepo.update(
    db, { id: dossierId, version: dossier.version }, { ...dossier, signed: [...dossier.signed, signed] },
    `Ghi nhận bản đã ký ${file.name}${doc.numberText ? ` của văn bản số ${doc.numberText}` : ''}.`,
  );
}
