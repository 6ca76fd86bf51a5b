import { DataFormatError } from '../core/errors.js';

/**
 * Opens a data file with a reader's own opener, so a wrong path fails as a user error before any visitor call,
 * in the same words whatever the format.
 */
export async function openDataFile<T>(path: string, opener: (path: string) => Promise<T>): Promise<T> {
  try {
    return await opener(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : `cannot be read (${code})`;
    throw new DataFormatError(path, undefined, undefined, `${reason}; check the path`);
  }
}
