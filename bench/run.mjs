#!/usr/bin/env node
// bench/run.mjs: run the benchmark programs under our interpreter and CPython side by side.
//
//   node bench/run.mjs [NAME ...] [--ours CMD] [--ref CMD] [--reps N] [--timeout S]
//                      [--launches N] [--json FILE] [--list]
//
// Each benchmark runs ours, ref, ours, ref, ... (alternating, so drift in machine load hits
// both sides alike) for --reps repetitions; a run's time is the wall clock around the whole
// process, start-up included. stdout of the two sides must agree (it is the checksum). The
// `startup` benchmark launches `-c pass` --launches times per repetition and reports the time
// per launch, against CPython and against `node -e 0`.
// This is a benchmark, not a test: it exits 0 whatever the timings or failures, and 2 only on
// bad arguments.

import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const PROGRAMS = join(HERE, 'programs');
const STARTUP = 'startup';

function usage(msg) {
  if (msg) process.stderr.write(`run.mjs: ${msg}\n`);
  process.stderr.write(
    'usage: node bench/run.mjs [NAME ...] [--ours CMD] [--ref CMD] [--reps N] [--timeout S]\n' +
      '                          [--launches N] [--json FILE] [--list]\n',
  );
  process.exit(2);
}

// Split a command line into words, honouring '...' and "..." quoting (no other shell syntax).
function splitCommand(cmd) {
  const words = [];
  let cur = '';
  let quote = null;
  let have = false;
  for (const ch of cmd) {
    if (quote) {
      if (ch === quote) quote = null;
      else cur += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      have = true;
    } else if (/\s/.test(ch)) {
      if (have || cur) words.push(cur);
      cur = '';
      have = false;
    } else {
      cur += ch;
    }
  }
  if (quote) usage(`unterminated quote in command: ${cmd}`);
  if (have || cur) words.push(cur);
  if (words.length === 0) usage('empty command');
  return words;
}

function parseArgs(argv) {
  const opts = {
    ours: [process.execPath, join(ROOT, 'bin', 'micropython.mjs')],
    ref: ['python3'],
    reps: 5,
    timeout: 120,
    launches: 20,
    json: null,
    list: false,
    names: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const key = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const value = () => {
      if (a.startsWith('--') && eq > 0) return a.slice(eq + 1);
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    const count = (v, name) => {
      const n = Number(v);
      if (!(n > 0) || !Number.isFinite(n)) usage(`${name} must be a positive number`);
      return n;
    };
    switch (key) {
      case '--ours':
        opts.ours = splitCommand(value());
        break;
      case '--ref':
        opts.ref = splitCommand(value());
        break;
      case '--reps':
        opts.reps = Math.floor(count(value(), '--reps'));
        break;
      case '--timeout':
        opts.timeout = count(value(), '--timeout');
        break;
      case '--launches':
        opts.launches = Math.floor(count(value(), '--launches'));
        break;
      case '--json':
        opts.json = value();
        break;
      case '--list':
        opts.list = true;
        break;
      case '-h':
      case '--help':
        usage();
        break;
      default:
        if (a.startsWith('-')) usage(`unknown option ${a}`);
        opts.names.push(a);
    }
  }
  return opts;
}

function discover() {
  const names = readdirSync(PROGRAMS)
    .filter((f) => f.endsWith('.py'))
    .map((f) => f.slice(0, -3))
    .sort();
  return [...names, STARTUP];
}

// One process run: wall-clock seconds, exit status, captured output.
function runOnce(argv, timeoutS) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), {
    cwd: process.cwd(),
    encoding: 'utf8',
    timeout: timeoutS * 1000,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const stdout = (r.stdout ?? '').replace(/\r\n/g, '\n');
  const stderr = r.stderr ?? '';
  let error = null;
  if (r.error?.code === 'ETIMEDOUT') error = `timeout after ${timeoutS} s`;
  else if (r.error) error = `cannot run ${argv[0]}: ${r.error.message}`;
  // MicroPython's unix port prints an uncaught exception's traceback on stdout.
  else if (r.status !== 0)
    error = errorLine(stderr) ?? errorLine(stdout, true) ?? (r.signal ? `killed by ${r.signal}` : `exit code ${r.status}`);
  return { secs, stdout, stderr, error };
}

// The line of stderr that names the error: the last line of a Python traceback, else the first
// line that mentions an Error or Exception (a JS crash), else the first line. On stdout, only
// a traceback counts.
function errorLine(text, tracebackOnly = false) {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return null;
  if (lines.some((l) => l.startsWith('Traceback (most recent call last)'))) return lines[lines.length - 1];
  if (tracebackOnly) return null;
  return lines.find((l) => /\b\w*(Error|Exception)\b/.test(l)) ?? lines[0];
}

// A startup measurement: `launches` launches of argv; the median launch, which shrugs off the
// odd launch slowed by other load on the machine.
function runLaunches(argv, launches, timeoutS) {
  const secs = [];
  let last = null;
  for (let i = 0; i < launches; i++) {
    last = runOnce(argv, timeoutS);
    secs.push(last.secs);
    if (last.error) break;
  }
  return { ...last, secs: stats(secs).median };
}

function stats(times) {
  if (times.length === 0) return null;
  const s = [...times].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { times, min: s[0], median, max: s[s.length - 1] };
}

// Run one benchmark: `sides` maps a side's name to its argv; sides alternate within each rep.
// A side that fails stops being run; the others go on.
function runSides(sides, reps, measure) {
  const out = {};
  for (const name of Object.keys(sides)) out[name] = { times: [], stdout: null, error: null, unstable: false };
  for (let rep = 0; rep < reps; rep++) {
    for (const [name, argv] of Object.entries(sides)) {
      const o = out[name];
      if (o.error) continue;
      const r = measure(argv);
      if (r.error) {
        o.error = r.error;
        o.stderr = r.stderr;
        continue;
      }
      o.times.push(r.secs);
      if (o.stdout === null) o.stdout = r.stdout;
      else if (o.stdout !== r.stdout) o.unstable = true;
    }
  }
  return out;
}

function fmtSecs(s) {
  if (s === null || s === undefined) return '-';
  return s < 0.1 ? s.toFixed(4) : s.toFixed(3);
}

function fmtStats(st) {
  return st ? `${fmtSecs(st.min)} ${fmtSecs(st.median)} ${fmtSecs(st.max)}` : '-';
}

// Keep table rows readable; the JSON has the whole message.
function clip(s, n = 100) {
  return s.length > n ? s.slice(0, n - 3) + '...' : s;
}

function firstDiff(a, b) {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return { line: i + 1, ours: la[i] ?? '<missing>', ref: lb[i] ?? '<missing>' };
  }
  return null;
}

function gitCommit() {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

function version(argv) {
  const r = spawnSync(argv[0], [...argv.slice(1), '--version'], { encoding: 'utf8', timeout: 10000 });
  const v = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n')[0];
  return r.status === 0 && v ? v : null;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const all = discover();
  if (opts.list) {
    process.stdout.write(all.join('\n') + '\n');
    return;
  }
  const unknown = opts.names.filter((n) => !all.includes(n));
  if (unknown.length) usage(`unknown benchmark ${unknown.join(', ')}; have: ${all.join(' ')}`);
  const selected = opts.names.length ? all.filter((n) => opts.names.includes(n)) : all;
  const node = [process.execPath];

  process.stderr.write(
    `ours: ${opts.ours.join(' ')}\nref:  ${opts.ref.join(' ')}` +
      ` (${version(opts.ref) ?? 'version unknown'})\nreps: ${opts.reps}, timeout: ${opts.timeout} s\n`,
  );

  const rows = [];
  let startup = null;
  for (const name of selected) {
    process.stderr.write(`${name} ...`);
    const isStartup = name === STARTUP;
    let res;
    if (isStartup) {
      const sides = {
        ours: [...opts.ours, '-c', 'pass'],
        ref: [...opts.ref, '-c', 'pass'],
        node: [...node, '-e', '0'],
      };
      res = runSides(sides, opts.reps, (argv) => runLaunches(argv, opts.launches, opts.timeout));
    } else {
      const file = join(PROGRAMS, `${name}.py`);
      res = runSides({ ours: [...opts.ours, file], ref: [...opts.ref, file] }, opts.reps, (argv) =>
        runOnce(argv, opts.timeout),
      );
    }
    const row = { name, status: 'ok', ours: stats(res.ours.times), ref: stats(res.ref.times), ratio: null };
    if (res.ours.error) {
      row.status = 'failed';
      row.error = res.ours.error;
    } else if (res.ref.error) {
      row.status = 'ref-failed';
      row.error = res.ref.error;
    } else if (res.ours.stdout !== res.ref.stdout) {
      row.status = 'mismatch';
      row.diff = firstDiff(res.ours.stdout, res.ref.stdout);
    } else if (res.ours.unstable || res.ref.unstable) {
      row.status = 'unstable';
      row.error = 'output differs between repetitions';
    }
    if (row.ours && row.ref && row.status !== 'failed') row.ratio = row.ours.median / row.ref.median;
    if (isStartup) {
      row.node = stats(res.node.times);
      row.launches = opts.launches;
      if (res.node.error) row.nodeError = res.node.error;
      if (row.ours && row.node && !res.ours.error) row.nodeRatio = row.ours.median / row.node.median;
      startup = row;
    }
    rows.push(row);
    process.stderr.write(` ${row.status}${row.ratio !== null ? ` ${row.ratio.toFixed(2)}x` : ''}\n`);
  }

  // The geometric mean covers the programs that ran and agreed; startup is reported on its own.
  const good = rows.filter((r) => r.status === 'ok' && r.name !== STARTUP && r.ratio > 0);
  const geomean = good.length ? Math.exp(good.reduce((a, r) => a + Math.log(r.ratio), 0) / good.length) : null;

  const header = ['benchmark', 'ours min/median/max (s)', 'CPython min/median/max (s)', 'ours/CPython', 'note'];
  const table = rows.map((r) => [
    r.name === STARTUP ? `${STARTUP} (per launch)` : r.name,
    fmtStats(r.ours),
    fmtStats(r.ref),
    r.ratio !== null ? `${r.ratio.toFixed(2)}x` : '-',
    clip(r.status === 'ok' ? '' : r.status === 'failed' ? `FAILED: ${r.error}` : r.status.toUpperCase() + (r.error ? `: ${r.error}` : '')),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const t of table) out.push(line(t));
  out.push('');
  out.push(
    geomean !== null
      ? `geometric mean ours/CPython: ${geomean.toFixed(2)}x over ${good.length} of ${rows.filter((r) => r.name !== STARTUP).length} programs`
      : 'geometric mean ours/CPython: - (no program ran correctly)',
  );
  if (startup) {
    out.push(
      `startup: ours -c pass ${fmtSecs(startup.ours?.median)} s, node -e 0 ${fmtSecs(startup.node?.median)} s` +
        ` per launch, ratio ${startup.nodeRatio !== undefined ? startup.nodeRatio.toFixed(2) + 'x' : '-'} (goal <= 1.5x)`,
    );
  }
  for (const r of rows) {
    if (r.status === 'mismatch') {
      const d = r.diff;
      out.push(`MISMATCH ${r.name}, line ${d.line}:\n  ours:    ${d.ours}\n  CPython: ${d.ref}`);
    }
  }
  process.stdout.write(out.join('\n') + '\n');

  if (opts.json) {
    const data = {
      date: new Date().toISOString(),
      commit: gitCommit(),
      node: process.version,
      cpu: cpus()[0]?.model ?? null,
      ncpu: cpus().length,
      ours: opts.ours,
      ref: opts.ref,
      refVersion: version(opts.ref),
      reps: opts.reps,
      timeout: opts.timeout,
      geomean,
      results: rows,
    };
    writeFileSync(opts.json, JSON.stringify(data, null, 2) + '\n');
    process.stderr.write(`wrote ${opts.json}\n`);
  }
}

main();
