/**
 * Paragraph primitives of ND 30/2020 PL I §II: title and trích yếu, justified body with first-line
 * indent, italic bases, "Kính gửi", headings, rules. Every builder composes these, so sizes and
 * spacing are decided here once.
 */
import { AlignmentType, BorderStyle, LeaderType, LineRuleType, Paragraph, TabStopType, TextRun } from 'docx';
import type { BodyBlock } from '../models';
import { attachmentReference, type AttachedTo } from '../references';
import { BODY, SIZE, halfPoints, textWidth, type Orientation } from './geometry';
import { textWidthTwips } from './measure';

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
  /** Starts the run on a new line of the same paragraph. */
  breakBefore?: boolean;
}

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    size: halfPoints(style.size ?? SIZE.body),
    bold: style.bold,
    italics: style.italics,
    break: style.breakBefore ? 1 : undefined,
  });
}

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface LineOptions extends RunStyle {
  align?: Alignment;
  before?: number;
  after?: number;
  keepNext?: boolean;
}

/** A line of text with no indent, centred unless told otherwise; several texts break lines inside it. */
export function line(text: string | readonly string[], options: LineOptions = {}): Paragraph {
  const texts = typeof text === 'string' ? [text] : text;
  return new Paragraph({
    alignment: options.align ?? AlignmentType.CENTER,
    spacing: { before: options.before ?? 0, after: options.after ?? 0 },
    keepNext: options.keepNext,
    children: texts.map((t, i) => run(t, { ...options, breakBefore: i > 0 })),
  });
}

/**
 * A centred line too long for `width` split into two lines of near-equal width at a word boundary,
 * the way a clerk breaks a long trích yếu by hand instead of leaving one word on the second line.
 */
export function balancedLines(text: string, sizePt: number, bold: boolean, width: number): string[] {
  // 3 % slack: the width estimate is approximate and a wrap would undo the balance.
  if (textWidthTwips(text, sizePt, bold) <= width * 0.97) return [text];
  const words = text.split(' ');
  let best: string[] = [text];
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i++) {
    const halves = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const widest = Math.max(...halves.map((h) => textWidthTwips(h, sizePt, bold)));
    if (widest < bestWidth) {
      bestWidth = widest;
      best = halves;
    }
  }
  return best;
}

/** An empty line of the given size, for vertical space that scales with the text. */
export function blank(size: number = SIZE.body): Paragraph {
  return line('', { size });
}

/**
 * A horizontal rule of `width` twips centred in a container `containerWidth` wide, drawn as the
 * bottom border of a paragraph three points high (ND 30: the rules under the issuer, the motto and the
 * trích yếu). Indents bound the border, so it never depends on the text above wrapping.
 */
export function rule(width: number, containerWidth: number, after = 0): Paragraph {
  const side = Math.max(0, Math.round((containerWidth - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after, line: 60, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run('', { size: 2 })],
  });
}

/** The rule under bold lines: 40 % of the widest line, inside ND 30's 1/3–1/2; a wrapping line counts as full width. */
export function shortRuleUnder(lines: readonly string[], sizePt: number, containerWidth: number, after = 0): Paragraph {
  const widest = Math.min(containerWidth, Math.max(...lines.map((l) => textWidthTwips(l, sizePt, true))));
  return rule(Math.round(widest * 0.4), containerWidth, after);
}

export interface BodyOptions {
  keepNext?: boolean;
  /** False for a line flush with the margin. */
  indent?: boolean;
  /** Space above, e.g. 120 after a table. */
  before?: number;
}

/** Body paragraph: justified, first-line indent, 6 pt after (ND 30 PL I §II.8). */
export function bodyParagraph(children: TextRun[], options: BodyOptions = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: options.indent === false ? undefined : { firstLine: BODY.firstLineIndent },
    spacing: { before: options.before ?? 0, after: BODY.spacingAfter, line: BODY.line, lineRule: LineRuleType.AUTO },
    keepNext: options.keepNext,
    children,
  });
}

/** Ends each line with ";" and the last with "." — the punctuation of bases and recipients. */
export function punctuateList(lines: readonly string[]): string[] {
  return lines.map((l, i) => `${l.trim().replace(/[;.,:]+$/u, '')}${i === lines.length - 1 ? '.' : ';'}`);
}

/** Căn cứ lines, italic, one per line (ND 30 PL I §II.8.b). */
export function basesParagraphs(bases: readonly string[]): Paragraph[] {
  return punctuateList(bases).map((b) => bodyParagraph([run(b, { italics: true })]));
}

/** Bold centred lines, balanced when too long, with the short rule under them. */
function ruledHeading(text: string, orientation: Orientation): Paragraph[] {
  const width = textWidth(orientation);
  const lines = balancedLines(text, SIZE.title, true, width);
  return [line(lines, { size: SIZE.title, bold: true, keepNext: true }), shortRuleUnder(lines, SIZE.title, width, 240)];
}

/** Title in caps bold and the trích yếu in bold with its short rule (ND 30 PL I §II.5). */
export function titleBlock(title: string, summary: string, orientation: Orientation = 'portrait'): Paragraph[] {
  const heading = line(title, { size: SIZE.title, bold: true, before: 240, keepNext: true });
  return summary ? [heading, ...ruledHeading(summary, orientation)] : [heading, blank(SIZE.body)];
}

/** "- Label: value"; an empty value leaves a dotted line to the margin, to be filled in by hand. */
export function fieldParagraph(label: string, value: string): Paragraph {
  const filled = value.trim();
  if (filled) return bodyParagraph([run(`- ${label}: `), run(filled)]);
  return new Paragraph({
    indent: { firstLine: BODY.firstLineIndent },
    spacing: { before: 0, after: BODY.spacingAfter, line: BODY.line, lineRule: LineRuleType.AUTO },
    tabStops: [{ type: TabStopType.RIGHT, position: textWidth('portrait'), leader: LeaderType.DOT }],
    children: [run(`- ${label}: \t`)],
  });
}

/**
 * "Kính gửi:" (ND 30 Mẫu 1.4, 1.5): one addressee on the same centred line; several as a dashed list
 * whose dashes align under the first, the label hanging to their left.
 */
export function addresseeParagraphs(addressees: readonly string[]): Paragraph[] {
  if (addressees.length === 0) return [];
  if (addressees.length === 1) {
    return [line(`Kính gửi: ${punctuateList(addressees)[0]}`, { before: 120, after: 240 })];
  }
  const label = 'Kính gửi:';
  const hanging = textWidthTwips(`${label}  `, SIZE.body, false);
  const left = Math.round(textWidth('portrait') * 0.22) + hanging;
  return punctuateList(addressees).map(
    (a, i) =>
      new Paragraph({
        indent: i === 0 ? { left, hanging } : { left },
        spacing: { before: i === 0 ? 120 : 0, after: i === addressees.length - 1 ? 240 : 0 },
        tabStops: [{ type: TabStopType.LEFT, position: left }],
        children: i === 0 ? [run(label), run(`\t- ${a}`)] : [run(`- ${a}`)],
      }),
  );
}

/** A bold heading inside the body, kept with what follows. */
export function headingParagraph(text: string): Paragraph {
  return bodyParagraph([run(text, { bold: true })], { keepNext: true });
}

/**
 * Renders the model's running text (see BodyBlock). `keepLastWithNext` keeps the last paragraph on
 * the page of what follows, so a signature block never stands alone on a page.
 */
export function bodyBlocks(blocks: readonly BodyBlock[], options: { keepLastWithNext?: boolean } = {}): Paragraph[] {
  const last = blocks.length - 1;
  return blocks.flatMap((block, index) => {
    const keepNext = options.keepLastWithNext === true && index === last;
    if (typeof block === 'string') return [bodyParagraph([run(block)], { keepNext })];
    if ('heading' in block) return [headingParagraph(block.heading)];
    if ('lead' in block) return [bodyParagraph([run(`${block.lead} `, { bold: true }), run(block.text)], { keepNext })];
    return block.items.map((item, i) => bodyParagraph([run(`- ${item}`)], { keepNext: keepNext && i === block.items.length - 1 }));
  });
}

export interface AnnexHeading {
  /** "Phụ lục I" where a document has numbered annexes; empty for a single attached list. */
  label: string;
  title: string;
  subtitle: string;
  attachedTo: AttachedTo;
  orientation: Orientation;
}

/** "Phụ lục I" (14 bold), caps bold title, italic "(Kèm theo …)" and a short rule (ND 30 PL I §II.12). */
export function annexHeading(annex: AnnexHeading): Paragraph[] {
  const out: Paragraph[] = [];
  const width = textWidth(annex.orientation);
  if (annex.label) out.push(line(annex.label, { size: SIZE.annexLabel, bold: true, keepNext: true }));
  out.push(line(annex.title, { size: SIZE.title, bold: true, keepNext: true }));
  const subtitle = annex.subtitle ? balancedLines(annex.subtitle, SIZE.title, true, width) : [];
  if (subtitle.length > 0) out.push(line(subtitle, { size: SIZE.title, bold: true, keepNext: true }));
  const reference = balancedLines(attachmentReference(annex.attachedTo), SIZE.body, false, width);
  out.push(line(reference, { size: SIZE.body, italics: true, keepNext: true }));
  out.push(shortRuleUnder(subtitle.length > 0 ? subtitle : [annex.title], SIZE.title, width, 240));
  return out;
}
