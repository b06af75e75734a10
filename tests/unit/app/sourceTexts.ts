/** Every piece of text in the renderer's sources (literals, templates, JSX text), comments left out. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const RENDERER_ROOT = join(import.meta.dirname, '../../../src-renderer');

export type TextKind = 'literal' | 'templateHead' | 'templateMiddle' | 'templateTail' | 'jsx';
export interface SourceText {
  line: number;
  kind: TextKind;
  text: string;
  /** The JSX attribute or object property the text is the value of ("placeholder", "helperText"…), if any. */
  holder?: string;
}

/** The name of the JSX attribute or property a text sits in, through a `{…}` or a conditional. */
function holderOf(node: ts.Node): string | undefined {
  for (let at = node.parent; at; at = at.parent) {
    if (ts.isJsxAttribute(at) || ts.isPropertyAssignment(at)) return at.name.getText();
    if (!(ts.isJsxExpression(at) || ts.isConditionalExpression(at) || ts.isParenthesizedExpression(at) || ts.isTemplateExpression(at) || ts.isTemplateSpan(at) || ts.isBinaryExpression(at))) return undefined;
  }
  return undefined;
}

function kindOf(node: ts.Node): TextKind | null {
  if (ts.isTemplateHead(node)) return 'templateHead';
  if (ts.isTemplateMiddle(node)) return 'templateMiddle';
  if (ts.isTemplateTail(node)) return 'templateTail';
  if (ts.isJsxText(node)) return 'jsx';
  if (ts.isStringLiteralLike(node)) return 'literal';
  return null;
}

/** The text pieces of one file, with their line; module specifiers (file paths) are not text. */
export function textsOf(fileName: string, code: string): SourceText[] {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: SourceText[] = [];
  const visit = (node: ts.Node) => {
    const kind = kindOf(node);
    if (kind && !ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent)) {
      const holder = holderOf(node);
      found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, kind, text: (node as ts.LiteralLikeNode).text, ...(holder ? { holder } : {}) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** "file:line: text" for every text piece of the renderer that `offends`. */
export function offendingTexts(offends: (text: SourceText, file: string) => boolean): string[] {
  return sources(RENDERER_ROOT).flatMap((path) => {
    const file = relative(RENDERER_ROOT, path);
    return textsOf(path, readFileSync(path, 'utf8'))
      .filter((t) => offends(t, file))
      .map((t) => `${file}:${t.line}: ${t.text}`);
  });
}
