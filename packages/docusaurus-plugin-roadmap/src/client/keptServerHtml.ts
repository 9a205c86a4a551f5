import {useEffect, useRef, useState, type RefObject} from 'react';

/**
 * Props of the box that stands in for a part not loaded yet: hydrating, React
 * keeps whatever HTML the server rendered in it; after a link in the site it
 * is empty until the part arrives.
 */
export const KEEP_SERVER_HTML = {
  dangerouslySetInnerHTML: {__html: ''},
  suppressHydrationWarning: true,
} as const;

const hasServerHtml = (box: HTMLDivElement) => box.childElementCount > 0;

/**
 * A part of a page the server renders at once and a browser loads only when
 * it must: `now()` is the part if it is at hand (always on the server), and
 * `load` fetches it. Render `<div ref={kept} {...KEEP_SERVER_HTML} />` while
 * the value is undefined: a page opened directly keeps the server's HTML there
 * and loads nothing; a page reached by a link (an empty box) loads the part.
 * `key` names the page the box belongs to, so the next page's box is looked
 * at again; `load` and `keep` must be stable across renders.
 */
export function useKeptOrLoaded<T>(
  now: () => T | undefined,
  load: () => Promise<T>,
  {
    key,
    enabled = true,
    keep = hasServerHtml,
  }: {
    key: string;
    enabled?: boolean;
    /** Whether what the box holds may stay as is (default: anything). */
    keep?: (box: HTMLDivElement) => boolean;
  },
): {value: T | undefined; kept: RefObject<HTMLDivElement | null>} {
  const [value, setValue] = useState<T | undefined>(now);
  const kept = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (value !== undefined || !enabled || (kept.current && keep(kept.current))) return;
    let live = true;
    // A function-valued part (a component) is stored as is, not called.
    void load().then((loaded) => live && setValue(() => loaded));
    return () => {
      live = false;
    };
  }, [value, load, enabled, key, keep]);
  return {value, kept};
}
