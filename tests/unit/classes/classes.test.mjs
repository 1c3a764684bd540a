// User classes built directly with makeClass and builtin functions as methods.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeClass, PyInstance, builtin_isinstance, builtin_issubclass, superLookup, super_type } from '../../../dist/py/objtype.js';
import { property_type, PyProperty } from '../../../dist/py/objproperty.js';
import { staticmethod_type, classmethod_type } from '../../../dist/py/objstaticmethod.js';
import * as R from '../../../dist/py/runtime.js';
import { PyDict } from '../../../dist/py/objdict.js';
import { PyTuple } from '../../../dist/py/objtuple.js';
import { PyList, list_type } from '../../../dist/py/objlist.js';
import { builtin } from '../../../dist/py/objfun.js';
import { None, NotImplemented, object_type, type_type, PyType } from '../../../dist/py/obj.js';

// const enums are not emitted: MicroPython's operator numbers (py/runtime0.h)
const BinaryOp = { LESS: 0, MORE: 1, EQUAL: 2, NOT_EQUAL: 5, INPLACE_ADD: 14, ADD: 27, SUBTRACT: 28 };
const UnaryOp = { NEGATIVE: 1, INVERT: 2 };
import { PyException, Exception, ValueError, TypeError, AttributeError, StopIteration, newException } from '../../../dist/py/objexcept.js';

// Methods written in JS for these tests: a function type that binds self like a Python function
// (a plain builtin stored on a user class acts like a staticmethod, as in MicroPython and CPython).
const jsmethod_type = new PyType({
  name: 'function',
  call: (self, args, kw) => self.fn(args, kw),
  isFunction: true,
  repr: (self) => `<function ${self.name}>`,
});
const fn = (name, f) => ({ type: jsmethod_type, name, fn: (a, kw) => f(...a) });
function cls(name, bases, methods) {
  const ns = new PyDict();
  for (const [k, v] of Object.entries(methods)) ns.set(k, typeof v === 'function' ? fn(k, v) : v);
  return makeClass(name, bases, ns, null);
}
function raisesPy(f, type) {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof PyException, 'not a Python exception: ' + e);
    assert.ok(e.type.isSubtypeOf(type), `expected ${type.name}, got ${e.type.name}: ${e.args}`);
    return e;
  }
  assert.fail('no exception');
}

test('class creation, __init__, instance attributes', () => {
  const P = cls('P', [], {
    dims: 2,
    __init__: (self, x, y) => { R.storeAttr(self, 'x', x); R.storeAttr(self, 'y', y); return None; },
    norm2: (self) => R.loadAttr(self, 'x') ** 2 + R.loadAttr(self, 'y') ** 2,
  });
  assert.equal(R.repr(P), "<class 'P'>");
  const p = R.call(P, [3, 4]);
  assert.ok(p instanceof PyInstance);
  assert.equal(R.callMethod(p, 'norm2', []), 25);
  assert.equal(R.loadAttr(p, 'dims'), 2);
  R.storeAttr(p, 'dims', 3);
  assert.equal(R.loadAttr(p, 'dims'), 3);
  assert.equal(R.loadAttr(P, 'dims'), 2);
  assert.equal(R.loadAttr(P, '__name__'), 'P');
  assert.equal(R.typeOf(p), P);
  assert.match(R.repr(R.call(cls('E', [], {}), [])), /^<E object at [0-9a-f]+>$/);
  const d = R.loadAttr(p, '__dict__');
  assert.deepEqual(d.keys(), ['x', 'y', 'dims']);
  R.deleteAttr(p, 'dims');
  assert.equal(R.loadAttr(p, 'dims'), 2);
  raisesPy(() => R.loadAttr(p, 'nope'), AttributeError);
  raisesPy(() => R.deleteAttr(p, 'nope'), AttributeError);
});

test('__init__ must return None', () => {
  const C = cls('C', [], { __init__: () => 1 });
  const e = raisesPy(() => R.call(C, []), TypeError);
  assert.equal(e.args[0], "__init__() should return None, not 'int'");
});

test('inheritance, MRO depth-first, isinstance/issubclass', () => {
  const A = cls('A', [], { who: () => 'A', a: () => 'a' });
  const B = cls('B', [A], { who: () => 'B' });
  const C = cls('C', [A], { who: () => 'C', c: () => 'c' });
  const D = cls('D', [B, C], {});
  assert.deepEqual(D.mro.map((t) => t.name), ['D', 'B', 'A', 'C', 'object']);
  const d = R.call(D, []);
  assert.equal(R.callMethod(d, 'who', []), 'B');
  assert.equal(R.callMethod(d, 'c', []), 'c');
  assert.equal(builtin_isinstance([d, A], null), true);
  assert.equal(builtin_isinstance([d, new PyTuple([list_type, C])], null), true);
  assert.equal(builtin_isinstance([3, A], null), false);
  assert.equal(builtin_isinstance([d, object_type], null), true);
  assert.equal(builtin_issubclass([D, A], null), true);
  assert.equal(builtin_issubclass([A, D], null), false);
  raisesPy(() => builtin_issubclass([d, A], null), TypeError);
  raisesPy(() => builtin_isinstance([d, 3], null), TypeError);
  const bases = R.loadAttr(D, '__bases__');
  assert.deepEqual(bases.items, [B, C]);
});

test('special methods: arithmetic, reflected, in-place, NotImplemented', () => {
  const V = cls('V', [], {
    __init__: (self, x) => { R.storeAttr(self, 'x', x); return None; },
    __add__: (self, o) => R.call(V, [R.loadAttr(self, 'x') + (typeof o === 'number' ? o : R.loadAttr(o, 'x'))]),
    __radd__: (self, o) => R.call(V, [R.loadAttr(self, 'x') + o + 100]),
    __sub__: () => NotImplemented,
    __neg__: (self) => R.call(V, [-R.loadAttr(self, 'x')]),
    __eq__: (self, o) => o instanceof PyInstance && R.loadAttr(self, 'x') === R.loadAttr(o, 'x'),
    __lt__: (self, o) => R.loadAttr(self, 'x') < R.loadAttr(o, 'x'),
    __repr__: (self) => `V(${R.loadAttr(self, 'x')})`,
  });
  const a = R.call(V, [1]), b = R.call(V, [2]);
  assert.equal(R.repr(R.binaryOp(BinaryOp.ADD, a, b)), 'V(3)');
  assert.equal(R.repr(R.binaryOp(BinaryOp.ADD, 5, a)), 'V(106)');
  assert.equal(R.repr(R.binaryOp(BinaryOp.INPLACE_ADD, a, 1)), 'V(2)');
  assert.equal(R.repr(R.unaryOp(UnaryOp.NEGATIVE, a)), 'V(-1)');
  assert.equal(R.binaryOp(BinaryOp.EQUAL, a, R.call(V, [1])), true);
  assert.equal(R.binaryOp(BinaryOp.NOT_EQUAL, a, R.call(V, [1])), false);
  assert.equal(R.binaryOp(BinaryOp.LESS, a, b), true);
  assert.equal(R.binaryOp(BinaryOp.MORE, b, a), true); // reflected __lt__
  raisesPy(() => R.binaryOp(BinaryOp.SUBTRACT, a, b), TypeError);
  raisesPy(() => R.unaryOp(UnaryOp.INVERT, a), TypeError);
  // defining __eq__ without __hash__ makes instances unhashable
  raisesPy(() => R.hash(a), TypeError);
  const H = cls('H', [], {});
  const h = R.call(H, []);
  assert.equal(R.hash(h), R.hash(h));
  assert.equal(R.eq(h, h), true);
  assert.equal(R.eq(h, R.call(H, [])), false);
});

test('special methods: containers, iteration, call, bool, len, hash', () => {
  const Box = cls('Box', [], {
    __init__: (self) => { R.storeAttr(self, 'd', new PyDict()); return None; },
    __getitem__: (self, k) => R.loadAttr(self, 'd').getOrRaise(k),
    __setitem__: (self, k, v) => { R.loadAttr(self, 'd').set(k, v); return None; },
    __delitem__: (self, k) => { R.loadAttr(self, 'd').delete(k); return None; },
    __len__: (self) => R.loadAttr(self, 'd').size,
    __contains__: (self, k) => R.loadAttr(self, 'd').has(k),
    __call__: (self, x) => x * 2,
    __hash__: () => 42,
  });
  const b = R.call(Box, []);
  R.setItem(b, 'a', 1);
  assert.equal(R.getItem(b, 'a'), 1);
  assert.equal(R.len(b), 1);
  assert.equal(R.contains(b, 'a'), true);
  assert.equal(R.contains(b, 'z'), false);
  assert.equal(R.isTrue(b), true);
  R.delItem(b, 'a');
  assert.equal(R.isTrue(b), false);
  assert.equal(R.call(b, [21]), 42);
  assert.equal(R.isCallable(b), true);
  assert.equal(R.hash(b), 42);
  const Plain = cls('Plain', [], {});
  assert.equal(R.isCallable(R.call(Plain, [])), false);
  raisesPy(() => R.getItem(R.call(Plain, []), 0), TypeError);

  // __iter__/__next__ with StopIteration
  const Count = cls('Count', [], {
    __init__: (self) => { R.storeAttr(self, 'i', 0); return None; },
    __iter__: (self) => self,
    __next__: (self) => {
      const i = R.loadAttr(self, 'i');
      if (i >= 3) throw newException(StopIteration);
      R.storeAttr(self, 'i', i + 1);
      return i;
    },
  });
  assert.deepEqual(R.toArray(R.call(Count, [])), [0, 1, 2]);
  const Falsy = cls('Falsy', [], { __bool__: () => false, __len__: () => 5 });
  assert.equal(R.isTrue(R.call(Falsy, [])), false);
  const Sized = cls('Sized', [], { __len__: () => 0 });
  assert.equal(R.isTrue(R.call(Sized, [])), false);
});

test('sequence iteration via __getitem__', async () => {
  const { IndexError } = await import('../../../dist/py/objexcept.js');
  const Seq = cls('Seq', [], {
    __getitem__: (self, i) => { if (i >= 4) throw newException(IndexError); return i * i; },
  });
  assert.deepEqual(R.toArray(R.call(Seq, [])), [0, 1, 4, 9]);
  assert.equal(R.contains(R.call(Seq, []), 9), true);
});

test('__getattr__, __setattr__, __delattr__, object.__setattr__', () => {
  const log = [];
  const objSetattr = R.loadAttr(object_type, '__setattr__');
  const objDelattr = R.loadAttr(object_type, '__delattr__');
  const Dyn = cls('Dyn', [], {
    __getattr__: (self, name) => { if (name.startsWith('x')) return 'dyn:' + name; throw newException(AttributeError, name); },
    __setattr__: (self, n, v) => { log.push('set ' + n); return R.call(objSetattr, [self, n, v]); },
    __delattr__: (self, n) => { log.push('del ' + n); return R.call(objDelattr, [self, n]); },
  });
  const d = R.call(Dyn, []);
  assert.equal(R.loadAttr(d, 'xyz'), 'dyn:xyz');
  raisesPy(() => R.loadAttr(d, 'other'), AttributeError);
  R.storeAttr(d, 'a', 1);
  assert.equal(R.loadAttr(d, 'a'), 1);
  R.deleteAttr(d, 'a');
  assert.deepEqual(log, ['set a', 'del a']);
});

test('property: getter, setter, deleter, read-only', () => {
  const get = fn('get', (self) => R.loadAttr(self, '_v'));
  const set = fn('set', (self, v) => { R.storeAttr(self, '_v', v * 10); return None; });
  const p = R.call(property_type, [get]);
  const p2 = R.callMethod(p, 'setter', [set]);
  assert.ok(p2 instanceof PyProperty && p2 !== p);
  const T = cls('T', [], { v: p2, ro: R.call(property_type, [get]) });
  const t = R.call(T, []);
  R.storeAttr(t, 'v', 4);
  assert.equal(R.loadAttr(t, 'v'), 40);
  assert.equal(R.loadAttr(t, 'ro'), 40);
  raisesPy(() => R.storeAttr(t, 'ro', 1), AttributeError);
  raisesPy(() => R.deleteAttr(t, 'v'), AttributeError);
  assert.equal(R.loadAttr(T, 'v'), p2);
  // subclass sees the property
  const S = cls('S', [T], {});
  const s = R.call(S, []);
  R.storeAttr(s, 'v', 1);
  assert.equal(R.loadAttr(s, 'v'), 10);
});

test('staticmethod, classmethod', () => {
  const sm = R.call(staticmethod_type, [fn('add', (a, b) => a + b)]);
  const cm = R.call(classmethod_type, [fn('name', (c) => R.loadAttr(c, '__name__'))]);
  const C = cls('C', [], { add: sm, name: cm });
  const D = cls('D', [C], {});
  assert.equal(R.callMethod(C, 'add', [1, 2]), 3);
  assert.equal(R.callMethod(R.call(C, []), 'add', [3, 4]), 7);
  assert.equal(R.callMethod(D, 'name', []), 'D');
  assert.equal(R.callMethod(R.call(D, []), 'name', []), 'D');
});

test('user descriptors: __get__ and __set__', () => {
  const Typed = cls('Typed', [], {
    __get__: (self, obj, owner) => (obj === None ? self : R.loadAttr(obj, '_x')),
    __set__: (self, obj, v) => { if (typeof v !== 'number') throw newException(TypeError, 'bad'); R.storeAttr(obj, '_x', v); return None; },
  });
  const desc = R.call(Typed, []);
  const P = cls('P', [], { x: desc });
  const p = R.call(P, []);
  R.storeAttr(p, 'x', 5);
  assert.equal(R.loadAttr(p, 'x'), 5);
  raisesPy(() => R.storeAttr(p, 'x', 'no'), TypeError);
  assert.equal(R.loadAttr(P, 'x'), desc);
});

test('super: two-argument form and superLookup', () => {
  const Base = cls('Base', [], {
    __init__: (self, v) => { R.storeAttr(self, 'v', v); return None; },
    describe: (self) => 'base(' + R.loadAttr(self, 'v') + ')',
  });
  const Child = cls('Child', [Base], {
    __init__: (self, v) => { R.call(superLookup(Child, self, '__init__'), [v * 2]); return None; },
    describe: (self) => 'child<' + R.call(superLookup(Child, self, 'describe'), []) + '>',
  });
  const c = R.call(Child, [5]);
  assert.equal(R.callMethod(c, 'describe', []), 'child<base(10)>');
  const s = R.call(super_type, [Child, c]);
  assert.equal(R.callMethod(s, 'describe', []), 'base(10)');
  assert.match(R.repr(s), /^<super: <class 'Child'>, <Child object at/);
  raisesPy(() => R.call(super_type, [Child, 3]), TypeError);
  assert.equal(superLookup(Child, c, 'nonexistent'), undefined);
  // object's methods at the end
  assert.match(R.call(superLookup(Child, c, '__repr__'), []), /^<Child object at/);
});

test('__new__: singleton, non-instance result skips __init__', () => {
  let inits = 0;
  const objNew = R.loadAttr(object_type, '__new__');
  const S = cls('S', [], {
    __new__: (c) => { const inst = R.loadAttr(c, '_inst'); if (inst !== None) return inst; const o = R.call(objNew, [c]); R.storeAttr(c, '_inst', o); return o; },
    __init__: () => { inits++; return None; },
    _inst: None,
  });
  const a = R.call(S, []), b = R.call(S, []);
  assert.equal(a, b);
  assert.equal(inits, 2);
  const O = cls('O', [], { __new__: () => 42, __init__: () => { inits += 100; return None; } });
  assert.equal(R.call(O, []), 42);
  assert.equal(inits, 2);
});

test('type(): one and three arguments', () => {
  assert.equal(R.call(type_type, [3]), R.typeOf(3));
  const ns = new PyDict();
  ns.set('k', 7);
  const X = R.call(type_type, ['X', new PyTuple([]), ns]);
  assert.equal(R.loadAttr(R.call(X, []), 'k'), 7);
  assert.equal(R.typeOf(X), type_type);
  raisesPy(() => R.call(type_type, [1, 2]), TypeError);
});

test('class attribute changes update special-method slots (also in subclasses)', () => {
  const A = cls('A', [], {});
  const B = cls('B', [A], {});
  const b = R.call(B, []);
  assert.equal(R.isCallable(b), false);
  R.storeAttr(A, '__call__', fn('__call__', () => 'called'));
  assert.equal(R.call(b, []), 'called');
  R.storeAttr(A, 'added', fn('added', () => 'later'));
  assert.equal(R.callMethod(b, 'added', []), 'later');
  assert.equal(R.loadAttr(A, '__dict__').has('added'), true);
});

test('bound methods: equality, __self__, __func__', () => {
  const f = fn('m', (self) => 1);
  const C = cls('C', [], { m: f });
  const c = R.call(C, []);
  const m1 = R.loadAttr(c, 'm'), m2 = R.loadAttr(c, 'm');
  assert.notEqual(m1, m2);
  assert.equal(R.eq(m1, m2), true);
  assert.equal(R.loadAttr(m1, '__self__'), c);
  assert.equal(R.loadAttr(m1, '__func__'), f);
  assert.equal(R.hash(m1), R.hash(m2));
  assert.match(R.repr(m1), /^<bound_method [0-9a-f]+ <C object at [0-9a-f]+>\.<function m>>$/);
});

test('exceptions: str, repr, args, value, errno, __init__', async (t) => {
  const { OSError, KeyError } = await import('../../../dist/py/objexcept.js');
  const { str_type } = await import('../../../dist/py/objstr.js');
  if (str_type.repr === null) return t.skip('str repr not implemented yet');
  const mk = (t, ...a) => R.call(t, a);
  assert.equal(R.str(mk(ValueError)), '');
  assert.equal(R.str(mk(ValueError, 'msg')), 'msg');
  assert.equal(R.str(mk(ValueError, 'a', 2)), "('a', 2)");
  assert.equal(R.repr(mk(ValueError, 'x')), "ValueError('x',)");
  assert.equal(R.repr(mk(TypeError)), 'TypeError()');
  assert.equal(R.repr(mk(ValueError, 'a', 2)), "ValueError('a', 2)");
  assert.equal(R.str(mk(KeyError, 'k')), 'k');
  assert.deepEqual(R.loadAttr(mk(ValueError, 1, 2), 'args').items, [1, 2]);
  assert.equal(R.loadAttr(mk(StopIteration, 5), 'value'), 5);
  assert.equal(R.loadAttr(mk(StopIteration), 'value'), None);
  assert.equal(R.loadAttr(mk(OSError, 2), 'errno'), 2);
  assert.equal(R.str(mk(OSError, 2, 'x')), '[Errno 2] ENOENT: x');
  assert.equal(R.str(mk(OSError, 'os')), 'os');
  const e = mk(Exception, 1);
  R.callMethod(e, '__init__', ['a', 'b']);
  assert.deepEqual(e.args, ['a', 'b']);
  raisesPy(() => R.storeAttr(mk(ValueError), 'x', 1), AttributeError);
});

test('user exception subclasses: native layout, attributes, super().__init__', async (t) => {
  const { str_type } = await import('../../../dist/py/objstr.js');
  if (str_type.repr === null) return t.skip('str repr not implemented yet');
  const VE = cls('VE', [Exception], {
    __init__: (self, field, problem) => {
      R.call(superLookup(VE, self, '__init__'), [field, problem]);
      R.storeAttr(self, 'field', field);
      return None;
    },
    describe: (self) => 'VE ' + R.len(R.loadAttr(self, 'args')),
  });
  assert.equal(VE.nativeBase, Exception);
  const e = R.call(VE, ['age', 'neg']);
  assert.ok(e instanceof PyException);
  assert.equal(e.type, VE);
  assert.deepEqual(R.loadAttr(e, 'args').items, ['age', 'neg']);
  assert.equal(R.loadAttr(e, 'field'), 'age');
  assert.equal(R.callMethod(e, 'describe', []), 'VE 2');
  assert.equal(R.str(e), "('age', 'neg')");
  assert.equal(R.repr(e), "VE('age', 'neg')");
  assert.equal(R.exceptionMatch(e, ValueError), false);
  assert.equal(R.exceptionMatch(e, Exception), true);
  const Plain = cls('Plain', [ValueError], { code: 7 });
  const p = R.call(Plain, ['x']);
  assert.equal(R.str(p), 'x');
  assert.equal(R.loadAttr(p, 'code'), 7);
  assert.deepEqual(p.args, ['x']);
  const NoSuper = cls('NoSuper', [Exception], { __init__: () => None });
  assert.deepEqual(R.call(NoSuper, [1, 2]).args, [1, 2]);
});

test('object: object(), __init__ arity, __new__, __eq__/__hash__/__repr__ via super', () => {
  const o = R.call(object_type, []);
  assert.match(R.repr(o), /^<object object at [0-9a-f]+>$/);
  raisesPy(() => R.call(object_type, [1]), TypeError);
  raisesPy(() => R.storeAttr(o, 'x', 1), AttributeError);
  const A = cls('A', [], { __init__: (self, v) => R.call(superLookup(A, self, '__init__'), [v]) });
  raisesPy(() => R.call(A, [1]), TypeError);
  const B = cls('B', [], {});
  const b = R.call(B, []);
  assert.equal(R.call(superLookup(B, b, '__eq__'), [b]), true);
  assert.equal(R.call(superLookup(B, b, '__eq__'), [3]), NotImplemented);
  assert.equal(R.call(superLookup(B, b, '__hash__'), []), R.hash(b));
  assert.equal(R.loadAttr(b, '__class__'), B);
  assert.ok(R.loadAttr(B, '__dict__') instanceof PyDict);
  const n = R.call(R.loadAttr(object_type, '__new__'), [B]);
  assert.equal(R.typeOf(n), B);
  raisesPy(() => makeClass('X', [R.typeOf(true)], new PyDict(), null), TypeError);
});

test('__set_name__ and metaclass-free class with __class__ cell', () => {
  const seen = [];
  const D = cls('D', [], { __set_name__: (self, owner, name) => { seen.push(owner.name + '.' + name); return None; } });
  const d = R.call(D, []);
  cls('Owner', [], { attr: d });
  assert.deepEqual(seen, ['Owner.attr']);
});
