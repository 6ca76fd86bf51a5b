import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  EXIT_CONFIGURATION,
  runOrchestrator
} from "../chunks/chunk-BQYLOU6Z.js";
import "../chunks/chunk-FCHSJP6A.js";
import "../chunks/chunk-NUEQ5RRT.js";

// src/cli/main.ts
import { parseArgs } from "node:util";

// src/generated/action-specs.generated.ts
var ACTION_SPECS = {
  "check-serving-compat": {
    "description": "Check that a model loads and serves within memory and time limits, matches its offline outputs and keeps the baseline's serving signature.",
    "inputs": {
      "model": {
        "description": "Model to use: a model package directory (as written by `train`), or a bare `.onnx` file plus `features` (the input where the action has one, else in `config`). No default.",
        "required": false,
        "list": false
      },
      "baseline": {
        "description": "Baseline to compare against: a baseline model package path, a registry alias such as `production` (looked up in the registry), or a metrics/result JSON file from an earlier run of this action. No default: when empty, checks that need a baseline are skipped (compare-baseline: see `bootstrap`).",
        "required": false,
        "list": false
      },
      "data": {
        "description": "Data file or glob (CSV, JSON Lines or Parquet; a glob reads every match as one table). No default.",
        "required": false,
        "list": false
      },
      "config": {
        "description": "Path to the pipeline configuration file (`mlops.yml`). Every input can also be set there; an input given here wins over the file. No default: when empty, no configuration file is read.",
        "required": false,
        "list": false
      },
      "output": {
        "description": "Directory the action writes its results into (created when missing). Default: `.mlops/<action-name>`, here `.mlops/check-serving-compat`.",
        "required": false,
        "list": false
      },
      "memory-limit": {
        "description": "Memory the model may use when served, as a Kubernetes-style quantity, e.g. `512Mi` or `2Gi`. No default: when empty, memory is measured but not limited.",
        "required": false,
        "list": false
      },
      "load-timeout-seconds": {
        "description": "Maximum time in seconds for the model to load and answer its first request (a positive number). Default: `60`.",
        "required": false,
        "list": false
      },
      "tolerance": {
        "description": "Largest allowed absolute difference between a served output and the same output computed offline (a non-negative number). Default: `1e-5`.",
        "required": false,
        "list": false
      },
      "execution-providers": {
        "description": "ONNX Runtime execution providers to serve with, newline-separated (one per line), in order of preference, e.g. `CUDAExecutionProvider` then `CPUExecutionProvider`. Default: `CPUExecutionProvider`.",
        "required": false,
        "list": false
      },
      "golden-requests": {
        "description": "Path to a JSON Lines file of recorded requests with their expected responses, replayed against the served model. No default: when empty, requests are built from rows of `data`.",
        "required": false,
        "list": true
      }
    },
    "outputs": {
      "passed": {
        "description": "`'true'` when every serving check passed, else `'false'`."
      },
      "verdict": {
        "description": "Path of the verdict JSON (every check, pass or fail)."
      },
      "served-parity": {
        "description": "Largest absolute difference seen between served and offline outputs (a decimal number)."
      }
    }
  },
  "compare-baseline": {
    "description": "Bless a candidate model only if it is not significantly worse than the baseline model.",
    "inputs": {
      "model": {
        "description": "Model to use: a model package directory (as written by `train`), or a bare `.onnx` file plus `features` (the input where the action has one, else in `config`). No default.",
        "required": false,
        "list": false
      },
      "baseline": {
        "description": "Baseline to compare against: a baseline model package path, a registry alias such as `production` (looked up in the registry), or a metrics/result JSON file from an earlier run of this action. No default: when empty, checks that need a baseline are skipped (compare-baseline: see `bootstrap`).",
        "required": false,
        "list": false
      },
      "data": {
        "description": "Data file or glob (CSV, JSON Lines or Parquet; a glob reads every match as one table). No default.",
        "required": false,
        "list": false
      },
      "label": {
        "description": "Name of the label (target) column. No default: when empty, the label set in `config` or recorded in the model package is used, if any.",
        "required": false,
        "list": false
      },
      "config": {
        "description": "Path to the pipeline configuration file (`mlops.yml`). Every input can also be set there; an input given here wins over the file. No default: when empty, no configuration file is read.",
        "required": false,
        "list": false
      },
      "output": {
        "description": "Directory the action writes its results into (created when missing). Default: `.mlops/<action-name>`, here `.mlops/compare-baseline`.",
        "required": false,
        "list": false
      },
      "registry": {
        "description": "Model registry location: a directory path. Default: `.mlops/registry`.",
        "required": false,
        "list": false
      },
      "bootstrap": {
        "description": "What to do when there is no baseline yet (first run): `allow` blesses the candidate, `deny` fails the step. Default: `deny`.",
        "required": false,
        "list": false
      },
      "advisory": {
        "description": "Boolean, `'true'` or `'false'`: `'true'` reports the verdict but never fails the step (`blessed` still tells the truth). Default: `'false'`.",
        "required": false,
        "list": false
      },
      "confidence-level": {
        "description": "Confidence level of the paired comparison, a number between 0 and 1, e.g. `0.95`. Default: `0.95`.",
        "required": false,
        "list": false
      },
      "bootstrap-samples": {
        "description": "Number of bootstrap resamples used for confidence intervals: a non-negative integer; `0` turns intervals off. Default: `1000`.",
        "required": false,
        "list": false
      },
      "seed": {
        "description": "Random seed (an integer) for every random choice the action makes, so reruns are reproducible. Default: `0`.",
        "required": false,
        "list": false
      }
    },
    "outputs": {
      "blessed": {
        "description": "`'true'` when the candidate is blessed (not significantly worse than the baseline), else `'false'`."
      },
      "verdict": {
        "description": "Path of the verdict JSON (every comparison, pass or fail)."
      },
      "report": {
        "description": "Path of the Markdown report (also suitable for a pull-request comment or job summary)."
      },
      "flip-rate": {
        "description": "Fraction of rows whose prediction differs between candidate and baseline, from `0` to `1`."
      }
    }
  },
  "evaluate": {
    "description": "Score a model on a dataset, overall and per slice, with bootstrap confidence intervals.",
    "inputs": {
      "model": {
        "description": "Model to use: a model package directory (as written by `train`), or a bare `.onnx` file plus `features` (the input where the action has one, else in `config`). No default.",
        "required": false,
        "list": false
      },
      "features": {
        "description": "Feature column names the model takes, newline-separated (one per line), in model input order. Only needed when `model` is a bare `.onnx` file; a model package records its own. No default.",
        "required": false,
        "list": true
      },
      "data": {
        "description": "Data file or glob (CSV, JSON Lines or Parquet; a glob reads every match as one table). No default.",
        "required": false,
        "list": false
      },
      "label": {
        "description": "Name of the label (target) column. No default: when empty, the label set in `config` or recorded in the model package is used, if any.",
        "required": false,
        "list": false
      },
      "config": {
        "description": "Path to the pipeline configuration file (`mlops.yml`). Every input can also be set there; an input given here wins over the file. No default: when empty, no configuration file is read.",
        "required": false,
        "list": false
      },
      "output": {
        "description": "Directory the action writes its results into (created when missing). Default: `.mlops/<action-name>`, here `.mlops/evaluate`.",
        "required": false,
        "list": false
      },
      "slices": {
        "description": "Slices to report metrics for, one spec per line: `column` (one slice per value), `column: 18, 30, 65` (numeric buckets at those boundaries), or a cross joined by `&` such as `plan & region`. No default: when empty, overall metrics only.",
        "required": false,
        "list": true
      },
      "bootstrap-samples": {
        "description": "Number of bootstrap resamples used for confidence intervals: a non-negative integer; `0` turns intervals off. Default: `1000`.",
        "required": false,
        "list": false
      },
      "seed": {
        "description": "Random seed (an integer) for every random choice the action makes, so reruns are reproducible. Default: `0`.",
        "required": false,
        "list": false
      },
      "batch-size": {
        "description": "Rows scored per inference batch (a positive integer). Default: `1024`.",
        "required": false,
        "list": false
      },
      "delimiter": {
        "description": "Field delimiter for CSV input: one character, `\\t` for tab. No default: when empty, detected from the file (comma when unsure).",
        "required": false,
        "list": false
      },
      "format": {
        "description": "Data format: `auto` (from the file extension: .csv, .jsonl/.ndjson, .parquet), `csv`, `jsonl` or `parquet`. Default: `auto`.",
        "required": false,
        "list": false
      }
    },
    "outputs": {
      "metrics": {
        "description": "Path of the metrics JSON (overall and per-slice metrics with confidence intervals)."
      },
      "predictions": {
        "description": "Path of the predictions file written (one row per input row)."
      },
      "headline-metric": {
        "description": "Name of the headline metric, e.g. `auc` for binary classification or `rmse` for regression."
      },
      "headline-value": {
        "description": "Value of the headline metric on the whole dataset, as a decimal number."
      },
      "passed": {
        "description": "`'true'` when every metric threshold set in `config` was met (also when none is set), else `'false'`."
      }
    }
  },
  "load-test": {
    "description": "Load-test a served model and gate on latency percentiles, throughput, error rate and regression against a baseline.",
    "inputs": {
      "model": {
        "description": "Model to use: a model package directory (as written by `train`), or a bare `.onnx` file plus `features` (the input where the action has one, else in `config`). No default.",
        "required": false,
        "list": false
      },
      "baseline": {
        "description": "Baseline to compare against: a baseline model package path, a registry alias such as `production` (looked up in the registry), or a metrics/result JSON file from an earlier run of this action. No default: when empty, checks that need a baseline are skipped (compare-baseline: see `bootstrap`).",
        "required": false,
        "list": false
      },
      "data": {
        "description": "Data file or glob (CSV, JSON Lines or Parquet; a glob reads every match as one table). No default.",
        "required": false,
        "list": false
      },
      "config": {
        "description": "Path to the pipeline configuration file (`mlops.yml`). Every input can also be set there; an input given here wins over the file. No default: when empty, no configuration file is read.",
        "required": false,
        "list": false
      },
      "output": {
        "description": "Directory the action writes its results into (created when missing). Default: `.mlops/<action-name>`, here `.mlops/load-test`.",
        "required": false,
        "list": false
      },
      "target-url": {
        "description": "URL of an already running prediction server to test instead of serving `model` locally: a base URL such as `https://models.example.com` gets the `mlops serve` path `/v1/models/<name>:predict`; a URL with its own path is used as it is. No default: when empty, `model` is served locally for the test.",
        "required": false,
        "list": false
      },
      "connections": {
        "description": "Number of concurrent connections (a positive integer). Default: `8`.",
        "required": false,
        "list": false
      },
      "duration": {
        "description": "Length of the measured test in seconds, after warm-up (a positive number). Default: `30`.",
        "required": false,
        "list": false
      },
      "rate": {
        "description": "Target request rate in requests per second, spread over all connections (a positive number). No default: when empty, each connection sends its next request as soon as the last one is answered.",
        "required": false,
        "list": false
      },
      "warmup": {
        "description": "Warm-up time in seconds before measuring; its requests are not counted (a non-negative number). Default: `5`.",
        "required": false,
        "list": false
      },
      "p50-ms": {
        "description": "Maximum allowed median latency in milliseconds (a positive number). No default: when empty, not checked.",
        "required": false,
        "list": false
      },
      "p95-ms": {
        "description": "Maximum allowed 95th-percentile latency in milliseconds (a positive number). No default: when empty, not checked.",
        "required": false,
        "list": false
      },
      "p99-ms": {
        "description": "Maximum allowed 99th-percentile latency in milliseconds (a positive number). No default: when empty, not checked.",
        "required": false,
        "list": false
      },
      "min-qps": {
        "description": "Minimum required throughput in answered requests per second (a positive number). No default: when empty, not checked.",
        "required": false,
        "list": false
      },
      "max-error-rate": {
        "description": "Maximum allowed fraction of failed requests, from 0 to 1, e.g. `0.001`. No default: when empty, not checked.",
        "required": false,
        "list": false
      },
      "max-p99-regression": {
        "description": "Maximum allowed p99 latency increase over the baseline, as a fraction, e.g. `0.10` for 10%. Needs `baseline`. No default: when empty, not checked.",
        "required": false,
        "list": false
      },
      "max-qps-regression": {
        "description": "Maximum allowed throughput drop below the baseline, as a fraction, e.g. `0.10` for 10%. Needs `baseline`. No default: when empty, not checked.",
        "required": false,
        "list": false
      }
    },
    "outputs": {
      "passed": {
        "description": "`'true'` when every limit that was set was met, else `'false'`."
      },
      "verdict": {
        "description": "Path of the verdict JSON (every measurement and limit, pass or fail)."
      },
      "qps": {
        "description": "Measured throughput in answered requests per second."
      },
      "p50-ms": {
        "description": "Measured median latency in milliseconds."
      },
      "p95-ms": {
        "description": "Measured 95th-percentile latency in milliseconds."
      },
      "p99-ms": {
        "description": "Measured 99th-percentile latency in milliseconds."
      },
      "error-rate": {
        "description": "Measured fraction of failed requests, from `0` to `1`."
      }
    }
  },
  "promote": {
    "description": "Promote a model version to dev, staging or production in the registry, with a GitHub deployment and an audit entry.",
    "inputs": {
      "model": {
        "description": "Model to promote: a version digest (`sha256:<hex>`), a registry alias such as `staging`, or a model package path (registered first if new). Required, here or in `config`, unless `rollback` is `'true'`. No default.",
        "required": false,
        "list": false
      },
      "to": {
        "description": "Stage to promote to: `dev`, `staging` or `production`. Required, here or in `config`. No default.",
        "required": false,
        "list": false
      },
      "registry": {
        "description": "Model registry location: a directory path. Default: `.mlops/registry`.",
        "required": false,
        "list": false
      },
      "rollback": {
        "description": "Boolean, `'true'` or `'false'`: `'true'` points `to` back at the version it pointed at before its last promotion (`model` is then ignored). Default: `'false'`.",
        "required": false,
        "list": false
      },
      "reason": {
        "description": "Why this promotion happens, free text recorded in the audit entry and the deployment. No default.",
        "required": false,
        "list": false
      },
      "config": {
        "description": "Path to the pipeline configuration file (`mlops.yml`). Every input can also be set there; an input given here wins over the file. No default: when empty, no configuration file is read.",
        "required": false,
        "list": false
      },
      "output": {
        "description": "Directory the action writes its results into (created when missing). Default: `.mlops/<action-name>`, here `.mlops/promote`.",
        "required": false,
        "list": false
      },
      "github-token": {
        "description": "Token used to create the GitHub deployment and its status (`deployments: write`) and to read and store the model's attestations (`attestations: write`). Default: `${{ github.token }}`.",
        "required": false,
        "list": false,
        "default": "${{ github.token }}"
      },
      "environment-url": {
        "description": "URL shown on the GitHub deployment for the stage, e.g. the serving endpoint. No default.",
        "required": false,
        "list": false
      },
      "allow-unprotected-production": {
        "description": "Boolean, `'true'` or `'false'`: by default, promotion to `production` fails unless the job runs in a GitHub environment with protection rules (such as required reviewers); `'true'` allows it anyway. Default: `'false'`.",
        "required": false,
        "list": false
      },
      "required-staging-runs": {
        "description": "Number of successful staging deployments a version needs before it may be promoted to `production` (a non-negative integer; `0` turns the check off). Default: `1`.",
        "required": false,
        "list": false
      },
      "mode": {
        "description": "Deployment pattern: `deploy-models` (the same model version moves from stage to stage) or `deploy-code` (each stage retrains from the promoted code, so the model must have been trained from the current commit). Default: `deploy-models`.",
        "required": false,
        "list": false
      },
      "attest": {
        "description": "Supply-chain attestation of the model on GitHub: `auto`, `true` or `false`. Promote attests the SLSA build provenance of `model.onnx` (signed with Sigstore, stored in the repository's attestations) unless the version already has one, and before `production` checks that the attestation stored for this exact digest names it. `auto` does this where the job and the repository's plan allow it (`id-token: write`, `attestations: write`) and records a skip otherwise, but refuses production when a stored attestation does not match the model; `true` requires it (fail closed); `false` turns it off. Default: `auto`.",
        "required": false,
        "list": false
      }
    },
    "outputs": {
      "promoted": {
        "description": "`'true'` when the stage now points at the requested version, else `'false'`."
      },
      "version": {
        "description": "Version digest (`sha256:<hex>`) the stage points at after this step."
      },
      "previous-version": {
        "description": "Version digest the stage pointed at before this step (empty when it had none)."
      },
      "deployment-id": {
        "description": "ID of the GitHub deployment created (empty when none was created)."
      },
      "audit-entry": {
        "description": "Path of the audit-log entry JSON written for this promotion."
      }
    }
  },
  "train": {
    "description": "Train a model (built-in trainer or your own command) and package it as a versioned ONNX model package.",
    "inputs": {
      "data": {
        "description": "Data file or glob (CSV, JSON Lines or Parquet; a glob reads every match as one table). No default.",
        "required": false,
        "list": false
      },
      "validation-data": {
        "description": "Held-out validation data: a file or glob, same formats as `data`, used for early stopping and the reported loss. No default: when empty, no validation set is used.",
        "required": false,
        "list": false
      },
      "label": {
        "description": "Name of the label (target) column. No default: when empty, the label set in `config` or recorded in the model package is used, if any.",
        "required": false,
        "list": false
      },
      "config": {
        "description": "Path to the pipeline configuration file (`mlops.yml`). Every input can also be set there; an input given here wins over the file. No default: when empty, no configuration file is read.",
        "required": false,
        "list": false
      },
      "output": {
        "description": "Directory the action writes its results into (created when missing). Default: `.mlops/<action-name>`, here `.mlops/train`.",
        "required": false,
        "list": false
      },
      "command": {
        "description": "Bring-your-own training command, run directly without a shell (split into arguments on spaces, quotes group; no pipes, globs or variable expansion). It must write `model.onnx` into the directory named by the `MLOPS_OUTPUT` environment variable; the action then packages it. No default: when empty, the built-in trainer runs.",
        "required": false,
        "list": false
      },
      "timeout-minutes": {
        "description": "Maximum training time in minutes (a positive number); training is stopped and the step fails after it. Default: `60`.",
        "required": false,
        "list": false
      },
      "require-gpu": {
        "description": "Boolean, `'true'` or `'false'`: `'true'` fails the step when no usable GPU is found; `'false'` falls back to the CPU. Default: `'false'`.",
        "required": false,
        "list": false
      },
      "seed": {
        "description": "Random seed (an integer) for every random choice the action makes, so reruns are reproducible. Default: `0`.",
        "required": false,
        "list": false
      },
      "epochs": {
        "description": "Number of training epochs for the built-in trainer (a positive integer). No default: when empty, the value in `params` or `config` is used, else the trainer\u2019s own default.",
        "required": false,
        "list": false
      },
      "params": {
        "description": 'Hyperparameters as a JSON object, e.g. `{"learning_rate": 0.01, "hidden_units": [64, 32]}`; passed to the built-in trainer, or to `command` as the `MLOPS_PARAMS` environment variable. No default: when empty, no extra hyperparameters.',
        "required": false,
        "list": false
      },
      "backend": {
        "description": "Compute backend for the built-in trainer: `auto` (the fastest available), `tensorflow`, `wasm` or `cpu`. Default: `auto`.",
        "required": false,
        "list": false
      },
      "delimiter": {
        "description": "Field delimiter for CSV input: one character, `\\t` for tab. No default: when empty, detected from the file (comma when unsure).",
        "required": false,
        "list": false
      },
      "format": {
        "description": "Data format: `auto` (from the file extension: .csv, .jsonl/.ndjson, .parquet), `csv`, `jsonl` or `parquet`. Default: `auto`.",
        "required": false,
        "list": false
      }
    },
    "outputs": {
      "model": {
        "description": "Path of the model package directory written."
      },
      "version": {
        "description": "Model version: the sha256 digest of the packaged `model.onnx`, `sha256:<hex>`."
      },
      "backend": {
        "description": "Backend actually used (`tensorflow`, `wasm`, `cpu`, or `command` for a bring-your-own command)."
      },
      "gpu": {
        "description": "`'true'` when training ran on a GPU, else `'false'`."
      },
      "final-loss": {
        "description": "Final loss (validation loss when `validation-data` was given, else training loss), as a decimal number."
      },
      "passed": {
        "description": "`'true'` when training finished and the package was written, else `'false'`."
      }
    }
  },
  "validate-data": {
    "description": "Check a dataset against a schema and a reference profile; fail on schema anomalies or drift.",
    "inputs": {
      "data": {
        "description": "Data file or glob (CSV, JSON Lines or Parquet; a glob reads every match as one table). No default.",
        "required": false,
        "list": false
      },
      "reference": {
        "description": "What to compare `data` against for drift: a data file or glob (same formats as `data`) or a saved profile JSON written by an earlier run (output `profile`). No default: when empty, no drift check runs.",
        "required": false,
        "list": false
      },
      "schema": {
        "description": "Path to the schema file (JSON) to validate `data` against. No default: when empty and a `reference` is given, a schema is inferred from the reference on the fly (the report says so); with neither, a schema is inferred from `data` itself and only structural checks can fail.",
        "required": false,
        "list": false
      },
      "infer-schema": {
        "description": "Path to write a schema inferred from `reference`, or from `data` when there is no reference. No default: when empty, no schema is inferred.",
        "required": false,
        "list": false
      },
      "label": {
        "description": "Name of the label (target) column. No default: when empty, the label set in `config` or recorded in the model package is used, if any.",
        "required": false,
        "list": false
      },
      "fail-on": {
        "description": "What fails the step: `schema` (schema anomalies only; drift is reported as a warning), `drift` (schema anomalies or drift) or `none` (never fail; report only). Default: `schema`.",
        "required": false,
        "list": false
      },
      "environment": {
        "description": "Schema environment to validate under, e.g. `TRAINING` or `SERVING` (in `SERVING` the label column is not expected). Default: `TRAINING`.",
        "required": false,
        "list": false
      },
      "merge-profiles": {
        "description": "Profile JSON paths to merge into one profile, newline-separated (one path per line), for data profiled in shards; the merged profile is written to output `profile`. No default: when empty, nothing is merged.",
        "required": false,
        "list": true
      },
      "config": {
        "description": "Path to the pipeline configuration file (`mlops.yml`). Every input can also be set there; an input given here wins over the file. No default: when empty, no configuration file is read.",
        "required": false,
        "list": false
      },
      "output": {
        "description": "Directory the action writes its results into (created when missing). Default: `.mlops/<action-name>`, here `.mlops/validate-data`.",
        "required": false,
        "list": false
      },
      "delimiter": {
        "description": "Field delimiter for CSV input: one character, `\\t` for tab. No default: when empty, detected from the file (comma when unsure).",
        "required": false,
        "list": false
      },
      "format": {
        "description": "Data format: `auto` (from the file extension: .csv, .jsonl/.ndjson, .parquet), `csv`, `jsonl` or `parquet`. Default: `auto`.",
        "required": false,
        "list": false
      }
    },
    "outputs": {
      "passed": {
        "description": "`'true'` when the step's gate (`fail-on`) passed, else `'false'`."
      },
      "result": {
        "description": "Path of the result JSON (every check, pass or fail)."
      },
      "profile": {
        "description": "Path of the data profile JSON written for `data` (reusable later as `reference`)."
      },
      "anomalies": {
        "description": "Number of schema anomalies found (an integer; `0` when no schema check ran)."
      },
      "drifted-features": {
        "description": "Number of features whose drift exceeded its threshold (an integer; `0` when no drift check ran)."
      },
      "drift-share": {
        "description": "Fraction of features drifted, from `0` to `1` (`0` when no drift check ran)."
      }
    }
  }
};

// src/cli/progress.ts
function progressLine(task, done, total) {
  if (total === void 0 || !(total > 0)) return `${task}: ${count(done)}`;
  return `${task}: ${count(done)}/${count(total)} (${percent(done, total)}%)`;
}
function inCI(env) {
  const value = env.CI;
  return value !== void 0 && value !== "" && value !== "0" && value.toLowerCase() !== "false";
}
function isInteractive(stream, env) {
  return stream.isTTY === true && env.TERM !== "dumb" && !inCI(env);
}
function colorEnabled(stream, env) {
  const force = env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return stream.isTTY === true && env.TERM !== "dumb";
}
var ESC = "\x1B[";
var ansi = {
  bold: (text) => `${ESC}1m${text}${ESC}22m`,
  dim: (text) => `${ESC}2m${text}${ESC}22m`,
  red: (text) => `${ESC}31m${text}${ESC}39m`,
  green: (text) => `${ESC}32m${text}${ESC}39m`,
  cyan: (text) => `${ESC}36m${text}${ESC}39m`
};
var ERASE_LINE = `\r${ESC}K`;
var ProgressRenderer = class {
  constructor(stream, options = {}) {
    this.stream = stream;
    const env = options.env ?? process.env;
    this.interactive = options.interactive ?? isInteractive(stream, env);
    this.color = options.color ?? colorEnabled(stream, env);
    this.now = options.now ?? (() => performance.now());
    this.intervalMs = options.intervalMs ?? 5e3;
    this.redrawMs = options.redrawMs ?? 100;
    this.quietMs = options.quietMs ?? 1e3;
  }
  stream;
  interactive;
  quietMs;
  color;
  now;
  intervalMs;
  redrawMs;
  tasks = /* @__PURE__ */ new Map();
  /** Interactive mode: the task whose bar is on screen without a line end, if any. */
  drawn;
  drawnAt = Number.NEGATIVE_INFINITY;
  /** `done` of `total` units of `task` are finished; `total` undefined when unknown. Done ≥ total ends it. */
  update(task, done, total) {
    if (!Number.isFinite(done)) return;
    let state = this.tasks.get(task);
    if (state === void 0 || state.finished && done < state.done) {
      state = {
        task,
        done,
        total,
        bucket: -1,
        printedAt: Number.NEGATIVE_INFINITY,
        printedDone: -1,
        finished: false,
        startedAt: this.now()
      };
      this.tasks.set(task, state);
    } else if (state.finished) return;
    state.done = done;
    state.total = total;
    const complete = total !== void 0 && total > 0 && done >= total;
    if (this.interactive) this.draw(state, complete);
    else this.print(state, complete);
    if (complete) state.finished = true;
  }
  /** Before other output: take an unfinished bar off the line so the text starts at column 0. */
  clear() {
    if (this.drawn !== void 0) this.stream.write(ERASE_LINE);
  }
  /** After other output: put the bar that `clear` took away back. */
  restore() {
    if (this.drawn !== void 0) this.stream.write(this.bar(this.drawn));
  }
  /** At the end of a run: leave an unfinished bar on screen as it stands, ended by a newline. */
  close() {
    if (this.drawn !== void 0) this.stream.write("\n");
    this.drawn = void 0;
  }
  print(state, complete) {
    const now = this.now();
    const bucket = state.total !== void 0 && state.total > 0 ? Math.floor(Math.min(state.done, state.total) / state.total * 10) : 0;
    const first = state.printedDone < 0;
    if (first && now - state.startedAt < this.quietMs) return;
    const due = bucket > state.bucket || now - state.printedAt >= this.intervalMs && state.done !== state.printedDone;
    if (!first && !due && !complete) return;
    if (complete && state.printedDone === state.done) return;
    state.bucket = Math.max(bucket, state.bucket);
    state.printedAt = now;
    state.printedDone = state.done;
    const line = progressLine(state.task, state.done, state.total);
    this.stream.write(`${this.color ? colorTask(line, state.task) : line}
`);
  }
  draw(state, complete) {
    const now = this.now();
    const other = this.drawn !== void 0 && this.drawn !== state;
    if (!other && this.drawn === state && !complete && now - this.drawnAt < this.redrawMs) return;
    if (other) this.stream.write("\n");
    this.drawnAt = now;
    this.stream.write(this.bar(state));
    if (complete) {
      this.stream.write("\n");
      this.drawn = void 0;
    } else this.drawn = state;
  }
  /** `\r` + `task [█████░░░░░]  50% 500/1,000` + erase to the end of the line, never wider than the terminal. */
  bar(state) {
    const columns = Math.max(20, this.stream.columns || 80) - 1;
    const { task, done, total } = state;
    const known = total !== void 0 && total > 0;
    const counts = known ? `${String(percent(done, total)).padStart(3)}% ${count(done)}/${count(total)}` : count(done);
    const room = columns - task.length - counts.length - 4;
    let text;
    if (known && room >= 10) {
      const width = Math.min(40, room);
      const filled = Math.round(Math.min(done, total) / total * width);
      const full = "\u2588".repeat(filled);
      const empty = "\u2591".repeat(width - filled);
      text = this.color ? `${ansi.bold(task)} ${ansi.cyan(full)}${ansi.dim(empty)} ${done >= total ? ansi.green(counts) : counts}` : `${task} ${full}${empty} ${counts}`;
    } else {
      const plain = progressLine(task, done, total);
      const cut = plain.length > columns ? `${plain.slice(0, columns - 1)}\u2026` : plain;
      text = this.color ? colorTask(cut, task) : cut;
    }
    return `${ERASE_LINE}${text}`;
  }
};
function colorTask(line, task) {
  return line.startsWith(task) ? `${ansi.cyan(task)}${line.slice(task.length)}` : line;
}
function count(value) {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function percent(done, total) {
  return Math.max(0, Math.min(100, Math.floor(done / total * 100)));
}

// src/cli/terminal.ts
function createTerminalIO(values, json, streams = { stdout: process.stdout, stderr: process.stderr, env: process.env }) {
  const human = json ? streams.stderr : streams.stdout;
  const progress = new ProgressRenderer(human, {
    env: streams.env,
    ...streams.now ? { now: streams.now } : {},
    ...streams.quietMs === void 0 ? {} : { quietMs: streams.quietMs }
  });
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
    report: (text) => {
      progress.clear();
      human.write(`${text}
`);
      progress.restore();
    },
    // The report already lists every finding; annotations are GitHub's way of showing them.
    annotate: () => {
    },
    result: (value) => {
      if (json) streams.stdout.write(`${JSON.stringify(value, null, 2)}
`);
    },
    progress: (task, done, total) => progress.update(task, done, total),
    close: () => progress.close()
  };
}
function errorLine(command, message, stream = process.stderr, env = process.env) {
  const label = colorEnabled(stream, env) ? ansi.red(ansi.bold("error:")) : "error:";
  return `mlops ${command}: ${label} ${message}
`;
}

// src/cli/main.ts
var COMMANDS = {
  "validate-data": async () => (await import("../chunks/validate-data-Z2T7WYQF.js")).runValidateData,
  train: async () => (await import("../chunks/train-KDQRGKVZ.js")).runTrain,
  evaluate: async () => (await import("../chunks/evaluate-SV2A2CXF.js")).runEvaluate,
  "compare-baseline": async () => (await import("../chunks/compare-baseline-UG57CEFJ.js")).runCompareBaseline,
  "check-serving-compat": async () => (await import("../chunks/check-serving-compat-QF5MH3Z3.js")).runCheckServingCompat,
  "load-test": async () => (await import("../chunks/load-test-KP3WEYYV.js")).runLoadTestAction,
  promote: async () => (await import("../chunks/promote-KNHMN4KR.js")).runPromote
};
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
    `  ${"serve".padEnd(width)}  Run the prediction server on a model package ('mlops serve --help').`,
    `  ${"workflow".padEnd(width)}  Check, lint or run a GitHub workflow locally ('mlops workflow --help').`,
    `  ${"report".padEnd(width)}  A self-contained HTML report of a pipeline run ('mlops report --help').`,
    `  ${"comment".padEnd(width)}  The pull-request comment of a pipeline run, written or posted ('mlops comment --help').`,
    `  ${"lineage".padEnd(width)}  The chain from training data to deployment of a model version.`,
    `  ${"history".padEnd(width)}  What each stage (dev, staging, production) ran, when, and why.`,
    "",
    "Exit codes: 0 passed, 1 a gate failed, 2 configuration or input error, 3 internal error.",
    "Run 'mlops <command> --help' for a command's inputs."
  ].join("\n");
}
function commandHelp(action) {
  const spec = ACTION_SPECS[action];
  const lines = [
    `mlops ${action}: ${spec.description}`,
    "",
    `Usage: mlops ${action} [--<input> <value> ...] [--json]`,
    "",
    "Inputs:"
  ];
  for (const [name, input] of Object.entries(spec.inputs)) {
    lines.push(`  --${name}${input.list ? " (repeatable)" : ""}`);
    lines.push(...wrap(input.description.replace(/\s+/g, " "), 72).map((line) => `      ${line}`));
  }
  lines.push(
    "",
    "Other options:",
    "  --json   print the result as JSON on stdout (the report goes to stderr)",
    "  --help   this text"
  );
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
  if (command === "serve") return (await import("../chunks/serve-OIB2YWTI.js")).serveCommand(rest);
  if (command === "comment") return (await import("../chunks/comment-L26ADEE6.js")).commentCommand(rest);
  if (command === "workflow") return (await import("../chunks/workflow-KUHNSC4T.js")).workflowCommand(rest);
  if (command === "report") return (await import("../chunks/report-FI7OKCUP.js")).reportCommand(rest);
  if (command === "lineage" || command === "history")
    return (await import("../chunks/lineage-EJWYL6OK.js")).lineageCommand(command, rest);
  if (!isAction(command)) {
    process.stderr.write(`mlops: unknown command "${command}"

${usage()}
`);
    return EXIT_CONFIGURATION;
  }
  const spec = ACTION_SPECS[command];
  const options = {
    json: { type: "boolean" },
    help: { type: "boolean" }
  };
  for (const [name, input] of Object.entries(spec.inputs)) options[name] = { type: "string", multiple: input.list };
  let values;
  try {
    ({ values } = parseArgs({ args: [...rest], options, strict: true, allowPositionals: false }));
  } catch (error) {
    process.stderr.write(
      `mlops ${command}: ${error.message.split("\n")[0]}; see 'mlops ${command} --help'
`
    );
    return EXIT_CONFIGURATION;
  }
  if (values.help === true) {
    process.stdout.write(`${commandHelp(command)}
`);
    return 0;
  }
  const json = values.json === true;
  const io = terminalIO(values, json);
  const { exitCode, failure } = await runOrchestrator(await COMMANDS[command](), io, command);
  io.close();
  if (failure !== void 0) {
    process.stderr.write(errorLine(command, failure.message));
    if (failure.stack !== void 0 && process.env.MLOPS_DEBUG !== void 0)
      process.stderr.write(`${failure.stack}
`);
    if (json) process.stdout.write(`${JSON.stringify({ error: failure })}
`);
  }
  return exitCode;
}
function terminalIO(values, json) {
  return createTerminalIO(values, json);
}
process.exitCode = await main(process.argv.slice(2));
export {
  main
};
