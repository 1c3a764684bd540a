// Compiler API, modes and error behaviour (see golden.test.mjs for bytecode against mpy-cross).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileSource } from '../../../dist/py/compile.js';
import { disassemble } from '../../../dist/py/showbc.js';
import { CompileError } from '../../../dist/py/compileerror.js';

function err(src, mode = 'exec') {
  try {
    compileSource(src, 't.py', mode);
  } catch (e) {
    assert.ok(e instanceof CompileError, `expected CompileError, got ${e}`);
    return [e.message, e.line];
  }
  assert.fail('no error for: ' + src);
}

test('compile errors use MicroPython wording and lines', () => {
  assert.deepEqual(err('x = 1\nreturn 2'), ["'return' outside function", 2]);
  assert.deepEqual(err('break'), ["'break'/'continue' outside loop", 1]);
  assert.deepEqual(err('def f():\n  continue'), ["'break'/'continue' outside loop", 2]);
  assert.deepEqual(err('class A:\n  yield 1'), ["'yield' outside function", 2]);
  assert.deepEqual(err('await x'), ["'await' outside function", 1]);
  assert.deepEqual(err('f() = 1'), ["can't assign to expression", 1]);
  assert.deepEqual(err('def f():\n  nonlocal x'), ['no binding for nonlocal found', 2]);
  assert.deepEqual(err('nonlocal x'), ["can't declare nonlocal in outer code", 1]);
  assert.deepEqual(err('def f():\n  x = 1\n  global x'), ['identifier redefined as global', 3]);
  assert.deepEqual(err('def f():\n  x = 1\n  def g():\n    x = 2\n    nonlocal x'), ['identifier redefined as nonlocal', 5]);
  assert.deepEqual(err('def f(a, a): pass'), ['argument name reused', 1]);
  assert.deepEqual(err('def f():\n  from m import *'), ['import * not at module level', 2]);
  assert.deepEqual(err('X = const(f())'), ['not a constant', 1]);
  assert.deepEqual(err('def f():\n  async with a: pass'), ['async for/with outside async function', 2]);
  assert.deepEqual(err('f(a=1, *b)'), ['* arg after kwarg', 1]);
});

test('eval and single modes', () => {
  const ev = disassemble(compileSource('1 + x', '<stdin>', 'eval'));
  assert.match(ev, /LOAD_NAME x\n.*BINARY_OP \+\n.*RETURN_VALUE\n/);
  const single = disassemble(compileSource('x\n', '<stdin>', 'single'));
  assert.match(single, /LOAD_NAME __repl_print__\n.*LOAD_NAME x\n.*CALL_FUNCTION n=1 nkw=0\n.*POP_TOP/);
  // a constant at the REPL is printed too, but dropped in a file
  assert.match(disassemble(compileSource('5\n', '<stdin>', 'single')), /__repl_print__/);
  assert.doesNotMatch(disassemble(compileSource('5\n', 't.py', 'exec')), /LOAD_CONST_SMALL_INT 5/);
});

test('optimisation level: assert and __debug__', () => {
  const src = 'assert x\nif __debug__:\n  y()\n';
  assert.match(disassemble(compileSource(src, 't.py', 'exec', 0)), /AssertionError[\s\S]*LOAD_NAME y/);
  const o1 = disassemble(compileSource(src, 't.py', 'exec', 1));
  assert.doesNotMatch(o1, /AssertionError/);
  assert.doesNotMatch(o1, /LOAD_NAME y/);
});

test('deep nesting is a CompileError, never a JS error', () => {
  for (const src of [
    '(' .repeat(5000) + '1' + ')'.repeat(5000),
    '-'.repeat(20000) + '1',
    'not '.repeat(20000) + 'x',
    'f' + '(1)'.repeat(20000),
    'x' + '.a'.repeat(20000),
    'lambda: '.repeat(5000) + '1',
    '[' .repeat(5000) + ']'.repeat(5000),
  ]) {
    try {
      compileSource(src, 't.py', 'exec');
    } catch (e) {
      assert.ok(e instanceof CompileError, `JS error for ${src.slice(0, 20)}: ${e}`);
    }
  }
  // a long flat chain is fine
  compileSource('x' + ' + x'.repeat(20000), 't.py', 'exec');
});

// Compile speed is measured by the benchmarks, not asserted here (shared machines are noisy).
test('a 10,000-line file compiles', () => {
  const lines = [];
  for (let i = 0; i < 2000; i++) {
    lines.push(`def f${i}(a, b=${i}):`, `    x = [a + b * ${i} for a in range(b)]`, `    if x and a > ${i}:`, `        return {'k': x}`, '    return a');
  }
  const src = lines.join('\n');
  const cm = compileSource(src, 'big.py', 'exec');
  assert.equal(cm.rc.children.length, 2000);
});

test('constants table holds runtime objects', () => {
  const cm = compileSource('a = 1.5\nb = 2**80\nc = (1, "x")\nd = b"z"\ne = 3j\nf = ...', 't.py', 'exec');
  const kinds = cm.consts.map((c) => (typeof c === 'object' ? c.type.name : typeof c));
  assert.deepEqual(kinds, ['float', 'bigint', 'tuple', 'bytes', 'complex', 'ellipsis']);
  assert.equal(cm.qstrs[0], 't.py');
});
