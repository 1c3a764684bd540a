// Bound methods (MicroPython py/objboundmeth.c): a function with its self.
import { type Obj, type PyObject, PyType } from './obj.js';
import { call, repr } from './runtime.js';

export const bound_method_type: PyType = new PyType({
  name: 'bound_method',
  call: (self, args, kw) => {
    const m = self as PyBoundMethod;
    const all = new Array<Obj>(args.length + 1);
    all[0] = m.self;
    for (let i = 0; i < args.length; i++) all[i + 1] = args[i];
    return call(m.fn, all, kw);
  },
  repr: (self) => `<bound_method ${repr((self as PyBoundMethod).self)} ${repr((self as PyBoundMethod).fn)}>`,
});

export class PyBoundMethod implements PyObject {
  type: PyType = bound_method_type;
  constructor(
    public readonly self: Obj,
    public readonly fn: Obj,
  ) {}
}
