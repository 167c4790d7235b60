export interface LabelledCase {
  rule: string;
  id: string;
  text: string;
  /** The text split into paragraphs (a lead-in and its items). */
  paragraphs: string[];
  /** The passage the finding must cover, or false when nothing may be reported. */
  flag: string | false;
  severity: 'error' | 'warning' | 'info' | null;
  /** For conflict cases: title fragment and article of the higher provision, e.g. "社会保险法 第五十八条". */
  law: string | null;
  note: string | null;
  /** Other rules whose finding on this provision is defensible (not counted as a false alarm). */
  also: string[];
  /**
   * The case states a rule for the whole document (a cap on the surcharge said once holds for every article): laid out alone in
   * the evaluation's drafts, so that it neither silences nor is silenced by the cases beside it.
   */
  alone: boolean;
  file: string;
}
export const CASES_DIR: string;
export function loadCases(dir?: string): LabelledCase[];
export function casesHash(dir?: string): string;
