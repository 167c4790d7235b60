// picomatch ships no types; this is the part discovery uses (see src/library/discover.ts).
declare module 'picomatch/posix.js' {
  interface PicomatchOptions {
    dot?: boolean;
    nocase?: boolean;
    nonegate?: boolean;
  }
  function picomatch(glob: string | string[], options?: PicomatchOptions): (path: string) => boolean;
  export default picomatch;
}
