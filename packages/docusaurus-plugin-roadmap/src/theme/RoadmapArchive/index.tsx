import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import RoadmapShippedIn from '@theme/RoadmapShippedIn';
import type {ArchiveQuarter} from 'docusaurus-plugin-roadmap/client';

export interface Props {
  quarters: readonly ArchiveQuarter[];
}

/**
 * Every shipped theme, under the quarter it shipped in, newest first: when a
 * theme leaves "Recently shipped" it stays findable here. Rendered by the
 * module the roadmap plugin generates (`@roadmap/<id>/archive.md`).
 */
export default function RoadmapArchive({quarters}: Props) {
  if (quarters.length === 0) {
    return (
      <p className="roadmap-meta text--italic">
        {translate({id: 'theme.roadmap.archive.empty', message: 'No theme has shipped yet.'})}
      </p>
    );
  }
  return (
    <>
      {quarters.map((quarter) => (
        <section key={quarter.id} aria-labelledby={quarter.id}>
          <Heading as="h2" id={quarter.id}>
            {quarter.label}
          </Heading>
          {quarter.entries.map((entry) => (
            <article key={entry.id} aria-labelledby={entry.id} className="margin-bottom--lg">
              <Heading as="h3" id={entry.id}>
                <Link to={entry.permalink}>{entry.title}</Link>
              </Heading>
              <RoadmapShippedIn
                shipped_in={entry.shipped_in}
                shipped_on={entry.shipped_on}
                className="roadmap-meta margin-bottom--sm"
              />
              <p>{entry.summary}</p>
            </article>
          ))}
        </section>
      ))}
    </>
  );
}
