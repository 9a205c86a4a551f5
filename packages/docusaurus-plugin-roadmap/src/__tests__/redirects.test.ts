import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {aliasRedirects} from '../redirects';
import type {RoadmapEntry} from '../types';

const entry = (id: string, aliases: string[], permalink = `/roadmap/${id}`) =>
  ({id, title: `Theme ${id}`, aliases, permalink}) as RoadmapEntry;

describe('aliasRedirects', () => {
  it("sends each old page URL to the renamed theme's page, beside it", () => {
    assert.deepEqual(
      aliasRedirects([
        entry('search', ['find', 'catalog-search']),
        entry('plain', []),
        entry('graphql', ['graph'], '/base/roadmap/graphql'),
      ]),
      [
        {from: '/roadmap/find', to: '/roadmap/search', title: 'Theme search'},
        {from: '/roadmap/catalog-search', to: '/roadmap/search', title: 'Theme search'},
        {from: '/base/roadmap/graph', to: '/base/roadmap/graphql', title: 'Theme graphql'},
      ],
    );
  });

  it('has nothing to redirect without aliases', () => {
    assert.deepEqual(aliasRedirects([entry('plain', [])]), []);
  });
});
