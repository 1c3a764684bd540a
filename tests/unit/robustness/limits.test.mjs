// Endless iterables consumed into a sequence must end in MemoryError, not abort the process
// (V8 kills it, uncatchably, when a JS array grows past its limit). Each case runs in its own
// `micropython` process; they take a few seconds each (the cap is 2^26 items).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { DEFAULT_IMPL, ROOT_DIR, runMerged } from '../../tools/common.mjs';

const BUILT = fs.existsSync(new URL('../../../dist/ports/node/main.js', import.meta.url));
// runtime.toArray (sorted, list, tuple ...) and array.array's append path
const CASES = ['sorted(g())', "array.array('b', range(2**62))"];

test('limits: endless iterables raise MemoryError', { skip: BUILT ? false : 'not built', timeout: 120_000 }, async () => {
  await Promise.all(CASES.map(async (c) => {
    const prog = `import array\ndef g():\n    while True:\n        yield 1\ntry:\n    ${c}\nexcept MemoryError as e:\n    print('MemoryError', e)\n`;
    const res = await runMerged(DEFAULT_IMPL, ['-c', prog], { cwd: ROOT_DIR, timeout: 90_000 });
    assert.equal(res.output, 'MemoryError memory allocation failed\n', c);
    assert.equal(res.code, 0, c);
  }));
});
