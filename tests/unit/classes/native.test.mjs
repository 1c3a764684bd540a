// Subclasses of built-in types: list, dict (in place), int and str (wrapped), and metaclasses.
// Each test skips itself when the built-in's constructor is not there yet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeClass, PyInstance, superLookup } from '../../../dist/py/objtype.js';
import * as R from '../../../dist/py/runtime.js';
import { PyDict, dict_type } from '../../../dist/py/objdict.js';
import { PyTuple } from '../../../dist/py/objtuple.js';
import { PyList, list_type } from '../../../dist/py/objlist.js';
import { int_type } from '../../../dist/py/objint.js';
import { str_type } from '../../../dist/py/objstr.js';
import { builtin } from '../../../dist/py/objfun.js';
import { None, type_type, PyType } from '../../../dist/py/obj.js';

// Methods written in JS for these tests: a function type that binds self like a Python function
// (a plain builtin stored on a user class acts like a staticmethod, as in MicroPython and CPython).
const jsmethod_type = new PyType({ name: 'function', call: (self, args, kw) => self.fn(args, kw), isFunction: true });
const fn = (name, f) => ({ type: jsmethod_type, name, fn: (a, kw) => f(...a) });
function cls(name, bases, methods) {
  const ns = new PyDict();
  for (const [k, v] of Object.entries(methods)) ns.set(k, typeof v === 'function' ? fn(k, v) : v);
  return makeClass(name, bases, ns, null);
}

test('list subclass: in place, native methods, overrides, attributes', (t) => {
  if (list_type.makeNew === null) return t.skip('list() not implemented yet');
  const ML = cls('ML', [list_type], { total: (self) => self.items.reduce((a, b) => a + b, 0) });
  const l = R.call(ML, [new PyList([1, 2, 3])]);
  assert.ok(l instanceof PyList);
  assert.equal(l.type, ML);
  assert.equal(R.callMethod(l, 'total', []), 6);
  if (list_type.locals.has('append')) {
    R.callMethod(l, 'append', [4]);
    assert.equal(R.len(l), 4);
  }
  R.storeAttr(l, 'tag', 'x');
  assert.equal(R.loadAttr(l, 'tag'), 'x');
  assert.equal(R.loadAttr(l, '__dict__').get('tag'), 'x');
  // __init__ with other arguments, filling the list through super().__init__
  const Pair = cls('Pair', [list_type], {
    __init__: (self, a, b) => { R.call(superLookup(Pair, self, '__init__'), [new PyList([a, b])]); return None; },
  });
  const p = R.call(Pair, [7, 8]);
  assert.deepEqual(p.items, [7, 8]);
});

test('dict subclass', (t) => {
  if (dict_type.makeNew === null) return t.skip('dict() not implemented yet');
  const MD = cls('MD', [dict_type], {});
  const d = R.call(MD, [], new Map([['a', 1]]));
  assert.ok(d instanceof PyDict);
  assert.equal(d.type, MD);
  assert.equal(d.get('a'), 1);
});

test('int subclass: wrapped value, arithmetic, repr, methods', (t) => {
  if (int_type.makeNew === null) return t.skip('int() not implemented yet');
  const Num = cls('Num', [int_type], { double: (self) => R.binaryOp(29, self, 2) });
  const n = R.call(Num, [21]);
  assert.ok(n instanceof PyInstance);
  assert.equal(R.typeOf(n), Num);
  assert.equal(R.repr(n), '21');
  assert.equal(R.callMethod(n, 'double', []), 42);
  assert.equal(R.binaryOp(27, n, 1), 22);
  assert.equal(R.binaryOp(27, 1, n), 22);
  assert.equal(R.binaryOp(0, n, 30), true);
  assert.equal(R.hash(n), R.hash(21));
  assert.equal(R.isInstance(n, int_type), true);
});

test('str subclass: wrapped value, str methods', (t) => {
  if (str_type.makeNew === null) return t.skip('str() not implemented yet');
  const S = cls('S', [str_type], { shout: (self) => R.callMethod(self, 'upper', []) + '!' });
  const s = R.call(S, ['hi']);
  assert.equal(R.str(s), 'hi');
  assert.equal(R.repr(s), "'hi'");
  assert.equal(R.len(s), 2);
  if (str_type.locals.has('upper')) assert.equal(R.callMethod(s, 'shout', []), 'HI!');
  assert.equal(R.binaryOp(27, s, 'x'), 'hix');
});

test('metaclass: subclass of type, metaclass= keyword, inherited by subclasses', () => {
  const log = [];
  const Meta = cls('Meta', [type_type], {
    __init__: (c, name, bases, ns) => { log.push('init ' + name); return None; },
    hello: (c) => 'hello from ' + c.name,
  });
  const A = makeClass('A', [], new PyDict(), new Map([['metaclass', Meta]]));
  assert.equal(R.typeOf(A), Meta);
  assert.equal(R.callMethod(A, 'hello', []), 'hello from A');
  const X = R.call(Meta, ['X', new PyTuple([]), new PyDict()]);
  assert.ok(X instanceof Object && R.typeOf(X) === Meta);
  assert.deepEqual(log, ['init X']);
  const inst = R.call(X, []);
  assert.equal(R.typeOf(inst), X);
  R.storeAttr(X, 'k', 5);
  assert.equal(R.loadAttr(inst, 'k'), 5);
});
