import {createHash} from 'node:crypto';

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g;
const APP_ROOT = /<div id="?__docusaurus"?[\s>]/;
const HEAD_START = /<head[^>]*>(\s*<meta charset=[^>]*>)?/i;

/** Types of `<script>` the browser does not run, so CSP does not apply. */
function isDataBlock(attributes: string): boolean {
  const type = /\stype="?([^"\s>]+)/.exec(attributes)?.[1];
  return type !== undefined && !/^(text\/javascript|module)$/i.test(type);
}

/**
 * Hashes of the inline scripts Docusaurus puts before the app root (the
 * colour-mode script, for one). Scripts inside the rendered content are not
 * allowed: content is never a place for code.
 */
export function trustedInlineScriptHashes(html: string): string[] {
  const rootAt = html.search(APP_ROOT);
  const head = rootAt === -1 ? html : html.slice(0, rootAt);
  const hashes = new Set<string>();
  for (const [, attributes, body] of head.matchAll(INLINE_SCRIPT)) {
    if (isDataBlock(attributes!)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body!).digest('base64')}'`);
  }
  return [...hashes];
}

/** A policy that allows this site's own origin and nothing else. */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    // React and Infima set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Inserts the page's CSP as a meta tag, first in `<head>` after the charset. */
export function withCspMetaTag(html: string): string {
  const head = HEAD_START.exec(html);
  if (!head) {
    throw new Error('Cannot add a Content-Security-Policy: the page has no <head>.');
  }
  const policy = contentSecurityPolicy(trustedInlineScriptHashes(html));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  const at = head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}
