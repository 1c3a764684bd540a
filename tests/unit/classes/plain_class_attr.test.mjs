// plainClassAttr(): the class attributes an inline cache of LOAD_ATTR may keep (see objtype.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeClass, plainClassAttr } from '../../../dist/py/objtype.js';
import { PyDict } from '../../../dist/py/objdict.js';
import { PyTuple } from '../../../dist/py/objtuple.js';
import { PyProperty } from '../../../dist/py/objproperty.js';
import { builtin } from '../../../dist/py/objfun.js';
import { list_type } from '../../../dist/py/objlist.js';
import { Exception } from '../../../dist/py/objexcept.js';
import { None, object_type } from '../../../dist/py/obj.js';
import { newFloat } from '../../../dist/py/objfloat.js';

function cls(name, bases, attrs) {
  const ns = new PyDict();
  for (const [k, v] of Object.entries(attrs)) ns.set(k, v);
  return makeClass(name, bases, ns, null);
}

test('plain values found along the MRO', () => {
  const t = new PyTuple([1, 2]);
  const f = newFloat(1.5);
  const A = cls('A', [object_type], { K: 3, S: 'x', N: None, T: t, F: f });
  const B = cls('B', [A], { K: 4 });
  const C = cls('C', [B], {});
  assert.equal(plainClassAttr(C, 'K'), 4);
  assert.equal(plainClassAttr(C, 'S'), 'x');
  assert.equal(plainClassAttr(C, 'N'), None);
  assert.equal(plainClassAttr(C, 'T'), t);
  assert.equal(plainClassAttr(C, 'F'), f);
  assert.equal(plainClassAttr(A, 'K'), 3);
  assert.equal(plainClassAttr(C, 'missing'), undefined);
  // a class is a plain value too (its metaclass is type)
  const H = cls('H', [object_type], { Inner: A });
  assert.equal(plainClassAttr(H, 'Inner'), A);
});

test('values that bind or are descriptors are not cached', () => {
  const fn = builtin('f', () => None);
  const A = cls('A', [object_type], { f: fn, p: new PyProperty(fn, None, None) });
  assert.equal(plainClassAttr(A, 'f'), undefined);
  assert.equal(plainClassAttr(A, 'p'), undefined);
  // an instance of a user class might gain __get__ later
  const D = cls('D', [object_type], {});
  const E = cls('E', [object_type], { d: new PyDict() });
  assert.notEqual(plainClassAttr(E, 'd'), undefined);
  const G = cls('G', [object_type], { d: D });
  assert.equal(plainClassAttr(G, 'd'), D);
  // object's own attributes (__init__, __repr__...) are methods
  assert.equal(plainClassAttr(A, '__repr__'), undefined);
});

test('only plain instances: built-in bases have attributes of their own', () => {
  const L = cls('L', [list_type], { K: 1 });
  assert.equal(plainClassAttr(L, 'K'), undefined);
  const X = cls('X', [Exception], { K: 1 });
  assert.equal(plainClassAttr(X, 'K'), undefined);
  assert.equal(plainClassAttr(list_type, 'append'), undefined);
});
