/** The file system said there is no room left (the disk, or the user's quota): the remedy is space, not permissions. */
export function isDiskFull(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}
