/**
 * T5 Quyết định khen thưởng + danh sách có số tiền (ND 30/2020 Mẫu 1.2; DOMAIN.md §5 T5):
 * authority line, italic bases, "QUYẾT ĐỊNH:", articles with "Điều N." in bold, the list with the
 * reward amounts (NĐ 152/2025 Đ49.2, computed by domain money rules) and their total.
 */
import { upperVi } from '../../domain/text';
import type { BodyBlock, DecisionModel } from '../models';
import { packDocument } from '../layout/document';
import { documentHeader } from '../layout/header';
import { basesParagraphs, bodyBlocks, bodyParagraph, line, run, titleBlock } from '../layout/paragraphs';
import { SIZE } from '../layout/geometry';
import { closing } from '../layout/signature';
import { nomineeListSection } from './nomineeList';

/**
 * "Điều N." in bold opens the article's first paragraph; the rest follow as ordinary blocks. The last
 * article keeps its last line with the signature block.
 */
function article(n: number, blocks: readonly BodyBlock[], last: boolean) {
  const [first, ...rest] = blocks;
  const lead = `Điều ${n}.`;
  const keepNext = last && rest.length === 0;
  const opening =
    typeof first === 'string'
      ? [bodyParagraph([run(`${lead} `, { bold: true }), run(first)], { keepNext })]
      : [bodyParagraph([run(lead, { bold: true })], { keepNext: true }), ...bodyBlocks(first ? [first] : [], { keepLastWithNext: keepNext })];
  return [...opening, ...bodyBlocks(rest, { keepLastWithNext: last })];
}

export function buildDecision(m: DecisionModel): Promise<Uint8Array> {
  const decision = [
    ...documentHeader({ issuer: m.header, numberText: m.numberText, placeDate: m, orientation: 'portrait' }),
    ...titleBlock('QUYẾT ĐỊNH', m.summary),
    line(upperVi(m.authority), { size: SIZE.title, bold: true, after: 240 }),
    ...basesParagraphs(m.bases),
    line('QUYẾT ĐỊNH:', { size: SIZE.title, bold: true, before: 120, after: 240 }),
    ...m.articles.flatMap((blocks, i) => article(i + 1, blocks, i === m.articles.length - 1)),
    ...closing(m.recipients, m.signature, 'portrait'),
  ];
  return packDocument(`Quyết định số ${m.numberText}`, [{ orientation: 'portrait', children: decision }, nomineeListSection(m)]);
}
