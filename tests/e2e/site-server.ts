import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { hostilePage, isHostilePage } from './hostile-pages';

export interface SiteServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves a folder of test pages on 127.0.0.1 at a free port. */
export async function startSiteServer(root: string): Promise<SiteServer> {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const generated = /^\/generated\/company-(\d{1,4})\/$/.exec(pathname);
    if (generated) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(generatedCompanyPage(Number(generated[1])));
      return;
    }
    const hostile = /^\/hostile\/([a-z-]+)\/$/.exec(pathname)?.[1];
    if (hostile && isHostilePage(hostile)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(hostilePage(hostile));
      return;
    }
    const file = path.join(root, path.normalize(pathname).replace(/^([/\\])+/, ''));
    const target =
      existsSync(file) && statSync(file).isDirectory() ? path.join(file, 'index.html') : file;
    if (!target.startsWith(root) || !existsSync(target)) {
      res.writeHead(404).end('not found');
      return;
    }
    // Browsers apply a stylesheet only when it is served as one.
    const type = target.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8';
    res.writeHead(200, { 'content-type': type });
    createReadStream(target).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // The browser keeps connections alive; close would wait for them.
        server.closeAllConnections();
      }),
  };
}

/** A company site with an Organization in JSON-LD, one per number: for load tests. */
function generatedCompanyPage(n: number): string {
  const org = {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: `Generated Company ${n}`,
    url: `https://www.generated-company-${n}.com`,
    numberOfEmployees: { '@type': 'QuantitativeValue', value: 20 + n * 10 },
    address: {
      '@type': 'PostalAddress',
      addressLocality: 'Austin',
      addressRegion: 'TX',
      addressCountry: 'US',
    },
    description: 'A B2B SaaS platform for revenue teams.',
  };
  return `<!doctype html><html lang="en"><head><title>Generated Company ${n}</title>
<script type="application/ld+json">${JSON.stringify(org)}</script></head>
<body><main><h1>Generated Company ${n}</h1></main></body></html>`;
}
