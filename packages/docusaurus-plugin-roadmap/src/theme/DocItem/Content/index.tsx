import type {ComponentProps} from 'react';
import Head from '@docusaurus/Head';
import {translate} from '@docusaurus/Translate';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {useAllPluginInstancesData} from '@docusaurus/useGlobalData';
import Content from '@theme-init/DocItem/Content';
import RoadmapEntryLinks from '@theme/RoadmapEntryLinks';
import {useFormatDay} from '@theme/RoadmapMessages';
import {entryPageNow, loadEntryPage} from '@roadmap/entry-page';
import {
  KEEP_SERVER_HTML,
  PLUGIN_NAME,
  THEME_FILES,
  badgeText,
  statusOfTags,
  useKeptOrLoaded,
  type RoadmapGlobalData,
} from 'docusaurus-plugin-roadmap/client';

/**
 * A theme's own page gets the same reader links as its section on the
 * overview (status, owner, tracking issue, discussion), the reason if it
 * was dropped, its story from git, and ways to follow it. A wrapper, not a copy
 * of the theme's component: everything else is Docusaurus's own. Docs that
 * are not in a roadmap's entries folder are left alone.
 */
export default function ContentWithRoadmapLinks(props: ComponentProps<typeof Content>) {
  const {frontMatter, metadata} = useDoc();
  const formatDay = useFormatDay();
  const instances = useAllPluginInstancesData(PLUGIN_NAME) as Record<string, RoadmapGlobalData>;
  // An entry's page comes from its file, or in a translated site from its
  // translation; an untranslated entry says which language it is in.
  const pluginId = Object.keys(instances).find((id) => {
    const {entriesSource, translated} = instances[id]!;
    return (
      metadata.source.startsWith(entriesSource) ||
      (translated && metadata.source.startsWith(translated.entriesSource))
    );
  });
  const instance = pluginId === undefined ? undefined : instances[pluginId]!;
  const untranslatedLang =
    instance?.translated && metadata.source.startsWith(instance.entriesSource)
      ? instance.translated.sourceLang
      : undefined;
  const fields = frontMatter as Record<string, unknown>;
  const status = statusOfTags(fields.tags);
  const text = (key: string) => (typeof fields[key] === 'string' ? (fields[key] as string) : null);
  const id = text('id');
  const shippedIn = fields.shipped_in as {version: string} | undefined;
  const [label, value] = status
    ? badgeText({status, shipped_in: shippedIn ?? null}, instance?.badge)
    : [];
  const reason = text('dropped_reason');
  const isEntry = pluginId !== undefined && status !== undefined && id !== null;
  const {value: EntryPage, kept} = useKeptOrLoaded(entryPageNow, loadEntryPage, {
    key: metadata.permalink,
    enabled: isEntry,
  });
  // YAML reads an unquoted date as a date: Docusaurus keeps it one.
  const dropped = fields.dropped_on as unknown;
  const droppedOn =
    dropped instanceof Date
      ? dropped.toISOString().slice(0, 10)
      : typeof dropped === 'string'
        ? dropped.slice(0, 10)
        : null;
  return (
    <>
      {status === 'dropped' && reason && (
        <div className="alert alert--secondary margin-bottom--md" role="note">
          <strong>
            {droppedOn
              ? translate(
                  {id: 'theme.roadmap.entryPage.droppedOn', message: 'Dropped on {date}:'},
                  {date: formatDay(droppedOn)},
                )
              : translate({id: 'theme.roadmap.entryPage.dropped', message: 'Dropped:'})}
          </strong>{' '}
          {reason}
        </div>
      )}
      {untranslatedLang ? (
        <div lang={untranslatedLang}>
          <Content {...props} />
        </div>
      ) : (
        <Content {...props} />
      )}
      {pluginId !== undefined && status !== undefined && (
        <>
          <RoadmapEntryLinks
            pluginId={pluginId}
            title={metadata.title}
            status={status}
            owner={text('owner')}
            tracking={text('tracking')}
            discussion={text('discussion')}
          />
          {/* Always rendered: the head keeps only the tags of what is mounted. */}
          <Head>
            <link
              rel="alternate"
              type="application/atom+xml"
              title={translate(
                {id: 'theme.roadmap.entryPage.feedTitle', message: '{title}: changes (Atom)'},
                {title: metadata.title},
              )}
              href={`${metadata.permalink}/${THEME_FILES.atom}`}
            />
          </Head>
          {id &&
            (EntryPage ? (
              <div>
                <EntryPage
                  id={id}
                  title={metadata.title}
                  permalink={metadata.permalink}
                  pluginId={pluginId}
                  // The badge's own text, as the badge image shows it.
                  badgeText={`${label}: ${value}`}
                />
              </div>
            ) : (
              // Hydrating, React keeps what the server rendered in here; a
              // page reached by a link has nothing here until the parts load.
              <div key={metadata.permalink} ref={kept} {...KEEP_SERVER_HTML} />
            ))}
        </>
      )}
    </>
  );
}
