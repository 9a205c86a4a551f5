import type {ComponentType} from 'react';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

export interface Theme {
  id: string;
  title: string;
  permalink: string;
  editUrl: string | null;
  /** The entry's compiled Markdown body. */
  Content: ComponentType;
}

export interface Props {
  themes: readonly Theme[];
}

/**
 * One status's themes on the overview, each under its own heading with its
 * full text and a link to edit its own file. Rendered by the modules the
 * roadmap plugin generates (`@roadmap/<status>.md`).
 */
export default function RoadmapThemes({themes}: Props) {
  return (
    <>
      {themes.map(({id, title, permalink, editUrl, Content}) => (
        <section key={id} className="margin-bottom--lg" aria-labelledby={id}>
          <Heading as="h3" id={id}>
            {title}
          </Heading>
          <Content />
          <p className={styles.links}>
            {editUrl && (
              <Link href={editUrl}>
                Edit this entry<span className="visually-hidden">: {title}</span>
              </Link>
            )}
            <Link to={permalink}>
              Theme page<span className="visually-hidden">: {title}</span>
            </Link>
          </p>
        </section>
      ))}
    </>
  );
}
