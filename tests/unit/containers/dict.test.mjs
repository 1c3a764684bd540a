import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rt, None, call, meth, list, tuple, repr, pyErr } from './helpers.mjs';
import { dict_type, PyDict } from '../../../dist/py/objdict.js';
import { BinaryOp } from './ops.mjs';

const dict = (...pairs) => {
  const d = new PyDict();
  for (const [k, v] of pairs) d.set(k, v);
  return d;
};

test('dict() from pairs, dicts and kwargs; repr', () => {
  assert.equal(repr(call(dict_type, [])), '{}');
  const d = call(dict_type, [list(tuple(1, 2), list(3, 4))]);
  assert.equal(repr(d), '{1: 2, 3: 4}');
  const e = call(dict_type, [d]);
  assert.notEqual(e, d);
  assert.equal(repr(e), '{1: 2, 3: 4}');
  const k = call(dict_type, [], { a: 1 });
  assert.equal(k.get('a'), 1);
  assert.equal(pyErr(() => call(dict_type, [list(tuple(1, 2, 3))])), 'ValueError: dict update sequence has wrong length');
  const r = dict([1, 2]);
  r.set(2, r);
  assert.equal(repr(r), '{1: 2, 2: {...}}');
});

test('subscripting and KeyError', () => {
  const d = dict([1, 10]);
  assert.equal(rt.getItem(d, 1), 10);
  assert.equal(rt.getItem(d, true), 10);
  rt.setItem(d, tuple(1, 2), 5);
  assert.equal(rt.getItem(d, tuple(1, 2)), 5);
  assert.equal(pyErr(() => rt.getItem(d, 7)), 'KeyError: 7');
  rt.delItem(d, 1);
  assert.equal(pyErr(() => rt.delItem(d, 1)), 'KeyError: 1');
  assert.equal(pyErr(() => rt.setItem(d, list(), 1)), "TypeError: unsupported type for __hash__: 'list'");
  assert.equal(pyErr(() => rt.hash(d)), "TypeError: unsupported type for __hash__: 'dict'");
});

test('methods', () => {
  const d = dict([1, 2], [3, 4]);
  assert.equal(meth(d, 'get', 1), 2);
  assert.equal(meth(d, 'get', 9), None);
  assert.equal(meth(d, 'get', 9, 0), 0);
  assert.equal(meth(d, 'setdefault', 5, 6), 6);
  assert.equal(meth(d, 'setdefault', 5, 7), 6);
  assert.equal(meth(d, 'pop', 5), 6);
  assert.equal(meth(d, 'pop', 5, 'x'), 'x');
  assert.equal(pyErr(() => meth(d, 'pop', 5)), 'KeyError: 5');
  assert.equal(repr(meth(d, 'popitem')), '(3, 4)');
  assert.equal(pyErr(() => meth(dict(), 'popitem')), 'KeyError: popitem(): dictionary is empty');
  rt.callMethod(d, 'update', [list(tuple(7, 8))], new Map([['z', 0]]));
  assert.equal(rt.len(d), 3);
  assert.equal(meth(d, 'update', dict([1, 100])), None);
  assert.equal(rt.getItem(d, 1), 100);
  const c = meth(d, 'copy');
  meth(d, 'clear');
  assert.equal(rt.len(d), 0);
  assert.equal(rt.len(c), 3);
  const f = rt.callMethod(dict_type, 'fromkeys', [tuple(1, 2)]);
  assert.equal(repr(f), '{1: None, 2: None}');
  const g = rt.callMethod(dict_type, 'fromkeys', [tuple(1, 2), 0]);
  assert.equal(repr(g), '{1: 0, 2: 0}');
  assert.equal(meth(g, '__getitem__', 1), 0);
});

test('views', () => {
  const d = dict([1, 2], [3, 4]);
  const k = meth(d, 'keys');
  const v = meth(d, 'values');
  const i = meth(d, 'items');
  assert.equal(repr(k), 'dict_keys([1, 3])');
  assert.equal(repr(v), 'dict_values([2, 4])');
  assert.equal(repr(i), 'dict_items([(1, 2), (3, 4)])');
  assert.equal(rt.len(k), 2);
  assert.equal(rt.contains(k, 3), true);
  assert.equal(rt.contains(v, 4), true);
  assert.equal(rt.contains(i, tuple(1, 2)), true);
  assert.equal(rt.contains(i, tuple(1, 3)), false);
  d.set(5, 6);
  assert.equal(rt.len(k), 3); // live
  assert.deepEqual(rt.toArray(k), [1, 3, 5]);
  assert.equal(repr(rt.binaryOp(BinaryOp.AND, k, list(3, 5, 7))), '{3, 5}');
});

test('iteration and size change', () => {
  const d = dict([1, 2], [3, 4]);
  assert.deepEqual(rt.toArray(d), [1, 3]);
  const it = rt.getIter(d);
  rt.iterNext(it);
  d.set(9, 9);
  assert.equal(pyErr(() => rt.iterNext(it)), 'RuntimeError: dictionary changed size during iteration');
});

test('equality and |', () => {
  assert.equal(rt.binaryOp(BinaryOp.EQUAL, dict([1, 2], [3, 4]), dict([3, 4], [1, 2])), true);
  assert.equal(rt.binaryOp(BinaryOp.EQUAL, dict([1, 2]), dict([1, 3])), false);
  assert.equal(rt.binaryOp(BinaryOp.NOT_EQUAL, dict([1, 2]), dict()), true);
  assert.equal(rt.binaryOp(BinaryOp.EQUAL, dict(), list()), false);
  const a = dict([1, 2]);
  assert.equal(repr(rt.binaryOp(BinaryOp.OR, a, dict([1, 3], [4, 5]))), '{1: 3, 4: 5}');
  assert.equal(repr(a), '{1: 2}');
  rt.binaryOp(BinaryOp.INPLACE_OR, a, dict([6, 7]));
  assert.equal(repr(a), '{1: 2, 6: 7}');
  assert.equal(rt.contains(a, 6), true);
  assert.equal(rt.isTrue(dict()), false);
});
