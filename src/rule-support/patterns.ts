/**
 * What the content rules share besides the clause analysis
 * (src/analysis/clauses): the option schema for an office's own regular
 * expressions, and the negation words the term rules' `negated` exception
 * looks for. What each clause does is read by the clause analysis, not here.
 */

/** Prohibitions and removals that turn a term into its opposite: 不得收取, 严禁指定, 不再要求, 取消…证明. */
export const NEGATION =
  /(不得|不准|不应|不能|不可(?!抗力)|不予|不再|不要|不需|严禁|禁止|杜绝|防止|避免|纠正|清理|取消|停止|废止|一律不|无需|无须|毋须|免于|免予|免收|免除)/u;

/** Option schema for a list of regular expressions (validated when the config is loaded). */
export { regexListOption } from '../engine/option-schemas.js';

/** Compile an option's regex list. */
export function compileAll(sources: readonly string[]): RegExp[] {
  return sources.map((s) => new RegExp(s, 'u'));
}
