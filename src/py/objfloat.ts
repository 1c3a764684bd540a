// float (MicroPython py/objfloat.c, and float parsing from py/parsenum.c). Boxed so that 1 and 1.0
// stay distinct without tagging every int. Arithmetic follows CPython's float_* functions, which
// MicroPython's mp_obj_float_binary_op mirrors; ints compare with floats exactly, as CPython.
import { type Obj, type PyObject, type KwArgs, PyType, None as None_, BinaryOp, UnaryOp, INPLACE_TO_PLAIN, PLAIN_TO_REVERSE } from './obj.js';
import {
  newException,
  raiseTypeError,
  raiseValueError,
  raiseZeroDivision,
  TypeError as TypeErrorType,
  OverflowError as OverflowErrorType,
} from './objexcept.js';
import { method } from './objfun.js';
import { newTuple } from './objtuple.js';
import { floatRepr as formatFloatRepr, scaledRound } from './formatfloat.js';
import { PyComplex, complexBinaryOp } from './objcomplex.js';
import { intFromFloat, normBig, bigHash } from './objint.js';

export class PyFloat implements PyObject {
  type: PyType;
  constructor(public readonly value: number, type: PyType = float_type) {
    this.type = type;
  }
}

export function newFloat(v: number): PyFloat {
  return new PyFloat(v);
}

/** repr()/str() of a float value: shortest round-trip digits with Python's layout ('1.0', '1e+16', 'inf'). */
export function floatRepr(v: number): string {
  return formatFloatRepr(v, true);
}

// ---- hashing: equal numbers hash equal across int, float and bool ----

const hashView = new DataView(new ArrayBuffer(8));

export function floatHash(v: number): number {
  if (Number.isInteger(v)) return Number.isSafeInteger(v) ? v + 0 : bigHash(BigInt(v));
  if (v !== v) return 0;
  if (v === Infinity) return 314159;
  if (v === -Infinity) return -314159;
  hashView.setFloat64(0, v);
  return (hashView.getInt32(0) ^ hashView.getInt32(4)) | 0;
}

// ---- exact comparison of an int with a float ----

/** Sign of (i - f): -1, 0 or 1, or NaN when f is NaN. Exact, even for big ints. */
export function compareIntFloat(i: number | bigint, f: number): number {
  if (typeof i === 'number') return i < f ? -1 : i > f ? 1 : i === f ? 0 : NaN;
  if (f !== f) return NaN;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  const fl = Math.floor(f);
  const bf = BigInt(fl);
  if (i < bf) return -1;
  if (i > bf) return 1;
  return fl === f ? 0 : -1;
}

/** The result of comparison op given the sign c of (lhs - rhs) (NaN: unordered). */
export function compareResult(op: number, c: number): Obj | undefined {
  switch (op) {
    case BinaryOp.LESS:
      return c < 0;
    case BinaryOp.MORE:
      return c > 0;
    case BinaryOp.EQUAL:
      return c === 0;
    case BinaryOp.LESS_EQUAL:
      return c <= 0;
    case BinaryOp.MORE_EQUAL:
      return c >= 0;
    case BinaryOp.NOT_EQUAL:
      return c !== 0;
  }
  return undefined;
}

// ---- arithmetic ----

function copysign0(v: number): number {
  return v < 0 || Object.is(v, -0) ? -0 : 0;
}

/** Python's divmod for floats: x == q*y + r, r has the sign of y (y != 0). */
export function floatDivmod(x: number, y: number): [number, number] {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1;
    }
  } else {
    mod = copysign0(y);
  }
  let q: number;
  if (div !== 0) {
    q = Math.floor(div);
    if (div - q > 0.5) q += 1;
  } else {
    q = copysign0(x / y);
  }
  return [q, mod];
}

/** x ** y for floats, with C pow's special cases (JS Math.pow differs for 1**nan, (-1)**inf). */
export function floatPow(x: number, y: number): Obj {
  if (x === 0 && y < 0 && y !== -Infinity) raiseZeroDivision();
  if (x < 0 && x !== -Infinity && y !== Math.floor(y) && y === y && y !== Infinity && y !== -Infinity) {
    return complexBinaryOp(BinaryOp.POWER, x, 0, new PyComplex(y, 0))!;
  }
  if (x === 1 || y === 0) return newFloat(1);
  if (x === -1 && (y === Infinity || y === -Infinity)) return newFloat(1);
  return newFloat(powAccurate(x, y));
}

// ---- pow, correctly rounded in practice ----
// V8's Math.pow is off by one ulp in ~10% of cases (x**3, x**1.5 ...) where glibc's pow, which
// CPython and MicroPython's unix port use, is correctly rounded. So pow is computed in double-double
// arithmetic (~100 bits): exactly by repeated squaring for integral exponents, else as exp(y·log x).
// Values near the ends of the double range fall back to Math.pow.

let ddHi = 0;
let ddLo = 0;

/** (ah + al) × (bh + bl) → ddHi + ddLo (Dekker's product: JS has no fused multiply-add). */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  const p = ah * bh;
  let c = 134217729 * ah; // 2^27 + 1: Veltkamp split
  const ahh = c - (c - ah);
  const ahl = ah - ahh;
  c = 134217729 * bh;
  const bhh = c - (c - bh);
  const bhl = bh - bhh;
  const err = ahh * bhh - p + ahh * bhl + ahl * bhh + ahl * bhl + (ah * bl + al * bh);
  ddHi = p + err;
  ddLo = err - (ddHi - p);
}

/** (ah + al) + (bh + bl) → ddHi + ddLo */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  const s = ah + bh;
  const v = s - ah;
  const e = ah - (s - v) + (bh - v) + al + bl;
  ddHi = s + e;
  ddLo = e - (ddHi - s);
}

const LN2_HI = 0.6931471805599453;
const LN2_LO = 2.3190468138462996e-17;

/** exp(th + tl) → ddHi + ddLo, for |th| < 700. */
function ddExp(th: number, tl: number): void {
  const k = Math.round(th / LN2_HI);
  ddMul(k, 0, LN2_HI, LN2_LO);
  ddAdd(th, tl, -ddHi, -ddLo);
  // r / 1024, Taylor series, then square ten times
  const rh = ddHi / 1024;
  const rl = ddLo / 1024;
  let sh = 1;
  let sl = 0;
  let th2 = 1;
  let tl2 = 0;
  for (let i = 1; i <= 9; i++) {
    ddMul(th2, tl2, rh / i, rl / i);
    th2 = ddHi;
    tl2 = ddLo;
    ddAdd(sh, sl, th2, tl2);
    sh = ddHi;
    sl = ddLo;
  }
  for (let i = 0; i < 10; i++) {
    ddMul(sh, sl, sh, sl);
    sh = ddHi;
    sl = ddLo;
  }
  const scale = Math.pow(2, k);
  ddHi = sh * scale;
  ddLo = sl * scale;
}

function powAccurate(x: number, y: number): number {
  const approx = Math.pow(x, y);
  if (!(approx > 1e-290 && approx < 1e290) && !(approx < -1e-290 && approx > -1e290)) return approx;
  if (x !== x || y !== y || x === Infinity || x === -Infinity) return approx;
  const ax = x < 0 ? -x : x;
  if (!(ax > 1e-150 && ax < 1e150)) return approx;
  if (Number.isInteger(y) && Math.abs(y) <= 4096) {
    // binary powering; every partial product stays between 1e-290 and 1e290 since |result| does
    let n = y < 0 ? -y : y;
    let rh = 1;
    let rl = 0;
    let bh = ax;
    let bl = 0;
    for (;;) {
      if (n & 1) {
        ddMul(rh, rl, bh, bl);
        rh = ddHi;
        rl = ddLo;
      }
      n >>>= 1;
      if (n === 0) break;
      if (bh > 1e145 || bh < 1e-145) return approx;
      ddMul(bh, bl, bh, bl);
      bh = ddHi;
      bl = ddLo;
    }
    let r: number;
    if (y < 0) {
      // 1 / (rh + rl) with one correction step
      const q = 1 / rh;
      ddMul(q, 0, rh, rl);
      ddAdd(1, 0, -ddHi, -ddLo);
      r = q + (ddHi + ddLo) * q;
    } else {
      r = rh + rl;
    }
    return x < 0 && (y & 1) !== 0 ? -r : r;
  }
  if (x < 0) return approx;
  // log(x) by one Newton step from Math.log: l + x·exp(-l) - 1
  const l0 = Math.log(x);
  ddExp(-l0, 0);
  ddMul(ddHi, ddLo, x, 0);
  ddAdd(ddHi, ddLo, -1, 0);
  ddAdd(l0, 0, ddHi, ddLo);
  ddMul(ddHi, ddLo, y, 0);
  if (!(Math.abs(ddHi) < 690)) return approx;
  ddExp(ddHi, ddLo);
  return ddHi + ddLo;
}

/** A binary op on two float values (both operands already converted). undefined: not supported. */
export function floatOp(op: number, x: number, y: number): Obj | undefined {
  switch (op) {
    case BinaryOp.ADD:
      return newFloat(x + y);
    case BinaryOp.SUBTRACT:
      return newFloat(x - y);
    case BinaryOp.MULTIPLY:
      return newFloat(x * y);
    case BinaryOp.TRUE_DIVIDE:
      if (y === 0) raiseZeroDivision();
      return newFloat(x / y);
    case BinaryOp.FLOOR_DIVIDE:
      if (y === 0) raiseZeroDivision();
      return newFloat(floatDivmod(x, y)[0]);
    case BinaryOp.MODULO: {
      if (y === 0) raiseZeroDivision();
      let m = x % y;
      if (m === 0) m = copysign0(y);
      else if (m < 0 !== y < 0) m += y;
      return newFloat(m);
    }
    case BinaryOp.POWER:
      return floatPow(x, y);
    case BinaryOp.DIVMOD: {
      if (y === 0) raiseZeroDivision();
      const [q, r] = floatDivmod(x, y);
      return newTuple([newFloat(q), newFloat(r)]);
    }
    case BinaryOp.LESS:
      return x < y;
    case BinaryOp.MORE:
      return x > y;
    case BinaryOp.EQUAL:
      return x === y;
    case BinaryOp.LESS_EQUAL:
      return x <= y;
    case BinaryOp.MORE_EQUAL:
      return x >= y;
    case BinaryOp.NOT_EQUAL:
      return x !== y;
  }
  return undefined;
}

/** float `op` other, for other of any type; undefined when other is not a number. */
function floatBinaryOpSlot(op: number, lhs: Obj, rhs: Obj): Obj | undefined {
  const x = (lhs as PyFloat).value;
  if (op >= BinaryOp.INPLACE_OR && op <= BinaryOp.INPLACE_POWER) op += INPLACE_TO_PLAIN;
  let y: number;
  switch (typeof rhs) {
    case 'number':
      y = rhs;
      break;
    case 'boolean':
      y = rhs ? 1 : 0;
      break;
    case 'bigint':
      if (op <= BinaryOp.NOT_EQUAL) return compareResult(op, -compareIntFloat(rhs, x));
      y = Number(rhs);
      break;
    case 'object':
      if (rhs instanceof PyFloat) {
        y = rhs.value;
        break;
      }
      if (rhs instanceof PyComplex) {
        if (op >= BinaryOp.REVERSE_OR && op <= BinaryOp.REVERSE_POWER) {
          return complexBinaryOp(op - PLAIN_TO_REVERSE, rhs.real, rhs.imag, new PyComplex(x, 0));
        }
        return complexBinaryOp(op, x, 0, rhs);
      }
      return undefined;
    default:
      return undefined;
  }
  if (op >= BinaryOp.REVERSE_OR && op <= BinaryOp.REVERSE_POWER) return floatOp(op - PLAIN_TO_REVERSE, y, x);
  return floatOp(op, x, y);
}

function floatUnaryOp(op: number, self: Obj): Obj | undefined {
  const v = (self as PyFloat).value;
  switch (op) {
    case UnaryOp.BOOL:
      return v !== 0;
    case UnaryOp.HASH:
      return floatHash(v);
    case UnaryOp.POSITIVE:
      return (self as PyFloat).type === float_type ? self : newFloat(v);
    case UnaryOp.NEGATIVE:
      return newFloat(-v);
    case UnaryOp.ABS:
      return newFloat(Math.abs(v));
    case UnaryOp.FLOAT_MAYBE:
      return self;
  }
  return undefined;
}

// ---- parsing ----

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

const DECIMAL_RE = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL_RE = /^([+-]?)(?:(inf|infinity)|nan)$/i;

/** Parse a float literal without surrounding space; undefined if it is not one. */
export function parseFloatLiteral(s: string): number | undefined {
  if (DECIMAL_RE.test(s)) return Number(s.indexOf('_') >= 0 ? s.replace(/_/g, '') : s);
  const m = SPECIAL_RE.exec(s);
  if (m === null) return undefined;
  const neg = m[1] === '-';
  if (m[2] !== undefined) return neg ? -Infinity : Infinity;
  return NaN;
}

export function stripSpace(s: string): string {
  let i = 0;
  let n = s.length;
  while (i < n && isSpace(s.charCodeAt(i))) i++;
  while (n > i && isSpace(s.charCodeAt(n - 1))) n--;
  return i === 0 && n === s.length ? s : s.slice(i, n);
}

/** float(str): ValueError with MicroPython's message when the text is not a number. */
export function floatFromString(s: string): number {
  const v = parseFloatLiteral(stripSpace(s));
  if (v === undefined) return raiseValueError('invalid syntax for number');
  return v;
}

function bytesToLatin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

/** The float value of any object float() accepts (numbers, str, bytes-like, __float__). */
export function toFloatValue(o: Obj): number {
  switch (typeof o) {
    case 'number':
      return o;
    case 'bigint':
      return Number(o);
    case 'boolean':
      return o ? 1 : 0;
    case 'string':
      return floatFromString(o);
  }
  if (o instanceof PyFloat) return o.value;
  const t = (o as PyObject).type;
  if (t.buffer !== null) {
    const b = t.buffer(o);
    if (b !== null) return floatFromString(bytesToLatin1(b));
  }
  if (t.unaryOp !== null) {
    const r = t.unaryOp(UnaryOp.FLOAT_MAYBE, o);
    if (r !== undefined) {
      if (r instanceof PyFloat) return r.value;
      throw newException(TypeErrorType, `__float__ returned non-float (type ${typeNameOf(r)})`);
    }
  }
  return raiseTypeError(`can't convert ${t.name} to float`);
}

function typeNameOf(o: Obj): string {
  switch (typeof o) {
    case 'number':
    case 'bigint':
      return 'int';
    case 'string':
      return 'str';
    case 'boolean':
      return 'bool';
  }
  return (o as PyObject).type.name;
}

function floatMakeNew(type: PyType, args: Obj[], kw: KwArgs): Obj {
  if (args.length > 1 || (kw !== null && kw.size > 0)) {
    if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
    raiseTypeError(`function expected at most 1 arguments, got ${args.length}`);
  }
  if (args.length === 0) return new PyFloat(0, type);
  const a = args[0];
  if (a instanceof PyFloat && a.type === float_type && type === float_type) return a;
  return new PyFloat(toFloatValue(a), type);
}

// ---- round() ----

/** round(x, nd) for a float: correctly rounded to nd decimal places (ties to even), as CPython. */
export function floatRound(v: number, nd: number): number {
  if (v !== v || v === Infinity || v === -Infinity || v === 0) return v;
  if (nd > 330) return v;
  const neg = v < 0;
  const a = neg ? -v : v;
  if (nd < -330) return neg ? -0 : 0;
  const n = scaledRound(a, nd);
  const r = n === 0n ? 0 : Number(`${n}e${-nd}`);
  return neg ? -r : r;
}

/** round(x) → int and round(x, n) for int, bool and float (MicroPython's builtin round). */
export function numberRound(x: Obj, ndigits: Obj | undefined): Obj {
  if (x instanceof PyFloat) {
    const v = x.value;
    if (ndigits === undefined || ndigits === None_) {
      return intFromFloat(roundHalfEven(v));
    }
    return newFloat(floatRound(v, ndToNumber(ndigits)));
  }
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean') {
    const i = typeof x === 'boolean' ? (x ? 1 : 0) : x;
    if (ndigits === undefined || ndigits === None_) return i;
    const nd = ndToNumber(ndigits);
    if (nd >= 0) return i;
    if (nd < -400) return 0;
    const big = BigInt(i);
    const m = 10n ** BigInt(-nd);
    let q = big / m;
    let r = big - q * m;
    if (r < 0n) {
      r += m;
      q -= 1n;
    }
    const r2 = r * 2n;
    if (r2 > m || (r2 === m && (q & 1n) === 1n)) q += 1n;
    return normBig(q * m);
  }
  return raiseTypeError(`can't convert ${typeNameOf(x)} to float`);
}

function ndToNumber(nd: Obj): number {
  if (typeof nd === 'number') return nd;
  if (typeof nd === 'boolean') return nd ? 1 : 0;
  if (typeof nd === 'bigint') return nd > 0n ? 1e9 : -1e9;
  return raiseTypeError(`can't convert ${typeNameOf(nd)} to int`);
}

/** Round to the nearest integer, ties to even (C's nearbyint in the default mode). */
export function roundHalfEven(v: number): number {
  if (!(Math.abs(v) < 4503599627370496)) return v; // 2^52: already integral (or inf/nan)
  const f = Math.floor(v);
  const d = v - f;
  if (d > 0.5 || (d === 0.5 && f % 2 !== 0)) return f + 1;
  return f;
}

// ---- methods (MicroPython's float has none; these are CPython's, kept small) ----

function floatArg(o: Obj): number {
  if (o instanceof PyFloat) return o.value;
  return raiseTypeError(`descriptor requires a 'float' object`);
}

const float_is_integer = method('is_integer', 1, 1, (args) => {
  const v = floatArg(args[0]);
  return Number.isInteger(v);
});

const float_as_integer_ratio = method('as_integer_ratio', 1, 1, (args) => {
  const v = floatArg(args[0]);
  if (v !== v) raiseValueError('cannot convert NaN to integer ratio');
  if (v === Infinity || v === -Infinity) throw newException(OverflowErrorType, 'cannot convert Infinity to integer ratio');
  if (Number.isInteger(v)) return newTuple([intFromFloat(v), 1]);
  // v = m / 2^k with m odd: scale by 2 until integral (at most 1074 steps).
  let m = v;
  let k = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    k++;
  }
  return newTuple([intFromFloat(m), normBig(1n << BigInt(k))]);
});

const float_round = method('__round__', 1, 2, (args) => numberRound(args[0], args[1]));

export const float_type: PyType = new PyType({
  name: 'float',
  baseType: true,
  makeNew: floatMakeNew,
  unaryOp: floatUnaryOp,
  binaryOp: floatBinaryOpSlot,
  repr: (self) => floatRepr((self as PyFloat).value),
  hash: (self) => floatHash((self as PyFloat).value),
  bool: (self) => (self as PyFloat).value !== 0,
  locals: {
    is_integer: float_is_integer,
    as_integer_ratio: float_as_integer_ratio,
    __round__: float_round,
  },
});
