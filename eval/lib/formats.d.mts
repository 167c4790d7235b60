export function writeOtherFormats(dir: string, options?: { pdf?: boolean }): Promise<boolean>;
export function setReady(dir: string, options?: { pdf?: boolean }): boolean;
export function writeCommittedSet(source: string, dir: string, options?: { pdf?: boolean }): Promise<void>;
export function committedSets(setsDir: string): Array<{ name: string; source: string }>;
export function committedSetsHash(setsDir: string): string;
