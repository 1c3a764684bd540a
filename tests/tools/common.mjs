// Shared helpers for the test runner (tests/run.mjs), the expected-output
// recorder (tests/tools/accept.mjs) and the fuzz check (tests/unit/fuzz.test.mjs).
// Mirrors the behaviour of MicroPython's tests/run-tests.py where it matters:
// the program runs with its own folder as cwd, stdout and stderr go to one
// file descriptor so their order is kept, and the output is compared verbatim.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const TESTS_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const ROOT_DIR = path.dirname(TESTS_DIR);
export const DEFAULT_IMPL = ['node', path.join(ROOT_DIR, 'bin', 'micropython.mjs')];

// Directories holding Python test programs (each *.py directly inside, with a
// sibling *.py.exp). Helper modules live in subfolders and are not tests.
export const PY_DIRS = ['basics', 'float', 'misc', 'unicode', 'cmdline'];

// Split an implementation command line ("python3 -X dev") into argv, honouring
// simple quotes so a path with spaces can be given.
export function splitCommand(cmd) {
  const out = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  let m;
  while ((m = re.exec(cmd)) !== null) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

// Run `argv... file` with cwd = dir; stdout and stderr are merged in order by
// sharing one temp file as both descriptors. Resolves to
// { output, code, signal, timedOut, ms }.
export function runMerged(argv, args, { cwd, timeout = 10000, env = {} } = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mpts-'));
  const outPath = path.join(tmp, 'out');
  const fd = fs.openSync(outPath, 'w');
  const start = Date.now();
  return new Promise((resolve) => {
    let child;
    const finish = (code, signal, timedOut, spawnError) => {
      try { fs.closeSync(fd); } catch { /* already closed */ }
      let output = '';
      try { output = fs.readFileSync(outPath).toString('utf8'); } catch { /* no output */ }
      fs.rmSync(tmp, { recursive: true, force: true });
      output = output.replace(/\r\n/g, '\n');
      if (spawnError) output += `<spawn error: ${spawnError.message}>\n`;
      resolve({ output, code, signal, timedOut, ms: Date.now() - start });
    };
    try {
      child = spawn(argv[0], [...argv.slice(1), ...args], {
        cwd,
        stdio: ['ignore', fd, fd],
        detached: true, // own process group, so a timeout kills any children too
        env: { ...process.env, PYTHONUNBUFFERED: '1', PYTHONIOENCODING: 'utf-8', PYTHONHASHSEED: '0', ...env },
      });
    } catch (e) {
      finish(null, null, false, e);
      return;
    }
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid, 'SIGKILL'); } catch { try { child.kill('SIGKILL'); } catch { /* gone */ } }
    }, timeout);
    child.on('error', (e) => { clearTimeout(timer); finish(null, null, false, e); });
    child.on('exit', (code, signal) => { clearTimeout(timer); finish(code, signal, timedOut); });
  });
}

// Run `items` through async `fn` with at most `limit` in flight; results keep order.
export async function pool(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

// All test programs, as paths relative to tests/ ("basics/list_sort.py"), sorted.
export function listTests(dirs = PY_DIRS) {
  const out = [];
  for (const d of dirs) {
    const full = path.join(TESTS_DIR, d);
    if (!fs.existsSync(full)) continue;
    for (const name of fs.readdirSync(full).sort()) {
      if (name.endsWith('.py') && fs.statSync(path.join(full, name)).isFile()) out.push(`${d}/${name}`);
    }
  }
  return out;
}

// Read a list file (known-failures.txt, handwritten.txt): one test per line,
// "#" starts a comment (the reason). Returns Map(test -> reason).
export function readList(file) {
  const map = new Map();
  if (!fs.existsSync(file)) return map;
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const hash = raw.indexOf('#');
    const name = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    if (!name) continue;
    map.set(name, hash >= 0 ? raw.slice(hash + 1).trim() : '');
  }
  return map;
}

// Glob with "*" and "?" only, matched against the whole relative path.
export function globToRegExp(glob) {
  const esc = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`^${esc}$`);
}

// A short unified diff of two texts (line based, LCS; 3 lines of context).
export function unifiedDiff(expected, actual, { context = 3, maxLines = 40, a = 'expected', b = 'actual' } = {}) {
  const A = expected.split('\n');
  const B = actual.split('\n');
  // Trim the common prefix and suffix first: keeps the LCS table small.
  let pre = 0;
  while (pre < A.length && pre < B.length && A[pre] === B[pre]) pre++;
  let suf = 0;
  while (suf < A.length - pre && suf < B.length - pre && A[A.length - 1 - suf] === B[B.length - 1 - suf]) suf++;
  const a1 = A.slice(pre, A.length - suf);
  const b1 = B.slice(pre, B.length - suf);
  let ops = [];
  if (a1.length * b1.length > 4_000_000) {
    ops = [...a1.map((l) => ['-', l]), ...b1.map((l) => ['+', l])];
  } else {
    const n = a1.length, m = b1.length;
    const L = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        L[i][j] = a1[i] === b1[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
    let i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a1[i] === b1[j]) { ops.push([' ', a1[i]]); i++; j++; }
      else if (i < n && (j >= m || L[i + 1][j] >= L[i][j + 1])) { ops.push(['-', a1[i]]); i++; }
      else { ops.push(['+', b1[j]]); j++; }
    }
  }
  const all = [...A.slice(0, pre).map((l) => [' ', l]), ...ops, ...A.slice(A.length - suf).map((l) => [' ', l])];
  // Keep changed lines plus `context` lines around them, in hunks.
  const keep = new Array(all.length).fill(false);
  all.forEach(([t], k) => {
    if (t !== ' ') for (let d = -context; d <= context; d++) if (k + d >= 0 && k + d < all.length) keep[k + d] = true;
  });
  const lines = [`--- ${a}`, `+++ ${b}`];
  let ai = 1, bi = 1;
  for (let k = 0; k < all.length; k++) {
    if (keep[k] && (k === 0 || !keep[k - 1])) {
      let na = 0, nb = 0;
      for (let e = k; e < all.length && keep[e]; e++) { if (all[e][0] !== '+') na++; if (all[e][0] !== '-') nb++; }
      lines.push(`@@ -${ai},${na} +${bi},${nb} @@`);
    }
    if (keep[k]) lines.push(all[k][0] + all[k][1]);
    if (all[k][0] !== '+') ai++;
    if (all[k][0] !== '-') bi++;
  }
  if (lines.length > maxLines) return [...lines.slice(0, maxLines), `... (${lines.length - maxLines} more diff lines)`].join('\n');
  return lines.join('\n');
}
