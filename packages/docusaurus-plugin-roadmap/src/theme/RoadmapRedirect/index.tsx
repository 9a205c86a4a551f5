import {useEffect} from 'react';
import Head from '@docusaurus/Head';
import Interpolate from '@docusaurus/Interpolate';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

export interface Props {
  /** The theme's page. */
  to: string;
  title: string;
}

/**
 * The old page URL of a renamed theme. A real page rather than a redirect
 * file: it gets the site's Content-Security-Policy and no inline script.
 * With JavaScript the router moves on at once, keeping query and hash;
 * without, the reader follows the link. No `<meta http-equiv="refresh">`:
 * once parsed it fires even after the router has moved on, reloading the
 * page and dropping the anchor (and the site's SSR emits no `<noscript>`).
 */
export default function RoadmapRedirect({to, title}: Props) {
  const history = useHistory();
  const {search, hash} = useLocation();
  useEffect(() => {
    history.replace(`${to}${search}${hash}`);
  }, [history, to, search, hash]);
  return (
    <Layout
      title={translate(
        {id: 'theme.roadmap.redirect.pageTitle', message: '{title} has moved'},
        {title},
      )}
    >
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--lg">
        <Heading as="h1">
          {translate({id: 'theme.roadmap.redirect.heading', message: 'This theme has moved'})}
        </Heading>
        <p>
          <Interpolate values={{link: <Link to={to}>{title}</Link>}}>
            {translate({id: 'theme.roadmap.redirect.newPage', message: 'Its page is now {link}.'})}
          </Interpolate>
        </p>
      </main>
    </Layout>
  );
}
