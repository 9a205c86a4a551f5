import {execFileSync, spawn} from 'node:child_process';
import {StringDecoder} from 'node:string_decoder';
import {checkEntrySources} from './check';
import {MAX_ENTRY_BYTES, readEntrySource} from './source';
import type {Status} from './statuses';

/** One change to the roadmap, as a feed reader sees it. */
export interface RoadmapChange {
  /**
   * `renamed`: the theme took a new id that lists the old one in `aliases`;
   * `removed`: its file was deleted (or refused by today's check).
   */
  kind: 'added' | 'moved' | 'shipped' | 'dropped' | 'renamed' | 'removed';
  id: string;
  title: string;
  /** The old id, for `renamed`. */
  fromId?: string;
  /** The release it shipped in, for `shipped`, when the entry names one. */
  version?: string;
  /** Why, for `dropped`. */
  reason?: string;
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
  /** Old ids: a revision whose id changed to one listing the old id is a rename. */
  aliases: readonly string[];
  version?: string;
  reason?: string;
}

interface Commit {
  hash: string;
  date: string;
  files: {code: string; path: string; from?: string}[];
}

const RECORD = '\u001e';
const FIELD = '\u001f';

/** Runs git and hands its output over record by record: no buffer to outgrow. */
async function gitRecords(cwd: string, args: string[], onRecord: (record: string) => void) {
  const child = spawn('git', args, {cwd, stdio: ['ignore', 'pipe', 'ignore']});
  const closed = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    const records = (pending + decoder.write(chunk)).split(RECORD);
    pending = records.pop()!;
    records.forEach(onRecord);
  }
  onRecord(pending + decoder.end());
  const code = await closed;
  if (code !== 0) throw new Error(`git ${args[0]} exited with ${code}`);
}

/**
 * Reads blobs with one `git cat-file --batch`, streaming: each blob is handed
 * over as it arrives, and blobs larger than an entry may be are skipped
 * without being held in memory.
 */
async function readBlobs(
  cwd: string,
  specs: readonly string[],
  onBlob: (spec: string, content: Buffer | undefined) => Promise<void>,
): Promise<void> {
  if (specs.length === 0) return;
  const child = spawn('git', ['cat-file', '--batch'], {cwd, stdio: ['pipe', 'pipe', 'ignore']});
  child.stdin.end(`${specs.join('\n')}\n`);
  let pending: Buffer = Buffer.alloc(0);
  let index = 0;
  // What the current blob still needs: its size and whether it is kept.
  let blob: {size: number; keep: boolean; parts: Buffer[]; got: number} | undefined;
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    while (index < specs.length) {
      if (!blob) {
        const end = pending.indexOf(0x0a);
        if (end === -1) break;
        const header = pending.subarray(0, end).toString('utf8');
        pending = pending.subarray(end + 1);
        if (header.endsWith(' missing')) {
          await onBlob(specs[index++]!, undefined);
          continue;
        }
        const size = Number(header.split(' ')[2]);
        blob = {size, keep: size <= MAX_ENTRY_BYTES, parts: [], got: 0};
      }
      // The blob's bytes, then one newline.
      const take = Math.min(pending.length, blob.size + 1 - blob.got);
      if (blob.keep) blob.parts.push(pending.subarray(0, take));
      blob.got += take;
      pending = pending.subarray(take);
      if (blob.got < blob.size + 1) break;
      const content = blob.keep ? Buffer.concat(blob.parts).subarray(0, blob.size) : undefined;
      blob = undefined;
      await onBlob(specs[index++]!, content);
    }
  }
}

/** A revision as the roadmap showed it, or undefined if today's check refuses it or it is unpublished. */
async function snapshotOf(file: string, content: Buffer): Promise<Snapshot | undefined> {
  const source = await readEntrySource(file, content);
  const {entries, problems} = checkEntrySources([source]);
  const entry = entries[0];
  if (problems.length > 0 || !entry || entry.data.draft || entry.data.unlisted) return undefined;
  return {
    id: entry.data.id,
    title: entry.data.title,
    status: entry.status,
    aliases: entry.data.aliases ?? [],
    version: entry.data.shipped_in?.version,
    reason: entry.data.dropped_reason,
  };
}

export interface History {
  changes: RoadmapChange[];
  /** What was left out, for a warning. */
  skipped: string[];
}

/**
 * The roadmap's changes from the git history of the entries folder: a theme
 * added, moved between statuses, shipped or removed. Past revisions are read
 * as data, with the same parser and check as today's entries: a revision the
 * check refuses (or a draft) is as if it had never been. Only the main line
 * of history counts (`--first-parent`), so a pull request shows as its net
 * change. Commit dates are kept in order and never after `buildDate`.
 * Returns a warning instead when there is no usable history (not a git
 * checkout, a shallow clone, or entries git does not track).
 */
export async function changesFromGit(
  siteDir: string,
  entriesPath: string,
  {buildDate}: {buildDate?: string} = {},
): Promise<History | {warning: string}> {
  try {
    const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], {
      cwd: siteDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    if (shallow.trim() === 'true') {
      return {
        warning:
          'the git clone is shallow, so the history of the entries is incomplete (check out with fetch-depth: 0)',
      };
    }
  } catch {
    return {warning: 'the site is not in a git checkout, so the entries have no history'};
  }
  const commits: Commit[] = [];
  await gitRecords(
    siteDir,
    [
      'log',
      '--reverse',
      '--first-parent',
      '--diff-merges=first-parent',
      '--relative',
      '-M',
      '--name-status',
      '-z',
      `--format=${RECORD}%H${FIELD}%cI`,
      '--',
      entriesPath,
    ],
    (record) => parseLogRecord(record, commits),
  );
  if (commits.length === 0) {
    return {warning: `git has no history for ${entriesPath} (the entries are not committed)`};
  }

  const skipped: string[] = [];
  const latest = buildDate ? `${buildDate}T23:59:59.000Z` : undefined;
  let previous = '';
  for (const commit of commits) {
    const time = Date.parse(commit.date);
    let date = Number.isNaN(time) ? previous : new Date(time).toISOString();
    if (latest && date > latest) date = latest;
    if (date < previous) date = previous;
    if (Number.isNaN(time) || date !== new Date(time).toISOString()) {
      const why = Number.isNaN(time)
        ? 'an unreadable date'
        : latest && new Date(time).toISOString() > latest
          ? 'a date after the build date'
          : 'a date before the commit before it';
      skipped.push(
        `commit ${commit.hash.slice(0, 12)} has ${why} (${JSON.stringify(commit.date)}); dated ${date || 'as the first change'} instead`,
      );
    }
    commit.date = date;
    previous = date;
  }

  const specs = commits.flatMap((c) =>
    c.files.filter((f) => f.code !== 'D').map((f) => `${c.hash}:./${f.path}`),
  );
  const snapshots = new Map<string, Snapshot | undefined>();
  await readBlobs(siteDir, specs, async (spec, content) => {
    if (content === undefined) {
      skipped.push(`${spec} is larger than an entry may be, or missing`);
      return;
    }
    snapshots.set(spec, await snapshotOf(spec.slice(spec.indexOf(':./') + 3), content));
  });

  const changes: RoadmapChange[] = [];
  const state = new Map<string, Snapshot>();
  const push = (
    kind: RoadmapChange['kind'],
    {id, title, status, version, reason}: Snapshot,
    extra: {date: string; commit: string; from?: Status; fromId?: string},
  ) =>
    changes.push({
      kind,
      id,
      title,
      status,
      ...extra,
      ...(kind === 'shipped' && version ? {version} : {}),
      ...(kind === 'dropped' && reason ? {reason} : {}),
    });
  // A change into shipped or dropped is named for where it went.
  const arrival = (status: Status, otherwise: 'added' | 'moved') =>
    status === 'shipped' || status === 'dropped' ? status : otherwise;
  for (const {hash, date, files} of commits) {
    const at = {date, commit: hash};
    // Removals wait for the end of the commit: a file git did not see as
    // renamed may still be the same theme, under a new id that lists the old.
    const removed = new Map<string, Snapshot>();
    const deletionsFirst = [...files].sort(
      (x, y) => Number(y.code === 'D') - Number(x.code === 'D'),
    );
    for (const {code, path, from} of deletionsFirst) {
      let before = state.get(from ?? path);
      if (from) state.delete(from);
      let after = code === 'D' ? undefined : snapshots.get(`${hash}:./${path}`);
      // Another file of that revision holds its id (or it names theirs as
      // an alias): today's check refuses the pair, so the later one never
      // was, and cannot write into the other theme's story.
      const holder =
        after && [...state].find(([other, theme]) => other !== path && claims(theme, after!));
      if (after && holder) {
        skipped.push(
          `${path} in commit ${hash.slice(0, 12)} has the id or an alias of ${holder[0]}; left out, as the check would refuse it`,
        );
        after = undefined;
      }
      if (!after) {
        // Deleted, refused by today's check or unpublished: off the roadmap.
        if (before) removed.set(before.id, before);
        state.delete(path);
        continue;
      }
      state.set(path, after);
      if (before && before.id !== after.id && !after.aliases.includes(before.id)) {
        // A new id without the old one as an alias: another theme.
        removed.set(before.id, before);
        before = undefined;
      }
      const renamedFrom = before ? undefined : after.aliases.find((alias) => removed.has(alias));
      if (renamedFrom) {
        before = removed.get(renamedFrom);
        removed.delete(renamedFrom);
      }
      if (before && before.id !== after.id) {
        push('renamed', after, {...at, fromId: before.id});
      }
      if (!before) {
        push(arrival(after.status, 'added'), after, at);
      } else if (before.status !== after.status) {
        push(arrival(after.status, 'moved'), after, {...at, from: before.status});
      }
    }
    for (const snapshot of removed.values()) push('removed', snapshot, at);
  }
  return {changes, skipped};
}

/** Whether two revisions claim the same theme: one's id is the other's id or alias. */
function claims(a: Snapshot, b: Snapshot): boolean {
  return a.id === b.id || a.aliases.includes(b.id) || b.aliases.includes(a.id);
}

/**
 * One commit of `git log -z --name-status`: `<hash>\x1f<date>`, then NUL
 * separated fields: a status, its path (and the new path for a rename or
 * copy). Paths may hold any character but NUL.
 */
function parseLogRecord(record: string, commits: Commit[]): void {
  const fields = record.split('\0');
  const header = fields[0]!;
  if (!header.includes(FIELD)) return;
  const [hash, date] = header.split(FIELD) as [string, string];
  const commit: Commit = {hash, date, files: []};
  commits.push(commit);
  for (let at = 1; at < fields.length;) {
    const code = fields[at]!.trim();
    if (code === '') {
      at++;
      continue;
    }
    const renamed = code.startsWith('R') || code.startsWith('C');
    const first = fields[at + 1];
    const path = renamed ? fields[at + 2] : first;
    at += renamed ? 3 : 2;
    if (path === undefined || !/\.mdx?$/.test(path)) continue;
    commit.files.push({code: code[0]!, path, from: renamed ? first : undefined});
  }
}
