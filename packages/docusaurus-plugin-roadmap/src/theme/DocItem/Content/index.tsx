import type {ComponentProps} from 'react';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {useAllPluginInstancesData} from '@docusaurus/useGlobalData';
import Content from '@theme-init/DocItem/Content';
import RoadmapEntryLinks from '@theme/RoadmapEntryLinks';
import {PLUGIN_NAME, statusOfTags, type RoadmapGlobalData} from 'docusaurus-plugin-roadmap/client';

/**
 * A theme's own page gets the same reader links as its section on the
 * overview: status, owner, tracking issue, discussion. A wrapper, not a copy
 * of the theme's component: everything else is Docusaurus's own. Docs that
 * are not in a roadmap's entries folder are left alone.
 */
export default function ContentWithRoadmapLinks(props: ComponentProps<typeof Content>) {
  const {frontMatter, metadata} = useDoc();
  const instances = useAllPluginInstancesData(PLUGIN_NAME) as Record<string, RoadmapGlobalData>;
  const pluginId = Object.keys(instances).find((id) =>
    metadata.source.startsWith(instances[id]!.entriesSource),
  );
  const fields = frontMatter as Record<string, unknown>;
  const status = statusOfTags(fields.tags);
  const text = (key: string) => (typeof fields[key] === 'string' ? (fields[key] as string) : null);
  return (
    <>
      <Content {...props} />
      {pluginId !== undefined && status !== undefined && (
        <RoadmapEntryLinks
          pluginId={pluginId}
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
