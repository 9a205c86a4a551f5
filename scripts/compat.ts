/**
 * One line of the compatibility matrix: a stock site of the given Docusaurus
 * release and React major adopts the packed plugin, checks, builds and is
 * tested in Chromium (tests/compat/compat.spec.ts).
 *
 *   npm run test:compat                          # the oldest release claimed
 *   npm run test:compat -- --docusaurus 3.10.2 --react 19 --faster --v4
 *
 * COMPAT_KEEP=1 keeps the site's folder for a look after a failure.
 */
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {parseCompatArgs} from '../tests/compat/versions';

const args = process.argv.slice(2);
let target;
try {
  target = parseCompatArgs(args);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
console.log(
  `Compatibility: Docusaurus ${target.docusaurus}, React ${target.react}` +
    `${target.faster ? ', faster bundler' : ''}${target.v4 ? ', v4 future flags' : ''}`,
);
const root = path.resolve(__dirname, '..');
// The tarball is packed from lib/: built here, once, from the sources.
const built = spawnSync('npm', ['run', '-s', 'build', '-w', 'docusaurus-plugin-roadmap'], {
  cwd: root,
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);
const result = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules', '@playwright', 'test', 'cli.js'),
    'test',
    '--config',
    path.join(root, 'playwright.compat.config.ts'),
  ],
  {cwd: root, stdio: 'inherit', env: {...process.env, COMPAT_ARGS: args.join(' ')}},
);
process.exit(result.status ?? 1);
