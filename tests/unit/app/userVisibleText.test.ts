/**
 * What users read is checked at its source: every string the renderer can show comes from a literal,
 * template or JSX text of src-renderer, so all of them are read here (comments are not strings).
 */
import { describe, expect, it } from 'vitest';
import { offendingTexts, textsOf } from './sourceTexts';
import { realPlaceLines } from '../../cityWard';

/** The developers' notes: the domain brief's file name or sections, its confidence markers ([P], [U], [S]). */
const INTERNAL_NOTE = /DOMAIN\.md|SPEC\.md|ARCHITECTURE\.md|SYNC-NOTES|\[[PUS]\]/;
/** A number printed with a percent sign by hand: "${x} %", "${x}%", "{x} %" in JSX. */
const HAND_MADE_PERCENT = /^\s*%(?=$|[\s).,;:])/;

describe('text shown to users', () => {
  it('finds strings, templates and JSX text but not comments', () => {
    const texts = textsOf('x.tsx', "// DOMAIN.md §4 [P]\nconst a = 'Luật [P]'; const b = `NĐ ${a} [U]`; const c = <b>Xem DOMAIN.md</b>;");
    expect(texts.map((t) => [t.kind, t.text])).toEqual([
      ['literal', 'Luật [P]'], ['templateHead', 'NĐ '], ['templateTail', ' [U]'], ['jsx', 'Xem DOMAIN.md'],
    ]);
  });

  it('never carries internal notes: only legal references reach the screen and the documents', () => {
    expect(offendingTexts((t) => INTERNAL_NOTE.test(t.text))).toEqual([]);
  });

  it('writes every percentage through formatPercent ("88,89 %"), never by hand', () => {
    expect(HAND_MADE_PERCENT.test(' %), đạt')).toBe(true);
    expect(HAND_MADE_PERCENT.test('% trở lên')).toBe(true);
    expect(HAND_MADE_PERCENT.test(' (%)')).toBe(false);
    const handMade = offendingTexts(
      (t, file) => file !== 'domain/text.ts' && (t.kind === 'templateMiddle' || t.kind === 'templateTail' || t.kind === 'jsx' || t.text.trim() === '%') && HAND_MADE_PERCENT.test(t.text),
    );
    expect(handMade).toEqual([]);
  });

  it('knows which attribute or property a text is the hint of', () => {
    const texts = textsOf('x.tsx', 'const a = <F placeholder="Phường …" helperText={ok ? `Ví dụ ${b}` : "Sai"} />; const c = { reason: "Lý do" };');
    expect(texts.map((t) => [t.holder, t.text])).toEqual([['placeholder', 'Phường …'], ['helperText', 'Ví dụ '], ['helperText', ''], ['helperText', 'Sai'], ['reason', 'Lý do']]);
  });

  // Issue 20 item 5: an example shown to users names no real ward or province, nor "phường X" of any real ward.
  it('gives no example, hint or placeholder naming a real ward or province', () => {
    const EXAMPLE = /ví dụ|\bVD\b|chẳng hạn/iu;
    const NAMED_WARD = /(?:[Pp]hường|[Xx]ã)\s+(?!…)\p{Lu}/u;
    const isExample = (t: { text: string; holder?: string }) =>
      t.holder === 'placeholder' || t.holder === 'helperText' || t.holder === 'reason' || EXAMPLE.test(t.text);
    expect(isExample({ text: 'Ví dụ “Ninh Hà”' })).toBe(true);
    expect(realPlaceLines('Ví dụ “Ninh Hà”')).not.toEqual([]);
    expect(NAMED_WARD.test('Ví dụ: Phường Bến Nghé')).toBe(true);
    expect(NAMED_WARD.test('Phường …')).toBe(false);
    const named = offendingTexts((t) => isExample(t) && (realPlaceLines(t.text).length > 0 || NAMED_WARD.test(t.text)));
    expect(named).toEqual([]);
  });
});
