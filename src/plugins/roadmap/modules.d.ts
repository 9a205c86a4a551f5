// Modules the roadmap plugin generates at build time (see configureWebpack).
declare module '@roadmap/entries.json' {
  const data: import('./types').RoadmapData;
  export default data;
}
