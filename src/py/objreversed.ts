// reversed (MicroPython py/objreversed.c): iterates a sequence backwards via len() and indexing,
// or delegates to the object's __reversed__. Lists and ranges get dedicated fast iterators.
import { type Obj, type PyObject, PyType } from './obj.js';
import { checkArgs } from './objfun.js';
import { call, getItem, len, typeOf, bindAttr } from './runtime.js';
import { PyList } from './objlist.js';
import { PyTuple, TupleIter } from './objtuple.js';
import { PyDict } from './objdict.js';
import { PyRange, rangeReversedIter } from './objrange.js';

export const reversed_type: PyType = new PyType({
  name: 'reversed',
  baseType: true,
  makeNew: (type, args, kw) => {
    checkArgs('reversed', args, kw, 1, 1);
    const seq = args[0];
    // a subclass of reversed gets the generic iterator (its instances must have reversed's shape)
    if (type !== reversed_type) return new PyReversed(seq, len(seq));
    if (seq instanceof PyList && !seq.type.isUserClass) return new PyListReversed(seq, seq.items.length);
    if (seq instanceof PyRange) return rangeReversedIter(seq);
    const t = typeOf(seq);
    const m = t.isUserClass ? t.lookup('__reversed__') : undefined;
    if (m !== undefined) return call(bindAttr(m, seq, t), []);
    if (seq instanceof PyTuple && !seq.type.isUserClass) return new PyReversed(seq, seq.items.length);
    if (seq instanceof PyDict) return new TupleIter(seq.keys().reverse()); // CPython 3.8+: reversed(dict)
    return new PyReversed(seq, len(seq));
  },
  getIter: (self) => self,
  iterNext: (self) => {
    const r = self as PyReversed;
    if (r.i <= 0) return undefined;
    return getItem(r.seq, --r.i);
  },
});

/** reversed() over any sequence: seq[len-1], ..., seq[0]. */
export class PyReversed implements PyObject {
  type: PyType = reversed_type;
  constructor(
    public readonly seq: Obj,
    public i: number,
  ) {}
}

export const list_reversed_type: PyType = new PyType({
  name: 'reversed',
  getIter: (self) => self,
  iterNext: (self) => {
    const r = self as PyListReversed;
    const items = r.list.items;
    if (r.i > items.length) r.i = items.length; // the list shrank meanwhile
    return r.i > 0 ? items[--r.i] : undefined;
  },
});

/** reversed(list): walks the items array directly. */
export class PyListReversed implements PyObject {
  type: PyType = list_reversed_type;
  constructor(
    public readonly list: PyList,
    public i: number,
  ) {}
}
