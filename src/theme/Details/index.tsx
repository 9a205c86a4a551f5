import type {Props} from '@theme/Details';
import {lazyComponent} from '../../plugins/lean-bundle/lazyComponent';

/**
 * The animated `<details>` loads with the first page that shows one. Until
 * then (and in a page's HTML), the browser's own `<details>` opens and closes.
 */
export default lazyComponent<Props>(
  () => import('@theme-original/Details'),
  require.resolveWeak('@theme-original/Details'),
  ({summary, children, ...attributes}) => (
    <details {...attributes}>
      {summary}
      {children}
    </details>
  ),
  'details',
);
