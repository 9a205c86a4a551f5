const DAY = new Intl.DateTimeFormat('en-GB', {dateStyle: 'long', timeZone: 'UTC'});

/** `2022-08-01` as "1 August 2022", the same on the server and in the browser. */
export function formatDay(date: string): string {
  return DAY.format(new Date(`${date}T00:00:00Z`));
}

/**
 * Characters that end a line, steer a terminal or reorder text on screen,
 * as a regular-expression class.
 */
export const UNPRINTABLE = String.raw`\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069`;
const UNPRINTABLE_CHARACTER = new RegExp(`[${UNPRINTABLE}]`, 'g');

/**
 * Text from an entry, made safe to print: line breaks, terminal escapes and
 * text-direction overrides become visible `\uXXXX`, so no entry can start a
 * line of its own in a log (`::error` and other CI workflow commands).
 */
export function escapeForLog(text: string): string {
  return text.replace(
    UNPRINTABLE_CHARACTER,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
