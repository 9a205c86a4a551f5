import {createElement, useLayoutEffect, useRef, type ComponentType} from 'react';
import registry from '@generated/registry';
import {KEEP_SERVER_HTML, useKeptOrLoaded} from './keptServerHtml';

type BodyModule = {default: ComponentType};

/**
 * The loader of an entry's own page's chunk, from the site's route registry:
 * an `import()` of our own would put a second copy of every body in a chunk
 * of its own.
 */
function bodyLoader(source: string): () => Promise<BodyModule> {
  return () => {
    const found = Object.values(registry).find(([, name]) => name === source);
    if (!found) return Promise.reject(new Error(`No route loads ${source}`));
    return found[0]() as Promise<BodyModule>;
  };
}

/** When the reader last scrolled, clicked or pressed a key themselves. */
let readerMovedAt = 0;
if (typeof window !== 'undefined') {
  for (const type of ['wheel', 'touchstart', 'keydown', 'mousedown']) {
    window.addEventListener(type, () => (readerMovedAt = performance.now()), {
      capture: true,
      passive: true,
    });
  }
}

/**
 * Keeps a link's target in view while bodies arrive. After a link to
 * `/roadmap#<id>`, the router scrolls to the theme before the bodies above it
 * have loaded; each body that arrives pushes it down. Scrolled again after
 * each one, until the reader moves on their own.
 */
function useHashTargetKeptInView(loaded: boolean) {
  const since = useRef(0);
  useLayoutEffect(() => {
    if (!loaded) {
      since.current = performance.now();
      return;
    }
    const {hash} = window.location;
    if (since.current === 0 || readerMovedAt > since.current || hash.length < 2) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [loaded]);
}

/**
 * An entry's body on the overview, as the server renders it: in full, in a
 * box the browser's version ({@link keptEntryBody}) hydrates.
 */
export function renderedEntryBody(Body: ComponentType): ComponentType {
  return function EntryBody() {
    return createElement('div', null, createElement(Body));
  };
}

/**
 * Whether a body's server HTML can stay as it is: it has any, and nothing in
 * it needs code to work. In an entry (Markdown, no components) only a code
 * block does: the theme adds its copy and wrap buttons in the browser.
 */
const staticHtml = (box: HTMLDivElement) =>
  box.childElementCount > 0 && box.querySelector('pre, button') === null;

/**
 * An entry's body on the overview, in the browser. The bodies are below the
 * first screen and already in the page's HTML: a reader who opens the
 * overview keeps that HTML and downloads none of their code, unless a body
 * has a part that needs it (a code block). Reached by a link in the site (an
 * empty box), the body loads, once per entry: the chunk of the entry's own
 * page, found by the body's module path (`source`).
 */
export function keptEntryBody(source: string): ComponentType {
  const load = bodyLoader(source);
  let loaded: ComponentType | undefined;
  const now = () => loaded;
  const loadBody = () => load().then((module) => (loaded = module.default));
  return function EntryBody() {
    const {value: Body, kept} = useKeptOrLoaded(now, loadBody, {key: source, keep: staticHtml});
    useHashTargetKeptInView(Body !== undefined);
    // Distinct keys: the box with kept HTML is replaced, never patched.
    return Body
      ? createElement('div', {key: 'body'}, createElement(Body))
      : createElement('div', {key: 'kept', ref: kept, ...KEEP_SERVER_HTML});
  };
}
