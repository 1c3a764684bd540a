// filter (MicroPython py/objfilter.c): filter(pred, iterable) yields the items pred accepts
// (the items that are true when pred is None).
import { type Obj, type PyObject, PyType, None } from './obj.js';
import { checkArgs } from './objfun.js';
import { call, getIter, iterNext, isTrue } from './runtime.js';

export const filter_type: PyType = new PyType({
  name: 'filter',
  baseType: true,
  makeNew: (_type, args, kw) => {
    checkArgs('filter', args, kw, 2, 2);
    return new PyFilter(args[0], getIter(args[1]));
  },
  getIter: (self) => self,
  iterNext: (self) => {
    const f = self as PyFilter;
    for (;;) {
      const x = iterNext(f.it);
      if (x === undefined) return undefined;
      if (f.fn === None ? isTrue(x) : isTrue(call(f.fn, [x]))) return x;
    }
  },
});

export class PyFilter implements PyObject {
  type: PyType = filter_type;
  constructor(
    public readonly fn: Obj,
    public readonly it: Obj,
  ) {}
}
