// inlineInit() and superMethod(): what the VM may run in its own loop when a class is called and
// for super().name(...) (see objtype.ts), checked against what the general path does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeClass, inlineInit, plainInit, superMethod, superLookup, newInstance } from '../../../dist/py/objtype.js';
import { PyDict } from '../../../dist/py/objdict.js';
import { PyList, list_type } from '../../../dist/py/objlist.js';
import { PyStaticMethod, staticmethod_type } from '../../../dist/py/objstaticmethod.js';
import { PyException, Exception, ValueError } from '../../../dist/py/objexcept.js';
import { None, object_type, PyType, type_type } from '../../../dist/py/obj.js';
import * as R from '../../../dist/py/runtime.js';

// a function type that binds self like a Python function
const jsmethod_type = new PyType({ name: 'function', call: (self, args, kw) => self.fn(args, kw), isFunction: true });
const fn = (name, f) => ({ type: jsmethod_type, name, fn: (a) => f(...a) });

function cls(name, bases, attrs) {
  const ns = new PyDict();
  for (const [k, v] of Object.entries(attrs)) ns.set(k, v);
  return makeClass(name, bases, ns, null);
}

test('inlineInit: the __init__ of a class of any layout; plainInit only for plain instances', () => {
  const init = fn('__init__', (self, a) => {
    R.storeAttr(self, 'a', a);
    return None;
  });
  const P = cls('P', [object_type], { __init__: init });
  assert.equal(inlineInit(P), init);
  assert.equal(plainInit(P), init);
  const E = cls('E', [Exception], { __init__: init });
  const F = cls('F', [E], {});
  assert.equal(inlineInit(E), init);
  assert.equal(inlineInit(F), init);
  assert.equal(plainInit(E), undefined);
  // what the VM does with it matches calling the class
  const o = newInstance(F, [5], null, true);
  assert.ok(o instanceof PyException);
  assert.deepEqual(o.args, [5]);
  init.fn([o, 5]);
  const c = R.call(F, [5]);
  assert.equal(R.getAttr(o, 'a'), 5);
  assert.equal(R.getAttr(c, 'a'), 5);
  assert.deepEqual(c.args, o.args);
  // no __init__ written in Python, or a __new__: undefined
  assert.equal(inlineInit(cls('G', [Exception], {})), undefined);
  const nw = new PyStaticMethod(staticmethod_type, fn('__new__', (k) => newInstance(k, [], null, false)));
  assert.equal(inlineInit(cls('H', [object_type], { __init__: init, __new__: nw })), undefined);
  assert.equal(inlineInit(list_type), undefined);
  assert.equal(inlineInit(ValueError), undefined);
});

test('inlineInit follows changes to the class and its bases', () => {
  const i1 = fn('__init__', () => None);
  const i2 = fn('__init__', () => None);
  const A = cls('A', [Exception], { __init__: i1 });
  const B = cls('B', [A], {});
  assert.equal(inlineInit(B), i1);
  R.storeAttr(A, '__init__', i2);
  assert.equal(inlineInit(B), i2);
  R.storeAttr(B, '__init__', i1);
  assert.equal(inlineInit(B), i1);
  R.deleteAttr(B, '__init__');
  R.deleteAttr(A, '__init__');
  assert.equal(inlineInit(B), undefined);
});

test('superMethod agrees with superLookup', () => {
  const dest = [undefined, undefined];
  const m = fn('m', () => 1);
  const A = cls('A', [Exception], { m });
  const B = cls('B', [A], { m: fn('m', () => 2) });
  const b = R.call(B, ['x']);
  // a method after cls in the MRO
  assert.equal(superMethod(B, b, 'm', dest), true);
  assert.equal(dest[0], m);
  assert.equal(dest[1], b);
  const bound = superLookup(B, b, 'm');
  assert.equal(bound.fn, m);
  // __init__ of the built-in base: re-initialises args, as super().__init__(...) does
  assert.equal(superMethod(B, b, '__init__', dest), true);
  R.call(dest[0], [dest[1], 'y', 'z']);
  assert.deepEqual(b.args, ['y', 'z']);
  // the general path answers the rest
  assert.equal(superMethod(B, b, 'args', dest), false);
  assert.equal(superMethod(B, b, 'nothing', dest), false);
  assert.equal(superMethod(B, B, 'm', dest), false);
  assert.equal(superMethod(list_type, b, 'm', dest), false);
  // a list subclass: list's own methods are found with the list itself as self
  const L = cls('L', [list_type], {});
  const l = R.call(L, []);
  assert.equal(superMethod(L, l, 'append', dest), true);
  assert.equal(dest[1], l);
  assert.ok(l instanceof PyList);
  // object's methods for a plain class
  const P = cls('P', [object_type], {});
  const p = R.call(P, []);
  assert.equal(superMethod(P, p, '__init__', dest), true);
  assert.equal(dest[0], object_type.locals.get('__init__'));
  assert.equal(type_type.locals.get('__init__') !== undefined, true);
});
