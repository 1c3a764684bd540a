import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rt, None, call, meth, list, tuple, repr, pyErr } from './helpers.mjs';
import { enumerate_type } from '../../../dist/py/objenumerate.js';
import { zip_type } from '../../../dist/py/objzip.js';
import { map_type } from '../../../dist/py/objmap.js';
import { filter_type } from '../../../dist/py/objfilter.js';
import { reversed_type } from '../../../dist/py/objreversed.js';
import { range_type } from '../../../dist/py/objrange.js';
import { newSeqIter, newCallableIter } from '../../../dist/py/objiter.js';
import { builtin } from '../../../dist/py/objfun.js';
import { PyType } from '../../../dist/py/obj.js';
import { raiseIndexError } from '../../../dist/py/objexcept.js';

const items = (it) => repr(list(...rt.toArray(it)));

test('enumerate with start', () => {
  assert.equal(items(call(enumerate_type, [list(5, 6)])), '[(0, 5), (1, 6)]');
  assert.equal(items(call(enumerate_type, [list(5, 6), 10])), '[(10, 5), (11, 6)]');
  assert.equal(items(call(enumerate_type, [list(5)], { start: 3 })), '[(3, 5)]');
  assert.equal(items(call(enumerate_type, [list(5)], { start: 2n ** 60n })), '[(1152921504606846976, 5)]');
  assert.equal(pyErr(() => call(enumerate_type, [1])), "TypeError: 'int' object isn't iterable");
});

test('zip', () => {
  assert.equal(items(call(zip_type, [list(1, 2, 3), tuple(4, 5)])), '[(1, 4), (2, 5)]');
  assert.equal(items(call(zip_type, [])), '[]');
  assert.equal(items(call(zip_type, [list(1, 2), list(3, 4), list(5, 6)])), '[(1, 3, 5), (2, 4, 6)]');
});

test('map and filter', () => {
  const double = builtin('double', (a) => a[0] + a[0]);
  const add = builtin('add', (a) => a[0] + a[1]);
  const odd = builtin('odd', (a) => a[0] % 2 === 1);
  assert.equal(items(call(map_type, [double, list(1, 2)])), '[2, 4]');
  assert.equal(items(call(map_type, [add, list(1, 2, 3), list(10, 20)])), '[11, 22]');
  assert.equal(pyErr(() => call(map_type, [double])), 'TypeError: function missing 1 required positional arguments');
  assert.equal(items(call(filter_type, [odd, list(1, 2, 3)])), '[1, 3]');
  assert.equal(items(call(filter_type, [None, list(0, 1, list(), list(1))])), '[1, [1]]');
});

test('reversed over list, tuple, range and a sequence', () => {
  assert.equal(items(call(reversed_type, [list(1, 2, 3)])), '[3, 2, 1]');
  assert.equal(items(call(reversed_type, [tuple(1, 2)])), '[2, 1]');
  assert.equal(items(call(reversed_type, [call(range_type, [1, 10, 4])])), '[9, 5, 1]');
  assert.equal(items(call(reversed_type, [call(range_type, [0])])), '[]');
  assert.equal(pyErr(() => call(reversed_type, [5])), "TypeError: object of type 'int' has no len()");
});

test('sequence iterator and iter(callable, sentinel)', () => {
  const seqType = new PyType({
    name: 'Seq',
    getItem: (_s, i) => (i < 3 ? i * 10 : raiseIndexError('no')),
  });
  const s = { type: seqType };
  assert.equal(items(newSeqIter(s)), '[0, 10, 20]');
  assert.equal(items(rt.getIter(s)), '[0, 10, 20]');
  let n = 0;
  const f = builtin('f', () => ++n);
  assert.equal(items(newCallableIter(f, 4)), '[1, 2, 3]');
});
