import {createElement, type ComponentType} from 'react';
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
    // Distinct keys: the box with kept HTML is replaced, never patched.
    return Body
      ? createElement('div', {key: 'body'}, createElement(Body))
      : createElement('div', {key: 'kept', ref: kept, ...KEEP_SERVER_HTML});
  };
}
