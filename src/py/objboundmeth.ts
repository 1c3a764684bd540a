// Bound methods (MicroPython py/objboundmeth.c): a function with its self.
import { type Obj, type PyObject, PyType, BinaryOp, UnaryOp } from './obj.js';
import { call, repr, id, getAttr } from './runtime.js';

export const bound_method_type: PyType = new PyType({
  name: 'bound_method',
  call: (self, args, kw) => {
    const m = self as PyBoundMethod;
    const all = new Array<Obj>(args.length + 1);
    all[0] = m.self;
    for (let i = 0; i < args.length; i++) all[i + 1] = args[i];
    return call(m.fn, all, kw);
  },
  // MicroPython prints <bound_method 7f... <A object at 7f...>.<function f at 0x7f...>>
  repr: (self) => {
    const m = self as PyBoundMethod;
    return `<bound_method ${id(m).toString(16)} ${repr(m.self)}.${repr(m.fn)}>`;
  },
  // Two bound methods are equal when they bind the same function to the same object.
  binaryOp: (op, lhs, rhs) => {
    if (op !== BinaryOp.EQUAL && op !== BinaryOp.NOT_EQUAL) return undefined;
    if (!(rhs instanceof PyBoundMethod)) return undefined;
    const l = lhs as PyBoundMethod;
    const same = l.self === rhs.self && l.fn === rhs.fn;
    return op === BinaryOp.EQUAL ? same : !same;
  },
  unaryOp: (op, self) => {
    if (op !== UnaryOp.HASH) return undefined;
    const m = self as PyBoundMethod;
    return id(m.self) ^ id(m.fn);
  },
  hash: (self) => {
    const m = self as PyBoundMethod;
    return (id(m.self) ^ id(m.fn)) | 0;
  },
  // __self__ and __func__ as CPython; other attributes are the function's (MicroPython delegates them).
  getAttr: (self, name) => {
    const m = self as PyBoundMethod;
    if (name === '__self__') return m.self;
    if (name === '__func__') return m.fn;
    return getAttr(m.fn, name);
  },
});

export class PyBoundMethod implements PyObject {
  type: PyType = bound_method_type;
  constructor(
    public readonly self: Obj,
    public readonly fn: Obj,
  ) {}
}
