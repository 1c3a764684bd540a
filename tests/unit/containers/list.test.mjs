import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rt, None, call, meth, list, tuple, repr, pyErr } from './helpers.mjs';
import { list_type, PyList } from '../../../dist/py/objlist.js';
import { PySlice } from '../../../dist/py/objslice.js';
import { BinaryOp } from './ops.mjs';

const sl = (a, b, c = None) => new PySlice(a, b, c);

test('list() from iterables and repr', () => {
  assert.equal(repr(call(list_type, [])), '[]');
  assert.equal(repr(call(list_type, [tuple(1, 2, 3)])), '[1, 2, 3]');
  const l = list(1, list(2, 3));
  assert.equal(repr(l), '[1, [2, 3]]');
  const r = list(1);
  meth(r, 'append', r);
  assert.equal(repr(r), '[1, [...]]');
});

test('indexing, negative indices and errors', () => {
  const l = list(10, 20, 30);
  assert.equal(rt.getItem(l, 0), 10);
  assert.equal(rt.getItem(l, -1), 30);
  assert.equal(rt.getItem(l, true), 20);
  assert.equal(pyErr(() => rt.getItem(l, 3)), 'IndexError: list index out of range');
  assert.equal(pyErr(() => rt.getItem(l, -4)), 'IndexError: list index out of range');
  assert.equal(pyErr(() => rt.getItem(l, 2n ** 70n)), 'IndexError: list index out of range');
  assert.equal(pyErr(() => rt.setItem(l, 5, 1)), 'IndexError: list index out of range');
  assert.equal(pyErr(() => rt.getItem(l, None)), 'TypeError: list indices must be integers, not NoneType');
  rt.setItem(l, -1, 99);
  assert.equal(repr(l), '[10, 20, 99]');
  rt.delItem(l, 0);
  assert.equal(repr(l), '[20, 99]');
});

test('slicing: get, set, delete with steps', () => {
  const l = list(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  assert.equal(repr(rt.getItem(l, sl(2, 5))), '[2, 3, 4]');
  assert.equal(repr(rt.getItem(l, sl(None, None, -1))), '[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]');
  assert.equal(repr(rt.getItem(l, sl(-3, None))), '[7, 8, 9]');
  assert.equal(repr(rt.getItem(l, sl(1, None, 3))), '[1, 4, 7]');
  assert.equal(repr(rt.getItem(l, sl(8, 1, -3))), '[8, 5, 2]');
  assert.equal(repr(rt.getItem(l, sl(100, 200))), '[]');
  assert.equal(pyErr(() => rt.getItem(l, sl(None, None, 0))), "ValueError: slice step can't be zero");
  const m = list(0, 1, 2, 3, 4);
  rt.setItem(m, sl(1, 3), tuple('a', 'b', 'c', 'd'));
  assert.equal(rt.len(m), 7);
  rt.setItem(m, sl(1, 5), list());
  assert.deepEqual(m.items, [0, 3, 4]);
  const n = list(0, 1, 2, 3, 4, 5);
  rt.setItem(n, sl(None, None, 2), list(10, 20, 30));
  assert.equal(repr(n), '[10, 1, 20, 3, 30, 5]');
  assert.equal(pyErr(() => rt.setItem(n, sl(None, None, 2), list(1))), 'ValueError: attempt to assign sequence of size 1 to extended slice of size 3');
  rt.delItem(n, sl(None, None, 2));
  assert.equal(repr(n), '[1, 3, 5]');
  rt.delItem(n, sl(1, None));
  assert.equal(repr(n), '[1]');
  const self = list(1, 2);
  rt.setItem(self, sl(None, None), self);
  assert.equal(repr(self), '[1, 2]');
  rt.setItem(self, sl(5, 2), list(9));
  assert.equal(repr(self), '[1, 2, 9]');
});

test('methods', () => {
  const l = list(3, 1, 2);
  assert.equal(meth(l, 'append', 4), None);
  meth(l, 'extend', tuple(5, 6));
  meth(l, 'insert', 0, 0);
  meth(l, 'insert', -1, 55);
  meth(l, 'insert', 100, 7);
  assert.equal(repr(l), '[0, 3, 1, 2, 4, 5, 55, 6, 7]');
  assert.equal(meth(l, 'pop'), 7);
  assert.equal(meth(l, 'pop', 0), 0);
  assert.equal(meth(l, 'pop', -2), 55);
  assert.equal(meth(l, 'index', 2), 2);
  assert.equal(pyErr(() => meth(l, 'index', 99)), 'ValueError: object not in sequence');
  assert.equal(pyErr(() => meth(l, 'index', 3, 1)), 'ValueError: object not in sequence');
  meth(l, 'remove', 4);
  assert.equal(pyErr(() => meth(l, 'remove', 4)), 'ValueError: object not in sequence');
  assert.equal(meth(list(1, 2, 1, 3), 'count', 1), 2);
  const c = meth(l, 'copy');
  meth(l, 'reverse');
  assert.equal(repr(l), '[6, 5, 2, 1, 3]');
  assert.equal(repr(c), '[3, 1, 2, 5, 6]');
  meth(l, 'clear');
  assert.equal(repr(l), '[]');
  assert.equal(pyErr(() => meth(l, 'pop')), 'IndexError: pop from empty list');
  assert.equal(pyErr(() => meth(list(1), 'pop', 5)), 'IndexError: list index out of range');
  const e = list(1, 2);
  meth(e, 'extend', e);
  assert.equal(repr(e), '[1, 2, 1, 2]');
});

test('sort: stable, key, reverse, errors', () => {
  const l = list(5, 2, 9, 1, 5, 6, 0, -3, 12, 7, 8, 3, 4, 11, 10, 13, 2);
  meth(l, 'sort');
  assert.equal(repr(l), '[-3, 0, 1, 2, 2, 3, 4, 5, 5, 6, 7, 8, 9, 10, 11, 12, 13]');
  rt.callMethod(l, 'sort', [], new Map([['reverse', true]]));
  assert.equal(rt.getItem(l, 0), 13);
  // stability with a key: pairs sorted by first element keep original order of equal keys
  const items = [];
  for (let i = 0; i < 40; i++) items.push(tuple(i % 3, i));
  const p = new PyList(items.slice());
  rt.callMethod(p, 'sort', [], new Map([['key', KEY0]]));
  const got = p.items.map((t) => t.items[1]);
  const want = items.slice().sort((a, b) => a.items[0] - b.items[0]).map((t) => t.items[1]);
  assert.deepEqual(got, want);
  rt.callMethod(p, 'sort', [], new Map([['key', KEY0], ['reverse', true]]));
  const want2 = items.slice().sort((a, b) => b.items[0] - a.items[0]).map((t) => t.items[1]);
  assert.deepEqual(p.items.map((t) => t.items[1]), want2);
  assert.equal(pyErr(() => meth(list(1, None), 'sort')), "TypeError: unsupported types for __lt__: 'int', 'NoneType'");
});

import { builtin } from '../../../dist/py/objfun.js';
const KEY0 = builtin('key0', (args) => args[0].items[0]);

test('operators: + * += *= comparisons in', () => {
  const a = list(1, 2);
  assert.equal(repr(rt.binaryOp(BinaryOp.ADD, a, list(3))), '[1, 2, 3]');
  assert.equal(pyErr(() => rt.binaryOp(BinaryOp.ADD, a, tuple(3))), "TypeError: unsupported types for __add__: 'list', 'tuple'");
  assert.equal(repr(rt.binaryOp(BinaryOp.MULTIPLY, a, 3)), '[1, 2, 1, 2, 1, 2]');
  assert.equal(repr(rt.binaryOp(BinaryOp.MULTIPLY, 2, a)), '[1, 2, 1, 2]');
  assert.equal(repr(rt.binaryOp(BinaryOp.MULTIPLY, a, -1)), '[]');
  const b = list(1);
  assert.equal(rt.binaryOp(BinaryOp.INPLACE_ADD, b, tuple(2, 3)), b);
  assert.equal(repr(b), '[1, 2, 3]');
  assert.equal(rt.binaryOp(BinaryOp.INPLACE_MULTIPLY, b, 2), b);
  assert.equal(rt.len(b), 6);
  assert.equal(rt.binaryOp(BinaryOp.EQUAL, list(1, 2), list(1, 2)), true);
  assert.equal(rt.binaryOp(BinaryOp.EQUAL, list(1, 2), tuple(1, 2)), false);
  assert.equal(rt.binaryOp(BinaryOp.NOT_EQUAL, list(1, 2), list(1, 3)), true);
  assert.equal(rt.binaryOp(BinaryOp.LESS, list(1, 2), list(1, 2, 0)), true);
  assert.equal(rt.binaryOp(BinaryOp.MORE_EQUAL, list(1, 2), list(1, 2)), true);
  assert.equal(rt.binaryOp(BinaryOp.LESS_EQUAL, list(), list()), true);
  assert.equal(rt.contains(list(1, 2), 2), true);
  assert.equal(rt.contains(list(1, 2), 3), false);
  assert.equal(rt.isTrue(list()), false);
  assert.equal(rt.isTrue(list(0)), true);
  assert.equal(pyErr(() => rt.hash(list())), "TypeError: unsupported type for __hash__: 'list'");
});

test('iteration is live and cheap', () => {
  const l = list(1, 2, 3);
  const it = rt.getIter(l);
  assert.equal(rt.iterNext(it), 1);
  meth(l, 'append', 4);
  const rest = [];
  for (let x = rt.iterNext(it); x !== undefined; x = rt.iterNext(it)) rest.push(x);
  assert.deepEqual(rest, [2, 3, 4]);
  assert.equal(rt.iterNext(it), undefined);
  assert.deepEqual(rt.toArray(list(5, 6)), [5, 6]);
});
