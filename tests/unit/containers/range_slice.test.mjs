import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rt, None, call, meth, list, tuple, repr, pyErr } from './helpers.mjs';
import { range_type } from '../../../dist/py/objrange.js';
import { slice_type, PySlice, sliceIndices } from '../../../dist/py/objslice.js';
import { BinaryOp } from './ops.mjs';

const range = (...a) => call(range_type, a);

test('range: repr, len, items', () => {
  assert.equal(repr(range(5)), 'range(0, 5)');
  assert.equal(repr(range(1, 10, 2)), 'range(1, 10, 2)');
  assert.equal(rt.len(range(10)), 10);
  assert.equal(rt.len(range(10, 0)), 0);
  assert.equal(rt.len(range(10, 0, -3)), 4);
  assert.deepEqual(rt.toArray(range(10, 0, -3)), [10, 7, 4, 1]);
  assert.deepEqual(rt.toArray(range(-3, 3, 2)), [-3, -1, 1]);
  assert.deepEqual(rt.toArray(range(0)), []);
  assert.equal(pyErr(() => range(1, 2, 0)), 'ValueError: zero step');
  assert.equal(rt.isTrue(range(0)), false);
});

test('range: indexing, slicing, attributes', () => {
  const r = range(1, 20, 3);
  assert.equal(rt.getItem(r, 0), 1);
  assert.equal(rt.getItem(r, -1), 19);
  assert.equal(pyErr(() => rt.getItem(r, 7)), 'IndexError: range object index out of range');
  assert.equal(repr(rt.getItem(r, new PySlice(1, 3, None))), 'range(4, 10, 3)');
  assert.equal(repr(rt.getItem(r, new PySlice(None, None, -1))), 'range(19, -2, -3)');
  assert.deepEqual(rt.toArray(rt.getItem(r, new PySlice(None, None, -1))), [19, 16, 13, 10, 7, 4, 1]);
  assert.equal(rt.loadAttr(r, 'start'), 1);
  assert.equal(rt.loadAttr(r, 'stop'), 20);
  assert.equal(rt.loadAttr(r, 'step'), 3);
});

test('range: in is O(1) for ints, big bounds', () => {
  const r = range(0, 10n ** 20n, 7);
  assert.equal(rt.contains(r, 7n * 10n ** 18n), true);
  assert.equal(rt.contains(r, 7n * 10n ** 18n + 1n), false);
  assert.equal(rt.contains(range(10, 0, -2), 4), true);
  assert.equal(rt.contains(range(10, 0, -2), 0), false);
  assert.equal(rt.getItem(r, 1), 7);
  const big = range(2n ** 60n, 2n ** 60n + 2n);
  assert.deepEqual(rt.toArray(big), [2n ** 60n, 2n ** 60n + 1n]);
  assert.equal(pyErr(() => rt.len(range(10n ** 30n))), 'OverflowError: overflow converting long int to machine word');
});

test('range: equality and hash', () => {
  assert.equal(rt.binaryOp(BinaryOp.EQUAL, range(0), range(5, 5)), true);
  assert.equal(rt.binaryOp(BinaryOp.EQUAL, range(0, 3), range(0, 3, 1)), true);
  assert.equal(rt.binaryOp(BinaryOp.EQUAL, range(0, 1, 5), range(0, 1, 7)), true);
  assert.equal(rt.binaryOp(BinaryOp.EQUAL, range(0, 4, 2), range(0, 3, 2)), true);
  assert.equal(rt.binaryOp(BinaryOp.EQUAL, range(0, 4), range(0, 5)), false);
  assert.equal(rt.hash(range(0, 4, 2)), rt.hash(range(0, 3, 2)));
});

test('range iterator allocates no boxes: plain numbers out', () => {
  const it = rt.getIter(range(3));
  assert.equal(rt.iterNext(it), 0);
  assert.equal(rt.iterNext(it), 1);
  assert.equal(rt.iterNext(it), 2);
  assert.equal(rt.iterNext(it), undefined);
  assert.equal(rt.iterNext(it), undefined);
});

test('slice object and sliceIndices', () => {
  const s = call(slice_type, [1, 10, 2]);
  assert.equal(repr(s), 'slice(1, 10, 2)');
  assert.equal(repr(call(slice_type, [5])), 'slice(None, 5, None)');
  assert.equal(rt.loadAttr(s, 'stop'), 10);
  assert.equal(repr(meth(s, 'indices', 5)), '(1, 5, 2)');
  assert.deepEqual(sliceIndices(new PySlice(None, None, -1), 4), [3, -1, -1, 4]);
  assert.deepEqual(sliceIndices(new PySlice(-100, 100, None), 4), [0, 4, 1, 4]);
  assert.deepEqual(sliceIndices(new PySlice(3, 1, None), 4), [3, 1, 1, 0]);
  assert.deepEqual(sliceIndices(new PySlice(None, None, 3), 7), [0, 7, 3, 3]);
  assert.deepEqual(sliceIndices(new PySlice(10n ** 30n, None, -1), 4), [3, -1, -1, 4]);
  assert.equal(pyErr(() => sliceIndices(new PySlice(None, None, 0), 4)), "ValueError: slice step can't be zero");
  assert.equal(pyErr(() => rt.hash(s)), "TypeError: unsupported type for __hash__: 'slice'");
});
