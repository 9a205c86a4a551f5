import {useEffect} from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
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
    <Layout title={`${title} has moved`}>
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--lg">
        <Heading as="h1">This theme has moved</Heading>
        <p>
          Its page is now <Link to={to}>{title}</Link>.
        </p>
      </main>
    </Layout>
  );
}
