import {readdirSync} from 'node:fs';
import path from 'node:path';

/** Real roadmap pages of other projects; see the corpus README for where each comes from. */
export const CORPUS = path.join(__dirname, '__fixtures__', 'corpus');

/** Every page of the corpus, by file name. */
export const CORPUS_PAGES = readdirSync(CORPUS).filter(
  (name) => name.endsWith('.md') && name !== 'README.md',
);

/** Pages that only point to a roadmap kept elsewhere: no themes to import. */
export const STUBS: ReadonlySet<string> = new Set(['argo-cd.md']);
