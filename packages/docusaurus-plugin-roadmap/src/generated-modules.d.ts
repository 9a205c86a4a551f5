// Modules the roadmap plugin generates for each instance (see configureWebpack).
declare module '@roadmap/*' {
  import type {ComponentType} from 'react';
  /** A status's themes, the whole roadmap, the archive, or the summary table. */
  const Component: ComponentType;
  export default Component;
  export const toc: readonly {value: string; id: string; level: number}[];
}
