import {
  createElement,
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import useIsBrowser from '@docusaurus/useIsBrowser';

type Module<P> = {default: ComponentType<P>};

// The bundler's own module registry, as react-loadable and Docusaurus use it.
declare const __webpack_modules__: Record<string | number, unknown>;
declare const __webpack_require__: <P>(id: string | number) => Module<P>;

/** Every lazy component, by what its server HTML looks like. */
const lazyComponents: {marker: string; load: () => Promise<unknown>}[] = [];

/**
 * A theme component that loads with the first page rendering it, instead of
 * with every page. `load` imports it; `weakId` is
 * `require.resolveWeak(<the same request>)`, written at the call site so the
 * bundler reads it; `marker` is a CSS selector its server HTML matches.
 *
 * Not React.lazy: React's server renderer moves a large Suspense boundary out
 * of place and puts it back with an inline script, which the site's CSP
 * refuses. Instead, an element hydrated before its chunk arrived keeps the
 * HTML the server rendered (the element's own inner HTML is left alone while
 * hydrating), and is replaced by the real component once its chunk is there,
 * together with the chunks of lazy components that HTML holds (a code block
 * in an admonition), so those render in full too. A page reached by a link
 * in the site shows `Meanwhile` until then.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<Module<P>>,
  weakId: string | number,
  Meanwhile: (props: P) => ReactNode,
  marker: string,
): ComponentType<P> {
  lazyComponents.push({marker, load});
  /** The component, if its chunk is already loaded. */
  const loaded = (): ComponentType<P> | null =>
    __webpack_modules__[weakId] ? __webpack_require__<P>(weakId).default : null;
  // On the server, import() loads a chunk with a synchronous require(): after
  // this call every page renders the component in full.
  if (!ExecutionEnvironment.canUseDOM) void load();

  return function Lazy(props: P): ReactNode {
    const [Component, setComponent] = useState(loaded);
    const isBrowser = useIsBrowser();
    // Whether this element was first rendered by hydration (server HTML to
    // keep) or in the browser (nothing to keep).
    const [hydrated] = useState(!isBrowser);
    const kept = useRef<HTMLDivElement>(null);
    useEffect(() => {
      if (Component) return undefined;
      let current = true;
      const box = kept.current;
      const inside = box
        ? lazyComponents.filter((lazy) => box.querySelector(lazy.marker)).map((lazy) => lazy.load())
        : [];
      void Promise.all([load(), ...inside]).then(
        ([module]) => current && setComponent(() => module.default),
      );
      return () => {
        current = false;
      };
    }, [Component]);
    // Distinct keys: the box with kept HTML is replaced, never patched.
    if (Component) return <div key="loaded">{createElement(Component, props)}</div>;
    if (!hydrated) return <div key="meanwhile">{createElement(Meanwhile, props)}</div>;
    return (
      <div key="kept" ref={kept} suppressHydrationWarning dangerouslySetInnerHTML={{__html: ''}} />
    );
  };
}
