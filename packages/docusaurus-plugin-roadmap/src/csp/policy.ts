const HEAD_START = /<head[^>]*>(\s*<meta charset=[^>]*>)?/i;

/**
 * A policy that allows this site's own origin and nothing else; inline
 * scripts only by the hashes given (the theme's own).
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    // React and Infima set style attributes (`display: none` and the like);
    // without 'unsafe-inline' browsers drop them. Entries may not carry
    // style attributes, and the build scan refuses positioning styles.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Inserts the policy as a meta tag, first in `<head>` after the charset. */
export function withCspMetaTag(html: string, policy: string): string {
  const head = HEAD_START.exec(html);
  if (!head) {
    throw new Error('Cannot add a Content-Security-Policy: the page has no <head>.');
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  const at = head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}
