import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  ConfigurationError,
  shorten
} from "./chunk-FCHSJP6A.js";

// src/config/config.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
var validateConfig;
async function configValidator() {
  if (validateConfig === void 0) {
    const [{ default: validate }, { checkedBy }] = await Promise.all([
      import("./mlops-config-5C5FUUFP.js"),
      import("./validator-U7Z7BXYA.js")
    ]);
    validateConfig = checkedBy(
      validate,
      "mlops configuration (see schemas/mlops-config.schema.json)"
    );
  }
  return validateConfig;
}
async function loadConfig(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = error.code;
    throw new ConfigurationError(
      `cannot read the configuration file ${file}: ${code === "ENOENT" ? "no such file" : code}`
    );
  }
  const [yaml, validate] = await Promise.all([import("./dist-5XRM2Z73.js"), configValidator()]);
  const { parse } = yaml.default;
  let parsed;
  try {
    parsed = parse(text, { schema: "core", prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    throw new ConfigurationError(`${file} is not valid YAML: ${shorten(error.message, 200)}`);
  }
  if (parsed === null || parsed === void 0)
    throw new ConfigurationError(`${file} is empty: it needs at least \`version: 1\``);
  return { directory: path.dirname(file), file, values: validate(parsed, file) };
}
function configValue(config, action, input) {
  if (config === void 0) return void 0;
  const section = config.values[action];
  if (section !== void 0 && section[input] !== void 0) return section[input];
  return config.values[input];
}
function configSection(config, action) {
  return config?.values[action] ?? {};
}

// src/actions/inputs.ts
import path2 from "node:path";
var PATH_INPUTS = /* @__PURE__ */ new Set([
  "data",
  "reference",
  "schema",
  "infer-schema",
  "merge-profiles",
  "output",
  "model",
  "registry",
  "baseline",
  "validation-data"
]);
var ActionInputs = class _ActionInputs {
  constructor(action, io, config) {
    this.action = action;
    this.io = io;
    this.config = config;
  }
  action;
  io;
  config;
  static async load(action, io) {
    const file = io.input("config");
    return new _ActionInputs(action, io, file === void 0 ? void 0 : await loadConfig(file));
  }
  /** A string value, or undefined when neither the input nor the configuration sets it. */
  string(name) {
    const given = this.io.input(name);
    if (given !== void 0) return given;
    const fromConfig = configValue(this.config, this.action, name);
    if (fromConfig === void 0 || fromConfig === null) return void 0;
    const values = Array.isArray(fromConfig) ? fromConfig.map(String) : [String(fromConfig)];
    return values.map((text) => this.fromConfigPath(name, text)).join("\n");
  }
  fromConfigPath(name, text) {
    return PATH_INPUTS.has(name) ? this.configPath(text) : text;
  }
  /** A path written in mlops.yml (an input or a structured setting): relative paths start at the file's folder. */
  configPath(text) {
    return this.config === void 0 || path2.isAbsolute(text) ? text : path2.join(this.config.directory, text);
  }
  required(name) {
    const value = this.string(name);
    if (value === void 0) {
      throw new ConfigurationError(
        `${this.action}: input \`${name}\` is required: set it with --${name}, in \`with:\`, or in mlops.yml`
      );
    }
    return value;
  }
  oneOf(name, allowed, fallback) {
    const value = this.string(name) ?? fallback;
    if (!allowed.includes(value)) {
      throw new ConfigurationError(
        `${this.action}: input \`${name}\` is "${value}"; expected one of: ${allowed.join(", ")}`
      );
    }
    return value;
  }
  /** Only `true` and `false`: a YAML-ish `yes` is refused rather than silently read as false. */
  boolean(name, fallback) {
    const value = this.string(name);
    if (value === void 0) return fallback;
    if (value === "true") return true;
    if (value === "false") return false;
    throw new ConfigurationError(`${this.action}: input \`${name}\` is "${value}"; expected true or false`);
  }
  number(name, fallback, range = {}) {
    const value = this.string(name);
    if (value === void 0) return fallback;
    const parsed = Number(value);
    const { min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY } = range;
    if (value.trim() === "" || !Number.isFinite(parsed) || parsed < min || parsed > max) {
      throw new ConfigurationError(
        `${this.action}: input \`${name}\` is "${value}"; expected a number in [${min}, ${max}]`
      );
    }
    return parsed;
  }
  /** A newline- (or comma-) separated list. */
  list(name) {
    const value = this.string(name);
    if (value === void 0) return [];
    return value.split(/\r?\n|,/).map((item) => item.trim()).filter((item) => item !== "");
  }
};
function setOutputs(io, _action, outputs) {
  for (const [name, value] of Object.entries(outputs)) io.setOutput(name, value);
}

export {
  configSection,
  ActionInputs,
  setOutputs
};
