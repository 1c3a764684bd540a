// collections.deque (MicroPython py/objdeque.c): a bounded double-ended queue.
//
// As MicroPython's: maxlen is mandatory (`deque(iterable, maxlen[, flags])`); appending to a full
// deque drops the item at the other end, unless flags bit 0 (check overflow) is set, then it raises
// IndexError('full'). Indexing reads and writes items (no slices, no deletion); iteration; len/bool.
// Storage is a ring in a JS array that grows by doubling up to maxlen, so a large maxlen costs
// nothing until it is used.
import { type Obj, type PyObject, PyType, None, UnaryOp } from './obj.js';
import { raise, raiseTypeError, newException, IndexError, ValueError, MemoryError } from './objexcept.js';
import { checkArgs, method } from './objfun.js';
import { getIter, iterNext, toInt, toIndex, typeName } from './runtime.js';

const FLAG_CHECK_OVERFLOW = 1;

export class PyDeque implements PyObject {
  type: PyType;
  /** ring storage; its length is the current capacity (a power of two, or maxlen) */
  items: Obj[];
  /** index of the leftmost item in items */
  head: number;
  /** number of items */
  n: number;
  readonly maxlen: number;
  readonly flags: number;

  constructor(type: PyType, maxlen: number, flags: number) {
    this.type = type;
    this.items = new Array<Obj>(maxlen < 8 ? maxlen : 8).fill(None);
    this.head = 0;
    this.n = 0;
    this.maxlen = maxlen;
    this.flags = flags;
  }

  /** Make room for one more item (only called when n < maxlen). */
  private grow(): void {
    const old = this.items;
    const cap = old.length;
    if (this.n < cap) return;
    let newCap = cap * 2;
    if (newCap < 8) newCap = 8;
    if (newCap > this.maxlen) newCap = this.maxlen;
    const items = new Array<Obj>(newCap).fill(None);
    for (let i = 0; i < this.n; i++) items[i] = old[(this.head + i) % cap];
    this.items = items;
    this.head = 0;
  }

  /** The physical slot of logical index i (0 <= i < n). */
  slot(i: number): number {
    const j = this.head + i;
    const cap = this.items.length;
    return j >= cap ? j - cap : j;
  }

  append(x: Obj): void {
    if (this.n === this.maxlen) {
      if (this.flags & FLAG_CHECK_OVERFLOW || this.maxlen === 0) {
        if (this.flags & FLAG_CHECK_OVERFLOW) raise(IndexError, 'full');
        return;
      }
      // full: the new item replaces the leftmost one
      this.items[this.head] = x;
      this.head = this.slot(1);
      return;
    }
    this.grow();
    this.items[this.slot(this.n)] = x;
    this.n++;
  }

  appendLeft(x: Obj): void {
    if (this.n === this.maxlen) {
      if (this.flags & FLAG_CHECK_OVERFLOW || this.maxlen === 0) {
        if (this.flags & FLAG_CHECK_OVERFLOW) raise(IndexError, 'full');
        return;
      }
      // full: the new item replaces the rightmost one
      this.head = this.head === 0 ? this.items.length - 1 : this.head - 1;
      this.items[this.head] = x;
      return;
    }
    this.grow();
    this.head = this.head === 0 ? this.items.length - 1 : this.head - 1;
    this.items[this.head] = x;
    this.n++;
  }

  popLeft(): Obj {
    if (this.n === 0) raise(IndexError, 'empty');
    const x = this.items[this.head];
    this.items[this.head] = None;
    this.head = this.slot(1);
    this.n--;
    return x;
  }

  pop(): Obj {
    if (this.n === 0) raise(IndexError, 'empty');
    const s = this.slot(this.n - 1);
    const x = this.items[s];
    this.items[s] = None;
    this.n--;
    return x;
  }

  extend(src: Obj): void {
    const it = getIter(src);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) this.append(x);
  }
}

function dequeSelf(o: Obj): PyDeque {
  if (!(o instanceof PyDeque)) return raiseTypeError(`expected 'deque', got '${typeName(o)}'`);
  return o;
}

/** The logical index for d[index], with MicroPython's mp_get_index messages. */
function dequeIndex(d: PyDeque, index: Obj): number {
  let i = toIndex(index, 'deque');
  if (i < 0) i += d.n;
  if (!(i >= 0 && i < d.n)) raise(IndexError, 'deque index out of range');
  return i;
}

export const deque_type: PyType = new PyType({
  name: 'deque',
  module: 'collections',
  makeNew: (type, args, kw) => {
    checkArgs('deque', args, kw, 2, 3);
    const m = toInt(args[1]);
    if (m < 0) throw newException(ValueError);
    if (typeof m === 'bigint' || m >= 0x7fffffff) raise(MemoryError, 'memory allocation failed');
    const flags = args.length > 2 ? Number(toInt(args[2])) : 0;
    const d = new PyDeque(type, m as number, flags);
    d.extend(args[0]);
    return d;
  },
  unaryOp: (op, self) => {
    const d = self as PyDeque;
    switch (op) {
      case UnaryOp.BOOL:
        return d.n !== 0;
      case UnaryOp.LEN:
        return d.n;
    }
    return undefined;
  },
  len: (self) => (self as PyDeque).n,
  bool: (self) => (self as PyDeque).n !== 0,
  getItem: (self, index) => {
    const d = self as PyDeque;
    return d.items[d.slot(dequeIndex(d, index))];
  },
  setItem: (self, index, value) => {
    const d = self as PyDeque;
    d.items[d.slot(dequeIndex(d, index))] = value;
  },
  getIter: (self) => new DequeIter(self as PyDeque),
});

export class DequeIter implements PyObject {
  type: PyType = deque_iterator_type;
  i = 0;
  constructor(public readonly deque: PyDeque) {}
}

export const deque_iterator_type: PyType = new PyType({
  name: 'iterator',
  getIter: (self) => self,
  iterNext: (self) => {
    const it = self as DequeIter;
    const d = it.deque;
    if (it.i >= d.n) return undefined;
    return d.items[d.slot(it.i++)];
  },
});

deque_type.locals.set(
  'append',
  method('append', 2, 2, (a) => {
    dequeSelf(a[0]).append(a[1]);
    return None;
  }),
);
deque_type.locals.set(
  'appendleft',
  method('appendleft', 2, 2, (a) => {
    dequeSelf(a[0]).appendLeft(a[1]);
    return None;
  }),
);
deque_type.locals.set(
  'extend',
  method('extend', 2, 2, (a) => {
    dequeSelf(a[0]).extend(a[1]);
    return None;
  }),
);
deque_type.locals.set(
  'pop',
  method('pop', 1, 1, (a) => dequeSelf(a[0]).pop()),
);
deque_type.locals.set(
  'popleft',
  method('popleft', 1, 1, (a) => dequeSelf(a[0]).popLeft()),
);
