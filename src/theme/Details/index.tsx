import type {Props} from '@theme/Details';
import {lazyComponent} from '../../plugins/lean-bundle/lazyComponent';

declare const require: {resolveWeak: (request: string) => string | number};

/**
 * The animated `<details>` loads with the first page that shows one. Until
 * then (and in a page's HTML), the browser's own `<details>` opens and closes.
 */
export default lazyComponent<Props>(
  () => import('@theme-original/Details'),
  require.resolveWeak('@theme-original/Details'),
  ({summary, children, className}) => (
    <details className={className}>
      {summary}
      {children}
    </details>
  ),
);
