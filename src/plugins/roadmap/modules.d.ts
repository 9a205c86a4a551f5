// Modules the roadmap plugin generates at build time (see configureWebpack).
declare module '@roadmap/table.json' {
  const data: import('./types').RoadmapTableData;
  export default data;
}
