import {readdirSync} from 'node:fs';
import path from 'node:path';

/**
 * Every file of a built site whose name `keep` accepts, sorted; `skipDir`
 * leaves out folders by name.
 */
export function listBuiltFiles(
  buildDir: string,
  keep: (name: string) => boolean,
  skipDir: (name: string) => boolean = () => false,
): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skipDir(entry.name)) walk(full);
      } else if (keep(entry.name)) {
        files.push(full);
      }
    }
  };
  walk(buildDir);
  return files.sort();
}

/** Every page of a built site: its HTML files, skipping the bundler's assets folder. */
export function listHtmlFiles(buildDir: string): string[] {
  return listBuiltFiles(
    buildDir,
    (name) => name.endsWith('.html'),
    (name) => name === 'assets',
  );
}
