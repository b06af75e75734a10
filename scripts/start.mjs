// `npm start`: the desktop app where Electron is installed, otherwise the same app in a browser.
// `npm run web` (--web): always the browser build.
import { bin, electronBinaryInstalled, ensureDependencies, run, serveWeb } from './lib.mjs';

ensureDependencies();
if (run(bin('electron-vite'), ['build', '--logLevel', 'warn']) !== 0) process.exit(1);

const webOnly = process.argv.includes('--web');
if (!webOnly && electronBinaryInstalled()) {
  process.exit(run(bin('electron'), ['.']));
}
if (!webOnly) {
  console.log(
    'Chưa cài Electron trên máy này (chạy "node node_modules/electron/install.js" nơi có mạng để cài) — mở bản web thay thế.',
  );
}
serveWeb();
