/**
 * Kế hoạch phát động phong trào thi đua ("Số: NN/KH-UBND"; Luật TĐKT 2022 Điều 16, 17.1): the ND 30
 * header, "KẾ HOẠCH" with its trích yếu, the Căn cứ lines, the opening paragraph, the sections I–V in
 * the order of Điều 17.1, Nơi nhận and the signature.
 */
import type { MovementPlanModel } from '../models';
import { packDocument } from '../layout/document';
import { documentHeader } from '../layout/header';
import { basesParagraphs, bodyBlocks, headingParagraph, titleBlock } from '../layout/paragraphs';
import { closing } from '../layout/signature';

export function buildMovementPlan(m: MovementPlanModel): Promise<Uint8Array> {
  return packDocument(`Kế hoạch số ${m.numberText}`, [
    {
      orientation: 'portrait',
      children: [
        ...documentHeader({ issuer: m.header, numberText: m.numberText, placeDate: m, orientation: 'portrait' }),
        ...titleBlock('KẾ HOẠCH', m.summary),
        ...basesParagraphs(m.bases),
        ...bodyBlocks([m.opening]),
        ...m.sections.flatMap((s, i) => [headingParagraph(s.heading), ...bodyBlocks(s.blocks, { keepLastWithNext: i === m.sections.length - 1 })]),
        ...closing(m.recipients, m.signature, 'portrait'),
      ],
    },
  ]);
}
