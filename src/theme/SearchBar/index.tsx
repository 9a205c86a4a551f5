import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentProps,
  type ReactNode,
} from 'react';
import {useLocation} from '@docusaurus/router';

// The search plugin's bar (its autocomplete, worker client and results UI)
// loads on the first sign of interest (pointer over the box, focus, touch,
// Ctrl/⌘+K) instead of with every page: most readers never search.
const SearchBar = lazy(() => import('@theme-original/SearchBar'));

/** A page reached from a search result highlights the terms: load at once. */
const HIGHLIGHT_PARAM = '_highlight';

interface HandOver {
  /** The reader is in the box (or pressed the shortcut): keep them there. */
  focus: boolean;
  /** What they typed before the real box arrived. */
  typed: string;
}

/** The same box, drawn with Infima's own search input styles. */
function StandIn({
  typed,
  keepFocus,
  onInput,
  onWanted,
}: {
  typed: string;
  keepFocus: boolean;
  /** The reader typed, focused or left the box. */
  onInput: (change: Partial<HandOver>) => void;
  onWanted?: () => void;
}): ReactNode {
  return (
    // Spaced as the search plugin's bar is (16px from its neighbour).
    <div className="navbar__search margin-left--md">
      <input
        className="navbar__search-input"
        placeholder="Search"
        aria-label="Search"
        defaultValue={typed}
        // The reader was already in the box that this one replaces.
        ref={(input) => {
          if (keepFocus) input?.focus();
        }}
        onChange={(event) => onInput({typed: event.target.value})}
        onFocus={() => {
          onInput({focus: true});
          onWanted?.();
        }}
        // Not when React swaps this box for the next one.
        onBlur={(event) => event.target.isConnected && onInput({focus: false})}
        onPointerEnter={onWanted}
        onTouchStart={onWanted}
      />
    </div>
  );
}

/**
 * Calls back once its children are mounted, that is once the chunk arrived:
 * in the same task as the swap (a layout effect), so no key the reader
 * presses meanwhile lands on the page instead of a box. Only ever rendered in
 * the browser, after the reader reached for the search.
 */
function Mounted({children, onMount}: {children: ReactNode; onMount: () => void}): ReactNode {
  useLayoutEffect(onMount, [onMount]);
  return children;
}

// React tracks an input's value through its own setter: set it through the
// native one and announce it, so the search bar's onChange sees the text.
function typeInto(input: HTMLInputElement, text: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
  input.dispatchEvent(new Event('input', {bubbles: true}));
}

export default function LazySearchBar(props: ComponentProps<typeof SearchBar>): ReactNode {
  const {search} = useLocation();
  // Null until wanted; then what the stand-in held at that moment.
  const [wanted, setWanted] = useState<HandOver | null>(() =>
    new URLSearchParams(search).has(HIGHLIGHT_PARAM) ? {focus: false, typed: ''} : null,
  );
  const handOver = useRef<HandOver>({focus: false, typed: ''});
  const container = useRef<HTMLDivElement>(null);

  const want = useCallback(() => setWanted({...handOver.current}), []);
  const onInput = useCallback((change: Partial<HandOver>) => {
    Object.assign(handOver.current, change);
  }, []);

  useEffect(() => {
    if (wanted) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        handOver.current.focus = true;
        want();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [wanted, want]);

  const onMount = useCallback(() => {
    const input = container.current?.querySelector('input');
    const {focus, typed} = handOver.current;
    if (!input) return;
    if (typed) typeInto(input, typed);
    if (focus) input.focus();
  }, []);

  if (!wanted) {
    return <StandIn typed="" keepFocus={false} onInput={onInput} onWanted={want} />;
  }
  return (
    <div ref={container}>
      <Suspense
        fallback={<StandIn typed={wanted.typed} keepFocus={wanted.focus} onInput={onInput} />}
      >
        <Mounted onMount={onMount}>
          <SearchBar {...props} />
        </Mounted>
      </Suspense>
    </div>
  );
}
