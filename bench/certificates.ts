/**
 * Certificates benchmark (issue 17): a signed decision with 500 recipients (Chiến sĩ thi đua cơ sở,
 * the colour certificate with its flags) printed as one PDF through the product's own path — the
 * print job read from the register (data/certificates) and the PDF made by the code the print
 * preview calls (features/certificates/certificateOutput) — beside pdf-lib alone drawing the same:
 * the same fonts, the same strings at the same positions and sizes, recorded from the product's own
 * drawing and replayed on a fresh document with no app logic (no fitting, no layout, no data). The
 * product's side includes handing the print and the fonts to the background worker and the PDF back.
 */
import fontkit from '@pdf-lib/fontkit';
import regularUrl from '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf?url';
import italicUrl from '@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf?url';
import { PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import { certificateJob } from '../src-renderer/data/certificates';
import type { ThiDuaDb } from '../src-renderer/data/db';
import { reserveDocument } from '../src-renderer/data/documents';
import { effectiveSettings, getWardProfile } from '../src-renderer/data/registers';
import type { DecisionModel } from '../src-renderer/documents/models';
import { certificatesPdf } from '../src-renderer/documents/certificates/pdf';
import { buildCertificatesPdf, certificatePrintOf } from '../src-renderer/features/certificates/certificateOutput';

interface Sample {
  ms: number;
  splits?: Record<string, number>;
  detail?: string;
}

/** Recipients of the benchmark's decision (issue 17: "a 500-recipient decision"); fewer in a smaller ward. */
const RECIPIENTS = 500;
const DRAWING = ['drawText', 'drawRectangle', 'drawLine', 'drawSvgPath'] as const;
type Drawing = (typeof DRAWING)[number];

/** What the product drew on each page, in order; a font is kept by its name. */
interface Recording {
  title: string;
  pages: { size: [number, number]; calls: { method: Drawing; args: unknown[] }[] }[];
}

interface CertificateState {
  decisionId: string;
  recipients: number;
  fonts: { regular: Uint8Array; bold: Uint8Array; italic: Uint8Array };
  recording: Recording | null;
}

let state: CertificateState | null = null;

async function fetchBytes(url: string): Promise<Uint8Array> {
  return new Uint8Array(await (await fetch(url)).arrayBuffer());
}

/** The decision, issued once into the ward's register: the first people of the ward, one line each. */
async function prepare(db: ThiDuaDb): Promise<CertificateState> {
  if (state) return state;
  const people = await db.people.limit(RECIPIENTS).toArray();
  const settings = effectiveSettings(await getWardProfile(db));
  const ward = settings.naming.wardWord;
  const decision = await reserveDocument(db, { kind: 'decision', year: 2026, date: '2026-12-01', title: 'Về việc công nhận danh hiệu “Chiến sĩ thi đua cơ sở” năm 2026' }, {
    compose: (numberText): DecisionModel => ({
      titleCode: 'CSTDCS',
      header: { agency: [], issuer: ['ỦY BAN NHÂN DÂN', `${ward.toUpperCase()} BẾN THỬ`], issuerName: `Ủy ban nhân dân ${ward} Bến Thử` },
      numberText, place: 'Bến Thử', date: '2026-12-01', summary: 'Về việc công nhận danh hiệu “Chiến sĩ thi đua cơ sở” năm 2026',
      authority: `Chủ tịch Ủy ban nhân dân ${ward} Bến Thử`, decidedBy: `Chủ tịch UBND ${ward} Bến Thử`, bases: [], articles: [['Công nhận danh hiệu.']],
      baseSalary: null, recipients: [], signature: { title: 'Chủ tịch', name: 'Trần Văn Hùng' },
      list: {
        title: 'ĐƯỢC CÔNG NHẬN DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ NĂM 2026',
        groups: [{
          kind: 'person',
          rows: people.map((p) => ({ name: p.fullName, positionUnit: p.position || 'Cán bộ', award: 'Chiến sĩ thi đua cơ sở', achievement: '' })),
        }],
      },
    }),
  });
  const [regular, bold, italic] = await Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl), fetchBytes(italicUrl)]);
  state = { decisionId: decision.id, recipients: people.length, fonts: { regular, bold, italic }, recording: null };
  return state;
}

/** Runs `work` while every drawing call on a page is written down (the product's drawing, as it happens). */
async function recorded(work: () => Promise<Uint8Array>, title: string): Promise<Recording> {
  const proto = PDFPage.prototype as unknown as Record<Drawing, (...args: unknown[]) => unknown>;
  const originals = Object.fromEntries(DRAWING.map((m) => [m, proto[m]])) as Record<Drawing, (...args: unknown[]) => unknown>;
  const pages = new Map<PDFPage, Recording['pages'][number]>();
  for (const method of DRAWING) {
    proto[method] = function (this: PDFPage, ...args: unknown[]) {
      let page = pages.get(this);
      if (!page) pages.set(this, (page = { size: [this.getWidth(), this.getHeight()], calls: [] }));
      const keep = args.map((a) => (a && typeof a === 'object' && 'font' in a ? { ...a, font: (a.font as PDFFont).name } : a));
      page.calls.push({ method, args: keep });
      return originals[method].apply(this, args);
    };
  }
  try {
    await work();
  } finally {
    for (const method of DRAWING) proto[method] = originals[method];
  }
  return { title, pages: [...pages.values()] };
}

const COLOUR = { output: 'colour', printer: null, emblem: null } as const;

/** The product's path: the print job from the register, then the PDF as the preview makes it (in the background worker). */
async function productPdf(db: ThiDuaDb, s: CertificateState) {
  const start = performance.now();
  const job = await certificateJob(db, s.decisionId);
  const read = performance.now();
  const bytes = await buildCertificatesPdf(job, job.lines, COLOUR);
  return { bytes, job, splits: { job: read - start, pdf: performance.now() - read } };
}

/** The same drawing in this thread, where the recorder can see pdf-lib's calls (untimed). */
async function recordProduct(db: ThiDuaDb, s: CertificateState): Promise<Recording> {
  const job = await certificateJob(db, s.decisionId);
  const print = certificatePrintOf(job, job.lines, COLOUR);
  return recorded(() => certificatesPdf(print, s.fonts), print.title);
}

export async function certificatesApp(db: ThiDuaDb): Promise<Sample> {
  const s = await prepare(db);
  const start = performance.now();
  const { bytes, job, splits } = await productPdf(db, s);
  const ms = performance.now() - start;
  // Written down once, untimed: what the baseline replays.
  s.recording ??= await recordProduct(db, s);
  return { ms, splits, detail: `${job.lines.length} certificates in colour, ${(bytes.byteLength / 1_048_576).toFixed(1)} MB PDF` };
}

export async function certificatesBaseline(db: ThiDuaDb): Promise<Sample> {
  const s = await prepare(db);
  s.recording ??= await recordProduct(db, s);
  const recording = s.recording;
  const start = performance.now();
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(recording.title);
  const embedded = await Promise.all([s.fonts.regular, s.fonts.bold, s.fonts.italic].map((bytes) => doc.embedFont(bytes, { subset: false })));
  const fonts = new Map(embedded.map((f) => [f.name, f]));
  for (const { size, calls } of recording.pages) {
    const page = doc.addPage(size) as unknown as Record<Drawing, (...args: unknown[]) => unknown>;
    for (const { method, args } of calls) {
      page[method](...args.map((a) => (a && typeof a === 'object' && 'font' in a ? { ...a, font: fonts.get(a.font as string) } : a)));
    }
  }
  const bytes = await doc.save();
  const ms = performance.now() - start;
  const calls = recording.pages.reduce((n, p) => n + p.calls.length, 0);
  return { ms, detail: `pdf-lib alone: ${recording.pages.length} pages, ${calls} drawing calls replayed, ${(bytes.byteLength / 1_048_576).toFixed(1)} MB` };
}
