import type {ComponentProps} from 'react';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import Content from '@theme-original/DocItem/Content';
import ThemeLinks from '@site/src/components/ThemeLinks';
import {isStatus} from '@site/src/plugins/roadmap/statuses';

/**
 * A theme's own page (`/roadmap/<id>`) gets the same reader links as its
 * section on the overview: status, owner, tracking issue, discussion. A
 * wrapper, not a copy of the theme's component: everything else is
 * Docusaurus's own. Pages that are not roadmap entries are left alone.
 */
export default function ContentWithThemeLinks(props: ComponentProps<typeof Content>) {
  const {frontMatter, metadata} = useDoc();
  const fields = frontMatter as Record<string, unknown>;
  const status = Array.isArray(fields.tags)
    ? (fields.tags as unknown[]).find((t): t is string => typeof t === 'string' && isStatus(t))
    : undefined;
  const isEntry = status !== undefined && typeof fields.order === 'number';
  const text = (key: string) => (typeof fields[key] === 'string' ? (fields[key] as string) : null);
  return (
    <>
      <Content {...props} />
      {isEntry && isStatus(status) && (
        <ThemeLinks
          title={metadata.title}
          status={status}
          owner={text('owner')}
          tracking={text('tracking')}
          discussion={text('discussion')}
        />
      )}
    </>
  );
}
