import {execFileSync, spawnSync} from 'node:child_process';
import {parseEntrySource} from './source';
import {isStatus, type Status} from './statuses';

/** One change to the roadmap, as a feed reader sees it. */
export interface RoadmapChange {
  kind: 'added' | 'moved' | 'shipped' | 'removed';
  id: string;
  title: string;
  /** The status before, for `moved` and `shipped`. */
  from?: Status;
  /** The status after (the last one, for `removed`). */
  status: Status;
  /** ISO 8601 date and time. */
  date: string;
  /** The commit, when the change comes from git history. */
  commit?: string;
}

interface Snapshot {
  id: string;
  title: string;
  status: Status;
}

const RECORD = '\u001e';
const FIELD = '\u001f';

function git(cwd: string, args: string[], input?: string): string {
  return execFileSync('git', args, {cwd, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024});
}

async function snapshotOf(file: string, content: string): Promise<Snapshot | undefined> {
  // Read as the check reads entries; a revision with broken front matter
  // (the check refused it then) says nothing.
  const {frontMatter, parseError} = await parseEntrySource(file, content);
  if (parseError) return undefined;
  const tags = Array.isArray(frontMatter.tags) ? frontMatter.tags : [];
  const status = tags.find((t): t is Status => typeof t === 'string' && isStatus(t));
  const {id, title} = frontMatter;
  return typeof id === 'string' && typeof title === 'string' && status
    ? {id, title, status}
    : undefined;
}

/** Reads many blobs in one `git cat-file --batch` process. */
function readBlobs(cwd: string, specs: string[]): Map<string, string> {
  const blobs = new Map<string, string>();
  if (specs.length === 0) return blobs;
  const output = spawnSync('git', ['cat-file', '--batch'], {
    cwd,
    input: `${specs.join('\n')}\n`,
    maxBuffer: 256 * 1024 * 1024,
  }).stdout;
  let offset = 0;
  for (const spec of specs) {
    const headerEnd = output.indexOf(0x0a, offset);
    const header = output.subarray(offset, headerEnd).toString('utf8');
    offset = headerEnd + 1;
    if (header.endsWith(' missing')) continue;
    const size = Number(header.split(' ')[2]);
    blobs.set(spec, output.subarray(offset, offset + size).toString('utf8'));
    offset += size + 1;
  }
  return blobs;
}

/**
 * The roadmap's changes from the git history of the entries folder: a theme
 * added, moved between statuses, shipped or removed. Returns a warning
 * instead when there is no usable history (not a git checkout, a shallow
 * clone, or entries git does not track), so the caller can fall back.
 */
export async function changesFromGit(
  siteDir: string,
  entriesPath: string,
): Promise<{changes: RoadmapChange[]} | {warning: string}> {
  try {
    if (git(siteDir, ['rev-parse', '--is-shallow-repository']).trim() === 'true') {
      return {
        warning:
          'the git clone is shallow, so the history of the entries is incomplete (check out with fetch-depth: 0)',
      };
    }
  } catch {
    return {warning: 'the site is not in a git checkout, so the entries have no history'};
  }
  const log = git(siteDir, [
    'log',
    '--reverse',
    '--relative',
    '-M',
    '--name-status',
    `--format=${RECORD}%H${FIELD}%cI`,
    '--',
    entriesPath,
  ]);
  const commits = log
    .split(RECORD)
    .filter((chunk) => chunk.trim())
    .map((chunk) => {
      const [header, ...lines] = chunk.trim().split('\n');
      const [hash, date] = header!.split(FIELD) as [string, string];
      const files = lines
        .filter((line) => line.trim())
        .map((line) => line.split('\t'))
        .map(([code, a, b]) => ({code: code![0]!, path: (b ?? a)!, from: b ? a : undefined}))
        .filter((f) => /\.mdx?$/.test(f.path));
      return {hash, date, files};
    });
  if (commits.length === 0) {
    return {warning: `git has no history for ${entriesPath} (the entries are not committed)`};
  }
  const specs = commits.flatMap((c) =>
    c.files.filter((f) => f.code !== 'D').map((f) => `${c.hash}:./${f.path}`),
  );
  const blobs = readBlobs(siteDir, specs);

  const changes: RoadmapChange[] = [];
  const state = new Map<string, Snapshot>();
  for (const {hash, date, files} of commits) {
    for (const {code, path, from} of files) {
      const before = state.get(from ?? path);
      if (from) state.delete(from);
      if (code === 'D') {
        if (before) changes.push({kind: 'removed', ...before, date, commit: hash});
        state.delete(path);
        continue;
      }
      const blob = blobs.get(`${hash}:./${path}`);
      const after = blob === undefined ? undefined : await snapshotOf(path, blob);
      if (!after) continue;
      state.set(path, after);
      if (!before) {
        changes.push({
          kind: after.status === 'shipped' ? 'shipped' : 'added',
          ...after,
          date,
          commit: hash,
        });
      } else if (before.status !== after.status) {
        changes.push({
          kind: after.status === 'shipped' ? 'shipped' : 'moved',
          ...after,
          from: before.status,
          date,
          commit: hash,
        });
      }
    }
  }
  return {changes};
}
