// dict (MicroPython py/objdict.c, py/map.c): insertion-ordered, with 1, 1.0 and True as one key.
//
// Storage is a JS Map (insertion-ordered, engine-hashed) keyed by a normalized key:
//   str, int (number/bigint)        → themselves: the common case costs one Map lookup
//   bool, integral float            → the equal int; a non-integral float → its JS number
//   objects whose type has a hash   → a canonical equal key object, found through hash buckets
//   other objects                   → themselves (identity)
// The original key is remembered only where it differs from the normalized one.
// Mutable containers (list, dict, set) give their type a hash slot that raises TypeError, so storing them fails.
import { type Obj, type PyObject, PyType } from './obj.js';
import { PyFloat } from './objfloat.js';
import { hash, eq } from './runtime.js';
import { newException, KeyError } from './objexcept.js';

export const dict_type: PyType = new PyType({ name: 'dict', baseType: true });

type NormKey = unknown;

export class PyDict implements PyObject {
  type: PyType;
  /** normalized key → value, in insertion order */
  map: Map<NormKey, Obj>;
  /** normalized key → original key, only where they differ (True, 1.0 ...) */
  origKeys: Map<NormKey, Obj> | null;
  /** hash → canonical keys, for keys hashed by value (tuples, frozensets, user __hash__) */
  buckets: Map<number, Obj[]> | null;
  /** Bumped when keys are added or removed, so iterators can detect a change of size. */
  version: number;

  constructor(type: PyType = dict_type) {
    this.type = type;
    this.map = new Map();
    this.origKeys = null;
    this.buckets = null;
    this.version = 0;
  }

  get size(): number {
    return this.map.size;
  }

  /** Normalize k; with create, a new value-hashed key becomes canonical. Returns undefined if absent. */
  private norm(k: Obj, create: boolean): NormKey | undefined {
    switch (typeof k) {
      case 'string':
      case 'number':
      case 'bigint':
        return k;
      case 'boolean':
        return k ? 1 : 0;
    }
    if (k instanceof PyFloat) {
      const v = k.value;
      if (Number.isInteger(v)) return Number.isSafeInteger(v) ? v : BigInt(v);
      return v;
    }
    const t = (k as PyObject).type;
    if (t.hash === null) return k;
    const h = t.hash(k);
    if (this.buckets === null) {
      if (!create) return undefined;
      this.buckets = new Map();
    }
    const bucket = this.buckets.get(h);
    if (bucket !== undefined) {
      for (let i = 0; i < bucket.length; i++) if (bucket[i] === k || eq(bucket[i], k)) return bucket[i];
    }
    if (!create) return undefined;
    if (bucket === undefined) this.buckets.set(h, [k]);
    else bucket.push(k);
    return k;
  }

  get(k: Obj): Obj | undefined {
    if (typeof k === 'string') return this.map.get(k);
    const n = this.norm(k, false);
    return n === undefined ? undefined : this.map.get(n);
  }

  has(k: Obj): boolean {
    return this.get(k) !== undefined;
  }

  set(k: Obj, v: Obj): void {
    if (typeof k === 'string') {
      if (!this.map.has(k)) this.version++;
      this.map.set(k, v);
      return;
    }
    const n = this.norm(k, true);
    if (!this.map.has(n)) {
      this.version++;
      if (n !== k) (this.origKeys ??= new Map()).set(n, k);
    }
    this.map.set(n, v);
  }

  /** Remove k; returns the old value or undefined if absent. */
  delete(k: Obj): Obj | undefined {
    const n = typeof k === 'string' ? k : this.norm(k, false);
    if (n === undefined) return undefined;
    const v = this.map.get(n);
    if (v === undefined) return undefined;
    this.map.delete(n);
    this.version++;
    if (this.origKeys !== null) this.origKeys.delete(n);
    if (this.buckets !== null && typeof n === 'object' && n !== null && !(n instanceof PyFloat)) {
      const h = hash(n as Obj);
      const bucket = this.buckets.get(h);
      if (bucket !== undefined) {
        const i = bucket.indexOf(n as Obj);
        if (i >= 0) bucket.splice(i, 1);
        if (bucket.length === 0) this.buckets.delete(h);
      }
    }
    return v;
  }

  /** The original key for a normalized one. */
  keyOf(n: NormKey): Obj {
    if (this.origKeys !== null) {
      const o = this.origKeys.get(n);
      if (o !== undefined) return o;
    }
    return n as Obj;
  }

  keys(): Obj[] {
    const out: Obj[] = [];
    for (const n of this.map.keys()) out.push(this.keyOf(n));
    return out;
  }

  values(): Obj[] {
    return Array.from(this.map.values());
  }

  /** [key, value] pairs, in order. */
  entries(): [Obj, Obj][] {
    const out: [Obj, Obj][] = [];
    for (const [n, v] of this.map) out.push([this.keyOf(n), v]);
    return out;
  }

  clear(): void {
    this.map.clear();
    this.origKeys = null;
    this.buckets = null;
    this.version++;
  }

  /** d[k] for the VM and builtins: KeyError when absent. */
  getOrRaise(k: Obj): Obj {
    const v = this.get(k);
    if (v === undefined) keyError(k);
    return v;
  }
}

function keyError(k: Obj): never {
  const e = newException(KeyError);
  e.args.push(k);
  throw e;
}

export function newDict(): PyDict {
  return new PyDict();
}
