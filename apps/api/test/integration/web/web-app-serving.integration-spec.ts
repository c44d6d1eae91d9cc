import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from '../../support/test-app';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as sent: still compressed when Content-Encoding says so. */
  body: Buffer;
}

/** A plain HTTP GET that does not decompress, so the test sees exactly what went over the wire. */
function fetchRaw(port: number, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

/** A build output as the web build writes it: hashed assets with .br and .gz beside them (apps/web/build/precompress.ts). */
function writeWebDist(): { dir: string; script: string; indexHtml: string } {
  const dir = mkdtempSync(join(tmpdir(), 'panelist-web-'));
  mkdirSync(join(dir, 'assets'));
  const script = `console.log(${JSON.stringify('panelist '.repeat(200))});`;
  const indexHtml = `<!doctype html><html><head><script type="module" src="/assets/index-AbCd1234.js"></script></head><body><div id="root"></div></body></html>`;
  const files: Record<string, string> = { 'index.html': indexHtml, 'assets/index-AbCd1234.js': script };
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(dir, name), text);
    writeFileSync(join(dir, `${name}.gz`), gzipSync(text));
    writeFileSync(join(dir, `${name}.br`), brotliCompressSync(text));
  }
  writeFileSync(join(dir, 'favicon.ico'), Buffer.from([0, 0, 1, 0, 1, 0]));
  return { dir, script, indexHtml };
}

describe('serving the web app', () => {
  let t: TestApp;
  let port: number;
  let web: ReturnType<typeof writeWebDist>;

  beforeAll(async () => {
    web = writeWebDist();
    t = await startTestApp({ WEB_DIST: web.dir });
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(async () => {
    await t.close();
    rmSync(web.dir, { recursive: true, force: true });
  });

  it('sends the brotli file to a browser that accepts it, gzip to one that accepts only gzip, and the plain file otherwise', async () => {
    const brotli = await fetchRaw(port, '/assets/index-AbCd1234.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/^(text|application)\/javascript; charset=utf-8$/i);
    expect(brotli.headers.vary).toMatch(/Accept-Encoding/i);
    expect(brotliDecompressSync(brotli.body).toString()).toBe(web.script);
    expect(brotli.body.length).toBeLessThan(web.script.length / 5);

    const gzip = await fetchRaw(port, '/assets/index-AbCd1234.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(web.script);

    const plain = await fetchRaw(port, '/assets/index-AbCd1234.js', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(web.script);
  });

  it('caches hashed assets for a year as immutable, and has index.html revalidated', async () => {
    const asset = await fetchRaw(port, '/assets/index-AbCd1234.js', { 'accept-encoding': 'br' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    for (const path of ['/', '/bank', '/kits/3f0c8a8e-1a2b-4c3d-9e8f-0a1b2c3d4e5f']) {
      const page = await fetchRaw(port, path, { accept: 'text/html', 'accept-encoding': 'gzip, br' });
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.headers['content-encoding']).toBe('br');
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(brotliDecompressSync(page.body).toString()).toBe(web.indexHtml);
    }
  });

  it('answers 304 to a revalidation of an unchanged index.html', async () => {
    const first = await fetchRaw(port, '/login', { accept: 'text/html', 'accept-encoding': 'br' });
    const again = await fetchRaw(port, '/login', {
      accept: 'text/html',
      'accept-encoding': 'br',
      'if-none-match': String(first.headers.etag),
    });
    expect(again.status).toBe(304);
  });

  it('serves the favicon as an icon, not the index page', async () => {
    const icon = await fetchRaw(port, '/favicon.ico', { accept: 'image/avif,image/webp,*/*' });
    expect(icon.status).toBe(200);
    expect(icon.headers['content-type']).toMatch(/^image\//);
  });

  it('answers 404 for a file that does not exist, never with the index page', async () => {
    for (const path of ['/assets/index-Gone0000.js', '/assets/missing.css', '/robots.txt', '/apple-touch-icon.png']) {
      const response = await fetchRaw(port, path, { accept: '*/*', 'accept-encoding': 'br' });
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(response.body.toString()).not.toContain('<div id="root">');
    }
  });

  it('leaves the API paths to the API', async () => {
    const health = await fetchRaw(port, '/health/live', { accept: 'text/html' });
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body.toString())).toEqual({ status: 'ok' });
  });
});
