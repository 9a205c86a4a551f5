import {spawn} from 'node:child_process';
import {rmSync, writeFileSync} from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {chromium} from '@playwright/test';
import {CHROMIUM_ARGS, findChromium} from '../../tests/chromium';

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
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
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [
      require.resolve('@docusaurus/core/bin/docusaurus.mjs'),
      'start',
      siteDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--no-open',
    ],
    {cwd: siteDir, stdio: 'ignore', detached: true},
  );
  const browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
  try {
    const page = await browser.newPage();
    const url = `http://127.0.0.1:${port}/roadmap`;
    for (let attempt = 0; ; attempt++) {
      try {
        await page.goto(url);
        break;
      } catch (error) {
        if (attempt > 120) throw error;
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
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
    if (server.pid) process.kill(-server.pid);
  }
}
