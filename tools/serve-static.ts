/**
 * A tiny static file server (node:http) for the built preview: the browser
 * tests start it on a free localhost port and stop it when done.
 *
 *   tsx tools/serve-static.ts [dir=dist-preview] [port=3001]
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 (`port` 0 = a free port). Only files under `dir`; no directory listings. */
export function startStaticServer(dir: string, port = 0): Promise<StaticServer> {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    void (async () => {
      try {
        const url = new URL(req.url !== undefined ? req.url : '/', 'http://localhost');
        let rel = decodeURIComponent(url.pathname);
        if (rel.endsWith('/')) rel += 'index.html';
        const file = path.resolve(root, '.' + rel);
        if (file !== root && !file.startsWith(root + path.sep)) {
          res.writeHead(403).end('Forbidden');
          return;
        }
        const info = await stat(file).catch(() => null);
        if (info === null || !info.isFile()) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
          return;
        }
        const body = await readFile(file);
        const type = TYPES[path.extname(file).toLowerCase()];
        res.writeHead(200, {
          'content-type': type !== undefined ? type : 'application/octet-stream',
          'content-length': String(body.byteLength),
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      } catch {
        res.writeHead(500).end('Server error');
      }
    })();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const actual = (server.address() as AddressInfo).port;
      resolve({
        url: 'http://127.0.0.1:' + String(actual) + '/',
        port: actual,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] !== undefined ? process.argv[2] : 'dist-preview';
  const port = process.argv[3] !== undefined ? Number(process.argv[3]) : 3001;
  void startStaticServer(dir, port).then((s) => {
    process.stdout.write('Serving ' + dir + ' on ' + s.url + ' (Ctrl+C to stop)\n');
  });
}
