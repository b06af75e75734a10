/** The certificate fonts as the app ships them, read from the installed package (tests run in Node). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CertificateFonts } from '../../../src-renderer/documents/certificates/pdf';

const require = createRequire(import.meta.url);
const file = (name: string) => new Uint8Array(readFileSync(require.resolve(`@expo-google-fonts/noto-serif/${name}`)));

export function certificateFonts(): CertificateFonts {
  return {
    regular: file('400Regular/NotoSerif_400Regular.ttf'),
    bold: file('700Bold/NotoSerif_700Bold.ttf'),
    italic: file('400Regular_Italic/NotoSerif_400Regular_Italic.ttf'),
  };
}
