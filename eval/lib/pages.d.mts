export const BEGIN: string;
export const END: string;
export function renderSection(ruleId: string, results: unknown): string | null;
export function withSection(page: string, section: string): string;
