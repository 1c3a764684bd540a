// The -O option and micropython.opt_level(): compile with that optimisation level (assert compiled
// out, __debug__ False), as MicroPython's unix port does. Runs bin/micropython.mjs (npm run build first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../../bin/micropython.mjs', import.meta.url));

function run(args, input) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });
  return { out: r.stdout + r.stderr, status: r.status };
}

const PROG = `import micropython
print(__debug__, micropython.opt_level())
try:
    assert False, 'boom'
    print('assert compiled out')
except AssertionError as e:
    print('AssertionError', e)
`;

test('without -O: assert runs, __debug__ is True', () => {
  assert.deepEqual(run(['-c', PROG]), { out: 'True 0\nAssertionError boom\n', status: 0 });
});

test('-O / -OO / -O3 compile assert out and make __debug__ False', () => {
  assert.deepEqual(run(['-O', '-c', PROG]), { out: 'False 1\nassert compiled out\n', status: 0 });
  assert.deepEqual(run(['-OO', '-c', PROG]), { out: 'False 2\nassert compiled out\n', status: 0 });
  assert.deepEqual(run(['-O3', '-c', PROG]), { out: 'False 3\nassert compiled out\n', status: 0 });
});

test('micropython.opt_level(n) applies to code compiled afterwards (exec, eval)', () => {
  const src = `import micropython
micropython.opt_level(1)
exec("assert False\\nprint('exec ok', __debug__)")
print(eval('__debug__'))
micropython.opt_level(0)
try:
    exec("assert False, 'again'")
except AssertionError as e:
    print('AssertionError', e)
`;
  assert.deepEqual(run(['-c', src]), { out: 'exec ok False\nFalse\nAssertionError again\n', status: 0 });
});

test('-O applies to a program read from stdin', () => {
  assert.deepEqual(run(['-O'], 'assert 1 == 2\nprint("after")\n'), { out: 'after\n', status: 0 });
});
