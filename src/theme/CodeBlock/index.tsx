import type {ComponentProps} from 'react';
import type OriginalCodeBlock from '@theme-original/CodeBlock';
import {lazyComponent} from '../../plugins/lean-bundle/lazyComponent';

type Props = ComponentProps<typeof OriginalCodeBlock>;

/**
 * Highlighting (Prism and its grammars, the copy and wrap buttons) is the
 * biggest part of a page's JavaScript, and few roadmap pages show code: it
 * loads with the first page that renders a code block. Until then, the plain
 * code.
 */
export default lazyComponent<Props>(
  () => import('@theme-original/CodeBlock'),
  require.resolveWeak('@theme-original/CodeBlock'),
  (props) => <pre>{props.children}</pre>,
  '.theme-code-block',
);
