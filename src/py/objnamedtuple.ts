// collections.namedtuple (MicroPython py/objnamedtuple.c): a tuple type whose items are also
// read-only attributes. namedtuple(name, fields) builds a new type deriving from tuple; the fields
// are a list/tuple of names or one string of names separated by spaces or commas.
// Instances are PyTuples whose type is the namedtuple type, so every tuple operation applies.
// Beyond the fields, instances have _asdict() (MicroPython's MICROPY_PY_COLLECTIONS_NAMEDTUPLE__ASDICT).
import { type Obj, type KwArgs, PyType } from './obj.js';
import { raiseTypeError, raiseAttributeError } from './objexcept.js';
import { PyBuiltin, method } from './objfun.js';
import { PyTuple, tuple_type, reprEnter, reprLeave } from './objtuple.js';
import { PyDict } from './objdict.js';
import { repr, toArray, typeName } from './runtime.js';

/** The fields of each namedtuple type (subclasses find theirs along the MRO). */
const fieldsOf = new WeakMap<PyType, readonly string[]>();

/** The field names of a namedtuple instance's type, or undefined if it is not one. */
export function namedTupleFields(t: PyType): readonly string[] | undefined {
  const mro = t.mro;
  for (let i = 0; i < mro.length; i++) {
    const f = fieldsOf.get(mro[i]);
    if (f !== undefined) return f;
  }
  return undefined;
}

let ordereddictType: PyType | null = null;

/** Set by modcollections.ts: _asdict() returns an OrderedDict, as MicroPython's. */
export function setAsdictType(t: PyType): void {
  ordereddictType = t;
}

const asdict = method('_asdict', 1, 1, (a) => {
  const t = a[0] as PyTuple;
  const fields = namedTupleFields(t.type) ?? [];
  const d = new PyDict(ordereddictType ?? undefined);
  for (let i = 0; i < fields.length; i++) d.set(fields[i], t.items[i]);
  return d;
});

function makeNamedTupleType(name: string, fields: string[]): PyType {
  const n = fields.length;
  const t: PyType = new PyType({
    name,
    base: tuple_type,
    module: '__main__',
    baseType: true,
    makeNew: (type: PyType, args: Obj[], kw: KwArgs) => {
      const nkw = kw === null ? 0 : kw.size;
      if (args.length + nkw !== n) {
        raiseTypeError(`${name}() takes ${n} positional arguments but ${args.length + nkw} were given`);
      }
      const items = new Array<Obj | undefined>(n);
      for (let i = 0; i < args.length; i++) items[i] = args[i];
      if (kw !== null) {
        for (const [k, v] of kw) {
          const id = fields.indexOf(k);
          if (id < 0) raiseTypeError(`unexpected keyword argument '${k}'`);
          if (items[id] !== undefined) raiseTypeError(`function got multiple values for argument '${k}'`);
          items[id] = v;
        }
      }
      return new PyTuple(items as Obj[], type);
    },
    repr: (self) => {
      const tu = self as PyTuple;
      let s = tu.type.name + '(';
      if (!reprEnter(tu)) return s + '...)';
      try {
        for (let i = 0; i < n; i++) {
          if (i > 0) s += ', ';
          s += fields[i] + '=' + repr(tu.items[i]);
        }
      } finally {
        reprLeave(tu);
      }
      return s + ')';
    },
    getAttr: (self, attr) => {
      const id = fields.indexOf(attr);
      if (id < 0) return undefined;
      return (self as PyTuple).items[id];
    },
    setAttr: () => raiseAttributeError("can't set attribute"),
    locals: { _asdict: asdict },
  });
  fieldsOf.set(t, fields);
  return t;
}

/** namedtuple(name, fields) */
export const namedtuple = new PyBuiltin('namedtuple', (args, kw) => {
  if (args.length !== 2 || (kw !== null && kw.size > 0)) {
    if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
    raiseTypeError(`function takes 2 positional arguments but ${args.length} were given`);
  }
  const name = args[0];
  if (typeof name !== 'string') return raiseTypeError(`can't convert '${typeName(name)}' object to str implicitly`);
  const spec = args[1];
  let names: Obj[];
  if (typeof spec === 'string') {
    names = spec
      .replace(/,/g, ' ')
      .split(/\s+/)
      .filter((s) => s.length > 0);
  } else {
    if (!(spec instanceof PyTuple) && typeName(spec) !== 'list') {
      return raiseTypeError(`object '${typeName(spec)}' isn't a tuple or list`);
    }
    names = toArray(spec);
  }
  const fields: string[] = [];
  for (const f of names) {
    if (typeof f !== 'string') return raiseTypeError(`can't convert '${typeName(f)}' object to str implicitly`);
    fields.push(f);
  }
  return makeNamedTupleType(name, fields);
});
