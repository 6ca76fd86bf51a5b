import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, shorten } from '../core/errors.js';

export type ConfigScalar = string | number | boolean;
export type ConfigValue = ConfigScalar | string[] | Record<string, unknown>;

export interface PipelineConfig {
  /** Directory of the configuration file: relative paths in the file are relative to it. */
  directory: string;
  file: string;
  values: Record<string, unknown>;
}

let validateConfig: ((value: unknown, source: string) => Record<string, unknown>) | undefined;

/**
 * The YAML parser, the schema and its validator load with the first configuration file: every step pays its
 * start-up, and a step given no configuration (or failing on a missing input first) needs none of them.
 */
async function configValidator() {
  if (validateConfig === undefined) {
    const [{ default: validate }, { checkedBy }] = await Promise.all([
      import('../generated/validators/mlops-config.js'),
      import('../core/validator.js'),
    ]);
    validateConfig = checkedBy<Record<string, unknown>>(
      validate,
      'mlops configuration (see schemas/mlops-config.schema.json)',
    );
  }
  return validateConfig;
}

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
  const [yaml, validate] = await Promise.all([import('yaml'), configValidator()]);
  // yaml's Node build is CommonJS: its lazily loaded bundle chunk exposes it as `default` only.
  const { parse } = yaml.default;
  let parsed: unknown;
  try {
    // Plain YAML 1.2 core schema: `yes`/`no` stay strings, so they cannot silently become booleans.
    parsed = parse(text, { schema: 'core', prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    throw new ConfigurationError(`${file} is not valid YAML: ${shorten((error as Error).message, 200)}`);
  }
  if (parsed === null || parsed === undefined)
    throw new ConfigurationError(`${file} is empty: it needs at least \`version: 1\``);
  return { directory: path.dirname(file), file, values: validate(parsed, file) };
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
