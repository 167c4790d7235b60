/**
 * The legacy pdf.js build's core-js polyfills replace a few built-ins that
 * Node 20 already has, for spec corner cases pdf.js never relies on. The
 * replacement Array.prototype.push alone makes every push in the whole
 * thread about twice as slow (measured in a loop; it was also the top entry
 * of the reader's profile, and of the page workers' until they kept the
 * originals too), so the originals are put back once pdf.js has loaded.
 * Polyfills that only add missing methods (Promise.withResolvers, iterator
 * helpers, …) are needed by pdf.js and stay.
 */
const RESTORED: Array<[object, PropertyKey]> = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [Function.prototype, 'toString'],
];

/** Note the built-ins pdf.js would replace; the function returned puts them back. Call it before pdf.js loads. */
export function keepBuiltins(): () => void {
  const saved = RESTORED.map(([target, key]) => Object.getOwnPropertyDescriptor(target, key));
  return () =>
    RESTORED.forEach(([target, key], i) => {
      const descriptor = saved[i];
      if (descriptor) Object.defineProperty(target, key, descriptor);
    });
}
