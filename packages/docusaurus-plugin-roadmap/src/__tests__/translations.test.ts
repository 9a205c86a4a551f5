import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {formatDay} from '../format';
import {formatPeriod, parsePeriod, PERIOD_MESSAGES} from '../period';
import {ENGLISH_STORY, pluralForm, STORY_MESSAGE_IDS, storyLines} from '../story';
import {
  defaultPluginMessages,
  ENGLISH,
  fromTranslationFile,
  LOCALES_DIR,
  PLUGIN_MESSAGES,
  pluginTranslationFile,
  wordsFor,
} from '../translations';
import type {StoryEvent} from '../memory';

/** The locales the package promises (README, issue): each must be complete. */
const PROMISED = ['ar', 'de', 'es', 'fr', 'ja', 'ko', 'pt-BR', 'zh-Hans'];

const read = (locale: string, name: string) =>
  JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, `${name}.json`), 'utf8')) as Record<
    string,
    string
  >;
const base = read('base', 'code');
const locales = readdirSync(LOCALES_DIR, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && entry.name !== 'base')
  .map((entry) => entry.name)
  .sort();

const placeholders = (message: string): string[] => (message.match(/\{\w+\}/g) ?? []).sort();

/** Plural categories in Docusaurus's order, as `usePluralForm` counts the forms. */
function categories(locale: string): string[] {
  const found = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
  return ['zero', 'one', 'two', 'few', 'many', 'other'].filter((c) => found.includes(c));
}

/** What is wrong with a translated catalog against the English one. */
function problems(
  locale: string,
  english: Record<string, string>,
  translated: Record<string, string>,
) {
  const found: string[] = [];
  const missing = Object.keys(english).filter((id) => !Object.hasOwn(translated, id));
  const extra = Object.keys(translated).filter((id) => !Object.hasOwn(english, id));
  if (missing.length > 0) found.push(`missing ${missing.join(', ')}`);
  if (extra.length > 0) found.push(`unknown ${extra.join(', ')}`);
  for (const [id, message] of Object.entries(translated)) {
    if (!Object.hasOwn(english, id)) continue;
    if (typeof message !== 'string' || message.trim() === '') {
      found.push(`${id} is empty`);
      continue;
    }
    const forms = message.split('|');
    const englishForms = english[id]!.split('|');
    const all = placeholders(englishForms.at(-1)!);
    if (englishForms.length === 1 && forms.length > 1) found.push(`${id} has plural forms`);
    if (forms.length > categories(locale).length) {
      found.push(`${id} has ${forms.length} forms; ${locale} has ${categories(locale).length}`);
    }
    // The last form ("other") says everything; a form for one or two may
    // say its number in words, never a placeholder the English lacks.
    if (placeholders(forms.at(-1)!).join() !== all.join()) {
      found.push(`${id}: placeholders ${placeholders(forms.at(-1)!).join()} ≠ ${all.join()}`);
    }
    for (const form of forms) {
      const unknown = placeholders(form).filter((name) => !all.includes(name));
      if (unknown.length > 0) found.push(`${id}: unknown placeholder ${unknown.join()}`);
      const kept = all.filter((name) => name !== '{count}');
      if (kept.some((name) => !form.includes(name))) found.push(`${id}: a form drops a value`);
    }
  }
  return found;
}

describe('the bundled translations', () => {
  it('base/code.json lists every id of the theme, as write-translations finds them', async () => {
    const {extractThemeMessages} = (await import('../../translations.mjs')) as {
      extractThemeMessages: () => Promise<Record<string, string>>;
    };
    assert.deepEqual(
      await extractThemeMessages(),
      base,
      'run "node translations.mjs" in the package, then translate the new ids',
    );
    assert.ok(Object.keys(base).every((id) => id.startsWith('theme.roadmap.')));
  });

  it('has every promised locale', () => {
    assert.deepEqual(
      PROMISED.filter((locale) => !locales.includes(locale)),
      [],
    );
  });

  for (const locale of locales) {
    it(`${locale}: every id of both catalogs, no other, placeholders and plural forms intact`, () => {
      assert.deepEqual(problems(locale, base, read(locale, 'code')), []);
      assert.deepEqual(problems(locale, ENGLISH, read(locale, 'plugin')), []);
    });
  }

  it('the server reads the same English as the components write', () => {
    for (const [key, id] of Object.entries(STORY_MESSAGE_IDS)) {
      assert.equal(base[id], ENGLISH_STORY[key as keyof typeof ENGLISH_STORY], id);
    }
    for (const {id, message} of Object.values(PERIOD_MESSAGES)) assert.equal(base[id], message);
  });

  it('the check itself catches a dropped placeholder and a missing id', () => {
    const broken: Record<string, string> = {
      ...read('fr', 'code'),
      'theme.roadmap.story.added': 'Ajouté',
    };
    delete broken['theme.roadmap.story.moved'];
    assert.deepEqual(problems('fr', base, broken), [
      'missing theme.roadmap.story.moved',
      'theme.roadmap.story.added: placeholders  ≠ {status}',
      'theme.roadmap.story.added: a form drops a value',
    ]);
  });
});

describe('the server in the site language', () => {
  const i18n = (currentLocale: string) => ({
    defaultLocale: 'en',
    locales: ['en', currentLocale],
    path: 'i18n',
    currentLocale,
    localeConfigs: {
      [currentLocale]: {
        label: currentLocale,
        htmlLang: currentLocale,
        direction: 'ltr' as const,
        calendar: 'gregory',
        path: currentLocale,
        translate: true,
        url: 'https://example.com',
        baseUrl: '/',
      },
    },
  });

  it('takes the package words, then a site option, then the site file', async () => {
    const defaults = await defaultPluginMessages('fr', {future: {group: 'Plus tard'}});
    assert.equal(defaults['status.next.label'], read('fr', 'plugin')['status.next.label']);
    assert.equal(defaults['status.future.group'], 'Plus tard');
    const file = pluginTranslationFile(defaults);
    assert.equal(file.path, 'options');
    assert.equal(
      file.content['feed.title']!.description,
      PLUGIN_MESSAGES['feed.title'].description,
    );
    const site = {...file, content: {...file.content, 'badge.roadmap': {message: 'plan'}}};
    const messages = fromTranslationFile(site, defaults);
    const words = await wordsFor(i18n('fr'), messages, {
      'theme.roadmap.story.added': 'Ajouté à « {status} » (site)',
    });
    assert.equal(words.badge.roadmap, 'plan');
    assert.equal(words.statuses.future.group, 'Plus tard');
    assert.equal(words.statuses.next.anchor, 'whats-next');
    // The site's code.json wins over the package's for the feeds' story sentences.
    assert.equal(words.story.added, 'Ajouté à « {status} » (site)');
    assert.equal(words.story.moved, read('fr', 'code')['theme.roadmap.story.moved']);
    assert.equal(words.say('ownerPage.title', {owner: 'SIG'}), fillFr('ownerPage.title', 'SIG'));
  });

  it('a locale the package lacks falls back to English, and a regional one to its language', async () => {
    assert.deepEqual(await defaultPluginMessages('sv'), ENGLISH);
    assert.equal(
      (await defaultPluginMessages('fr-CA'))['status.next.label'],
      read('fr', 'plugin')['status.next.label'],
    );
  });

  it('writes dates, periods and plurals with Intl, the same on every machine', () => {
    assert.equal(formatDay('2022-08-01'), '1 August 2022');
    assert.equal(formatDay('2022-08-01', 'fr'), '1 août 2022');
    assert.equal(formatDay('2022-08-01', 'de'), '1. August 2022');
    assert.equal(formatDay('2022-08-01', 'ja'), '2022年8月1日');
    const q3 = parsePeriod('2022-Q3');
    assert.equal(formatPeriod(q3, PERIOD_MESSAGES.long.message), 'July through September 2022');
    assert.equal(
      formatPeriod(q3, read('fr', 'code')['theme.roadmap.period.short']!, 'fr'),
      fillPeriodFr(),
    );
    // Arabic has six plural forms; Docusaurus's order picks them.
    const rules = new Intl.PluralRules('ar');
    const six = 'zero|one|two|few|many|other';
    assert.deepEqual(
      [0, 1, 2, 3, 11, 100].map((n) => pluralForm(six, n, rules)),
      ['zero', 'one', 'two', 'few', 'many', 'other'],
    );
  });

  it('tells a story in the site language, carry-overs counted with its plural rules', async () => {
    const words = await wordsFor(i18n('fr'), await defaultPluginMessages('fr'), {});
    const carried = (quarter: string): StoryEvent => ({
      kind: 'carried-over',
      quarter,
      date: `${quarter.slice(0, 4)}-06-30`,
      status: 'next',
    });
    const lines = storyLines([carried('2022-Q2'), carried('2022-Q3')], words.statuses, words.story);
    assert.equal(lines.length, 1);
    assert.doesNotMatch(lines[0]!.text, /Carried|\{/);
    assert.match(lines[0]!.text, /2/);
    assert.match(lines[0]!.when, /^T2 2022 .+ T3 2022$/);
  });
});

function fillFr(id: 'ownerPage.title', owner: string): string {
  return read('fr', 'plugin')[id]!.replace('{owner}', owner);
}

function fillPeriodFr(): string {
  return read('fr', 'code')
    ['theme.roadmap.period.short']!.replace('{from}', 'juillet')
    .replace('{to}', 'septembre')
    .replace('{year}', '2022');
}
