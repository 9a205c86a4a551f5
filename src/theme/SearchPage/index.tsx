import {useEffect} from 'react';
import SearchPage from '@theme-original/SearchPage';

const SKIP_TARGET = '__docusaurus_skipToContent_fallback';

/**
 * The search plugin's results page renders its content without a `<main>`
 * landmark, which axe reports (landmark-one-main, region). It cannot be
 * fixed from outside its Layout without ejecting the page, so this wrapper
 * marks Docusaurus's own content wrapper (the skip-link target) as the main
 * landmark while the page is shown. The page needs JavaScript anyway: its
 * results are computed in the browser.
 */
export default function SearchPageWithLandmark() {
  useEffect(() => {
    const wrapper = document.getElementById(SKIP_TARGET);
    if (!wrapper || wrapper.closest('main') || wrapper.querySelector('main')) {
      return undefined;
    }
    wrapper.setAttribute('role', 'main');
    return () => wrapper.removeAttribute('role');
  }, []);
  return <SearchPage />;
}
