/** URLs that run script when followed or loaded. */
export const SCRIPT_URL = /^(?:javascript|vbscript):/;

/** `data:` URLs that are only ever an image (no SVG: it can hold script). */
export const SAFE_DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif);/;

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
