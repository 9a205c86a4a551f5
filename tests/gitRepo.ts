import {execFileSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';

/** A fresh git repository with an entries folder, committing at fixed dates. */
export function gitRepo(repo: string) {
  const entries = path.join(repo, 'docs', 'roadmap');
  mkdirSync(entries, {recursive: true});
  const git = (args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Roadmap',
        GIT_AUTHOR_EMAIL: 'roadmap@example.com',
        GIT_COMMITTER_NAME: 'Roadmap',
        GIT_COMMITTER_EMAIL: 'roadmap@example.com',
        ...(date ? {GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date} : {}),
      },
    });
  git(['init', '-q', '-b', 'main']);
  return {
    git,
    /** Writes an entry file (relative to the entries folder). */
    write: (name: string, content: string) => writeFileSync(path.join(entries, name), content),
    commit: (message: string, date: string) => {
      git(['add', '-A']);
      git(['commit', '-q', '--allow-empty', '-m', message], date);
    },
  };
}

/** An entry file that passes the check. */
export const entryFile = (id: string, title: string, status: string, extra = '') =>
  `---\nid: ${id}\ntitle: ${title}\nsummary: ${title}, in one line.\ntags: [${status}]\norder: 1\n${
    status === 'shipped' ? "shipped_in: {version: '1.6.0'}\nshipped_on: 2022-08-20\n" : ''
  }${extra}---\n\nText.\n`;
