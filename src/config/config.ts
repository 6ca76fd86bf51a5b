import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import configSchema from '../../schemas/mlops-config.schema.json' with { type: 'json' };
import { ConfigurationError, shorten } from '../core/errors.js';
import { compileValidator } from '../core/json-schema.js';

export type ConfigScalar = string | number | boolean;
export type ConfigValue = ConfigScalar | string[] | Record<string, unknown>;

export interface PipelineConfig {
  /** Directory of the configuration file: relative paths in the file are relative to it. */
  directory: string;
  file: string;
  values: Record<string, unknown>;
}

const validateConfig = compileValidator<Record<string, unknown>>(
  configSchema,
  'mlops configuration (see schemas/mlops-config.schema.json)',
);

export async function loadConfig(file: string): Promise<PipelineConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigurationError(
      `cannot read the configuration file ${file}: ${code === 'ENOENT' ? 'no such file' : code}`,
    );
  }
  let parsed: unknown;
  try {
    // Plain YAML 1.2 core schema: `yes`/`no` stay strings, so they cannot silently become booleans.
    parsed = parse(text, { schema: 'core', prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    throw new ConfigurationError(`${file} is not valid YAML: ${shorten((error as Error).message, 200)}`);
  }
  if (parsed === null || parsed === undefined)
    throw new ConfigurationError(`${file} is empty: it needs at least \`version: 1\``);
  return { directory: path.dirname(file), file, values: validateConfig(parsed, file) };
}

/** The value for an action's input: its own section first, then the shared top-level key. */
export function configValue(config: PipelineConfig | undefined, action: string, input: string): unknown {
  if (config === undefined) return undefined;
  const section = config.values[action] as Record<string, unknown> | undefined;
  if (section !== undefined && section[input] !== undefined) return section[input];
  return config.values[input];
}

export function configSection(config: PipelineConfig | undefined, action: string): Record<string, unknown> {
  return (config?.values[action] as Record<string, unknown> | undefined) ?? {};
}
