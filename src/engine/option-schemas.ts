import * as z from 'zod';

/** Option schemas several rules share. */

/** A list of regular expressions (as strings) that a legal office adds to a rule; each must compile. */
export const regexListOption = z.array(
  z.string().refine((s) => {
    try {
      new RegExp(s, 'u');
      return true;
    } catch {
      return false;
    }
  }, '不是有效的正则表达式'),
);
