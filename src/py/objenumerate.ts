// enumerate (MicroPython py/objenumerate.c): enumerate(iterable, start=0) yields (count, item).
import { type Obj, type PyObject, PyType } from './obj.js';
import { raiseTypeError } from './objexcept.js';
import { getIter, iterNext, toInt } from './runtime.js';
import { PyTuple } from './objtuple.js';
import { normBig } from './objint.js';

export const enumerate_type: PyType = new PyType({
  name: 'enumerate',
  baseType: true,
  makeNew: (_type, args, kw) => {
    let iterable: Obj | undefined = args[0];
    let start: Obj = 0;
    if (args.length > 2) raiseTypeError(`function expected at most 2 arguments, got ${args.length}`);
    if (args.length > 1) start = args[1];
    if (kw !== null) {
      for (const [k, v] of kw) {
        if (k === 'start' && args.length < 2) start = v;
        else if (k === 'iterable' && args.length < 1) iterable = v;
        else raiseTypeError(`unexpected keyword argument '${k}'`);
      }
    }
    if (iterable === undefined) return raiseTypeError("function missing required positional argument 'iterable'");
    return new PyEnumerate(getIter(iterable), toInt(start));
  },
  getIter: (self) => self,
  iterNext: (self) => {
    const e = self as PyEnumerate;
    const x = iterNext(e.it);
    if (x === undefined) return undefined;
    const n = e.n;
    if (typeof n === 'number' && n < Number.MAX_SAFE_INTEGER) e.n = n + 1;
    else e.n = normBig(BigInt(n) + 1n);
    return new PyTuple([n, x]);
  },
});

export class PyEnumerate implements PyObject {
  type: PyType = enumerate_type;
  constructor(
    public readonly it: Obj,
    public n: number | bigint,
  ) {}
}
