import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {fixtureSiteCopy} from '../../scripts/copySite';
import {buildSite} from '../buildSite';

const NEW_ENTRY = `---
id: fixture-theme
title: Fixture theme
summary: A theme added by a test, to show one new file is all it takes.
tags: [next]
order: 99
owner: SIG Fixtures
tracking: https://github.com/backstage/backstage/issues/1
discussion: https://github.com/backstage/backstage/discussions/2
aliases: [old-fixture-theme]
---

This body was written by the add-entry test.
`;

test('adding one entry file puts it in the table, the sections and the TOC', async ({browser}) => {
  test.setTimeout(300_000);
  const siteCopy = fixtureSiteCopy('add-entry');
  try {
    writeFileSync(path.join(siteCopy, 'docs/roadmap/fixture-theme.md'), NEW_ENTRY);

    buildSite(siteCopy, path.join(siteCopy, 'build'));

    const html = readFileSync(path.join(siteCopy, 'build/roadmap.html'), 'utf8');
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.setContent(html);

    const nextLinks = page.locator('table tbody td').first().getByRole('link');
    await expect(nextLinks).toHaveCount(6);
    await expect(nextLinks.last()).toHaveText('Fixture theme');
    await expect(nextLinks.last()).toHaveAttribute('href', '#fixture-theme');

    const heading = page.locator('h3#fixture-theme');
    await expect(heading).toHaveText('Fixture theme');
    const section = page.locator('section').filter({has: heading});
    await expect(section).toContainText('This body was written by the add-entry test.');
    await expect(section.getByRole('link', {name: /^Edit this entry/})).toHaveAttribute(
      'href',
      /\/edit\/[^/]+\/docs\/roadmap\/fixture-theme\.md$/,
    );
    await expect(page.locator('.table-of-contents a[href="#fixture-theme"]')).toHaveText(
      'Fixture theme',
    );

    // The optional fields reach the reader.
    await expect(section).toContainText('Owner: SIG Fixtures');
    await expect(
      section.getByRole('link', {name: 'Tracking issue: Fixture theme'}),
    ).toHaveAttribute('href', 'https://github.com/backstage/backstage/issues/1');
    await expect(section.getByRole('link', {name: 'Discussion: Fixture theme'})).toHaveAttribute(
      'href',
      'https://github.com/backstage/backstage/discussions/2',
    );
    // The old id is a target inside the renamed theme's section.
    await expect(section.locator('#old-fixture-theme')).toHaveCount(1);

    // The theme's own page has the same reader links.
    await page.setContent(
      readFileSync(path.join(siteCopy, 'build/roadmap/fixture-theme.html'), 'utf8'),
    );
    const article = page.locator('article');
    await expect(article).toContainText('Owner: SIG Fixtures');
    await expect(
      article.getByRole('link', {name: 'Tracking issue: Fixture theme'}),
    ).toHaveAttribute('href', 'https://github.com/backstage/backstage/issues/1');
    await expect(article.locator('a[href="/status/next"]')).toHaveText("What's next");
    await context.close();
  } finally {
    rmSync(siteCopy, {recursive: true, force: true});
  }
});
