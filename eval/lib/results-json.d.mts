export function resultsJson(value: unknown): string;
