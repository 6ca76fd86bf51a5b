import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  ACTION_SPECS
} from "../chunks/chunk-HRF533EA.js";
import {
  EXIT_CONFIGURATION,
  notImplemented,
  runOrchestrator
} from "../chunks/chunk-LFXWOOJH.js";
import "../chunks/chunk-OEHKQAJV.js";

// src/cli/main.ts
import { parseArgs } from "node:util";
var COMMANDS = {
  "validate-data": async () => (await import("../chunks/validate-data-DI4EKX2M.js")).runValidateData,
  train: async () => notImplemented("train"),
  evaluate: async () => notImplemented("evaluate"),
  "compare-baseline": async () => notImplemented("compare-baseline"),
  "check-serving-compat": async () => notImplemented("check-serving-compat"),
  "load-test": async () => notImplemented("load-test"),
  promote: async () => notImplemented("promote")
};
var LIST_INPUTS = /* @__PURE__ */ new Set(["merge-profiles", "slices", "golden-requests", "features"]);
function isAction(name) {
  return name !== void 0 && Object.hasOwn(ACTION_SPECS, name);
}
function usage() {
  const width = Math.max(...Object.keys(ACTION_SPECS).map((name) => name.length));
  return [
    "mlops: CI/CD/CT for ML models; each command is the GitHub action of the same name, with the same inputs.",
    "",
    "Usage: mlops <command> [--<input> <value> ...] [--json] [--help]",
    "",
    "Commands:",
    ...Object.entries(ACTION_SPECS).map(([name, spec]) => `  ${name.padEnd(width)}  ${spec.description}`),
    "",
    "Exit codes: 0 passed, 1 a gate failed, 2 configuration or input error, 3 internal error.",
    "Run 'mlops <command> --help' for a command's inputs."
  ].join("\n");
}
function commandHelp(action) {
  const spec = ACTION_SPECS[action];
  const lines = [`mlops ${action}: ${spec.description}`, "", `Usage: mlops ${action} [--<input> <value> ...] [--json]`, "", "Inputs:"];
  for (const [name, input] of Object.entries(spec.inputs)) {
    lines.push(`  --${name}${LIST_INPUTS.has(name) ? " (repeatable)" : ""}`);
    lines.push(...wrap(input.description.replace(/\s+/g, " "), 72).map((line) => `      ${line}`));
  }
  lines.push("", "Other options:", "  --json   print the result as JSON on stdout (the report goes to stderr)", "  --help   this text");
  return lines.join("\n");
}
function wrap(text, width) {
  const lines = [];
  let current = "";
  for (const word of text.split(" ")) {
    if (current !== "" && current.length + word.length + 1 > width) {
      lines.push(current);
      current = word;
    } else current = current === "" ? word : `${current} ${word}`;
  }
  if (current !== "") lines.push(current);
  return lines;
}
async function main(argv) {
  const [command, ...rest] = argv;
  if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(`${usage()}
`);
    return command === void 0 ? EXIT_CONFIGURATION : 0;
  }
  if (!isAction(command)) {
    process.stderr.write(`mlops: unknown command "${command}"

${usage()}
`);
    return EXIT_CONFIGURATION;
  }
  const spec = ACTION_SPECS[command];
  const options = { json: { type: "boolean" }, help: { type: "boolean" } };
  for (const name of Object.keys(spec.inputs)) options[name] = { type: "string", multiple: LIST_INPUTS.has(name) };
  let values;
  try {
    ({ values } = parseArgs({ args: [...rest], options, strict: true, allowPositionals: false }));
  } catch (error) {
    process.stderr.write(`mlops ${command}: ${error.message.split("\n")[0]}; see 'mlops ${command} --help'
`);
    return EXIT_CONFIGURATION;
  }
  if (values.help === true) {
    process.stdout.write(`${commandHelp(command)}
`);
    return 0;
  }
  const json = values.json === true;
  const io = terminalIO(values, json);
  const { exitCode, failure } = await runOrchestrator(await COMMANDS[command](), io);
  if (failure !== void 0) {
    process.stderr.write(`mlops ${command}: error: ${failure.message}
`);
    if (failure.stack !== void 0 && process.env.MLOPS_DEBUG !== void 0) process.stderr.write(`${failure.stack}
`);
    if (json) process.stdout.write(`${JSON.stringify({ error: failure })}
`);
  }
  return exitCode;
}
function terminalIO(values, json) {
  const human = json ? process.stderr : process.stdout;
  return {
    input: (name) => {
      const value = values[name];
      if (Array.isArray(value)) return value.length === 0 ? void 0 : value.join("\n");
      return typeof value === "string" && value !== "" ? value : void 0;
    },
    setOutput: () => {
    },
    summary: async () => {
    },
    report: (text) => human.write(`${text}
`),
    // The report already lists every finding; annotations are GitHub's way of showing them.
    annotate: () => {
    },
    result: (value) => {
      if (json) process.stdout.write(`${JSON.stringify(value, null, 2)}
`);
    }
  };
}
process.exitCode = await main(process.argv.slice(2));
export {
  main
};
