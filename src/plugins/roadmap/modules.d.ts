// Modules the roadmap plugin generates at build time (see configureWebpack).
declare module '@roadmap/table.json' {
  const data: import('./types').RoadmapTableData;
  export default data;
}

declare module '@roadmap/links.json' {
  const data: {
    /** GitHub's new-file page prefilled with a valid entry, or null without a repository. */
    propose: string | null;
  };
  export default data;
}
