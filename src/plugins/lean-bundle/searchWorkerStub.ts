/**
 * The search theme's worker client, as the server bundle sees it: pages are
 * rendered without results, so lunr, the index and the worker run only in
 * readers' browsers. Same exports as the module it stands in for.
 */
export async function fetchIndexesByWorker(): Promise<void> {}

export async function searchByWorker(): Promise<never[]> {
  return [];
}
