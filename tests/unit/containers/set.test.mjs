import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rt, None, call, meth, list, tuple, repr, pyErr } from './helpers.mjs';
import { set_type, frozenset_type } from '../../../dist/py/objset.js';
import { PyDict } from '../../../dist/py/objdict.js';
import { BinaryOp } from './ops.mjs';

const set = (...xs) => call(set_type, [list(...xs)]);
const fset = (...xs) => call(frozenset_type, [list(...xs)]);

test('construction and repr', () => {
  assert.equal(repr(call(set_type, [])), 'set()');
  assert.equal(repr(call(frozenset_type, [])), 'frozenset()');
  assert.equal(repr(set(1, 2, 2, 3)), '{1, 2, 3}');
  assert.equal(repr(fset(1)), 'frozenset({1})');
  assert.equal(rt.len(set(1, true, 2)), 2);
});

test('methods', () => {
  const s = set(1, 2);
  meth(s, 'add', 3);
  meth(s, 'discard', 9);
  meth(s, 'remove', 1);
  assert.equal(pyErr(() => meth(s, 'remove', 1)), 'KeyError: 1');
  assert.equal(repr(s), '{2, 3}');
  meth(s, 'update', list(4), tuple(5));
  assert.equal(repr(s), '{2, 3, 4, 5}');
  assert.equal(repr(meth(s, 'union', list(9))), '{2, 3, 4, 5, 9}');
  assert.equal(repr(meth(s, 'intersection', list(3, 4, 8))), '{3, 4}');
  assert.equal(repr(meth(s, 'difference', list(3, 4))), '{2, 5}');
  assert.equal(repr(meth(s, 'symmetric_difference', list(5, 6))), '{2, 3, 4, 6}');
  assert.equal(meth(set(2, 3), 'issubset', s), true);
  assert.equal(meth(s, 'issuperset', list(2)), true);
  assert.equal(meth(s, 'isdisjoint', list(7)), true);
  meth(s, 'intersection_update', list(2, 3, 4));
  meth(s, 'difference_update', list(2));
  assert.equal(repr(s), '{3, 4}');
  meth(s, 'symmetric_difference_update', list(4, 5));
  assert.equal(repr(s), '{3, 5}');
  assert.equal(meth(s, 'pop'), 3);
  const c = meth(s, 'copy');
  meth(s, 'clear');
  assert.equal(pyErr(() => meth(s, 'pop')), 'KeyError: pop from an empty set');
  assert.equal(repr(c), '{5}');
});

test('operators', () => {
  const a = set(1, 2, 3);
  const b = fset(2, 3, 4);
  assert.equal(repr(rt.binaryOp(BinaryOp.OR, a, b)), '{1, 2, 3, 4}');
  assert.equal(repr(rt.binaryOp(BinaryOp.AND, b, a)), 'frozenset({2, 3})');
  assert.equal(repr(rt.binaryOp(BinaryOp.SUBTRACT, a, b)), '{1}');
  assert.equal(repr(rt.binaryOp(BinaryOp.XOR, a, b)), '{1, 4}');
  assert.equal(rt.binaryOp(BinaryOp.LESS, set(2), a), true);
  assert.equal(rt.binaryOp(BinaryOp.LESS, a, a), false);
  assert.equal(rt.binaryOp(BinaryOp.LESS_EQUAL, a, a), true);
  assert.equal(rt.binaryOp(BinaryOp.MORE, a, set(1)), true);
  assert.equal(rt.binaryOp(BinaryOp.EQUAL, set(2, 3), fset(3, 2)), true);
  assert.equal(rt.contains(a, 2), true);
  const c = set(1);
  assert.equal(rt.binaryOp(BinaryOp.INPLACE_OR, c, set(2)), c);
  assert.equal(repr(c), '{1, 2}');
  rt.binaryOp(BinaryOp.INPLACE_SUBTRACT, c, set(1));
  assert.equal(repr(c), '{2}');
  const f = fset(1);
  const g = rt.binaryOp(BinaryOp.INPLACE_OR, f, set(2));
  assert.notEqual(g, f);
  assert.equal(repr(f), 'frozenset({1})');
  assert.equal(pyErr(() => rt.binaryOp(BinaryOp.OR, a, list())), "TypeError: unsupported types for __or__: 'set', 'list'");
});

test('hashing: frozenset hashable, set not', () => {
  assert.equal(rt.hash(fset(1, 2)), rt.hash(fset(2, 1)));
  assert.equal(pyErr(() => rt.hash(set())), "TypeError: unsupported type for __hash__: 'set'");
  const d = new PyDict();
  d.set(fset(1, 2), 'v');
  assert.equal(d.get(fset(2, 1)), 'v');
  const s = set(fset(1));
  assert.equal(rt.contains(s, fset(1)), true);
});

test('iteration', () => {
  assert.deepEqual(rt.toArray(set(3, 1, 2)), [3, 1, 2]);
  const s = set(1, 2);
  const it = rt.getIter(s);
  rt.iterNext(it);
  meth(s, 'add', 5);
  assert.equal(pyErr(() => rt.iterNext(it)), 'RuntimeError: Set changed size during iteration');
});
