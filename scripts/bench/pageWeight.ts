import {chromium, type Request} from '@playwright/test';
import {CHROMIUM_ARGS, findChromium} from '../../tests/chromium';

export interface Weight {
  requests: number;
  /**
   * Bytes by kind as a reader receives them: what crossed the wire (headers
   * and body as the server sent it, gzip from the bench's server), and the
   * bodies once decoded.
   */
  transferred: Record<Kind, number>;
  raw: Record<Kind, number>;
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

const zero = () => Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;

/**
 * Loads a page in Chromium, as a reader does, and adds up every request the
 * page made before its `load` event, less prefetches of other pages: what the
 * browser downloads to show and hydrate it. Serve the page gzip-compressed
 * (`startStaticServer`'s default) so the transferred sizes are a host's.
 */
export async function measurePage(url: string): Promise<Weight> {
  const browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
  try {
    const page = await browser.newPage();
    const origin = new URL(url).host;
    const weight: Weight = {requests: 0, transferred: zero(), raw: zero(), thirdParty: []};
    const beforeLoad: Request[] = [];
    let loaded = false;
    page.on('load', () => (loaded = true));
    page.on('request', (request) => {
      const target = new URL(request.url());
      if (target.protocol.startsWith('http') && target.host !== origin) {
        weight.thirdParty.push(request.url());
      }
      if (!loaded && target.protocol.startsWith('http')) beforeLoad.push(request);
    });
    await page.goto(url, {waitUntil: 'load'});
    for (const request of beforeLoad) {
      const headers = await request.allHeaders();
      // Prefetches of other pages' chunks are not this page's weight.
      if (headers['sec-purpose']?.includes('prefetch')) continue;
      const response = await request.response();
      if (!response) continue;
      const body = await response.body().catch(() => null);
      if (body === null) continue;
      const sizes = await request.sizes();
      const kind = kindOf(response.headers()['content-type'] ?? '', request.url());
      weight.requests += 1;
      weight.transferred[kind] += sizes.responseHeadersSize + sizes.responseBodySize;
      weight.raw[kind] += body.length;
    }
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
