import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

type Docusaurus = {prefetch: (path: string) => unknown; preload: (path: string) => unknown};

// Docusaurus downloads the chunks of every page a link in view points to, as
// soon as the link is seen: on the overview, every theme in the table and the
// sidebar, for a reader who may open none. A link still loads its page when
// a pointer rests on it or a finger touches it (`preload`), a moment before
// the click; only prefetching on sight is turned off.
//
// This module runs before Docusaurus puts its helpers on `window`, so it
// takes them as they are put there.
const withoutPrefetch = (helpers: Docusaurus): Docusaurus =>
  Object.freeze({...helpers, prefetch: () => false});

if (ExecutionEnvironment.canUseDOM) {
  // Already there when this module is evaluated again (hot reload in `npm start`).
  const current = (window as {docusaurus?: Docusaurus}).docusaurus;
  let helpers = current && withoutPrefetch(current);
  Object.defineProperty(window, 'docusaurus', {
    configurable: true,
    get: () => helpers,
    set(value: Docusaurus) {
      helpers = withoutPrefetch(value);
    },
  });
}

export {};
