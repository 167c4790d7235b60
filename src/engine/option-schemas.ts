import type * as Zod from 'zod';

/** Option schemas several rules share (built from zod on demand, see RuleMeta.options). */

/** A list of regular expressions (as strings) that a legal office adds to a rule; each must compile. */
export function regexListOption(z: typeof Zod): Zod.ZodArray<Zod.ZodString> {
  return z.array(
    z.string().refine((s) => {
      try {
        new RegExp(s, 'u');
        return true;
      } catch {
        return false;
      }
    }, '不是有效的正则表达式'),
  );
}
