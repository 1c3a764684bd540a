#!/usr/bin/env node
// Record expected outputs (tests/<dir>/<name>.py.exp) from CPython.
//
// usage: node tests/tools/accept.mjs [--python CMD] [--force] [file-or-glob ...]
//   With no files, records every test program. Tests listed in
//   tests/tools/handwritten.txt keep their hand-written .exp (MicroPython's
//   behaviour, where it differs from CPython) unless --force is given.
//   Prints each .exp that changed. python3 is needed only here, never by the runner.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TESTS_DIR, globToRegExp, listTests, pool, readList, runMerged, splitCommand } from './common.mjs';

let python = ['python3'];
let force = false;
const pats = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--python') python = splitCommand(argv[++i]);
  else if (argv[i] === '--force') force = true;
  else pats.push(argv[i]);
}

let tests = listTests();
if (pats.length) {
  const res = pats.map((p) => {
    let q = path.relative(TESTS_DIR, path.resolve(p)).replace(/\\/g, '/');
    if (q.startsWith('..')) q = p; // already relative to tests/
    if (fs.existsSync(path.join(TESTS_DIR, q)) && fs.statSync(path.join(TESTS_DIR, q)).isDirectory()) q = `${q.replace(/\/$/, '')}/*`;
    return globToRegExp(q.endsWith('.py') || q.endsWith('*') ? q : `${q}.py`);
  });
  tests = tests.filter((t) => res.some((re) => re.test(t)));
}
const handwritten = readList(path.join(TESTS_DIR, 'tools', 'handwritten.txt'));

let changed = 0, kept = 0;
await pool(tests, os.availableParallelism?.() ?? 2, async (t) => {
  if (handwritten.has(t) && !force) { kept++; return; }
  const file = path.join(TESTS_DIR, t);
  const res = await runMerged(python, [path.basename(file)], { cwd: path.dirname(file), timeout: 30000 });
  if (res.timedOut) { console.log(`TIMEOUT ${t} (not recorded)`); return; }
  const expFile = `${file}.exp`;
  const old = fs.existsSync(expFile) ? fs.readFileSync(expFile, 'utf8') : null;
  if (old !== res.output) {
    fs.writeFileSync(expFile, res.output);
    changed++;
    console.log(`${old === null ? 'new' : 'updated'} ${t}.exp${res.code ? ` (exit ${res.code})` : ''}`);
  }
});
console.log(`${tests.length} tests, ${changed} .exp written, ${kept} hand-written kept`);
