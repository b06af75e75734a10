/**
 * Users see legal references only (house rules): never the developers' notes — the domain brief's
 * file name, its sections or its confidence markers ([P] probable, [U] unverified, [S] sourced).
 * Every string the renderer can show comes from a literal in its sources, so every literal, template
 * and JSX text of src-renderer is read here; comments are not strings and may keep such notes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../../src-renderer');
const INTERNAL_NOTE = /DOMAIN\.md|SPEC\.md|ARCHITECTURE\.md|SYNC-NOTES|\[[PUS]\]/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The text pieces of every string literal, template and JSX text in a file, with their line. */
export function textsOf(fileName: string, code: string): { line: number; text: string }[] {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isJsxText(node)) {
      // Module specifiers are file paths, not text anyone reads.
      if (!ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent)) {
        found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('text shown to users', () => {
  it('finds strings, templates and JSX text but not comments', () => {
    const texts = textsOf('x.tsx', "// DOMAIN.md §4 [P]\nconst a = 'Luật [P]'; const b = `NĐ ${a} [U]`; const c = <b>Xem DOMAIN.md</b>;");
    expect(texts.map((t) => t.text)).toEqual(['Luật [P]', 'NĐ ', ' [U]', 'Xem DOMAIN.md']);
  });

  it('never carries internal notes: only legal references reach the screen and the documents', () => {
    const offending = sources(root).flatMap((path) =>
      textsOf(path, readFileSync(path, 'utf8'))
        .filter((t) => INTERNAL_NOTE.test(t.text))
        .map((t) => `${relative(root, path)}:${t.line}: ${t.text}`),
    );
    expect(offending).toEqual([]);
  });
});
