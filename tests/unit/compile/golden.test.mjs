// Golden tests: our bytecode for each snippets/NAME.py must disassemble exactly like mpy-cross's
// (golden/NAME.txt, regenerated with regen.mjs). Snippets in KNOWN_DIFFERENT compile differently
// on purpose or by a known gap; they must still compile (or fail) without a JS error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSource } from '../../../dist/py/compile.js';
import { disassemble } from '../../../dist/py/showbc.js';
import { CompileError } from '../../../dist/py/compileerror.js';

const here = dirname(fileURLToPath(import.meta.url));

/** name -> why our output differs from mpy-cross's. */
const KNOWN_DIFFERENT = JSON.parse(readFileSync(join(here, 'known_different.json'), 'utf8'));

export function ourListing(name) {
  const src = readFileSync(join(here, 'snippets', name + '.py'), 'utf8');
  try {
    return disassemble(compileSource(src, name + '.py', 'exec'));
  } catch (e) {
    if (e instanceof CompileError) return `error: ${e.kind}: ${e.message}\n`;
    throw e;
  }
}

const names = readdirSync(join(here, 'snippets')).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();
let same = 0;
for (const name of names) {
  test(`golden ${name}`, () => {
    const ours = ourListing(name);
    const expected = readFileSync(join(here, 'golden', name + '.txt'), 'utf8');
    if (ours === expected) same++;
    if (name in KNOWN_DIFFERENT) return;
    assert.equal(ours, expected);
  });
}
test('summary', () => {
  console.log(`# byte-identical with mpy-cross: ${same}/${names.length}`);
});
