#!/usr/bin/env node
// The conformance test runner (`npm test`).
//
// Runs every tests/<dir>/*.py program with the implementation (default
// `node bin/micropython.mjs FILE`), cwd = the program's folder, stdout and
// stderr merged in order, and compares the output with FILE.exp, like
// MicroPython's tests/run-tests.py. Then runs the unit tests
// (tests/unit/**/*.test.mjs) with `node --test` and adds their counts.
//
// usage: node tests/run.mjs [options] [pattern ...]
//   pattern              glob relative to tests/, e.g. basics/list*  (also tests/basics/x.py)
//   --impl CMD           implementation command, e.g. --impl python3
//   --dirs a,b           only these test directories (basics,float,misc,unicode,cmdline,unit)
//   -j N, --jobs N       parallel jobs (default: CPU count)
//   --timeout S          seconds per program (default 10)
//   --unit / --no-unit   force / suppress the unit tests (default: run them unless
//                        patterns or --impl are given)
//   --skip-handwritten   count tests in tests/tools/handwritten.txt as skipped (their
//                        .exp is MicroPython's format; use with --impl python3)
//   --no-jit-pass        skip the second run of the programs with the compiled tier forced on
//                        (-X jit=always; done by default with the default implementation)
//   -v                   list passing tests too
//
// The last line of output is always "N passed, M failed" (", K skipped" may follow).
// Exit code 0 iff no unexpected failures.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  DEFAULT_IMPL, PY_DIRS, ROOT_DIR, TESTS_DIR,
  globToRegExp, listTests, pool, readList, runMerged, splitCommand, unifiedDiff,
} from './tools/common.mjs';

function usage(msg) {
  if (msg) console.error(`run.mjs: ${msg}`);
  console.error('usage: node tests/run.mjs [--impl CMD] [--dirs a,b] [-j N] [--timeout S] [--unit|--no-unit] [--skip-handwritten] [-v] [pattern ...]');
  process.exit(2);
}

const opts = { jitPass: true, impl: null, dirs: null, jobs: os.availableParallelism?.() ?? os.cpus().length, timeout: 10, unit: null, skipHandwritten: false, verbose: false, patterns: [] };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const val = () => { if (i + 1 >= argv.length) usage(`${a} needs a value`); return argv[++i]; };
  if (a === '--impl') opts.impl = val();
  else if (a.startsWith('--impl=')) opts.impl = a.slice(7);
  else if (a === '--dirs' || a === '-d') opts.dirs = val().split(',').map((s) => s.trim()).filter(Boolean);
  else if (a.startsWith('--dirs=')) opts.dirs = a.slice(7).split(',').filter(Boolean);
  else if (a === '-j' || a === '--jobs') opts.jobs = Number(val());
  else if (/^-j\d+$/.test(a)) opts.jobs = Number(a.slice(2));
  else if (a === '--timeout') opts.timeout = Number(val());
  else if (a === '--unit') opts.unit = true;
  else if (a === '--no-unit') opts.unit = false;
  else if (a === '--skip-handwritten') opts.skipHandwritten = true;
  else if (a === '--no-jit-pass') opts.jitPass = false;
  else if (a === '-v' || a === '--verbose') opts.verbose = true;
  else if (a === '-h' || a === '--help') usage();
  else if (a.startsWith('-')) usage(`unknown option ${a}`);
  else opts.patterns.push(a);
}
if (!(opts.jobs >= 1)) usage('bad --jobs');
if (!(opts.timeout > 0)) usage('bad --timeout');

const impl = opts.impl ? splitCommand(opts.impl) : DEFAULT_IMPL;
const implIsDefault = !opts.impl;

// Which Python tests to run.
const dirs = opts.dirs ? opts.dirs.filter((d) => d !== 'unit') : PY_DIRS;
if (opts.dirs) for (const d of dirs) if (!fs.existsSync(path.join(TESTS_DIR, d))) usage(`no such test directory: tests/${d}`);
let tests = listTests(dirs);
if (opts.patterns.length) {
  const res = opts.patterns.map((p) => {
    let q = p.replace(/\\/g, '/').replace(/^\.\//, '');
    if (q.startsWith('tests/')) q = q.slice(6);
    if (fs.existsSync(path.join(TESTS_DIR, q)) && fs.statSync(path.join(TESTS_DIR, q)).isDirectory()) q = `${q.replace(/\/$/, '')}/*`;
    if (!q.includes('/')) q = `*/${q}`;
    if (!/\.py$|\*$/.test(q)) q += '.py';
    return globToRegExp(q);
  });
  tests = tests.filter((t) => res.some((re) => re.test(t)));
}
const runUnit = opts.unit ?? (!opts.patterns.length && implIsDefault && (!opts.dirs || opts.dirs.includes('unit')));

// The interpreter is built into dist/ by `npm install` (prepare) or `npm run build`.
if (implIsDefault && (tests.length || runUnit) && !fs.existsSync(path.join(ROOT_DIR, 'dist', 'ports', 'node', 'main.js'))) {
  console.log('dist/ports/node/main.js is missing: the interpreter has not been built.');
  console.log('Build it first:  npm install   (or: npm run build)   then: npm test');
  console.log('To check the suite itself against CPython:  node tests/run.mjs --impl python3 --skip-handwritten');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const known = readList(path.join(TESTS_DIR, 'known-failures.txt'));
const handwritten = readList(path.join(TESTS_DIR, 'tools', 'handwritten.txt'));

let passed = 0, failed = 0, skipped = 0;
const failedNames = [];
const nowPassing = [];

// A test named "jit:<test>" is <test> run with the VM's compiled tier forced on for all code, so
// that every program also checks the compiled form (src/py/vmjit.ts) against the same .exp.
const JIT_PREFIX = 'jit:';
const JIT_IMPL = [...impl, '-X', 'jit=always'];

async function runOne(name) {
  const jit = name.startsWith(JIT_PREFIX);
  const test = jit ? name.slice(JIT_PREFIX.length) : name;
  if (opts.skipHandwritten && handwritten.has(test)) return { test: name, status: 'skip', why: 'hand-written MicroPython output' };
  const file = path.join(TESTS_DIR, test);
  const expFile = `${file}.exp`;
  const res = await runMerged(jit ? JIT_IMPL : impl, [path.basename(file)], { cwd: path.dirname(file), timeout: opts.timeout * 1000 });
  if (!fs.existsSync(expFile)) return { test: name, status: 'fail', why: `no ${test}.exp (record it: node tests/tools/accept.mjs tests/${test})`, res };
  const exp = fs.readFileSync(expFile, 'utf8').replace(/\r\n/g, '\n');
  if (res.timedOut) return { test: name, status: 'fail', why: `timeout after ${opts.timeout} s`, res, exp };
  return { test: name, status: res.output === exp ? 'pass' : 'fail', res, exp };
}

function report(r) {
  const isKnown = known.has(r.test) || (r.test.startsWith(JIT_PREFIX) && known.has(r.test.slice(JIT_PREFIX.length)));
  if (r.status === 'skip') {
    skipped++;
    if (opts.verbose) console.log(`skip  ${r.test} (${r.why})`);
  } else if (r.status === 'pass') {
    passed++;
    if (isKnown) { nowPassing.push(r.test); console.log(`pass  ${r.test} (listed in known-failures.txt but now passes, remove it)`); }
    else if (opts.verbose) console.log(`pass  ${r.test}`);
  } else if (isKnown) {
    skipped++;
    if (opts.verbose) console.log(`skip  ${r.test} (known failure: ${known.get(r.test)})`);
  } else {
    failed++;
    failedNames.push(r.test);
    console.log(`FAIL  ${r.test}${r.why ? ` (${r.why})` : ''}`);
    if (r.exp !== undefined && r.res) {
      console.log(unifiedDiff(r.exp, r.res.output, { a: `${r.test}.exp`, b: 'output' }).replace(/^/gm, '    '));
    } else if (r.res && r.res.output) {
      const lines = r.res.output.split('\n');
      console.log(lines.slice(0, 20).map((l) => `    ${l}`).join('\n'));
    }
  }
}

// Results are reported as they arrive (in completion order) so progress shows.
if (implIsDefault && opts.jitPass) tests = [...tests, ...tests.map((t) => JIT_PREFIX + t)];
await pool(tests, opts.jobs, async (t) => { const r = await runOne(t); report(r); return r; });

// Unit tests: node --test with the TAP reporter, whose summary has "# pass N" / "# fail M".
function findUnitTests(dir) {
  const out = [];
  if (!fs.existsSync(dir)) return out;
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) out.push(...findUnitTests(p));
    else if (ent.name.endsWith('.test.mjs')) out.push(p);
  }
  return out.sort();
}

if (runUnit) {
  const files = findUnitTests(path.join(TESTS_DIR, 'unit'));
  if (files.length) {
    const res = await new Promise((resolve) => {
      const child = spawn(process.execPath, ['--test', '--test-reporter=tap', ...files], { cwd: ROOT_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d) => { out += d; });
      child.stderr.on('data', (d) => { out += d; });
      const timer = setTimeout(() => child.kill('SIGKILL'), 600_000);
      child.on('exit', (code) => { clearTimeout(timer); resolve({ out, code }); });
    });
    const num = (name) => { const m = res.out.match(new RegExp(`^# ${name} (\\d+)$`, 'm')); return m ? Number(m[1]) : null; };
    const p = num('pass'), f = num('fail'), s = (num('skipped') ?? 0) + (num('todo') ?? 0);
    if (p === null || f === null) {
      failed++;
      failedNames.push('unit (no summary from node --test)');
      console.log('FAIL  unit tests: node --test gave no summary');
      console.log(res.out.split('\n').slice(-40).map((l) => `    ${l}`).join('\n'));
    } else {
      passed += p; failed += f; skipped += s;
      if (f > 0 || res.code !== 0) {
        if (f === 0) { failed++; }
        // Show the failing subtests: "not ok" blocks of the TAP stream.
        const lines = res.out.split('\n');
        const show = [];
        for (let i = 0; i < lines.length; i++) {
          if (/^\s*not ok /.test(lines[i])) {
            show.push(lines[i]);
            for (let j = i + 1; j < lines.length && j < i + 40 && !/^\s*(not )?ok /.test(lines[j]); j++) show.push(lines[j]);
          }
        }
        console.log(`FAIL  unit tests (${f} failed)`);
        console.log(show.slice(0, 200).map((l) => `    ${l}`).join('\n'));
        failedNames.push('unit');
      } else if (opts.verbose) console.log(`pass  unit tests (${p})`);
      if (s && opts.verbose) console.log(`skip  unit tests: ${s} skipped`);
    }
  }
}

if (failedNames.length) console.log(`${failedNames.length} failed: ${failedNames.join(' ')}`);
if (nowPassing.length) console.log(`${nowPassing.length} known failures now pass (remove them from tests/known-failures.txt): ${nowPassing.join(' ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
