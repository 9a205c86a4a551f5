import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {checkRoadmap} from '../check';
import {toRoadmapEntries} from '../entries';
import {staleness} from '../lifecycle';
import {parsePeriod} from '../period';
import {buildRoadmapJson, roadmapJsonSchemaText} from '../roadmapJson';
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
  const json = buildRoadmapJson(entries, {
    period,
    buildDate,
    staleness: staleness(entries, {period, buildDate, graceDays: 14}),
    siteOrigin: 'https://backstage.github.io',
    overviewPermalink: '/roadmap',
  });

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
      url: 'https://backstage.github.io/roadmap/composable-homepage-10',
      anchor: 'https://backstage.github.io/roadmap#composable-homepage-10',
      edit_url:
        'https://github.com/example/roadmap/edit/main/docs/roadmap/composable-homepage-10.md',
    });
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
  });
});
