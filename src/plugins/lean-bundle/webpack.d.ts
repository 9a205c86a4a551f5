// The bundler's `require.resolveWeak`, which the lazy theme components use
// to tell whether a chunk is already loaded.
declare namespace NodeJS {
  interface Require {
    resolveWeak(request: string): string | number;
  }
}
