/**
 * The Docusaurus minors the plugin supports, as the compatibility matrix
 * tests them: the one list the matrix script, the workflow and the
 * package README's supported-versions table are checked against.
 */
export interface SupportedMinor {
  /** The release the matrix installs for this minor (its last patch). */
  docusaurus: string;
  /** React majors this Docusaurus supports (React 19 from 3.7). */
  react: readonly ('18' | '19')[];
  /**
   * webpack as a site's lockfile of the time held it: a fresh install pulls
   * today's webpack, which these releases predate (3.5 deep-imports files
   * that webpack 5.112 moved; webpackbar in 3.6–3.9 fails the ProgressPlugin
   * options schema of 5.113). null: the release's own range works.
   */
  webpack: string | null;
  /** The config key of the faster bundler (Rspack, SWC), null before 3.6. */
  fasterKey: 'experimental_faster' | 'faster' | null;
  /** Whether `future.v4` exists (3.8 on). */
  v4: boolean;
}

export const SUPPORTED: readonly SupportedMinor[] = [
  {docusaurus: '3.5.2', react: ['18'], webpack: '~5.94.0', fasterKey: null, v4: false},
  {
    docusaurus: '3.6.3',
    react: ['18'],
    webpack: '~5.101.0',
    fasterKey: 'experimental_faster',
    v4: false,
  },
  {
    docusaurus: '3.7.0',
    react: ['18', '19'],
    webpack: '~5.101.0',
    fasterKey: 'experimental_faster',
    v4: false,
  },
  {
    docusaurus: '3.8.1',
    react: ['18', '19'],
    webpack: '~5.101.0',
    fasterKey: 'experimental_faster',
    v4: true,
  },
  {
    docusaurus: '3.9.2',
    react: ['18', '19'],
    webpack: '~5.101.0',
    fasterKey: 'experimental_faster',
    v4: true,
  },
  {docusaurus: '3.10.2', react: ['18', '19'], webpack: null, fasterKey: 'faster', v4: true},
];

export const OLDEST = SUPPORTED[0]!;

export interface CompatTarget {
  docusaurus: string;
  react: '18' | '19';
  faster: boolean;
  v4: boolean;
}

/** The supported minor a version belongs to, or an error that lists them. */
export function supportedMinor(version: string): SupportedMinor {
  const minor = (v: string) => v.split('.').slice(0, 2).join('.');
  const found = SUPPORTED.find((entry) => minor(entry.docusaurus) === minor(version));
  if (!found) {
    throw new Error(
      `Docusaurus ${version} is not a supported minor; supported: ${SUPPORTED.map((e) => minor(e.docusaurus)).join(', ')}.`,
    );
  }
  return found;
}

/** Refuses a combination the Docusaurus release itself does not offer. */
export function checkTarget(target: CompatTarget): SupportedMinor {
  const minor = supportedMinor(target.docusaurus);
  if (!/^3\.\d+\.\d+$/.test(target.docusaurus)) {
    throw new Error(
      `--docusaurus takes a release such as ${minor.docusaurus}, not "${target.docusaurus}".`,
    );
  }
  if (!minor.react.includes(target.react)) {
    throw new Error(
      `Docusaurus ${target.docusaurus} supports React ${minor.react.join(' and ')}, not ${target.react}.`,
    );
  }
  if (target.faster && !minor.fasterKey) {
    throw new Error(
      `Docusaurus ${target.docusaurus} has no faster bundler (it came in 3.6): drop --faster.`,
    );
  }
  if (target.v4 && !minor.v4) {
    throw new Error(
      `Docusaurus ${target.docusaurus} has no v4 future flags (they came in 3.8): drop --v4.`,
    );
  }
  return minor;
}

/** Reads `--docusaurus 3.5.2 --react 18 --faster --v4`; no arguments: the oldest claimed. */
export function parseCompatArgs(args: readonly string[]): CompatTarget {
  const target: CompatTarget = {
    docusaurus: OLDEST.docusaurus,
    react: OLDEST.react[0]!,
    faster: false,
    v4: false,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const next = args[++i];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value.`);
      return next;
    };
    if (arg === '--docusaurus') target.docusaurus = value();
    else if (arg === '--react') {
      const react = value();
      if (react !== '18' && react !== '19')
        throw new Error(`--react takes 18 or 19, not "${react}".`);
      target.react = react;
    } else if (arg === '--faster') target.faster = true;
    else if (arg === '--v4') target.v4 = true;
    else
      throw new Error(
        `Unknown argument "${arg}". Usage: test:compat -- --docusaurus <3.x.y> --react <18|19> [--faster] [--v4]`,
      );
  }
  checkTarget(target);
  return target;
}
