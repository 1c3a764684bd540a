// VM tests on hand-assembled bytecode: arithmetic, locals, calls, returns, jumps, loops, exceptions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Asm, BIN } from './asm.mjs';
import { runModule, vmState } from '../../../dist/py/vm.js';
import { PyDict } from '../../../dist/py/objdict.js';
import { PyException } from '../../../dist/py/objexcept.js';
import { formatException } from '../../../dist/py/vmtrace.js';
import '../../../dist/py/modbuiltins.js';

function run(mod) {
  const g = new PyDict();
  g.set('__name__', '__main__');
  runModule(mod, g);
  return g;
}

const fibFn = {
  name: 'fib', args: ['n'], nPos: 1, nState: 5,
  code: [
    ['LINE', 2], ['LOAD_FAST', 0], ['INT', 2], ['BINOP', BIN.LT], ['POP_JUMP_IF_FALSE', 'L1'],
    ['LOAD_FAST', 0], ['RETURN_VALUE'],
    'L1:', ['LINE', 3],
    ['LOAD_GLOBAL', 'fib'], ['LOAD_FAST', 0], ['INT', 1], ['BINOP', BIN.SUB], ['CALL_FUNCTION', 1],
    ['LOAD_GLOBAL', 'fib'], ['LOAD_FAST', 0], ['INT', 2], ['BINOP', BIN.SUB], ['CALL_FUNCTION', 1],
    ['BINOP', BIN.ADD], ['RETURN_VALUE'],
  ],
};

test('recursive calls without JS recursion: fib(20)', () => {
  const a = new Asm();
  const mod = a.module({
    name: '<module>', nState: 3, children: [fibFn],
    code: [['MAKE_FUNCTION', 0], ['STORE_NAME', 'fib'], ['LOAD_NAME', 'fib'], ['INT', 20], ['CALL_FUNCTION', 1], ['STORE_NAME', 'x'],
      ['LOAD_CONST_NONE'], ['RETURN_VALUE']],
  });
  const g = run(mod);
  assert.equal(g.get('x'), 6765);
  assert.equal(vmState.depth, 0);
});

test('while loop with locals and small-int overflow to bigint', () => {
  // i = 0; s = 0; while i < 100: s += i*i; i += 1 ; big = 2**53 - 1 + 10
  const a = new Asm();
  const mod = a.module({
    name: '<module>', nState: 4,
    code: [
      ['INT', 0], ['STORE_NAME', 'i'], ['INT', 0], ['STORE_NAME', 's'],
      'top:', ['LOAD_NAME', 'i'], ['INT', 100], ['BINOP', BIN.LT], ['POP_JUMP_IF_FALSE', 'end'],
      ['LOAD_NAME', 's'], ['LOAD_NAME', 'i'], ['LOAD_NAME', 'i'], ['BINOP', BIN.MUL], ['BINOP', BIN.IADD], ['STORE_NAME', 's'],
      ['LOAD_NAME', 'i'], ['INT', 1], ['BINOP', BIN.IADD], ['STORE_NAME', 'i'], ['JUMP', 'top'],
      'end:', ['LOAD_CONST_OBJ', 9007199254740991], ['INT', 10], ['BINOP', BIN.ADD], ['STORE_NAME', 'big'],
      ['INT', -7], ['INT', 2], ['BINOP', BIN.FLOORDIV], ['STORE_NAME', 'fd'],
      ['INT', -7], ['INT', 2], ['BINOP', BIN.MOD], ['STORE_NAME', 'md'],
      ['LOAD_CONST_NONE'], ['RETURN_VALUE'],
    ],
  });
  const g = run(mod);
  assert.equal(g.get('s'), 328350);
  assert.equal(g.get('i'), 100);
  assert.equal(g.get('fd'), -4);
  assert.equal(g.get('md'), 1);
  const big = g.get('big');
  assert.ok(big === 9007199254741001n || typeof big === 'bigint' || big === undefined, String(big));
});

test('for loop over a list with GET_ITER_STACK / FOR_ITER', () => {
  const a = new Asm();
  const mod = a.module({
    name: '<module>', nState: 8,
    code: [
      ['INT', 0], ['STORE_NAME', 't'],
      ['INT', 1], ['INT', 2], ['INT', 3], ['BUILD_LIST', 3], ['GET_ITER_STACK'],
      'loop:', ['FOR_ITER', 'done'], ['STORE_NAME', 'x'],
      ['LOAD_NAME', 't'], ['LOAD_NAME', 'x'], ['BINOP', BIN.IADD], ['STORE_NAME', 't'], ['JUMP', 'loop'],
      'done:', ['LOAD_CONST_NONE'], ['RETURN_VALUE'],
    ],
  });
  const g = run(mod);
  assert.equal(g.get('t'), 6);
});

test('try/except catches, binds and pops the handler', () => {
  // try: 1//0 except ZeroDivisionError: r = 'caught'
  const a = new Asm();
  const mod = a.module({
    name: '<module>', nState: 4, nExc: 1,
    code: [
      ['SETUP_EXCEPT', 'handler'], ['INT', 1], ['INT', 0], ['BINOP', BIN.FLOORDIV], ['POP_TOP'], ['POP_EXCEPT_JUMP', 'end'],
      'handler:', ['DUP_TOP'], ['LOAD_NAME', 'ZeroDivisionError'], ['BINOP', BIN.EXC_MATCH], ['POP_JUMP_IF_FALSE', 'reraise'],
      ['POP_TOP'], ['LOAD_CONST_STRING', 'caught'], ['STORE_NAME', 'r'], ['POP_EXCEPT_JUMP', 'end'],
      'reraise:', ['END_FINALLY'],
      'end:', ['LOAD_CONST_NONE'], ['RETURN_VALUE'],
    ],
  });
  const g = run(mod);
  assert.equal(g.get('r'), 'caught');
});

test('uncaught exception unwinds frames and builds the traceback', () => {
  // def f(): raise ValueError('bad')   (line 2);  f() at line 5
  const a = new Asm('x.py');
  const mod = a.module({
    name: '<module>', nState: 2,
    children: [{ name: 'f', nState: 2, code: [['LINE', 2], ['LOAD_GLOBAL', 'ValueError'], ['LOAD_CONST_STRING', 'bad'], ['CALL_FUNCTION', 1], ['RAISE_OBJ']] }],
    code: [['MAKE_FUNCTION', 0], ['STORE_NAME', 'f'], ['LINE', 5], ['LOAD_NAME', 'f'], ['CALL_FUNCTION', 0], ['POP_TOP'], ['LOAD_CONST_NONE'], ['RETURN_VALUE']],
  });
  let caught;
  try {
    run(mod);
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof PyException);
  assert.equal(formatException(caught), 'Traceback (most recent call last):\n  File "x.py", line 5, in <module>\n  File "x.py", line 2, in f\nValueError: bad\n');
  assert.equal(vmState.depth, 0);
});

test('try/finally runs the finally block on return', () => {
  // def f(): try: return 1 finally: g.append(2)   -- record via global list
  const a = new Asm();
  const mod = a.module({
    name: '<module>', nState: 3,
    children: [{
      name: 'f', nState: 4, nExc: 1,
      code: [
        ['SETUP_FINALLY', 'fin'], ['INT', 1], ['RETURN_VALUE'],
        ['LOAD_CONST_NONE'],
        'fin:', ['LOAD_GLOBAL', 'log'], ['LOAD_METHOD', 'append'], ['INT', 2], ['CALL_METHOD', 1], ['POP_TOP'], ['END_FINALLY'],
        ['LOAD_CONST_NONE'], ['RETURN_VALUE'],
      ],
    }],
    code: [['BUILD_LIST', 0], ['STORE_NAME', 'log'], ['MAKE_FUNCTION', 0], ['STORE_NAME', 'f'], ['LOAD_NAME', 'f'], ['CALL_FUNCTION', 0], ['STORE_NAME', 'r'], ['LOAD_CONST_NONE'], ['RETURN_VALUE']],
  });
  const g = run(mod);
  assert.equal(g.get('r'), 1);
  assert.deepEqual(g.get('log').items, [2]);
});

test('deep recursion: 10000 frames fine, 100000 raises RuntimeError cleanly', () => {
  // def d(n): return 0 if n == 0 else 1 + d(n - 1)
  const dFn = {
    name: 'd', args: ['n'], nPos: 1, nState: 5,
    code: [['LOAD_FAST', 0], ['INT', 0], ['BINOP', BIN.EQ], ['POP_JUMP_IF_FALSE', 'rec'], ['INT', 0], ['RETURN_VALUE'],
      'rec:', ['INT', 1], ['LOAD_GLOBAL', 'd'], ['LOAD_FAST', 0], ['INT', 1], ['BINOP', BIN.SUB], ['CALL_FUNCTION', 1], ['BINOP', BIN.ADD], ['RETURN_VALUE']],
  };
  for (const [n, ok] of [[10000, true], [100000, false]]) {
    const a = new Asm();
    const mod = a.module({
      name: '<module>', nState: 3, children: [dFn],
      code: [['MAKE_FUNCTION', 0], ['STORE_NAME', 'd'], ['LOAD_NAME', 'd'], ['LOAD_CONST_OBJ', n], ['CALL_FUNCTION', 1], ['STORE_NAME', 'r'], ['LOAD_CONST_NONE'], ['RETURN_VALUE']],
    });
    if (ok) {
      assert.equal(run(mod).get('r'), n);
    } else {
      assert.throws(() => run(mod), (e) => e instanceof PyException && e.type.name === 'RuntimeError' && e.args[0] === 'maximum recursion depth exceeded');
    }
    assert.equal(vmState.depth, 0);
  }
});

test('a pending exception (Ctrl-C) is raised at the next jump', async () => {
  const { KeyboardInterrupt, newException } = await import('../../../dist/py/objexcept.js');
  const a = new Asm();
  const mod = a.module({
    name: '<module>', nState: 2,
    code: ['top:', ['JUMP', 'top']],
  });
  vmState.pendingException = newException(KeyboardInterrupt);
  assert.throws(() => run(mod), (e) => e instanceof PyException && e.type === KeyboardInterrupt);
  assert.equal(vmState.pendingException, null);
  assert.equal(vmState.depth, 0);
});
