import type {Props} from '@theme/Admonition';
import {lazyComponent} from '../../plugins/lean-bundle/lazyComponent';

/**
 * Admonitions (`:::note` and its kin, with their icons) load with the first
 * page that shows one: the roadmap's pages rarely do. Until then, the text.
 */
export default lazyComponent<Props>(
  () => import('@theme-original/Admonition'),
  require.resolveWeak('@theme-original/Admonition'),
  (props) => (
    <div role="note">
      {props.title && <strong>{props.title}</strong>}
      {props.children}
    </div>
  ),
  '.theme-admonition',
);
