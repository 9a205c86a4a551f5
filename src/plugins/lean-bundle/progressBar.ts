import type {ClientModule} from '@docusaurus/types';

// The classic theme's progress bar (nprogress), shown when a link in the site
// takes more than 200 ms. It loads with the first such link, not with every
// page: its timer starts once it is here, a moment after the click.
let progressBar: Promise<ClientModule> | undefined;
const load = () =>
  (progressBar ??= import('@docusaurus/theme-classic/lib/nprogress.js').then(
    (module) => module.default,
    (error: unknown) => {
      // Offline, say: the next link tries again; this one goes without a bar.
      progressBar = undefined;
      throw error;
    },
  ));

const lazyProgressBar: ClientModule = {
  onRouteUpdate(args) {
    const {location, previousLocation} = args;
    if (!previousLocation || location.pathname === previousLocation.pathname) return undefined;
    let finished = false;
    let cancel: (() => void) | undefined;
    load().then(
      (bar) => {
        if (!finished) cancel = bar.onRouteUpdate?.(args) ?? undefined;
      },
      () => undefined,
    );
    return () => {
      finished = true;
      cancel?.();
    };
  },
  onRouteDidUpdate(args) {
    progressBar?.then(
      (bar) => bar.onRouteDidUpdate?.(args),
      () => undefined,
    );
  },
};

export default lazyProgressBar;
