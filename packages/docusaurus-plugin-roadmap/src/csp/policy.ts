import type {DefaultTreeAdapterMap} from 'parse5';
import {parsePage} from './scan';

type Document = DefaultTreeAdapterMap['document'];
type Element = DefaultTreeAdapterMap['element'];

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

const childElement = (parent: {childNodes: DefaultTreeAdapterMap['childNode'][]}, tag?: string) =>
  parent.childNodes.find(
    (node): node is Element => 'tagName' in node && (tag === undefined || node.tagName === tag),
  );

/**
 * Where the policy goes: first in `<head>`, after its `<meta charset>`, in
 * the page as the parser reads it (`document` parsed with source locations).
 * A minifier may leave out the `<head>` tag, which HTML allows: the head's
 * first element marks it then.
 */
export function policyOffset(document: Document): number {
  const html = childElement(document, 'html');
  const head = html && childElement(html, 'head');
  const first = head && childElement(head);
  if (first?.tagName === 'meta' && first.attrs.some((a) => a.name === 'charset')) {
    const end = first.sourceCodeLocation?.endOffset;
    if (end !== undefined) return end;
  }
  const start =
    head?.sourceCodeLocation?.startTag?.endOffset ?? first?.sourceCodeLocation?.startOffset;
  if (start === undefined) {
    throw new Error('Cannot add a Content-Security-Policy: the page has no <head>.');
  }
  return start;
}

/**
 * Inserts the policy as a meta tag, first in `<head>` after the charset;
 * `at` when the page has been parsed already (`policyOffset`).
 */
export function withCspMetaTag(
  html: string,
  policy: string,
  at = policyOffset(parsePage(html)),
): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  return html.slice(0, at) + meta + html.slice(at);
}
