// Builds lib/: the Node side as CommonJS (Docusaurus loads plugins with
// require); in lib/browser/, the theme and client as ES modules for the
// site's bundler, with the theme's CSS modules beside their components.
import {execFileSync} from 'node:child_process';
import {cpSync, readdirSync, rmSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const tsc = path.join(
  path.dirname(fileURLToPath(import.meta.resolve('typescript'))),
  '..',
  'bin',
  'tsc',
);
rmSync(path.join(root, 'lib'), {recursive: true, force: true});
for (const project of ['tsconfig.server.json', 'tsconfig.client.json']) {
  try {
    execFileSync(process.execPath, [tsc, '-p', path.join(root, project)], {stdio: 'inherit'});
  } catch {
    // tsc has printed the errors.
    process.exit(1);
  }
}
for (const folder of ['theme', 'client']) {
  for (const entry of readdirSync(path.join(root, 'src', folder), {recursive: true})) {
    const file = String(entry);
    if (file.endsWith('.css')) {
      cpSync(path.join(root, 'src', folder, file), path.join(root, 'lib', 'browser', folder, file));
    }
  }
}
