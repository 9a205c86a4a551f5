import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {checkRoadmap} from '../check';
import {toRoadmapEntries} from '../entries';
import {staleness} from '../lifecycle';
import {parsePeriod} from '../period';
import type {RoadmapChange} from '../history';
import {roadmapMemory, type Memory} from '../memory';
import {buildRoadmapJson, roadmapJsonSchemaText, type RoadmapJson} from '../roadmapJson';
import type {Status} from '../statuses';
import {ENTRY_DATA_KEYS, ENTRY_KEYS, entryJsonSchema, type EntryData} from '../schema';
import {FIXTURE_SITE} from '../../../../scripts/copySite';
import {loadFixtureDocs} from './loadFixture';

// The test roadmap: its content is frozen, so this test may name its themes.
const SITE = FIXTURE_SITE;

describe('roadmap.json', async () => {
  const {entries: checked, problems} = await checkRoadmap({
    siteDir: SITE,
    docsDir: 'docs',
    entriesDir: 'roadmap',
    overview: 'roadmap.mdx',
    tagsFile: 'tags.yml',
  });
  assert.deepEqual(problems, []);
  const entries = toRoadmapEntries(checked, await loadFixtureDocs(SITE));
  const period = parsePeriod('2022-Q3');
  const buildDate = '2022-08-15';
  const build = (memory?: Memory) =>
    buildRoadmapJson(entries, {
      period,
      buildDate,
      staleness: staleness(entries, {period, buildDate, graceDays: 14}),
      siteOrigin: 'https://backstage.github.io',
      overviewPermalink: '/roadmap',
      memory,
    });
  const json = build();

  it('lists the ten themes by status and order, with their links', () => {
    assert.deepEqual(
      json.entries.map((e) => `${e.status} ${e.order} ${e.id}`),
      [
        'next 1 backend-services-mvp',
        'next 2 backstage-security-audit',
        'next 3 backstage-threat-model',
        'next 4 software-catalog-pagination',
        'next 5 more-sigs',
        'future 1 ease-of-onboarding',
        'future 2 composable-homepage-10',
        'future 3 creator-experience',
        'future 4 graphql-support',
        'future 5 telemetry',
      ],
    );
    const homepage = json.entries.find((e) => e.id === 'composable-homepage-10')!;
    assert.deepEqual(homepage, {
      id: 'composable-homepage-10',
      title: 'Composable Homepage 1.0',
      summary: 'Take the composable homepage to 1.0 with more composable components.',
      status: 'future',
      order: 2,
      tags: ['future'],
      aliases: ['composable-homepage'],
      owner: null,
      tracking: null,
      discussion: null,
      last_reviewed: null,
      shipped_in: null,
      shipped_on: null,
      dropped_on: null,
      dropped_reason: null,
      url: 'https://backstage.github.io/roadmap/composable-homepage-10',
      anchor: 'https://backstage.github.io/roadmap#composable-homepage-10',
      edit_url:
        'https://github.com/example/roadmap/edit/main/docs/roadmap/composable-homepage-10.md',
      history: [],
    });
    // Built without a memory: no history, and it says so.
    assert.equal(json.history_known, false);
    assert.deepEqual(json.delivery.quarters, []);
    assert.deepEqual(json.period, {
      id: '2022-Q3',
      label: 'July–September 2022',
      start: '2022-07-01',
      end: '2022-09-30',
    });
    assert.equal(json.generated_on, '2022-08-15');
    assert.equal(json.stale, false);
  });

  it('validates against the JSON Schema published beside it', async () => {
    const {default: Ajv2020} = await import('ajv/dist/2020');
    const {default: addFormats} = await import('ajv-formats');
    const ajv = new Ajv2020({allErrors: true});
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(roadmapJsonSchemaText()));
    assert.ok(validate(json), ajv.errorsText(validate.errors));
    const broken = {...json, entries: [{...json.entries[0], status: 'later'}]};
    assert.equal(validate(broken), false);

    // With a memory: each theme's history and the delivery per quarter, valid too.
    const change = (kind: RoadmapChange['kind'], id: string, status: Status, date: string) =>
      ({kind, id, title: id, status, date, commit: date}) as RoadmapChange;
    const memory = roadmapMemory(
      [
        change('added', 'telemetry', 'next', '2022-05-02T00:00:00Z'),
        {...change('moved', 'telemetry', 'future', '2022-07-20T00:00:00Z'), from: 'next'},
      ],
      entries,
      '2022-10-15',
    );
    const remembered = build(memory);
    assert.ok(validate(remembered), ajv.errorsText(validate.errors));
    assert.equal(remembered.history_known, true);
    assert.deepEqual(
      remembered.entries.find((e) => e.id === 'telemetry')!.history.map((e) => e.kind),
      ['added', 'slipped'],
    );
    assert.deepEqual(
      remembered.delivery.quarters.map((q) => [q.quarter, q.counts.slipped, q.rate]),
      [['2022-Q3', 1, 0]],
    );
  });
});

/** True when two types are the same; a compile error below if they drift apart. */
type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type JsonEntryKey = keyof RoadmapJson['entries'][number];
const typesAgree: Equal<JsonEntryKey, keyof EntryData | 'url' | 'anchor' | 'edit_url' | 'history'> =
  true;

describe('one definition of an entry', () => {
  it("gives the entry JSON Schema, roadmap.json's schema and the types the same fields", () => {
    assert.ok(typesAgree);
    const entrySchema = entryJsonSchema() as {properties: Record<string, unknown>};
    assert.deepEqual(Object.keys(entrySchema.properties), ENTRY_KEYS);
    const published = JSON.parse(roadmapJsonSchemaText()) as {
      properties: {entries: {items: {properties: Record<string, unknown>; required: string[]}}};
    };
    const item = published.properties.entries.items;
    // Every roadmap field of an entry, under its front-matter name, always present.
    const expected = [...ENTRY_DATA_KEYS, 'status', 'url', 'anchor', 'edit_url', 'history'];
    assert.deepEqual(Object.keys(item.properties), expected);
    assert.deepEqual([...item.required].sort(), [...expected].sort());
    // Docusaurus's own page keys are not roadmap data.
    for (const pageKey of ['sidebar_label', 'draft', 'unlisted', 'description']) {
      assert.ok(ENTRY_KEYS.includes(pageKey as never));
      assert.ok(!expected.includes(pageKey));
    }
  });
});
