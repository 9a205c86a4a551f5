import Head from '@docusaurus/Head';
import type {Props} from '@theme/ContentVisibility';
import {lazyComponent} from '../../plugins/lean-bundle/lazyComponent';

const Banners = lazyComponent<Props>(
  () => import('@theme-original/ContentVisibility'),
  require.resolveWeak('@theme-original/ContentVisibility'),
  () => null,
  '.theme-unlisted-banner, .theme-draft-banner',
);

/**
 * The banners of an unlisted or draft page load with such a page: no other
 * page shows them. The same test as the theme's own component, which reads
 * the front matter too because in `npm start` `metadata.unlisted` is false.
 * The unlisted page's `noindex` is rendered here, not with the banner: the
 * head keeps only the tags of what is mounted, and the banner mounts late.
 * The same tag as the theme's `UnlistedMetadata`, whose module would bring
 * every banner's text along.
 */
export default function ContentVisibility(props: Props) {
  const {unlisted, frontMatter} = props.metadata;
  const isUnlisted = unlisted || frontMatter.unlisted;
  if (!isUnlisted && !frontMatter.draft) return null;
  return (
    <>
      {isUnlisted && (
        <Head>
          <meta name="robots" content="noindex, nofollow" />
        </Head>
      )}
      <Banners {...props} />
    </>
  );
}
