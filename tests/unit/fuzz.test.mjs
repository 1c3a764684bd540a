// Robustness check: run randomly mutated test programs through the interpreter
// and require that it always behaves like a Python implementation: no
// JavaScript error leaks into the output, the process exits with 0 or 1 (no
// crash, no signal) and within the time limit (no hang).
//
// Mutants are derived from every tests/<dir>/*.py program with a seeded PRNG;
// each file's mutants depend only on the seed and the file's name and text,
// so adding tests does not change the others' mutants.
//
// Environment:
//   FUZZ_SEED=N       seed (default 20250101); printed on failure
//   FUZZ_PER_FILE=N   mutants per program (default 1)
//   FUZZ_ONLY=glob    only programs matching (relative to tests/, e.g. basics/gen*)
//   FUZZ_BUDGET=S     stop starting new mutants after S seconds (default 50)
//   FUZZ_TIMEOUT=S    per mutant (default 5)
//   FUZZ_IMPL=CMD     implementation command (default: node bin/micropython.mjs);
//                     e.g. FUZZ_IMPL=python3 to check the harness itself

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { DEFAULT_IMPL, ROOT_DIR, TESTS_DIR, globToRegExp, listTests, pool, runMerged, splitCommand } from '../tools/common.mjs';

const SEED = Number(process.env.FUZZ_SEED ?? 20250101) >>> 0;
const PER_FILE = Number(process.env.FUZZ_PER_FILE ?? 1);
const BUDGET_MS = Number(process.env.FUZZ_BUDGET ?? 50) * 1000;
const TIMEOUT_MS = Number(process.env.FUZZ_TIMEOUT ?? 5) * 1000;
const IMPL = process.env.FUZZ_IMPL ? splitCommand(process.env.FUZZ_IMPL) : DEFAULT_IMPL;
// With our interpreter, every other mutant runs with the compiled tier forced on (src/py/vmjit.ts).
const IMPL_JIT = process.env.FUZZ_IMPL ? IMPL : [...IMPL, '-X', 'jit=always'];
const BUILT = fs.existsSync(path.join(ROOT_DIR, 'dist', 'ports', 'node', 'main.js'));

// Output that means a JavaScript error escaped the interpreter.
const JS_SIGNATURES = [
  'TypeError: Cannot', 'is not a function', 'RangeError', 'ReferenceError', 'at file:///',
  'node:internal', 'undefined', '[object Object]', 'Maximum call stack',
];

// mulberry32: small, fast, good enough to pick mutations reproducibly.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashString(s, h = 2166136261) {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

// A rough Python tokenizer: good enough to cut at token boundaries.
const TOKEN_RE = /[A-Za-z_][A-Za-z_0-9]*|\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?[jJ]?|'''[\s\S]*?'''|"""[\s\S]*?"""|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|\*\*=?|\/\/=?|<<=?|>>=?|[-+*/%&|^@<>=!:]=|->|\n|[ \t]+|#[^\n]*|./g;
const INSERT_CHARS = '()[]{}:;,.=+-*/%<>!@~&|^\\\'"#\n\t 0123456789eEjJxXbBoO_aZ\u00e9\u4e2d\u{1F600}\u0000\r';
const KEYWORDS = ['if', 'else', 'elif', 'while', 'for', 'in', 'def', 'class', 'return', 'yield', 'lambda', 'not', 'and', 'or', 'try', 'except', 'finally', 'with', 'as', 'import', 'from', 'global', 'nonlocal', 'pass', 'break', 'continue', 'del', 'raise', 'assert', 'async', 'await', 'None', 'True', 'False', 'is', '*', '**', ':=', '(', ')', '[', ']', '{', '}', ',', ':', '.', '=', '->', '@'];

function mutate(src, rand) {
  const pick = (n) => Math.floor(rand() * n);
  const tokens = src.match(TOKEN_RE) ?? [''];
  const solid = tokens.map((t, i) => [t, i]).filter(([t]) => !/^\s+$/.test(t)).map(([, i]) => i);
  const kinds = ['deleteToken', 'duplicateToken', 'swapTokens', 'replaceToken', 'deleteByte', 'duplicateByte', 'swapBytes', 'insertChar', 'truncate'];
  const kind = kinds[pick(kinds.length)];
  const join = () => tokens.join('');
  switch (kind) {
    case 'deleteToken': { const i = solid[pick(solid.length)]; const t = tokens[i]; tokens[i] = ''; return { kind, detail: `delete token ${JSON.stringify(t)}`, src: join() }; }
    case 'duplicateToken': { const i = solid[pick(solid.length)]; tokens[i] += ` ${tokens[i]}`; return { kind, detail: `duplicate token ${JSON.stringify(tokens[i])}`, src: join() }; }
    case 'swapTokens': {
      const k = pick(Math.max(1, solid.length - 1));
      const i = solid[k], j = solid[Math.min(k + 1, solid.length - 1)];
      [tokens[i], tokens[j]] = [tokens[j], tokens[i]];
      return { kind, detail: `swap tokens ${JSON.stringify(tokens[j])} ${JSON.stringify(tokens[i])}`, src: join() };
    }
    case 'replaceToken': { const i = solid[pick(solid.length)]; const old = tokens[i]; tokens[i] = KEYWORDS[pick(KEYWORDS.length)]; return { kind, detail: `replace ${JSON.stringify(old)} with ${JSON.stringify(tokens[i])}`, src: join() }; }
    case 'deleteByte': { const p = pick(src.length); return { kind, detail: `delete char at ${p}`, src: src.slice(0, p) + src.slice(p + 1) }; }
    case 'duplicateByte': { const p = pick(src.length); return { kind, detail: `duplicate char at ${p}`, src: src.slice(0, p + 1) + src.slice(p) }; }
    case 'swapBytes': { const p = pick(Math.max(1, src.length - 1)); return { kind, detail: `swap chars at ${p}`, src: src.slice(0, p) + src.charAt(p + 1) + src.charAt(p) + src.slice(p + 2) }; }
    case 'insertChar': {
      const p = pick(src.length + 1);
      const chars = [...INSERT_CHARS];
      const c = rand() < 0.8 ? chars[pick(chars.length)] : String.fromCharCode(32 + pick(95));
      return { kind, detail: `insert ${JSON.stringify(c)} at ${p}`, src: src.slice(0, p) + c + src.slice(p) };
    }
    default: { const p = pick(src.length); return { kind: 'truncate', detail: `truncate at ${p}`, src: src.slice(0, p) }; }
  }
}

function makeMutants() {
  const only = process.env.FUZZ_ONLY ? globToRegExp(process.env.FUZZ_ONLY) : null;
  const out = [];
  for (const t of listTests()) {
    if (only && !only.test(t)) continue;
    const src = fs.readFileSync(path.join(TESTS_DIR, t), 'utf8');
    const rand = rng(hashString(t, hashString(src, SEED)));
    for (let k = 0; k < PER_FILE; k++) out.push({ test: t, index: k, ...mutate(src, rand) });
  }
  // Seeded shuffle, so that a budget cut samples all directories.
  const rand = rng(SEED);
  for (let i = out.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [out[i], out[j]] = [out[j], out[i]]; }
  return out;
}

test('fuzz: mutated programs never leak JS errors, crash or hang', {
  skip: !BUILT && !process.env.FUZZ_IMPL ? 'dist/ports/node/main.js not built yet (npm run build); fuzz check skipped' : false,
  timeout: BUDGET_MS + TIMEOUT_MS * 4 + 30_000,
}, async () => {
  const mutants = makeMutants();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mpts-fuzz-'));
  const start = Date.now();
  const problems = [];
  let ran = 0;
  try {
    await pool(mutants, os.availableParallelism?.() ?? 2, async (m, n) => {
      if (Date.now() - start > BUDGET_MS) return;
      const dir = path.join(tmp, String(n));
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, 'mutant.py'), m.src);
      const impl = n % 2 ? IMPL_JIT : IMPL;
      const res = await runMerged(impl, ['mutant.py'], { cwd: dir, timeout: TIMEOUT_MS });
      ran++;
      const issues = [];
      if (res.timedOut) issues.push(`no exit within ${TIMEOUT_MS / 1000} s`);
      else if (res.code !== 0 && res.code !== 1) issues.push(`exit code ${res.code}${res.signal ? ` signal ${res.signal}` : ''}`);
      for (const sig of JS_SIGNATURES) {
        if (res.output.includes(sig) && !m.src.includes(sig)) issues.push(`output contains ${JSON.stringify(sig)}`);
      }
      if (issues.length) {
        const excerpt = res.output.split('\n').slice(-12).join('\n');
        problems.push(`${m.test} mutant #${m.index} (${m.detail}${impl === IMPL ? '' : ', -X jit=always'}): ${issues.join('; ')}\n` +
          `  reproduce: FUZZ_SEED=${SEED} FUZZ_ONLY=${m.test} node --test tests/unit/fuzz.test.mjs\n` +
          `  mutant kept at ${path.join(dir, 'mutant.py')}\n  output tail:\n${excerpt.replace(/^/gm, '    ')}`);
      } else {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  } finally {
    if (!problems.length) fs.rmSync(tmp, { recursive: true, force: true });
  }
  const secs = ((Date.now() - start) / 1000).toFixed(1);
  console.log(`# fuzz: seed ${SEED}, ${ran}/${mutants.length} mutants run in ${secs} s`);
  assert.ok(ran > 0 || mutants.length === 0, 'no mutants ran');
  assert.equal(problems.length, 0, `fuzz (seed ${SEED}): ${problems.length} of ${ran} mutants misbehaved:\n${problems.slice(0, 10).join('\n')}`);
});
