import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {idFromTitle} from '../ids';
import {ownerSlug} from '../owners';

describe('idFromTitle', () => {
  it('gives the anchor GitHub gives a heading with that text', () => {
    assert.equal(idFromTitle('Backend Services (MVP)'), 'backend-services-mvp');
    assert.equal(idFromTitle('Composable Homepage 1.0'), 'composable-homepage-10');
  });

  it('falls back to ASCII letters for accents and other scripts', () => {
    assert.equal(idFromTitle('Über Café'), 'uber-cafe');
    assert.equal(idFromTitle('日本語'), 'theme');
  });
});

describe('ownerSlug', () => {
  it('makes an owner fit a URL', () => {
    assert.equal(ownerSlug('SIG Catalog'), 'sig-catalog');
    assert.equal(ownerSlug('Équipe Sécurité'), 'equipe-securite');
    assert.equal(ownerSlug('—'), 'owner');
  });

  it('keeps names in other scripts apart', () => {
    assert.equal(ownerSlug('日本チーム'), '日本チーム');
    assert.equal(ownerSlug('中文团队'), '中文团队');
    assert.equal(ownerSlug('Команда ガイド'), 'команда-ガイド');
  });
});
