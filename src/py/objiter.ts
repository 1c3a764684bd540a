// Generic iterators (MicroPython py/objgetitemiter.c and the callable-iterator of py/objiter.c):
// iteration over __getitem__ with 0, 1, 2, ... until IndexError, and iter(callable, sentinel).
import { type Obj, type PyObject, PyType } from './obj.js';
import { PyException, IndexError, StopIteration } from './objexcept.js';
import { call, eq, getItem } from './runtime.js';

/** Iterates seq[0], seq[1], ... until IndexError (or StopIteration). */
export class PySeqIter implements PyObject {
  type: PyType = seq_iterator_type;
  i = 0;
  constructor(public readonly seq: Obj) {}
}

export const seq_iterator_type: PyType = new PyType({
  name: 'iterator',
  getIter: (self) => self,
  iterNext: (self) => {
    const it = self as PySeqIter;
    if (it.i < 0) return undefined;
    try {
      return getItem(it.seq, it.i++);
    } catch (e) {
      if (e instanceof PyException && (e.type.isSubtypeOf(IndexError) || e.type.isSubtypeOf(StopIteration))) {
        it.i = -1;
        return undefined;
      }
      throw e;
    }
  },
});

/** iter(callable, sentinel): calls fn() until it returns a value equal to sentinel. */
export class PyCallableIter implements PyObject {
  type: PyType = callable_iterator_type;
  done = false;
  constructor(
    public readonly fn: Obj,
    public readonly sentinel: Obj,
  ) {}
}

export const callable_iterator_type: PyType = new PyType({
  name: 'callable_iterator',
  getIter: (self) => self,
  iterNext: (self) => {
    const it = self as PyCallableIter;
    if (it.done) return undefined;
    const v = call(it.fn, []);
    if (v === it.sentinel || eq(v, it.sentinel)) {
      it.done = true;
      return undefined;
    }
    return v;
  },
});

export function newSeqIter(seq: Obj): PySeqIter {
  return new PySeqIter(seq);
}

export function newCallableIter(fn: Obj, sentinel: Obj): PyCallableIter {
  return new PyCallableIter(fn, sentinel);
}
