/**
 * The test web server: serves tests/fixtures/pages (and pages a test adds) on 127.0.0.1 at an ephemeral
 * port, and records every request it gets.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export const PAGES_DIR = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'pages');

export interface TestServer {
  origin: string;
  url(path: string): string;
  /** Serves `html` at `path` for the rest of the run. */
  addPage(path: string, html: string): void;
  requests: string[];
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const extra = new Map<string, string>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    requests.push(path);
    const body =
      extra.get(path) ??
      (existsSync(join(PAGES_DIR, path)) && !path.includes('..')
        ? readFileSync(join(PAGES_DIR, path), 'utf8')
        : undefined);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    addPage: (path, html) => extra.set(`/${path.replace(/^\//, '')}`, html),
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
