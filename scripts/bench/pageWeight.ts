import {gzipSync} from 'node:zlib';
import {chromium} from '@playwright/test';
import {CHROMIUM_ARGS, findChromium} from '../../tests/chromium';

export interface Weight {
  requests: number;
  /** Bytes by kind: html, js, css, other; raw and gzip (level 6, as servers use). */
  raw: Record<Kind, number>;
  gzip: Record<Kind, number>;
  /** Requests to any host other than the page's own. */
  thirdParty: string[];
}

export type Kind = 'html' | 'js' | 'css' | 'other';
const KINDS: Kind[] = ['html', 'js', 'css', 'other'];

function kindOf(contentType: string, url: string): Kind {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('javascript') || /\.m?js(\?|$)/.test(url)) return 'js';
  if (contentType.includes('css') || /\.css(\?|$)/.test(url)) return 'css';
  return 'other';
}

/**
 * Loads a page in Chromium and adds up every response it fetched until the
 * network went idle, less prefetches of other pages: what a reader's browser
 * downloads to show and hydrate this page.
 */
export async function measurePage(url: string): Promise<Weight> {
  const browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
  try {
    const page = await browser.newPage();
    const origin = new URL(url).host;
    const pending: Promise<void>[] = [];
    const weight: Weight = {
      requests: 0,
      raw: Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>,
      gzip: Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>,
      thirdParty: [],
    };
    page.on('request', (request) => {
      const target = new URL(request.url());
      if (target.protocol.startsWith('http') && target.host !== origin) {
        weight.thirdParty.push(request.url());
      }
    });
    const seen = new Set<string>();
    page.on('response', (response) => {
      if (!response.url().startsWith('http') || seen.has(response.url())) return;
      seen.add(response.url());
      pending.push(
        response
          .request()
          .allHeaders()
          // Prefetches of other pages' chunks are not this page's weight.
          .then((headers) =>
            headers['sec-purpose']?.includes('prefetch') ? null : response.body(),
          )
          .then((body) => {
            if (body === null) return;
            const kind = kindOf(response.headers()['content-type'] ?? '', response.url());
            weight.requests += 1;
            weight.raw[kind] += body.length;
            weight.gzip[kind] += gzipSync(body, {level: 6}).length;
          })
          .catch(() => undefined),
      );
    });
    await page.goto(url, {waitUntil: 'networkidle'});
    await Promise.all(pending);
    return weight;
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  const url = process.argv[2];
  if (!url) {
    console.error('usage: tsx scripts/bench/pageWeight.ts <url>');
    process.exit(2);
  }
  measurePage(url).then((w) => console.log(JSON.stringify(w, null, 2)));
}
