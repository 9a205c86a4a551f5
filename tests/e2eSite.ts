import path from 'node:path';
import {SITE_DIR} from './entryFiles';

/**
 * The site most browser tests run against: this site's code with the test
 * roadmap as content (tests/fixtures/site), built once with a fixed date by
 * `tests/serveE2eSite.ts`, which Playwright starts as its web server.
 */
export const E2E_SITE = path.join(SITE_DIR, '.tmp', 'e2e-site');
export const E2E_BUILD = path.join(E2E_SITE, 'build');
/** "Today" for that build: after the test roadmap's period, so it is stale. */
export const E2E_BUILD_DATE = '2024-01-15';
/** The test roadmap's history: one commit, at a fixed date. */
export const E2E_COMMIT_DATE = '2022-07-01T09:00:00Z';
/** The live site's production build, made by `npm run build` before the browser tests. */
export const LIVE_BUILD = path.join(SITE_DIR, 'build');
