import { readFile } from 'node:fs/promises';
import { locateJsonError } from '../data/jsonl.js';
import { ConfigurationError, shorten } from './errors.js';

/** The text without a leading byte-order mark (a Windows editor may write one; JSON.parse refuses it). */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads a JSON file with an error that names the file and the position of a syntax error. */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigurationError(`cannot read the ${what} ${path}: ${code === 'ENOENT' ? 'no such file' : code}`);
  }
  const body = withoutByteOrderMark(text);
  try {
    return JSON.parse(body);
  } catch (error) {
    // V8's message has no line or column on Node 20 and may echo the input: locate the problem ourselves.
    const problem = locateJsonError(body);
    if (problem === undefined) {
      throw new ConfigurationError(
        `the ${what} ${path} is not valid JSON: ${shorten(String((error as Error).message), 160)}`,
      );
    }
    const before = body.slice(0, problem.position);
    const line = before.split('\n').length;
    const column = problem.position - before.lastIndexOf('\n');
    throw new ConfigurationError(
      `the ${what} ${path} is not valid JSON: line ${line}, column ${column}: ${shorten(problem.problem, 160)}`,
    );
  }
}
