/**
 * The suite distinguishes two kinds of failure, as codeql-action does:
 * a ConfigurationError is something the user must change (exit code 2, no stack trace);
 * anything else is a bug or an environment failure (exit code 2 with a stack for the issue report).
 * A failed gate is not an error at all: it is a verdict (exit code 1).
 */
export class ConfigurationError extends Error {
  override readonly name: string = 'ConfigurationError';
}

/** A data file that cannot be read as the format it claims to be; always names where. */
export class DataFormatError extends ConfigurationError {
  override readonly name = 'DataFormatError';
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly column: number | undefined,
    problem: string,
  ) {
    const where = [
      file,
      line === undefined ? undefined : `line ${line}`,
      column === undefined ? undefined : `column ${column}`,
    ]
      .filter((part) => part !== undefined)
      .join(', ');
    super(`${where}: ${problem}`);
  }
}

/** A data file with no bytes or no header: recorded as an `empty-file` anomaly when it is one shard of many. */
export class EmptyFileError extends DataFormatError {}

/** Renders any thrown value (including non-Errors) as one line; never echoes more than `max` characters. */
export function describeThrown(thrown: unknown, max = 500): string {
  const text = thrown instanceof Error ? thrown.message : typeof thrown === 'string' ? thrown : safeStringify(thrown);
  return shorten(text, max);
}

export function shorten(text: string, max = 80): string {
  const oneLine = text.replace(/\r?\n/g, '\\n');
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max)}… (${oneLine.length} characters)`;
}

function safeStringify(value: unknown): string {
  try {
    return `non-Error thrown: ${JSON.stringify(value) ?? String(value)}`;
  } catch {
    return `non-Error thrown: ${String(value)}`;
  }
}
