import path from 'node:path';
import { configValue, loadConfig, type PipelineConfig } from '../config/config.js';
import { ConfigurationError } from '../core/errors.js';
import type { ACTION_SPECS } from '../generated/action-specs.generated.js';
import type { ActionIO } from './io.js';

export type ActionName = keyof typeof ACTION_SPECS;
export type InputName<A extends ActionName> = keyof (typeof ACTION_SPECS)[A]['inputs'] & string;
export type OutputName<A extends ActionName> = keyof (typeof ACTION_SPECS)[A]['outputs'] & string;

/** Inputs whose values are paths: relative paths from mlops.yml are relative to mlops.yml. */
const PATH_INPUTS = new Set([
  'data',
  'reference',
  'schema',
  'infer-schema',
  'merge-profiles',
  'output',
  'model',
  'registry',
  'baseline',
  'validation-data',
]);

/**
 * Typed access to one action's inputs. The input (action `with:` or CLI flag) wins over the action's section
 * of mlops.yml, which wins over the file's shared keys, which win over the code's default. Names are checked
 * by the compiler against the action.yml-generated spec.
 */
export class ActionInputs<A extends ActionName> {
  private constructor(
    private readonly action: A,
    private readonly io: ActionIO,
    readonly config: PipelineConfig | undefined,
  ) {}

  static async load<A extends ActionName>(action: A, io: ActionIO): Promise<ActionInputs<A>> {
    const file = io.input('config');
    return new ActionInputs(action, io, file === undefined ? undefined : await loadConfig(file));
  }

  /** A string value, or undefined when neither the input nor the configuration sets it. */
  string(name: InputName<A>): string | undefined {
    const given = this.io.input(name);
    if (given !== undefined) return given;
    const fromConfig = configValue(this.config, this.action, name);
    if (fromConfig === undefined || fromConfig === null) return undefined;
    const values = Array.isArray(fromConfig) ? fromConfig.map(String) : [String(fromConfig)];
    return values.map((text) => this.fromConfigPath(name, text)).join('\n');
  }

  private fromConfigPath(name: string, text: string): string {
    return PATH_INPUTS.has(name) ? this.configPath(text) : text;
  }

  /** A path written in mlops.yml (an input or a structured setting): relative paths start at the file's folder. */
  configPath(text: string): string {
    return this.config === undefined || path.isAbsolute(text) ? text : path.join(this.config.directory, text);
  }

  required(name: InputName<A>): string {
    const value = this.string(name);
    if (value === undefined) {
      throw new ConfigurationError(
        `${this.action}: input \`${name}\` is required: set it with --${name}, in \`with:\`, or in mlops.yml`,
      );
    }
    return value;
  }

  oneOf<const T extends string>(name: InputName<A>, allowed: readonly T[], fallback: T): T {
    const value = this.string(name) ?? fallback;
    if (!(allowed as readonly string[]).includes(value)) {
      throw new ConfigurationError(
        `${this.action}: input \`${name}\` is "${value}"; expected one of: ${allowed.join(', ')}`,
      );
    }
    return value as T;
  }

  /** Only `true` and `false`: a YAML-ish `yes` is refused rather than silently read as false. */
  boolean(name: InputName<A>, fallback: boolean): boolean {
    const value = this.string(name);
    if (value === undefined) return fallback;
    if (value === 'true') return true;
    if (value === 'false') return false;
    throw new ConfigurationError(`${this.action}: input \`${name}\` is "${value}"; expected true or false`);
  }

  number(name: InputName<A>, fallback: number, range: { min?: number; max?: number } = {}): number {
    const value = this.string(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    const { min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY } = range;
    if (value.trim() === '' || !Number.isFinite(parsed) || parsed < min || parsed > max) {
      throw new ConfigurationError(
        `${this.action}: input \`${name}\` is "${value}"; expected a number in [${min}, ${max}]`,
      );
    }
    return parsed;
  }

  /** A newline- (or comma-) separated list. */
  list(name: InputName<A>): string[] {
    const value = this.string(name);
    if (value === undefined) return [];
    return value
      .split(/\r?\n|,/)
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }
}

export function setOutputs<A extends ActionName>(
  io: ActionIO,
  _action: A,
  outputs: Record<OutputName<A>, string>,
): void {
  for (const [name, value] of Object.entries(outputs) as Array<[string, string]>) io.setOutput(name, value);
}
