import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rt, None, call, meth, list, tuple, repr, pyErr } from './helpers.mjs';
import { tuple_type, EMPTY_TUPLE, PyTuple } from '../../../dist/py/objtuple.js';
import { PySlice } from '../../../dist/py/objslice.js';
import { PyDict } from '../../../dist/py/objdict.js';
import { BinaryOp } from './ops.mjs';
import { int_type } from '../../../dist/py/objint.js';

test('tuple() and repr', () => {
  assert.equal(call(tuple_type, []), EMPTY_TUPLE);
  assert.equal(repr(EMPTY_TUPLE), '()');
  assert.equal(repr(tuple(1)), '(1,)');
  assert.equal(repr(tuple(1, tuple(2, 3))), '(1, (2, 3))');
  const t = tuple(4, 5);
  assert.equal(call(tuple_type, [t]), t);
  assert.equal(repr(call(tuple_type, [list(1, 2)])), '(1, 2)');
});

test('indexing and slicing', () => {
  const t = tuple(1, 2, 3, 4);
  assert.equal(rt.getItem(t, -1), 4);
  assert.equal(pyErr(() => rt.getItem(t, 4)), 'IndexError: tuple index out of range');
  assert.equal(repr(rt.getItem(t, new PySlice(1, 3, None))), '(2, 3)');
  assert.equal(repr(rt.getItem(t, new PySlice(None, None, -2))), '(4, 2)');
  assert.equal(pyErr(() => rt.setItem(t, 0, 1)), "TypeError: 'tuple' object doesn't support item assignment");
});

test('operators and methods', () => {
  assert.equal(repr(rt.binaryOp(BinaryOp.ADD, tuple(1), tuple(2, 3))), '(1, 2, 3)');
  assert.equal(repr(rt.binaryOp(BinaryOp.MULTIPLY, tuple(1, 2), 2)), '(1, 2, 1, 2)');
  assert.equal(repr(rt.binaryOp(BinaryOp.MULTIPLY, tuple(1, 2), 0)), '()');
  assert.equal(rt.binaryOp(BinaryOp.MORE, tuple(1, 2), tuple(1)), true);
  assert.equal(rt.binaryOp(BinaryOp.EQUAL, tuple(1, 2), tuple(1, 2)), true);
  assert.equal(rt.contains(tuple(1, 2), 2), true);
  assert.equal(meth(tuple(1, 2, 1), 'count', 1), 2);
  assert.equal(meth(tuple(1, 2, 1), 'index', 1, 1), 2);
  assert.equal(pyErr(() => meth(tuple(1), 'index', 5)), 'ValueError: object not in sequence');
  assert.equal(rt.len(tuple(1, 2)), 2);
  assert.equal(rt.isTrue(EMPTY_TUPLE), false);
});

test('hashing: equal tuples hash equal and work as dict keys', () => {
  assert.equal(rt.hash(tuple(1, 2)), rt.hash(tuple(1, 2)));
  assert.notEqual(rt.hash(tuple(1, 2)), rt.hash(tuple(2, 1)));
  assert.equal(rt.hash(tuple(1, true)), rt.hash(tuple(1, 1)));
  assert.equal(pyErr(() => rt.hash(tuple(1, list()))), "TypeError: unsupported type for __hash__: 'list'");
  const d = new PyDict();
  d.set(tuple(1, tuple(2)), 'x');
  assert.equal(d.get(new PyTuple([1, new PyTuple([2])])), 'x');
});

test('iteration', () => {
  assert.deepEqual(rt.toArray(rt.getIter(tuple(1, 2, 3))), [1, 2, 3]);
});

test('lexicographic comparison of items', { skip: int_type.binaryOp === null && 'int comparisons not in yet' }, () => {
  assert.equal(rt.binaryOp(BinaryOp.LESS, tuple(1, 2), tuple(1, 3)), true);
  assert.equal(rt.binaryOp(BinaryOp.MORE_EQUAL, tuple(2), tuple(1, 9)), true);
});
