/**
 * Local stand-ins for the third-party actions the workflows use. Each one does what the action would do to
 * the workspace (artifacts are copied into a directory of the run), or says plainly that it does nothing.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';

export interface EmulationContext {
  workspace: string;
  /** `<workspace>/.mlops-runner`: artifacts and caches of this run. */
  stateDir: string;
  /** The mlops-actions repository (what `repository: …/mlops-actions` checks out). */
  actionsRoot: string;
  inputs: Record<string, string>;
  log: (line: string) => void;
  setOutput: (name: string, value: string) => void;
}

/** Runs after the job's steps (what an action's `post:` does), e.g. saving a cache. */
export type PostStep = () => Promise<void> | void;

export type Emulator = (context: EmulationContext) => Promise<PostStep | undefined> | PostStep | undefined;

const GLOB = /[*?[\]{}!]/;

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function commonAncestor(directories: string[]): string {
  const split = directories.map((directory) => directory.split(path.sep));
  const first = split[0] ?? [];
  let length = first.length;
  for (const parts of split) {
    let index = 0;
    while (index < length && parts[index] === first[index]) index++;
    length = index;
  }
  return first.slice(0, length).join(path.sep) || path.sep;
}

/** upload-artifact's layout: files relative to the least common ancestor of the search paths. */
function collect(workspace: string, patterns: string[], hidden: boolean): { root: string; files: string[] } {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const ignore = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const searchPaths: string[] = [];
  const globs: string[] = [];
  for (const pattern of include) {
    const absolute = path.resolve(workspace, pattern);
    if (!GLOB.test(pattern)) {
      if (existsSync(absolute) && statSync(absolute).isDirectory()) {
        searchPaths.push(absolute);
        globs.push(path.join(absolute, '**'));
      } else {
        searchPaths.push(path.dirname(absolute));
        globs.push(absolute);
      }
      continue;
    }
    const parts = absolute.split(path.sep);
    const literalPart = parts.slice(
      0,
      parts.findIndex((part) => GLOB.test(part)),
    );
    searchPaths.push(literalPart.join(path.sep) || path.sep);
    globs.push(absolute);
  }
  const files = new Set<string>();
  for (const pattern of globs) {
    const base = GLOB.test(pattern) ? path.sep : path.dirname(pattern);
    const relative = path.relative(base, pattern);
    for (const file of globSync(relative, {
      cwd: base,
      absolute: true,
      onlyFiles: true,
      dot: hidden,
      ignore: ignore.map((p) => path.relative(base, path.resolve(workspace, p))),
    }))
      files.add(path.resolve(file));
  }
  return { root: commonAncestor(searchPaths), files: [...files].sort() };
}

function artifactsDir(context: EmulationContext): string {
  return path.join(context.stateDir, 'artifacts');
}

const uploadArtifact: Emulator = ({ workspace, inputs, log, setOutput, ...rest }) => {
  const name = inputs.name || 'artifact';
  const patterns = list(inputs.path);
  if (patterns.length === 0) throw new Error('upload-artifact: input `path` is required');
  const { root, files } = collect(workspace, patterns, inputs['include-hidden-files'] === 'true');
  if (files.length === 0) {
    const mode = inputs['if-no-files-found'] || 'warn';
    const message = `upload-artifact: no files were found with the provided path: ${patterns.join(', ')}`;
    if (mode === 'error') throw new Error(message);
    if (mode === 'warn') log(`warning: ${message}. No artifacts will be uploaded.`);
    return undefined;
  }
  const target = path.join(artifactsDir({ workspace, inputs, log, setOutput, ...rest }), name);
  if (existsSync(target)) {
    if (inputs.overwrite !== 'true')
      throw new Error(
        `upload-artifact: an artifact named "${name}" already exists in this run (set overwrite: true to replace it)`,
      );
    rmSync(target, { recursive: true, force: true });
  }
  for (const file of files) {
    const destination = path.join(target, path.relative(root, file));
    mkdirSync(path.dirname(destination), { recursive: true });
    cpSync(file, destination);
  }
  log(`upload-artifact: ${files.length} file(s) from ${path.relative(workspace, root) || '.'} → ${target}`);
  const digest = createHash('sha256').update(files.join('\n')).digest('hex');
  setOutput('artifact-id', name);
  setOutput('artifact-url', `file://${target}`);
  setOutput('artifact-digest', digest);
  return undefined;
};

function wildcard(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`);
}

const downloadArtifact: Emulator = (context) => {
  const { workspace, inputs, log, setOutput } = context;
  const store = artifactsDir(context);
  const destination = path.resolve(workspace, inputs.path || '.');
  const available = existsSync(store) ? readdirSync(store).sort() : [];
  if (inputs.name) {
    const source = path.join(store, inputs.name);
    if (!existsSync(source))
      throw new Error(
        `download-artifact: Artifact not found for name: ${inputs.name} (this run has: ${available.join(', ') || 'none'})`,
      );
    cpSync(source, destination, { recursive: true });
    log(`download-artifact: ${inputs.name} → ${destination}`);
  } else {
    const matcher = inputs.pattern ? wildcard(inputs.pattern) : undefined;
    const names = available.filter((name) => matcher === undefined || matcher.test(name));
    for (const name of names) {
      const target = inputs['merge-multiple'] === 'true' ? destination : path.join(destination, name);
      cpSync(path.join(store, name), target, { recursive: true });
    }
    log(`download-artifact: ${names.length} artifact(s) → ${destination}`);
  }
  setOutput('download-path', destination);
  return undefined;
};

const checkout: Emulator = ({ workspace, actionsRoot, inputs, log }) => {
  const repository = inputs.repository ?? '';
  const where = inputs.path ? path.resolve(workspace, inputs.path) : workspace;
  if (/(^|\/)mlops-actions$/.test(repository) && where !== workspace) {
    // The fallback for runners without `$/`: check out the actions' repository beside the caller's code.
    if (!existsSync(where)) {
      mkdirSync(path.dirname(where), { recursive: true });
      symlinkSync(actionsRoot, where, 'dir');
    }
    log(`checkout: ${repository} → ${where} (a link to ${actionsRoot})`);
    return undefined;
  }
  log(
    `checkout: nothing to do; the workspace ${workspace} is the checkout` +
      (repository ? ` (repository ${repository} not fetched)` : '') +
      (inputs.ref ? ` (ref ${inputs.ref} ignored)` : ''),
  );
  return undefined;
};

const setupNode: Emulator = ({ inputs, log, setOutput }) => {
  const current = process.versions.node;
  const requested = inputs['node-version'] ?? '';
  const major = /^v?(\d+)/.exec(requested)?.[1];
  if (major !== undefined && Number(major) > Number(current.split('.')[0]))
    log(`setup-node: warning: Node ${requested} requested, this machine runs ${current}; continuing with ${current}`);
  else log(`setup-node: using this machine's Node ${current}${requested ? ` (requested ${requested})` : ''}`);
  if (inputs.cache) log(`setup-node: cache: ${inputs.cache} ignored locally`);
  setOutput('node-version', `v${current}`);
  return undefined;
};

function cacheDir(context: EmulationContext, key: string): string {
  return path.join(context.stateDir, 'cache', createHash('sha256').update(key).digest('hex').slice(0, 32));
}

function restoreCache(context: EmulationContext): boolean {
  const { inputs, log, setOutput, workspace } = context;
  const key = inputs.key ?? '';
  const candidates = [key, ...list(inputs['restore-keys'])];
  for (const candidate of candidates) {
    const source = cacheDir(context, candidate);
    if (!existsSync(source)) continue;
    for (const entry of list(inputs.path)) {
      const from = path.join(source, createHash('sha256').update(entry).digest('hex').slice(0, 16));
      if (existsSync(from)) cpSync(from, path.resolve(workspace, entry), { recursive: true });
    }
    const exact = candidate === key;
    log(`cache: restored from ${exact ? 'key' : 'restore key'} ${candidate}`);
    setOutput('cache-hit', String(exact));
    setOutput('cache-matched-key', candidate);
    return exact;
  }
  log(`cache: no entry for ${key}`);
  setOutput('cache-hit', 'false');
  return false;
}

function saveCache(context: EmulationContext): void {
  const key = context.inputs.key ?? '';
  const target = cacheDir(context, key);
  if (existsSync(target)) return;
  for (const entry of list(context.inputs.path)) {
    const source = path.resolve(context.workspace, entry);
    if (!existsSync(source)) continue;
    cpSync(source, path.join(target, createHash('sha256').update(entry).digest('hex').slice(0, 16)), {
      recursive: true,
    });
  }
  context.log(`cache: saved ${key}`);
}

const cache: Emulator = (context) => (restoreCache(context) ? undefined : () => saveCache(context));

export const EMULATED: Record<string, Emulator> = {
  'actions/checkout': checkout,
  'actions/setup-node': setupNode,
  'actions/upload-artifact': uploadArtifact,
  'actions/download-artifact': downloadArtifact,
  'actions/cache': cache,
  'actions/cache/restore': (context) => {
    restoreCache(context);
    return undefined;
  },
  'actions/cache/save': (context) => {
    saveCache(context);
    return undefined;
  },
};
