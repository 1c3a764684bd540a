// map (MicroPython py/objmap.c): map(f, *iterables) yields f(a, b, ...) until the shortest is exhausted.
import { type Obj, type PyObject, PyType } from './obj.js';
import { raiseTypeError } from './objexcept.js';
import { call, getIter, iterNext } from './runtime.js';

export const map_type: PyType = new PyType({
  name: 'map',
  baseType: true,
  makeNew: (_type, args, kw) => {
    if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
    if (args.length < 2) raiseTypeError(`function missing ${2 - args.length} required positional arguments`);
    const its = new Array<Obj>(args.length - 1);
    for (let i = 1; i < args.length; i++) its[i - 1] = getIter(args[i]);
    return new PyMap(args[0], its);
  },
  getIter: (self) => self,
  iterNext: (self) => {
    const m = self as PyMap;
    const its = m.its;
    if (its.length === 1) {
      // one iterable: the common case, no argument array kept around
      const x = iterNext(its[0]);
      return x === undefined ? undefined : call(m.fn, [x]);
    }
    const args = new Array<Obj>(its.length);
    for (let i = 0; i < its.length; i++) {
      const x = iterNext(its[i]);
      if (x === undefined) return undefined;
      args[i] = x;
    }
    return call(m.fn, args);
  },
});

export class PyMap implements PyObject {
  type: PyType = map_type;
  constructor(
    public readonly fn: Obj,
    public readonly its: Obj[],
  ) {}
}
