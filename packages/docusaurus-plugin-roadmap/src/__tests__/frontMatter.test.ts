import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {parseFrontMatterForDocusaurus} from '../frontMatter';

const parse = (fileContent: string) =>
  parseFrontMatterForDocusaurus({filePath: 'docs/roadmap/x.md', fileContent});

describe('parseFrontMatterForDocusaurus', () => {
  it("gives a theme's page its one-line summary as description, not its first paragraph", async () => {
    const {frontMatter, content} = await parse(
      '---\nid: x\ntitle: X\nsummary: One line.\ntags: [next]\n---\n\nA long first paragraph.\n',
    );
    assert.equal(frontMatter.description, 'One line.');
    assert.equal(frontMatter.summary, 'One line.');
    assert.equal(content, 'A long first paragraph.');
  });

  it('keeps a description written out, and leaves pages without a summary alone', async () => {
    const written = await parse('---\nsummary: One line.\ndescription: Own words.\n---\n\nText\n');
    assert.equal(written.frontMatter.description, 'Own words.');
    const page = await parse('---\ntitle: A page\n---\n\nText\n');
    assert.equal('description' in page.frontMatter, false);
  });
});
