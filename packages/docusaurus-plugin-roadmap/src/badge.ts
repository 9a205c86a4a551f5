import type {Status} from './statuses';
import type {RoadmapEntry} from './types';

/** Dark enough for white text at WCAG AA (4.5:1) on every status. */
export const BADGE_COLOURS: Record<Status | 'label', string> = {
  label: '#4b535b',
  next: '#1f6e43',
  future: '#5b4a9e',
  shipped: '#1b5f9e',
  dropped: '#6a6a6a',
};

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Verdana 11px, about: wide enough for any text, not a pixel-perfect measure. */
const width = (text: string) => Math.round([...text].length * 7 + 12);

/** A badge's words, in the site's language. */
export interface BadgeWords {
  roadmap: string;
  shipped: string;
  yes: string;
}

const ENGLISH_BADGE: BadgeWords = {roadmap: 'roadmap', shipped: 'shipped', yes: 'yes'};

/**
 * The badge's two halves: "roadmap | next", "shipped | 1.14.0". The status
 * stays the tag itself, as entries write it.
 */
export function badgeText(
  entry: Pick<RoadmapEntry, 'status' | 'shipped_in'>,
  words: BadgeWords = ENGLISH_BADGE,
): [string, string] {
  if (entry.status === 'shipped') return [words.shipped, entry.shipped_in?.version ?? words.yes];
  return [words.roadmap, entry.status];
}

/**
 * A theme's status badge: a small static SVG for READMEs and tracking
 * issues, with a `<title>` for screen readers. Text only, no script, no
 * external reference: it is served as a file, and the CSP scan checks it.
 */
export function badgeSvg(
  entry: Pick<RoadmapEntry, 'title' | 'status' | 'shipped_in'>,
  /** A site's own colours over the defaults (the `badgeColors` option). */
  colours: Partial<Record<Status | 'label', string>> = {},
  words: BadgeWords = ENGLISH_BADGE,
): string {
  const fill = {...BADGE_COLOURS, ...colours};
  const [label, value] = badgeText(entry, words);
  const left = width(label);
  const right = width(value);
  const total = left + right;
  const title = escape(`${entry.title}, ${label}: ${value}`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${total}" height="20" role="img" aria-label="${title}">
<title>${title}</title>
<rect width="${left}" height="20" fill="${fill.label}"/>
<rect x="${left}" width="${right}" height="20" fill="${fill[entry.status]}"/>
<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle">
<text x="${left / 2}" y="14">${escape(label)}</text>
<text x="${left + right / 2}" y="14">${escape(value)}</text>
</g>
</svg>
`;
}
