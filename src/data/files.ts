import { stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { readCsv } from './csv.js';
import { readJsonLines } from './jsonl.js';
import type { DataFormat, Reader, ReadOptions, RowVisitor } from './types.js';

const EXTENSIONS: Record<string, DataFormat> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'jsonl',
  '.parquet': 'parquet',
  '.pq': 'parquet',
};

// Parquet's reader is large and most data is CSV: it loads on the first Parquet file.
const READERS: Record<DataFormat, Reader> = {
  csv: readCsv,
  jsonl: readJsonLines,
  parquet: async (path, visitor, options) => (await import('./parquet.js')).readParquet(path, visitor, options),
};

/** Characters a glob needs: a path without any of them is a plain path, and the glob library need not load. */
const GLOB_CHARACTERS = /[*?[\]{}()!+@\\]/;

/** Expands a file path or glob into files, sorted so shards are always read in the same order. */
export async function resolveDataFiles(pattern: string, input: string): Promise<string[]> {
  const globbing = GLOB_CHARACTERS.test(pattern) ? await import('tinyglobby') : undefined;
  if (globbing === undefined || !globbing.isDynamicPattern(pattern)) {
    const info = await stat(pattern).catch(() => undefined);
    if (info === undefined)
      throw new ConfigurationError(
        `${input}: ${pattern} does not exist; check the path (relative paths start at ${process.cwd()})`,
      );
    if (info.isDirectory())
      throw new ConfigurationError(
        `${input}: ${pattern} is a directory; give a file or a glob such as ${path.join(pattern, '*.csv')}`,
      );
    return [pattern];
  }
  // An absolute pattern gives absolute paths, so what is recorded does not depend on the working directory.
  const files = (
    await globbing.glob(pattern, { onlyFiles: true, expandDirectories: false, absolute: path.isAbsolute(pattern) })
  ).sort();
  if (files.length === 0) throw new ConfigurationError(`${input}: the glob ${pattern} matches no file`);
  return files;
}

export function detectFormat(file: string, requested: DataFormat | 'auto' | undefined): DataFormat {
  if (requested !== undefined && requested !== 'auto') return requested;
  const format = EXTENSIONS[path.extname(file).toLowerCase()];
  if (format === undefined) {
    throw new ConfigurationError(
      `cannot tell the format of ${file} from its extension: name it .csv, .tsv, .jsonl or .parquet, or set format to csv, jsonl or parquet`,
    );
  }
  return format;
}

export async function readDataFile(file: string, visitor: RowVisitor, options: ReadOptions): Promise<void> {
  const format = detectFormat(file, options.format);
  const delimiter = options.delimiter ?? (path.extname(file).toLowerCase() === '.tsv' ? '\t' : ',');
  await READERS[format](file, visitor, { ...options, delimiter });
}
