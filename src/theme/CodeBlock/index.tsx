import {useEffect, useState, type ComponentProps, type ComponentType, type ReactNode} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type OriginalCodeBlock from '@theme-original/CodeBlock';

type Props = ComponentProps<typeof OriginalCodeBlock>;
type CodeBlockModule = {default: ComponentType<Props>};

// The bundler's own module registry, as react-loadable and Docusaurus use it.
declare const __webpack_modules__: Record<string | number, unknown>;
declare const __webpack_require__: (id: string | number) => CodeBlockModule;
declare const require: {resolveWeak: (request: string) => string | number};

const importCodeBlock = () => import('@theme-original/CodeBlock') as Promise<CodeBlockModule>;

/** The code block, if its chunk is already loaded. */
function loadedCodeBlock(): ComponentType<Props> | null {
  const id = require.resolveWeak('@theme-original/CodeBlock');
  return __webpack_modules__[id] ? __webpack_require__(id).default : null;
}

// On the server, import() loads a chunk with a synchronous require(): after
// this call every page renders its code blocks in full.
if (!ExecutionEnvironment.canUseDOM) void importCodeBlock();

/**
 * Highlighting (Prism and its grammars, the copy and wrap buttons) is the
 * biggest part of a page's JavaScript, and few roadmap pages show code: it
 * loads with the first page that renders a code block.
 *
 * Not React.lazy: React's server renderer moves a large Suspense boundary out
 * of place and puts it back with an inline script, which the site's CSP
 * refuses. Instead, a block hydrated before its chunk arrived keeps the HTML
 * the server rendered (the element's own inner HTML is left alone while
 * hydrating), and is rendered for real once the chunk is there.
 */
export default function LazyCodeBlock(props: Props): ReactNode {
  const [CodeBlock, setCodeBlock] = useState(loadedCodeBlock);
  const isBrowser = useIsBrowser();
  // Whether this block was first rendered by hydration (server HTML to keep)
  // or in the browser (nothing to keep).
  const [hydrated] = useState(!isBrowser);
  useEffect(() => {
    if (CodeBlock) return undefined;
    let current = true;
    void importCodeBlock().then((module) => current && setCodeBlock(() => module.default));
    return () => {
      current = false;
    };
  }, [CodeBlock]);
  if (CodeBlock) {
    return (
      <div>
        <CodeBlock {...props} />
      </div>
    );
  }
  // A client-side navigation that outran the chunk: the plain code meanwhile.
  if (!hydrated) {
    return (
      <div>
        <pre>{props.children}</pre>
      </div>
    );
  }
  return <div suppressHydrationWarning dangerouslySetInnerHTML={{__html: ''}} />;
}
