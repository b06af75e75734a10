// A tiny static server for the benchmark's build directory: the built app (/app/renderer/index.html)
// and the harness (/harness/harness.html) share one origin, hence one IndexedDB. Node built-ins only.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves `rootDir` on 127.0.0.1 (port 0 = any free port). Files are read from disk on every request
 * with `no-store`, like Electron's app:// handler reading the asar: no HTTP cache flatters a cold start.
 */
export function startStaticServer(rootDir, port = 0) {
  const root = resolve(rootDir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': body.byteLength,
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address();
      resolveStart({ url: `http://127.0.0.1:${bound}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

// `node bench/server.mjs [port]` serves the last bench build (<tmp>/thidua-bench) for a manual look.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = join(tmpdir(), 'thidua-bench');
  const { url } = await startStaticServer(dir, Number(process.argv[2] ?? 4180));
  console.log(`Serving ${dir} at ${url} (app: ${url}/app/renderer/index.html, harness: ${url}/harness/harness.html)`);
}
