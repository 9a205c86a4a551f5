import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {LIVE_ENTRIES_DIR, readEntryFiles} from '../../../../tests/entryFiles';
import {
  ENTRY_KEYS,
  entryJsonSchema,
  entryJsonSchemaText,
  validateEntryFrontMatter,
} from '../schema';

const valid = {
  id: 'backend-services-mvp',
  title: 'Backend Services (MVP)',
  summary: 'A first release of backend services.',
  tags: ['next'],
  order: 1,
};

describe('validateEntryFrontMatter', () => {
  it('accepts a complete entry', () => {
    const result = validateEntryFrontMatter(valid);
    assert.equal(result.success, true);
  });

  it('accepts every optional field', () => {
    const result = validateEntryFrontMatter({
      ...valid,
      aliases: ['backend-system'],
      owner: 'Backend maintainers',
      tracking: 'https://github.com/backstage/backstage/issues/11611',
      discussion: 'https://github.com/backstage/backstage/discussions/1',
      last_reviewed: '2022-07-01',
    });
    assert.deepEqual(result.success ? result.data.aliases : result.problems, ['backend-system']);
  });

  // Each row: what changes, the field blamed, and words the message must say.
  const invalid: [string, Record<string, unknown>, string, RegExp][] = [
    ['missing id', {id: undefined}, 'id', /is required/],
    ['id not kebab-case', {id: 'Backend_Services'}, 'id', /kebab-case.*\(got "Backend_Services"\)/],
    ['empty title', {title: ''}, 'title', /must not be empty/],
    ['missing summary', {summary: undefined}, 'summary', /is required/],
    ['multi-line summary', {summary: 'one\ntwo'}, 'summary', /single line/],
    [
      'no status tag',
      {tags: ['other']},
      'tags',
      /exactly one status tag \(next, future, shipped, dropped\)/,
    ],
    ['two status tags', {tags: ['next', 'future']}, 'tags', /2 status tags \(next, future\)/],
    ['tags not a list', {tags: 'next'}, 'tags', /must be a list .*\(got "next"\)/],
    ['missing tags', {tags: undefined}, 'tags', /is required: a list/],
    ['order not a number', {order: 'first'}, 'order', /^must be a whole number.*\(got "first"\)/],
    ['order zero', {order: 0}, 'order', /≥ 1 \(got 0\)/],
    ['fractional order', {order: 1.5}, 'order', /whole number/],
    ['typo of a key', {sumary: 'x'}, 'sumary', /not a known key; did you mean "summary"\?/],
    ['typo of an optional key', {trackng: 'x'}, 'trackng', /did you mean "tracking"\?/],
    ['unknown key', {colour: 'red'}, 'colour', /not a known key \(known keys: id, title, .*\)/],
    ['MDX switch', {mdx: {format: 'mdx'}}, 'mdx', /switch the entry to MDX.*remove it/],
    [
      'tracking not a URL',
      {tracking: 'issue 12'},
      'tracking',
      /full https:\/\/ URL .*\(got "issue 12"\)/,
    ],
    ['tracking not http(s)', {tracking: 'javascript:alert(1)'}, 'tracking', /https:\/\/ URL/],
    ['discussion a bare host', {discussion: 'https://localhost'}, 'discussion', /https:\/\/ URL/],
    [
      'impossible date',
      {last_reviewed: '2022-02-30'},
      'last_reviewed',
      /real date written YYYY-MM-DD.*\(got "2022-02-30"\)/,
    ],
    ['date in another format', {last_reviewed: '07/01/2022'}, 'last_reviewed', /YYYY-MM-DD/],
    ['alias not kebab-case', {aliases: ['Old Id']}, 'aliases', /kebab-case.*\(got \["Old Id"\]\)/],
    ['aliases not a list', {aliases: 'old-id'}, 'aliases', /must be a list of old kebab-case ids/],
    ['empty owner', {owner: ' '}, 'owner', /must not be empty/],
  ];
  for (const [name, change, field, message] of invalid) {
    it(`rejects ${name}, naming "${field}"`, () => {
      const frontMatter: Record<string, unknown> = {...valid, ...change};
      for (const key of Object.keys(change)) {
        if (change[key] === undefined) delete frontMatter[key];
      }
      const result = validateEntryFrontMatter(frontMatter);
      assert.equal(result.success, false);
      if (result.success) return;
      const problem = result.problems.find((p) => p.field === field);
      assert.ok(
        problem,
        `expected a problem on "${field}", got ${JSON.stringify(result.problems)}`,
      );
      assert.match(problem.message, message);
    });
  }
});

describe('entryJsonSchema', () => {
  const schema = entryJsonSchema() as {
    required: string[];
    additionalProperties: boolean;
    properties: Record<string, Record<string, unknown>>;
  };

  it('requires the same keys as the schema and allows no others', () => {
    assert.deepEqual(schema.required, ['id', 'title', 'summary', 'tags', 'order']);
    assert.equal(schema.additionalProperties, false);
    assert.deepEqual(Object.keys(schema.properties), ENTRY_KEYS);
  });

  it('carries formats and the one-status rule for editors', () => {
    assert.equal(schema.properties.tracking!.format, 'uri');
    assert.equal(schema.properties.last_reviewed!.format, 'date');
    assert.deepEqual(schema.properties.tags!.contains, {
      enum: ['next', 'future', 'shipped', 'dropped'],
    });
    assert.equal(schema.properties.tags!.maxContains, 1);
    assert.match(String(schema.properties.id!.description), /anchor/);
  });
});

describe('static/roadmap-entry.schema.json', () => {
  it('is the schema as generated now (run `npm run roadmap:schema` after changing it)', () => {
    const file = path.resolve(__dirname, '../../../../static/roadmap-entry.schema.json');
    assert.equal(readFileSync(file, 'utf8'), entryJsonSchemaText());
  });
});

describe('the published JSON Schema, in a standard validator', async () => {
  const {default: Ajv2020} = await import('ajv/dist/2020');
  const {default: addFormats} = await import('ajv-formats');
  const ajv = new Ajv2020({allErrors: true});
  addFormats(ajv);
  const validate = ajv.compile(entryJsonSchema());

  it("accepts every one of this site's entries, whatever they say", async () => {
    const entries = await readEntryFiles(LIVE_ENTRIES_DIR);
    assert.ok(entries.length > 0);
    for (const {file, frontMatter} of entries) {
      assert.ok(validate(frontMatter), `${file}: ${ajv.errorsText(validate.errors)}`);
    }
  });

  it('rejects what the build rejects', () => {
    for (const change of [
      {tags: ['next', 'future']},
      {tags: ['other']},
      {id: 'Not Kebab'},
      {tracking: 'issue 12'},
      {last_reviewed: '2022-02-30'},
      {sumary: 'typo'},
    ]) {
      assert.equal(validate({...valid, ...change}), false, JSON.stringify(change));
    }
  });
});
