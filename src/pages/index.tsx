import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import RoadmapPeriod from '@theme/RoadmapPeriod';

/** The home page: one click to the roadmap overview. */
export default function Home() {
  const {siteConfig} = useDocusaurusContext();
  return (
    <Layout description={siteConfig.tagline}>
      <main className="hero text--center">
        <div className="container">
          <Heading as="h1">{siteConfig.title}</Heading>
          <p className="hero__subtitle">{siteConfig.tagline}</p>
          <p>
            This roadmap covers <RoadmapPeriod format="short" />.
          </p>
          <Link className="button button--primary button--lg" to="/roadmap">
            Read the roadmap
          </Link>
        </div>
      </main>
    </Layout>
  );
}
