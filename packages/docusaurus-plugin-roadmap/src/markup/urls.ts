import {existsSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {closest, distance} from 'fastest-levenshtein';
import {ALLOW_LIST, RESOURCE_PROPERTIES, SAFE_DATA_IMAGE, SCRIPT_URL} from './allowList';

/** The URL as a browser reads it: without whitespace and control characters, lower case. */
export function normalizeUrl(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
}

/** The URLs of an attribute's value: each candidate of a `srcset` ("a.png 2x, b.png 640w"), else the value. */
export function attributeUrls(name: string, value: string): string[] {
  return name.toLowerCase() === 'srcset'
    ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!)
    : [value];
}

/** Same site: a path, an anchor or a relative URL; never another origin or a script. */
export function isSiteUrl(value: string): boolean {
  // Browsers read a backslash as a slash: `/\\evil.example` is `//evil.example`.
  const url = normalizeUrl(value).replace(/\\/g, '/');
  return !/^[a-z][a-z0-9+.-]*:/.test(url) && !url.startsWith('//');
}

/** Where an entry file is, and the site it belongs to, for its links into the site. */
export interface EntryLocation {
  /** The entry's path from the site root, e.g. `docs/roadmap/x.md`. */
  file: string;
  /** The docs folder, e.g. `docs`: relative links must stay inside it. */
  docsDir: string;
  /** The site's folder, to tell files from routes (see `isFile` without it). */
  siteDir?: string;
  /** The folders Docusaurus publishes as they are (`staticDirectories`), from the site root. */
  staticDirs?: readonly string[];
}

export const DEFAULT_LOCATION: EntryLocation = {file: 'docs/roadmap/entry.md', docsDir: 'docs'};

/** Image files an entry may show: raster types, and SVG (only as an image, never a page). */
const IMAGE_FILE = /\.(?:png|jpe?g|gif|webp|avif|svg)$/i;
const PAGE_FILE = /\.mdx?$/i;

/**
 * Whether a file exists at a path from the site root. Without the site's
 * folder (a check of text alone), a page or image file name is taken to
 * exist: only a check with the site can prove it.
 */
function isFile(siteDir: string | undefined, sitePath: string): boolean {
  if (!siteDir) return PAGE_FILE.test(sitePath) || IMAGE_FILE.test(sitePath);
  const absolute = path.join(siteDir, sitePath);
  return existsSync(absolute) && statSync(absolute).isFile();
}

/** The file of a folder whose name is closest to `name`, if one is close. */
function nearestFile(dir: string, name: string): string | undefined {
  let files: string[];
  try {
    files = readdirSync(dir).filter((file) => isFile(dir, file));
  } catch {
    return undefined;
  }
  if (files.length === 0) return undefined;
  const found = closest(name, files);
  return distance(name, found) <= Math.max(2, name.length / 3) ? found : undefined;
}

/**
 * What a link into the site leads to, judged by what it resolves to rather
 * than how it looks (dots are normal in routes: `/docs/2.0/intro`,
 * `/releases/release-1.1.0`):
 * - a relative link resolves against the entry file, as Docusaurus does:
 *   a Markdown file there is a page, an image file an image, any other file
 *   would be published by the build as it is (refused), and no file at all
 *   is a relative route, which leads to different places from the overview
 *   and from the theme's own page (refused, with the fix);
 * - a link from the site root is a file if a static folder holds it, and
 *   otherwise a route (Docusaurus's broken-link check proves the route at
 *   build time).
 */
export function siteLinkProblem(
  value: string,
  image: boolean,
  location: EntryLocation = DEFAULT_LOCATION,
): string | undefined {
  const {file, docsDir, siteDir, staticDirs = ['static']} = location;
  let target: string;
  try {
    target = decodeURIComponent(value.trim().split(/[?#]/)[0]!);
  } catch {
    return 'is not a valid URL (a "%" that is not an escape)';
  }
  if (target === '') return undefined; // #anchor or ?query on this page
  if (target.startsWith('@site/') || target.startsWith('~') || target.includes('\\')) {
    return 'points at a file by a build path; link to a page or image inside docs/ or static/ by its relative path or URL';
  }
  const name = path.posix.basename(target);
  if (target.startsWith('/')) {
    if (target.split('/').includes('..')) {
      return 'climbs out of the site with ".."; link to a page of the site or an image in static/';
    }
    const staticFile = staticDirs.some((dir) => isFile(siteDir, path.posix.join(dir, target)));
    if (!staticFile) {
      return image
        ? `is no file in ${staticDirs.map((d) => `${d}/`).join(' or ')}: add the image there, or fix the path`
        : undefined;
    }
    if (!image && /\.svg$/i.test(name)) {
      return 'opens an SVG file as a page, where it could run script: show it as an image, ![text](file.svg)';
    }
    return image && !IMAGE_FILE.test(name)
      ? 'is not an image file: images may be PNG, JPEG, GIF, WebP, AVIF or SVG files'
      : undefined;
  }
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), target));
  if (!resolved.startsWith(`${docsDir}/`)) {
    return `points outside ${docsDir}/ (to ${resolved}); link only to pages and images of the site`;
  }
  if (!isFile(siteDir, resolved)) {
    if (PAGE_FILE.test(name) || image) {
      const nearest = siteDir
        ? nearestFile(path.join(siteDir, path.posix.dirname(resolved)), name)
        : undefined;
      return `leads to ${resolved}, which does not exist; ${nearest ? `did you mean ${path.posix.join(path.posix.dirname(target), nearest)}?` : 'fix the path'}`;
    }
    return `is a relative route: an entry shows both on the overview and on its own page, where it would lead to different places; write the route from the site root (/${target.replace(/^(?:\.\.?\/)+/, '')}) or link the Markdown file (./page.md)`;
  }
  if (PAGE_FILE.test(name) || (image && IMAGE_FILE.test(name))) return undefined;
  if (image) return 'is not an image file: images may be PNG, JPEG, GIF, WebP, AVIF or SVG files';
  if (IMAGE_FILE.test(name) && !/\.svg$/i.test(name)) return undefined;
  return /\.svg$/i.test(name)
    ? 'opens an SVG file as a page, where it could run script: show it as an image, ![text](file.svg)'
    : 'links to a file the build would publish as it is; entries link only to pages, images and the web';
}

/**
 * Why a URL attribute's value is not allowed, if it is not: its scheme must
 * be on the allow-list for that attribute (none for what the browser loads,
 * but a raster `data:` image), and a link into the site must lead to a page
 * or an image of the site.
 */
export function urlProblem(
  property: string,
  value: string,
  location: EntryLocation = DEFAULT_LOCATION,
): string | undefined {
  const url = normalizeUrl(value);
  const loaded = RESOURCE_PROPERTIES.has(property);
  if (SCRIPT_URL.test(url)) {
    return `a ${url.slice(0, url.indexOf(':') + 1)} URL runs script`;
  }
  if (url.startsWith('data:')) {
    return loaded && SAFE_DATA_IMAGE.test(url)
      ? undefined
      : 'a data: URL can carry a whole page (only PNG, GIF, JPEG, WebP and AVIF images may be data: URLs)';
  }
  if (url.startsWith('//')) return 'has no scheme; write the full https:// address';
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(url)?.[1];
  if (!scheme) return siteLinkProblem(value, loaded, location);
  const allowed = (ALLOW_LIST.protocols as Record<string, readonly string[]>)[property] ?? [];
  if (!allowed.includes(scheme)) {
    if (loaded && (scheme === 'https' || scheme === 'http')) {
      return 'loads a file from another site, which the site does not allow: add the image to the repository (docs/ or static/img/) and point at it';
    }
    return `${scheme}: URLs are not allowed here; use ${allowed.length > 0 ? allowed.map((s) => `${s}:`).join(', ') : 'a file of this site'}`;
  }
  if (scheme === 'http' || scheme === 'https') {
    let parsed: URL;
    try {
      parsed = new URL(value.trim());
    } catch {
      return 'is not a valid URL';
    }
    if (parsed.username || parsed.password) {
      return 'carries a user name or password (the part before "@"); remove it';
    }
  }
  return undefined;
}
