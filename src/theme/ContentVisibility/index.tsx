import type {Props} from '@theme/ContentVisibility';
import {lazyComponent} from '../../plugins/lean-bundle/lazyComponent';

declare const require: {resolveWeak: (request: string) => string | number};

const Banners = lazyComponent<Props>(
  () => import('@theme-original/ContentVisibility'),
  require.resolveWeak('@theme-original/ContentVisibility'),
  () => null,
);

/**
 * The banners of an unlisted or draft page load with such a page: no other
 * page shows them. The same test as the theme's own component, which reads
 * the front matter too because in `npm start` `metadata.unlisted` is false.
 */
export default function ContentVisibility(props: Props) {
  const {unlisted, frontMatter} = props.metadata;
  return unlisted || frontMatter.unlisted || frontMatter.draft ? <Banners {...props} /> : null;
}
