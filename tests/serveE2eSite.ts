import {copySite, useFixtureContent} from '../scripts/copySite';
import {startStaticServer} from '../scripts/serve';
import {buildSite} from './buildSite';
import {E2E_BUILD, E2E_BUILD_DATE, E2E_COMMIT_DATE, E2E_SITE} from './e2eSite';
import {gitRepo} from './gitRepo';

/**
 * Builds the browser tests' site (this site's code, the test roadmap's
 * content, a fixed date and git history) and serves it, for Playwright's
 * `webServer`. Usage: tsx tests/serveE2eSite.ts <port> [baseUrl]
 */
async function main() {
  const port = Number(process.argv[2] ?? 3210);
  const baseUrl = process.argv[3] ?? '/';
  copySite(E2E_SITE);
  useFixtureContent(E2E_SITE);
  gitRepo(E2E_SITE).commit('The test roadmap', E2E_COMMIT_DATE);
  buildSite(E2E_SITE, E2E_BUILD, {ROADMAP_BUILD_DATE: E2E_BUILD_DATE, BASE_URL: baseUrl});
  const server = await startStaticServer({dir: E2E_BUILD, baseUrl, port});
  console.log(`Serving the test roadmap at ${server.url}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
