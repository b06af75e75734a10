/** Reads the PDF font files from the installed package: the app fetches the same files by URL. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FontReader } from '../../../src-renderer/documents/pdf/fonts';

export const readFontFromPackage: FontReader = async (url) => {
  const file = url.split('?')[0].split('/').at(-1)!;
  return new Uint8Array(readFileSync(join(process.cwd(), 'node_modules/@fontsource/tinos/files', file)));
};
