import {readdirSync} from 'node:fs';
import path from 'node:path';

/** Every HTML file of a built site, skipping the bundler's assets folder. */
export function listHtmlFiles(buildDir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'assets') walk(full);
      } else if (entry.name.endsWith('.html')) {
        files.push(full);
      }
    }
  };
  walk(buildDir);
  return files.sort();
}
