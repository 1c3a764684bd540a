// Generators on hand-assembled bytecode: next/send/throw/close, return values, yield from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Asm, BIN } from './asm.mjs';
import { runModule, vmState } from '../../../dist/py/vm.js';
import { PyDict } from '../../../dist/py/objdict.js';
import { PyException } from '../../../dist/py/objexcept.js';
import { callMethod, iterNext, call } from '../../../dist/py/runtime.js';
import { None } from '../../../dist/py/obj.js';
import '../../../dist/py/modbuiltins.js';

const GEN = 1;
const gFn = {
  name: 'g', nState: 4, flags: GEN,
  code: [['INT', 1], ['YIELD_VALUE'], ['STORE_FAST', 0], ['LOAD_GLOBAL', 'log'], ['LOAD_METHOD', 'append'], ['LOAD_FAST', 0],
    ['CALL_METHOD', 1], ['POP_TOP'], ['INT', 2], ['YIELD_VALUE'], ['POP_TOP'], ['LOAD_CONST_STRING', 'end'], ['RETURN_VALUE']],
};
// def h(): x = yield from g(); log.append(x); yield 3
const hFn = {
  name: 'h', nState: 4, flags: GEN,
  code: [['LOAD_GLOBAL', 'g'], ['CALL_FUNCTION', 0], ['GET_ITER'], ['LOAD_CONST_NONE'], ['YIELD_FROM'], ['STORE_FAST', 0],
    ['LOAD_GLOBAL', 'log'], ['LOAD_METHOD', 'append'], ['LOAD_FAST', 0], ['CALL_METHOD', 1], ['POP_TOP'],
    ['INT', 3], ['YIELD_VALUE'], ['POP_TOP'], ['LOAD_CONST_NONE'], ['RETURN_VALUE']],
};

function setup() {
  const a = new Asm();
  const mod = a.module({
    name: '<module>', nState: 2, children: [gFn, hFn],
    code: [['BUILD_LIST', 0], ['STORE_NAME', 'log'], ['MAKE_FUNCTION', 0], ['STORE_NAME', 'g'], ['MAKE_FUNCTION', 1], ['STORE_NAME', 'h'],
      ['LOAD_CONST_NONE'], ['RETURN_VALUE']],
  });
  const g = new PyDict();
  runModule(mod, g);
  return g;
}

test('next and send; return value in StopIteration', () => {
  const G = setup();
  const gen = call(G.get('g'), []);
  assert.equal(iterNext(gen), 1);
  assert.equal(callMethod(gen, 'send', ['s']), 2);
  assert.deepEqual(G.get('log').items, ['s']);
  assert.throws(() => callMethod(gen, 'send', [None]), (e) => e instanceof PyException && e.type.name === 'StopIteration' && e.args[0] === 'end');
  assert.equal(iterNext(gen), undefined);
  assert.equal(vmState.depth, 0);
});

test("can't send non-None to a just-started generator", () => {
  const G = setup();
  const gen = call(G.get('g'), []);
  assert.throws(() => callMethod(gen, 'send', [5]), (e) => e.type.name === 'TypeError' && e.args[0] === "can't send non-None value to a just-started generator");
});

test('throw and close', () => {
  const G = setup();
  const gen = call(G.get('g'), []);
  assert.equal(iterNext(gen), 1);
  assert.throws(() => callMethod(gen, 'throw', [getBuiltin('ValueError')]), (e) => e.type.name === 'ValueError');
  assert.equal(iterNext(gen), undefined);
  const gen2 = call(G.get('g'), []);
  assert.equal(iterNext(gen2), 1);
  assert.equal(callMethod(gen2, 'close', []), None);
  assert.equal(iterNext(gen2), undefined);
});

test('yield from delegates and receives the return value', () => {
  const G = setup();
  const h = call(G.get('h'), []);
  const out = [];
  for (let v = iterNext(h); v !== undefined; v = iterNext(h)) out.push(v);
  assert.deepEqual(out, [1, 2, 3]);
  assert.deepEqual(G.get('log').items, [None, 'end']);
  assert.equal(vmState.depth, 0);
});

import { builtinsDict } from '../../../dist/py/modbuiltins.js';
function getBuiltin(n) {
  return builtinsDict.get(n);
}
