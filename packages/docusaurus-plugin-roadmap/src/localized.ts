import {isDeepStrictEqual} from 'node:util';
import path from 'node:path';
import {getPluginI18nPath} from '@docusaurus/utils';
import type {I18n} from '@docusaurus/types';
import {checkEntrySources, type CheckContext, type CheckedEntry} from './check';
import type {EntryFrontMatter} from './schema';
import {loadEntrySources} from './source';
import type {Problem} from './types';

/*
 * Entries in the site's other languages. The docs plugin renders a
 * translated page from `i18n/<locale>/docusaurus-plugin-content-docs[-<id>]/current/`,
 * under the same path as its source; the roadmap reads the same file, checks
 * it like any entry (a translation comes from a pull request too), and takes
 * its text. Everything else (id, status, order, dates, links, owner) is the
 * source's: a translation that differs there is an error, never a second truth.
 */

/** Front-matter fields a translation may word differently: text, and only text. */
export const TRANSLATABLE_FIELDS = [
  'title',
  'summary',
  'dropped_reason',
  'description',
  'keywords',
  'sidebar_label',
] as const satisfies readonly (keyof EntryFrontMatter)[];

/** Where the docs plugin reads a locale's translated docs, from the site root. */
export function localizedDocsDir({
  siteDir,
  localizationDir,
  docsPluginId,
}: {
  siteDir: string;
  localizationDir: string;
  docsPluginId: string;
}): string {
  return path
    .relative(
      siteDir,
      getPluginI18nPath({
        localizationDir,
        pluginName: 'docusaurus-plugin-content-docs',
        pluginId: docsPluginId,
        subPaths: ['current'],
      }),
    )
    .split(path.sep)
    .join('/');
}

/** Each locale other than the default, with its docs folder from the site root. */
export function translationDirs(
  {siteDir, i18n}: {siteDir: string; i18n: I18n},
  docsPluginId: string,
): {locale: string; localizedDir: string}[] {
  return i18n.locales
    .filter((locale) => locale !== i18n.defaultLocale)
    .map((locale) => ({
      locale,
      localizedDir: localizedDocsDir({
        siteDir,
        // As Docusaurus places a locale's folder (`loadContext`).
        localizationDir: path.resolve(
          siteDir,
          i18n.path,
          i18n.localeConfigs[locale]?.path ?? locale,
        ),
        docsPluginId,
      }),
    }));
}

/**
 * Checks a locale's translated entries against their sources. Returns each
 * translation by its source's file (`docs/roadmap/x.md`), and the problems,
 * each naming both files.
 */
export async function checkTranslations(
  sources: readonly CheckedEntry[],
  {
    siteDir,
    docsDir,
    entriesDir,
    localizedDir,
    context,
  }: {
    siteDir: string;
    docsDir: string;
    entriesDir: string;
    /** The locale's docs folder from the site root ({@link localizedDocsDir}). */
    localizedDir: string;
    context: CheckContext;
  },
): Promise<{translations: Map<string, CheckedEntry>; problems: Problem[]}> {
  const files = await loadEntrySources({siteDir, docsDir: localizedDir, entriesDir});
  const checked = checkEntrySources(files, {...context, overview: undefined});
  const problems = [...checked.problems];
  const sourceDir = path.posix.join(docsDir.split(path.sep).join('/'), entriesDir);
  const translatedDir = path.posix.join(localizedDir, entriesDir);
  const bySource = new Map(sources.map((entry) => [entry.source.file, entry]));
  const translations = new Map<string, CheckedEntry>();
  for (const translated of checked.entries) {
    const file = translated.source.file;
    const sourceFile = path.posix.join(sourceDir, path.posix.relative(translatedDir, file));
    const source = bySource.get(sourceFile);
    if (!source) {
      problems.push({
        file,
        message: `translates ${sourceFile}, which does not exist: remove the translation, or move it to the path of the entry it translates`,
      });
      continue;
    }
    const differing = differingFields(source.data, translated.data);
    for (const field of differing) {
      problems.push({
        file,
        field,
        message: `differs from ${sourceFile}: a translation may change only its text (${TRANSLATABLE_FIELDS.join(', ')} and the body); copy "${field}" from the source`,
      });
    }
    if (differing.length === 0) translations.set(sourceFile, translated);
  }
  return {translations, problems};
}

/** The front-matter fields, other than text, in which a translation differs. */
function differingFields(source: EntryFrontMatter, translated: EntryFrontMatter): string[] {
  const text = new Set<string>(TRANSLATABLE_FIELDS);
  const fields = new Set([...Object.keys(source), ...Object.keys(translated)]);
  return [...fields]
    .filter((field) => !text.has(field))
    .filter(
      (field) =>
        !isDeepStrictEqual(
          source[field as keyof EntryFrontMatter],
          translated[field as keyof EntryFrontMatter],
        ),
    )
    .sort();
}

/** An entry's data in a locale: its translation's text over the source. */
export function withTranslation(
  source: CheckedEntry,
  translation: CheckedEntry | undefined,
): CheckedEntry {
  if (!translation) return source;
  const data = {...source.data};
  for (const field of TRANSLATABLE_FIELDS) {
    (data as Record<string, unknown>)[field] = translation.data[field];
  }
  return {...source, data, headings: translation.headings, idAttributes: translation.idAttributes};
}

/**
 * The roadmap in a locale other than the default: each entry with its
 * translation's text, or as written, marked with the language it is in
 * (`lang`, the default locale's `htmlLang`) so readers and screen readers
 * know. Problems of the translations come with the source's.
 */
export async function localizeEntries(
  checked: {entries: CheckedEntry[]; problems: Problem[]},
  options: Parameters<typeof checkTranslations>[1] & {sourceLang: string},
): Promise<{entries: CheckedEntry[]; problems: Problem[]}> {
  const {translations, problems} = await checkTranslations(checked.entries, options);
  return {
    entries: checked.entries.map((entry) => {
      const translation = translations.get(entry.source.file);
      return translation
        ? withTranslation(entry, translation)
        : {...entry, lang: options.sourceLang};
    }),
    problems: [...checked.problems, ...problems],
  };
}
