const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The language dates are written in for a site language (`htmlLang`):
 * plain `en` keeps the roadmap's day-month-year ("1 August 2022"); a site
 * that wants another English sets `htmlLang`, e.g. `en-US`.
 */
export const dateLanguage = (lang: string) => (lang === 'en' ? 'en-GB' : lang);

/**
 * A date format in a site language and calendar, in UTC, so the same day
 * reads the same on every machine; made once per language and style.
 */
export function dateFormat(
  lang: string,
  calendar: string | undefined,
  style: {dateStyle: 'long'} | {month: 'long'},
): Intl.DateTimeFormat {
  const key = `${lang} ${calendar ?? ''} ${'month' in style ? 'month' : 'day'}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(dateLanguage(lang), {
      ...style,
      timeZone: 'UTC',
      ...(calendar && {calendar}),
    });
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * `2022-08-01` as "1 August 2022" (or "1 août 2022" for `fr`), the same on
 * the server and in the browser: a fixed time zone, and the site's language
 * and calendar, never the reader's machine's.
 */
export function formatDay(date: string, lang = 'en', calendar?: string): string {
  return dateFormat(lang, calendar, {dateStyle: 'long'}).format(new Date(`${date}T00:00:00Z`));
}

/** `{name}` placeholders filled; unknown ones left as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/**
 * Characters that end a line, steer a terminal or reorder text on screen,
 * as a regular-expression class.
 */
export const UNPRINTABLE =
  '\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
// Pure: a page bundle that only formats days drops it.
const UNPRINTABLE_CHARACTER = /* @__PURE__ */ new RegExp(`[${UNPRINTABLE}]`, 'g');

/** Where a value's own line breaks go in a log: an indented line that begins with a bar. */
export const LOG_CONTINUATION = '\n    | ';
// eslint-disable-next-line no-control-regex -- vertical tab and form feed end lines too
const LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/;

/**
 * Text from an entry, made safe to print. A line break in it stays a line
 * break, readable, but the new line starts indented with "| ", so no entry
 * can start a line of its own in a log (`::error` and other CI workflow
 * commands are read after leading spaces, never after a bar); terminal
 * escapes and text-direction overrides become visible `\uXXXX`.
 */
export function escapeForLog(text: string): string {
  return (
    text
      .split(LINE_BREAK)
      .map((line) =>
        line.replace(
          UNPRINTABLE_CHARACTER,
          (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
        ),
      )
      .join(LOG_CONTINUATION)
      // The runner's older command form, `##[command]`, is read anywhere in a line.
      .replace(/##\[/g, '##\\u005b')
  );
}
