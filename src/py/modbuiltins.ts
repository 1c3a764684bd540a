// The builtins module (MicroPython py/modbuiltins.c, plus the unix port's extra builtins input/open):
// `builtinsDict` maps every builtin name to its value — the types, the exception classes, and the
// functions below. The VM falls back to it after a module's globals.
import { type Obj, type KwArgs, type PyObject, PyType, None, NotImplemented, Ellipsis, object_type, type_type, BinaryOp, UnaryOp } from './obj.js';
import {
  exceptionTypes,
  newException,
  raise,
  raiseTypeError,
  raiseValueError,
  PyException,
  AttributeError,
  EOFError,
  OSError,
  OverflowError,
  StopIteration,
  UnicodeError,
} from './objexcept.js';
import { builtin, checkArgs, PyBuiltin } from './objfun.js';
import {
  typeOf,
  typeName,
  repr,
  str,
  isTrue,
  hash,
  id,
  binaryOp,
  unaryOp,
  getAttr,
  storeAttr,
  deleteAttr,
  call,
  isCallable,
  len,
  getIter,
  iterNext,
  toInt,
  toFloat,
  callMethod,
  bindAttr,
  toArray,
  strLength,
} from './runtime.js';
import { hal } from './mphal.js';
import { PyDict } from './objdict.js';
import { int_type, normBig, intPowMod } from './objint.js';
import { formatValue, strModFormat } from './objstrformat.js';
import { bool_type } from './objbool.js';
import { float_type, PyFloat, newFloat } from './objfloat.js';
import { complex_type } from './objcomplex.js';
import { str_type } from './objstr.js';
import { bytes_type, PyBytes } from './objbytes.js';
import { bytearray_type, memoryview_type } from './objarray.js';
import { list_type, PyList, sortItems, sortKwargs } from './objlist.js';
import { tuple_type } from './objtuple.js';
import { dict_type } from './objdict.js';
import { set_type, frozenset_type } from './objset.js';
import { range_type, PyRange } from './objrange.js';
import { slice_type } from './objslice.js';
import { enumerate_type } from './objenumerate.js';
import { zip_type } from './objzip.js';
import { map_type } from './objmap.js';
import { filter_type } from './objfilter.js';
import { reversed_type } from './objreversed.js';
import { newCallableIter } from './objiter.js';
import { staticmethod_type, classmethod_type } from './objstaticmethod.js';
import { builtin___build_class__, builtin_isinstance, builtin_issubclass, super_type, nativeSelf } from './objtype.js';
import { property_type } from './objproperty.js';
import { builtin_exec, builtin_eval, builtin_compile, builtin_globals, builtin_locals } from './execute.js';
import { builtin___import__ } from './builtinimport.js';
import { vmState } from './vm.js';
import { PyModule } from './objmodule.js';
import { builtin_help } from './builtinhelp.js';

export const builtinsDict: PyDict = new PyDict();

function def(name: string, fn: (args: Obj[], kw: KwArgs) => Obj): PyBuiltin {
  const f = builtin(name, fn);
  builtinsDict.set(name, f);
  return f;
}

/** A builtin with a fixed positional arity range and no keywords (MicroPython's FUN_OBJ_1/2/VAR_BETWEEN). */
function defn(name: string, min: number, max: number, fn: (args: Obj[]) => Obj): PyBuiltin {
  return def(name, (args, kw) => {
    if (args.length < min || args.length > max || (kw !== null && kw.size > 0)) checkArgs(name, args, kw, min, max);
    return fn(args);
  });
}

/** A str argument (attribute names etc.), with MicroPython's implicit-conversion message. */
function strArg(o: Obj): string {
  if (typeof o === 'string') return o;
  return raiseTypeError(`can't convert '${typeName(o)}' object to str implicitly`);
}

// ---- types and constants ----

builtinsDict.set('__name__', 'builtins');
for (const t of [
  object_type, type_type, int_type, bool_type, float_type, complex_type, str_type, bytes_type, bytearray_type, memoryview_type,
  list_type, tuple_type, dict_type, set_type, frozenset_type, range_type, slice_type,
  enumerate_type, zip_type, map_type, filter_type, reversed_type, staticmethod_type, classmethod_type,
  super_type, property_type,
]) {
  builtinsDict.set(t.name, t);
}
for (const [name, t] of exceptionTypes) builtinsDict.set(name, t);
builtinsDict.set('NotImplemented', NotImplemented);
builtinsDict.set('Ellipsis', Ellipsis);

// ---- functions ----

defn('abs', 1, 1, (a) => unaryOp(UnaryOp.ABS, a[0]));

defn('all', 1, 1, (a) => {
  const it = getIter(a[0]);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (!isTrue(x)) return false;
  return true;
});

defn('any', 1, 1, (a) => {
  const it = getIter(a[0]);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (isTrue(x)) return true;
  return false;
});

// bin/oct/hex format as MicroPython does: '{:#b}'.format(x), '%#o' % x, '%#x' % x (so the errors match).
defn('bin', 1, 1, (a) => formatValue(a[0], '#b'));
defn('oct', 1, 1, (a) => strModFormat('%#o', a[0]));
defn('hex', 1, 1, (a) => strModFormat('%#x', a[0]));

defn('callable', 1, 1, (a) => isCallable(a[0]));

defn('chr', 1, 1, (a) => {
  const c = toInt(nativeSelf(a[0]));
  if (typeof c === 'bigint' || c < 0 || c >= 0x110000) return raiseValueError('char not in range(0x110000)');
  return String.fromCodePoint(c);
});

defn('ord', 1, 1, (a) => {
  const o = a[0];
  if (typeof o === 'string') {
    if (o.length === 1) return o.charCodeAt(0);
    if (o.length === 2) {
      const cp = o.codePointAt(0)!;
      if (cp > 0xffff) return cp;
    }
    return raiseTypeError(`ord() expected a character, but string of length ${strLength(o)} found`);
  }
  if (o instanceof PyBytes || (typeof o === 'object' && (o as PyObject).type.buffer !== null)) {
    const data = o instanceof PyBytes ? o.data : typeOf(o).buffer!(o);
    if (data !== null && data.length === 1) return data[0];
    return raiseTypeError(`ord() expected a character, but string of length ${data === null ? 0 : data.length} found`);
  }
  return strArg(o);
});

defn('divmod', 2, 2, (a) => binaryOp(BinaryOp.DIVMOD, a[0], a[1]));
defn('hash', 1, 1, (a) => hash(a[0]));
defn('id', 1, 1, (a) => id(a[0]));
defn('len', 1, 1, (a) => {
  const o = a[0];
  // a range can be longer than a JS number holds exactly (range(sys.maxsize))
  if (o instanceof PyRange && o.type === range_type) return o.length();
  return len(o);
});
defn('repr', 1, 1, (a) => repr(a[0]));

defn('getattr', 2, 3, (a) => {
  const name = strArg(a[1]);
  if (a.length === 2) {
    const v = getAttr(a[0], name);
    if (v === undefined) return attrErrorFor(a[0], name);
    return v;
  }
  try {
    const v = getAttr(a[0], name);
    return v === undefined ? a[2] : v;
  } catch (e) {
    if (e instanceof PyException && e.type.isSubtypeOf(AttributeError)) return a[2];
    throw e;
  }
});

function attrErrorFor(o: Obj, name: string): never {
  if (o instanceof PyType) raise(AttributeError, `type object '${o.name}' has no attribute '${name}'`);
  return raise(AttributeError, `'${typeName(o)}' object has no attribute '${name}'`);
}

defn('setattr', 3, 3, (a) => {
  storeAttr(a[0], strArg(a[1]), a[2]);
  return None;
});

defn('delattr', 2, 2, (a) => {
  deleteAttr(a[0], strArg(a[1]));
  return None;
});

defn('hasattr', 2, 2, (a) => {
  const name = strArg(a[1]);
  try {
    return getAttr(a[0], name) !== undefined;
  } catch (e) {
    if (e instanceof PyException && e.type.isSubtypeOf(AttributeError)) return false;
    throw e;
  }
});

defn('dir', 0, 1, (a) => {
  if (a.length === 0) {
    const loc = call(builtinsDict.get('locals')!, []);
    return new PyList(loc instanceof PyDict ? loc.keys() : []);
  }
  const o = a[0];
  if (!(o instanceof PyType)) {
    const ot = typeOf(o);
    const m = ot.isUserClass ? ot.lookup('__dir__') : undefined;
    if (m !== undefined) return call(bindAttr(m, o, ot), []);
  }
  const names = new Set<string>();
  const d = getAttrQuiet(o, '__dict__');
  if (d instanceof PyDict) for (const k of d.keys()) if (typeof k === 'string') names.add(k);
  const t = o instanceof PyType ? o : typeOf(o);
  for (const c of t.mro) for (const k of c.locals.keys()) names.add(k);
  if (o instanceof PyType && t !== type_type) names.add('__name__');
  names.add('__class__');
  const out: Obj[] = [...names].sort();
  return new PyList(out);
});

function getAttrQuiet(o: Obj, name: string): Obj | undefined {
  try {
    return getAttr(o, name);
  } catch {
    return undefined;
  }
}

defn('iter', 1, 2, (a) => (a.length === 1 ? getIter(a[0]) : newCallableIter(a[0], a[1])));

defn('next', 1, 2, (a) => {
  vmState.stopIterationValue = None;
  const v = iterNext(a[0]);
  if (v !== undefined) return v;
  if (a.length > 1) return a[1];
  // a generator's return value travels in vmState (objgenerator.ts) and becomes StopIteration.value
  const r = vmState.stopIterationValue;
  vmState.stopIterationValue = None;
  throw new PyException(StopIteration, r === None ? [] : [r]);
});

function minMax(name: string, op: number, args: Obj[], kw: KwArgs): Obj {
  let key: Obj | null = null;
  let dflt: Obj | undefined;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'key') key = v === None ? null : v;
      else if (k === 'default') dflt = v;
      else raiseTypeError(`unexpected keyword argument '${k}'`);
    }
  }
  if (args.length === 0) raiseTypeError('function missing 1 required positional arguments');
  let best: Obj | undefined;
  let bestKey: Obj | undefined;
  const consider = (x: Obj): void => {
    const k = key === null ? x : call(key, [x]);
    if (best === undefined) {
      best = x;
      bestKey = k;
    } else if (typeof k === 'number' && typeof bestKey === 'number') {
      if (op === BinaryOp.MORE ? k > bestKey : k < bestKey) {
        best = x;
        bestKey = k;
      }
    } else if (isTrue(binaryOp(op, k, bestKey!))) {
      best = x;
      bestKey = k;
    }
  };
  if (args.length === 1) {
    const it = getIter(args[0]);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) consider(x);
    if (best === undefined) {
      if (dflt !== undefined) return dflt;
      return raiseValueError('arg is an empty sequence');
    }
    return best;
  }
  for (let i = 0; i < args.length; i++) consider(args[i]);
  return best!;
}
def('max', (a, kw) => minMax('max', BinaryOp.MORE, a, kw));
def('min', (a, kw) => minMax('min', BinaryOp.LESS, a, kw));

defn('sum', 1, 2, (a) => {
  let acc: Obj = a.length > 1 ? a[1] : 0;
  const it = getIter(a[0]);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    if (typeof acc === 'number' && typeof x === 'number') {
      const r = acc + x;
      if (Number.isSafeInteger(r)) {
        acc = r;
        continue;
      }
    }
    acc = binaryOp(BinaryOp.ADD, acc, x);
  }
  return acc;
});

def('sorted', (a, kw) => {
  if (a.length !== 1) {
    if (a.length > 1) raiseTypeError('must use keyword argument for key function');
    raiseTypeError('function missing 1 required positional arguments');
  }
  const l = new PyList(toArray(a[0]));
  const [key, reverse] = sortKwargs(kw);
  sortItems(l.items, key, reverse);
  return l;
});

// ---- numbers ----

defn('pow', 2, 3, (a) => {
  if (a.length === 2 || a[2] === None) return binaryOp(BinaryOp.POWER, a[0], a[1]);
  return intPowMod(nativeSelf(a[0]), nativeSelf(a[1]), nativeSelf(a[2]));
});

/** Round half to even (C's nearbyint in the default rounding mode). */
function roundHalfEven(v: number): number {
  const r = Math.round(v);
  if (Math.abs(v - Math.trunc(v)) === 0.5 && r % 2 !== 0) return r - 1;
  return r;
}

defn('round', 1, 2, (a) => {
  const o = a[0];
  if (typeof o === 'number' || typeof o === 'bigint' || typeof o === 'boolean') {
    const v = toInt(o);
    if (a.length === 1 || a[1] === None) return v;
    const nd = toInt(a[1]);
    if (nd >= 0) return v;
    const mult = binaryOp(BinaryOp.POWER, 10, -Number(nd));
    const half = binaryOp(BinaryOp.FLOOR_DIVIDE, mult, 2);
    const mod = binaryOp(BinaryOp.MODULO, v, mult);
    const rounded = binaryOp(BinaryOp.SUBTRACT, v, mod);
    if (isTrue(binaryOp(BinaryOp.MORE, half, mod))) return rounded;
    if (isTrue(binaryOp(BinaryOp.MORE, mod, half))) return binaryOp(BinaryOp.ADD, rounded, mult);
    const floor = binaryOp(BinaryOp.FLOOR_DIVIDE, v, mult);
    return isTrue(binaryOp(BinaryOp.AND, floor, 1)) ? binaryOp(BinaryOp.ADD, rounded, mult) : rounded;
  }
  if (!(o instanceof PyFloat)) {
    const t = typeOf(o);
    const m = t.lookup('__round__');
    if (m !== undefined) return call(bindAttr(m, o, t), a.slice(1));
  }
  const val = toFloat(o);
  if (a.length > 1 && a[1] !== None) {
    const nd = Number(toInt(a[1]));
    if (!Number.isFinite(val)) return newFloat(val);
    // as MicroPython: scale, round to even, scale back (beyond ±308 digits the scaling saturates)
    if (nd > 308) return newFloat(val);
    if (nd < -308) return newFloat(0 * val);
    const mult = Math.pow(10, nd);
    const scaled = val * mult;
    if (!Number.isFinite(scaled)) return newFloat(val);
    return newFloat(roundHalfEven(scaled) / mult);
  }
  if (Number.isNaN(val)) return raiseValueError("can't convert NaN to int");
  if (!Number.isFinite(val)) return raise(OverflowError, "can't convert inf to int");
  const r = roundHalfEven(val);
  return Number.isSafeInteger(r) ? r : normBig(BigInt(r));
});

// ---- I/O ----

def('print', (args, kw) => {
  let sep = ' ';
  let end = '\n';
  let file: Obj = None;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'sep') sep = v === None ? ' ' : strArg(v);
      else if (k === 'end') end = v === None ? '\n' : strArg(v);
      else if (k === 'file') file = v;
      else if (k !== 'flush') raiseTypeError(`unexpected keyword argument '${k}'`);
    }
  }
  let s = '';
  for (let i = 0; i < args.length; i++) {
    if (i > 0) s += sep;
    const o = args[i];
    s += typeof o === 'string' ? o : str(o);
  }
  s += end;
  if (file === None) hal.stdout(s);
  else {
    // A file gets each piece in its own write() call, as MicroPython's print does.
    for (let i = 0; i < args.length; i++) {
      if (i > 0) callMethod(file, 'write', [sep]);
      const o = args[i];
      callMethod(file, 'write', [typeof o === 'string' ? o : str(o)]);
    }
    callMethod(file, 'write', [end]);
  }
  return None;
});

defn('__repl_print__', 1, 1, (a) => {
  const o = a[0];
  if (o !== None) {
    hal.stdout(repr(o) + '\n');
    builtinsDict.set('_', o);
  }
  return None;
});

defn('input', 0, 1, (a) => {
  const prompt = a.length > 0 ? str(a[0]) : '';
  const line = hal.readLine(prompt);
  if (line === null) throw newException(EOFError);
  return line;
});

// open(): read-only files through hal.readFile (the unix port's full io lives elsewhere later).

/** A file opened for reading: its whole contents, a read position, text or binary. */
class PyFileReader implements PyObject {
  type: PyType;
  pos = 0;
  closed = false;
  constructor(
    readonly text: string | null,
    readonly bytes: Uint8Array | null,
    readonly invalidUtf8 = false, // a text file that is not UTF-8: reading raises UnicodeError
  ) {
    this.type = text !== null ? textio_type : fileio_type;
  }
  get size(): number {
    return this.text !== null ? this.text.length : this.bytes!.length;
  }
  /** The next n bytes or characters (code points) (n < 0: all the rest). */
  take(n: number): Obj {
    if (this.closed) raiseValueError('I/O operation on closed file');
    if (this.invalidUtf8) throw newException(UnicodeError);
    const start = this.pos;
    let end = n < 0 ? this.size : Math.min(this.size, this.pos + n);
    const t = this.text;
    if (t !== null && n > 0) {
      end = start;
      for (let k = 0; k < n && end < t.length; k++) end += (t.charCodeAt(end) & 0xfc00) === 0xd800 && end + 1 < t.length ? 2 : 1;
    }
    this.pos = end;
    return this.text !== null ? this.text.slice(start, end) : new PyBytes(this.bytes!.slice(start, end));
  }
  readline(): Obj {
    if (this.closed) raiseValueError('I/O operation on closed file');
    let i = this.pos;
    if (this.text !== null) {
      const nl = this.text.indexOf('\n', i);
      return this.take(nl < 0 ? -1 : nl + 1 - i);
    }
    const nl = this.bytes!.indexOf(10, i);
    return this.take(nl < 0 ? -1 : nl + 1 - i);
  }
}

function fileSelf(o: Obj): PyFileReader {
  if (!(o instanceof PyFileReader)) raiseTypeError('expected a file');
  return o as PyFileReader;
}

function fileType(name: string): PyType {
  const t = new PyType({
    name,
    module: 'io',
    getIter: (self) => self,
    iterNext: (self) => {
      const f = self as PyFileReader;
      const line = f.readline();
      return (typeof line === 'string' ? line.length : (line as PyBytes).data.length) === 0 ? undefined : line;
    },
    repr: (self) => `<io.${name} ${id(self)}>`,
  });
  t.locals.set('read', builtin('read', (a) => {
    const n = a.length > 1 && a[1] !== None ? Number(toInt(a[1])) : -1;
    return fileSelf(a[0]).take(n);
  }));
  t.locals.set('readline', builtin('readline', (a) => fileSelf(a[0]).readline()));
  t.locals.set('readlines', builtin('readlines', (a) => {
    const f = fileSelf(a[0]);
    const out: Obj[] = [];
    for (let x = f.type.iterNext!(f); x !== undefined; x = f.type.iterNext!(f)) out.push(x);
    return new PyList(out);
  }));
  t.locals.set('close', builtin('close', (a) => {
    fileSelf(a[0]).closed = true;
    return None;
  }));
  t.locals.set('__enter__', builtin('__enter__', (a) => a[0]));
  t.locals.set('__exit__', builtin('__exit__', (a) => {
    fileSelf(a[0]).closed = true;
    return None;
  }));
  return t;
}

const textio_type = fileType('TextIOWrapper');
const fileio_type = fileType('FileIO');

function osError(errno: number): never {
  const e = newException(OSError);
  e.args.push(errno);
  throw e;
}

def('open', (args, kw) => {
  let file: Obj | undefined = args[0];
  let mode: Obj = args.length > 1 ? args[1] : 'r';
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'mode') mode = v;
      else if (k === 'file') file = v;
      else if (k !== 'encoding' && k !== 'buffering') raiseTypeError(`unexpected keyword argument '${k}'`);
    }
  }
  if (file === undefined) return raiseTypeError('function missing 1 required positional arguments');
  const path = strArg(file);
  const m = strArg(mode);
  if (/[wax+]/.test(m)) return osError(30); // EROFS: no writable file system through the HAL yet
  const data = hal.readFile(path);
  if (data === null) return osError(hal.stat(path) === 'dir' ? 21 : 2); // EISDIR / ENOENT
  if (m.includes('b')) return new PyFileReader(null, data);
  try {
    return new PyFileReader(new TextDecoder('utf-8', { fatal: true }).decode(data), null);
  } catch {
    return new PyFileReader('', null, true);
  }
});

// ---- classes (objtype.ts) ----

// Wrapped in closures: these modules import the VM, which imports this file, so their bindings may
// not be initialised yet while this module's top level runs.
def('__build_class__', (a, kw) => builtin___build_class__(a, kw));
def('isinstance', (a, kw) => builtin_isinstance(a, kw));
def('issubclass', (a, kw) => builtin_issubclass(a, kw));

// ---- code execution and import (execute.ts, builtinimport.ts) ----

def('exec', (a, kw) => builtin_exec(a, kw));
def('eval', (a, kw) => builtin_eval(a, kw));
def('compile', (a, kw) => builtin_compile(a, kw));
def('globals', (a, kw) => builtin_globals(a, kw));
def('locals', (a, kw) => builtin_locals(a, kw));
def('__import__', (a, kw) => builtin___import__(a, kw));

def('help', (a, kw) => builtin_help.fn(a, kw));
// format() is CPython's (MicroPython's unix build lacks it); f-string specs use the same code.
def('format', (a, kw) => {
  if (a.length < 1 || a.length > 2) checkArgs('format', a, kw, 1, 2);
  return formatValue(a[0], a.length > 1 ? strArg(a[1]) : '');
});

// ---- the `builtins` module ----

/** The `builtins` module: its globals are builtinsDict itself, so `builtins.abs = f` overrides abs. */
export function makeBuiltinsModule(): PyModule {
  return new PyModule('builtins', builtinsDict);
}
