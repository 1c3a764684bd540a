// End to end: the Python programs in cases/ run through execute.ts, compared with expected.json
// (CPython 3.11's output; MicroPython's for cases/mp_*.py). Regenerate with gen_expected.py.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runSnippet, e2eSkip } from './harness.mjs';

const expected = JSON.parse(readFileSync(new URL('./expected.json', import.meta.url), 'utf8'));

for (const [name, exp] of Object.entries(expected)) {
  test(`strings e2e ${name}`, { skip: e2eSkip }, async () => {
    const src = readFileSync(new URL(`./cases/${name}.py`, import.meta.url), 'utf8');
    const got = await runSnippet(src, `${name}.py`);
    const gl = got.split('\n');
    const el = exp.split('\n');
    for (let i = 0; i < Math.max(gl.length, el.length); i++) assert.equal(gl[i], el[i], `${name}.py output line ${i + 1}`);
  });
}
