import {spawn} from 'node:child_process';
import {rmSync, writeFileSync} from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {chromium, type Page} from '@playwright/test';
import {CHROMIUM_ARGS, findChromium} from '../../tests/chromium';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** `docusaurus start` on a free port of 127.0.0.1, in its own process group. */
export async function startDevServer(site: {
  dir: string;
  bin: string;
  env?: Record<string, string>;
}): Promise<{url: string; stop: () => void}> {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [site.bin, 'start', site.dir, '--host', '127.0.0.1', '--port', String(port), '--no-open'],
    {cwd: site.dir, stdio: 'ignore', detached: true, env: {...process.env, ...site.env}},
  );
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => {
      if (server.pid) process.kill(-server.pid);
    },
  };
}

/** Opens `url` as soon as the dev server answers it, retrying for up to two minutes. */
export async function gotoWhenServed(page: Page, url: string): Promise<void> {
  const deadline = performance.now() + 120_000;
  for (;;) {
    const response = await page.goto(url).catch((error: Error) => error);
    if (!(response instanceof Error) && response?.ok()) return;
    if (performance.now() > deadline) {
      throw response instanceof Error
        ? response
        : new Error(`${url} answered ${response?.status()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function probeEntry(title: string): string {
  return `---\nid: hot-reload-probe\ntitle: ${title}\nsummary: A temporary entry the benchmark edits.\ntags: [future]\norder: 9999\n---\n\nTemporary.\n`;
}

/**
 * Milliseconds from saving an entry's front matter in `npm start` to the
 * summary table in an open browser showing the change, `times` times.
 */
export async function measureHotReload(siteDir: string, times: number): Promise<number[]> {
  const file = path.join(siteDir, 'docs/roadmap/hot-reload-probe.md');
  writeFileSync(file, probeEntry('Hot reload probe 0'));
  const server = await startDevServer({
    dir: siteDir,
    bin: require.resolve('@docusaurus/core/bin/docusaurus.mjs'),
  });
  const browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
  try {
    const page = await browser.newPage();
    await gotoWhenServed(page, `${server.url}roadmap`);
    const table = page.locator('table tbody');
    await table.getByText('Hot reload probe 0').waitFor({timeout: 120_000});
    const latencies: number[] = [];
    for (let i = 1; i <= times; i++) {
      const started = performance.now();
      writeFileSync(file, probeEntry(`Hot reload probe ${i}`));
      await table.getByText(`Hot reload probe ${i}`, {exact: true}).waitFor({timeout: 60_000});
      latencies.push(performance.now() - started);
      // Let the watcher settle so runs do not overlap.
      await new Promise((r) => setTimeout(r, 1000));
    }
    return latencies;
  } finally {
    await browser.close();
    rmSync(file, {force: true});
    server.stop();
  }
}
