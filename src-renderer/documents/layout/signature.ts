/**
 * The closing of a document (ND 30/2020 PL I §II.7, §II.9): Nơi nhận on the left, level with the
 * signature block on the right; for minutes, THƯ KÝ left and CHỦ TỌA right, Nơi nhận beneath.
 * Each closing opens with a paragraph: two tables with nothing between them merge into one in Word
 * and LibreOffice, and the data table above would lose its borders.
 */
import { AlignmentType, type Paragraph, type Table } from 'docx';
import { upperVi } from '../../domain/text';
import type { Signature } from '../models';
import { SIZE, textWidth, type Orientation } from './geometry';
import { layoutTable } from './header';
import { line, punctuateList } from './paragraphs';

/** Room for the handwritten signature and the seal between the title and the name (about 2,5 cm). */
const SIGNING_SPACE = 1440;

function capsLines(signature: Signature): string[] {
  const mandate = signature.mandate ? [`${signature.mandate.prefix} ${upperVi(signature.mandate.of)}`] : [];
  return [...mandate, ...signature.title.split('\n').map(upperVi)];
}

/**
 * Caps bold lines: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" (a title may hold "\n" for a second line),
 * then the name in bold below the signing space. `lines` pads the caps lines so that the names of
 * signatures set side by side stand level.
 */
export function signatureBlock(signature: Signature, lines = 0): Paragraph[] {
  const caps = capsLines(signature);
  while (caps.length < lines) caps.push('');
  return [
    line(caps, { size: SIZE.signature, bold: true, keepNext: true }),
    line(signature.name, { size: SIZE.signature, bold: true, before: SIGNING_SPACE }),
  ];
}

/** "Nơi nhận:" 12 bold italic; lines 11 regular, "- …;" and the last "- Lưu: VT, …." */
export function recipientsBlock(recipients: readonly string[], before = 0): Paragraph[] {
  if (recipients.length === 0) return [];
  return [
    line('Nơi nhận:', { size: SIZE.recipientsLabel, bold: true, italics: true, align: AlignmentType.LEFT, before }),
    ...punctuateList(recipients).map((r) => line(`- ${r}`, { size: SIZE.recipients, align: AlignmentType.LEFT })),
  ];
}

/** The 6 pt paragraph that separates a closing from the text above it, kept on the closing's page. */
function spacer(): Paragraph {
  return line('', { size: 6, after: 120, keepNext: true });
}

/** Nơi nhận left (45 %), signature right, in one borderless row so neither splits from the other. */
export function closing(recipients: readonly string[], signature: Signature, orientation: Orientation): (Paragraph | Table)[] {
  const total = textWidth(orientation);
  const left = Math.round(total * 0.45);
  return [spacer(), layoutTable([[recipientsBlock(recipients), signatureBlock(signature)]], [left, total - left])];
}

/**
 * Signatures two by two across the page, e.g. THƯ KÝ (left) and CHỦ TỌA (right) of minutes; an odd
 * last one stands centred beneath.
 */
export function signaturePairs(signatures: readonly Signature[], orientation: Orientation): (Paragraph | Table)[] {
  const rows: Paragraph[][][] = [];
  for (let i = 0; i + 1 < signatures.length; i += 2) {
    const pair = signatures.slice(i, i + 2);
    const lines = Math.max(...pair.map((s) => capsLines(s).length));
    rows.push(pair.map((s) => signatureBlock(s, lines)));
  }
  const total = textWidth(orientation);
  const half = Math.round(total / 2);
  const out: (Paragraph | Table)[] = [spacer()];
  if (rows.length > 0) out.push(layoutTable(rows, [half, total - half]));
  if (signatures.length % 2 === 1) {
    out.push(line('', { after: 240 }), ...signatureBlock(signatures[signatures.length - 1]));
  }
  return out;
}
