import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import ShippedIn from '@site/src/components/ShippedIn';
import styles from './styles.module.css';

export interface ArchivedTheme {
  id: string;
  title: string;
  summary: string;
  permalink: string;
  shippedIn: {version: string; url?: string} | null;
  shippedOn: string | null;
}

export interface Props {
  quarters: readonly {id: string; label: string; themes: readonly ArchivedTheme[]}[];
}

/**
 * Every shipped theme, under the quarter it shipped in, newest first: when a
 * theme leaves "Recently shipped" it stays findable here. Rendered by the
 * module the roadmap plugin generates (`@roadmap/archive.md`).
 */
export default function RoadmapArchive({quarters}: Props) {
  if (quarters.length === 0) {
    return <p className={styles.empty}>No theme has shipped yet.</p>;
  }
  return (
    <>
      {quarters.map((quarter) => (
        <section key={quarter.id} aria-labelledby={quarter.id}>
          <Heading as="h2" id={quarter.id}>
            {quarter.label}
          </Heading>
          {quarter.themes.map((theme) => (
            <article key={theme.id} aria-labelledby={theme.id} className="margin-bottom--lg">
              <Heading as="h3" id={theme.id}>
                <Link to={theme.permalink}>{theme.title}</Link>
              </Heading>
              <ShippedIn
                shippedIn={theme.shippedIn}
                shippedOn={theme.shippedOn}
                className={styles.meta}
              />
              <p>{theme.summary}</p>
            </article>
          ))}
        </section>
      ))}
    </>
  );
}
