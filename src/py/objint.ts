// int (MicroPython py/objint.c, objint_mpz.c, the small-int arithmetic of py/runtime.c's
// mp_binary_op, and integer parsing from py/parsenum.c, parsenumbase.c).
//
// An int is a JS number while it is a safe integer (|n| <= 2^53-1) and a bigint beyond; every result
// goes through normBig so a bigint never holds a safe value, and a number int is never -0.
// Arithmetic on two numbers is done in doubles first: a double result is exact whenever it is a safe
// integer (for + - the true result is within 2^54, for * the first rounding already leaves the safe
// range), so BigInt is only needed when the checked result falls outside it.
import {
  type Obj,
  type PyObject,
  type KwArgs,
  PyType,
  BinaryOp,
  UnaryOp,
  INPLACE_TO_PLAIN,
  PLAIN_TO_REVERSE,
} from './obj.js';
import {
  newException,
  raise,
  raiseTypeError,
  raiseValueError,
  raiseZeroDivision,
  OverflowError,
  MemoryError,
  TypeError as TypeErrorType,
} from './objexcept.js';
import { method, builtin } from './objfun.js';
import { newTuple } from './objtuple.js';
import { PyFloat, newFloat, floatOp, floatPow, compareIntFloat, compareResult, numberRound } from './objfloat.js';
import { PyComplex, complexBinaryOp } from './objcomplex.js';
import { PyBoundMethod } from './objboundmeth.js';
import { PyBytes } from './objbytes.js';
import { strRepr } from './objstr.js';
import { typeOf, isTrue } from './runtime.js';
import { boolMakeNew, boolBinaryOp } from './objbool.js';

export const MAX_SAFE = 9007199254740991;

/** Normalize a bigint result: back to a number when it is a safe integer. */
export function normBig(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/** Whether o is an int value (not bool). */
export function isIntValue(o: Obj): o is number | bigint {
  return typeof o === 'number' || typeof o === 'bigint';
}

/** Hash of a big int (a safe-integer hash; floats with the same value hash the same). */
export function bigHash(b: bigint): number {
  return Number(BigInt.asIntN(53, b));
}

function memoryError(): never {
  return raise(MemoryError, 'memory allocation failed');
}

/** Run a BigInt computation, turning the engine's size limit into MemoryError. */
function bigGuard(f: () => bigint): number | bigint {
  try {
    return normBig(f());
  } catch (e) {
    if (e instanceof RangeError) memoryError();
    throw e;
  }
}

// ---- conversions ----

/** int(f) for a float value: truncation toward zero, MicroPython's messages for inf and nan. */
export function intFromFloat(v: number): number | bigint {
  if (v !== v) return raiseValueError("can't convert NaN to int");
  if (v === Infinity || v === -Infinity) return raise(OverflowError, "can't convert inf to int");
  const t = Math.trunc(v);
  if (Number.isSafeInteger(t)) return t + 0; // + 0 turns -0 into 0
  return BigInt(t);
}

/** Bit length of |v| (0 for 0). */
export function bitLength(v: number | bigint): number {
  if (typeof v === 'number') {
    const a = Math.abs(v);
    return a < 0x80000000 ? 32 - Math.clz32(a) : a.toString(2).length;
  }
  return bigBitLength(v < 0n ? -v : v);
}

/**
 * Bit length of a bigint a > 0 without a string: asUintN(k, a) returns a itself in O(1) when a fits
 * in k bits, so gallop up with it, then halve with shifts whose result is short. 7 µs for 500,000
 * bits against 510 µs for a.toString(2).length.
 */
function bigBitLength(a: bigint): number {
  if (a === 0n) return 0;
  let hi = 64;
  while (BigInt.asUintN(hi, a) !== a) hi *= 2;
  let lo = hi === 64 ? 0 : hi >>> 1; // 2^lo <= a < 2^hi (lo = 0 when a may be 1)
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (a >> BigInt(mid) === 0n) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Digits of v in base 2..36, lower case, '-' for negatives, no prefix (for hex/oct/bin and format specs). */
export function formatInt(v: number | bigint, base: number): string {
  return v.toString(base);
}

// ---- parsing: int(str, base) ----

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  c |= 32;
  if (c >= 97 && c <= 122) return c - 87;
  return 99;
}

/**
 * Parse an integer literal as int(s, base) does: surrounding whitespace, sign, a 0x/0o/0b prefix
 * (with base 0 or the matching base), '_' between digits. ValueError with MicroPython's message.
 */
export function intFromString(s: string, base: number): number | bigint {
  if ((base !== 0 && base < 2) || base > 36) raiseValueError('int() arg 2 must be >= 2 and <= 36');
  const top = s.length;
  let i = 0;
  while (i < top && isSpace(s.charCodeAt(i))) i++;
  let neg = false;
  if (i < top) {
    const c = s.charCodeAt(i);
    if (c === 43 || c === 45) {
      neg = c === 45;
      i++;
    }
  }
  // base prefix; base 0 with a leading 0 and no prefix allows only zeros ("base 1")
  let prefixed = false;
  if (top - i >= 2 && s.charCodeAt(i) === 48) {
    const c = s.charCodeAt(i + 1) | 32;
    if (c === 120 && (base === 0 || base === 16)) {
      base = 16;
      prefixed = true;
    } else if (c === 111 && (base === 0 || base === 8)) {
      base = 8;
      prefixed = true;
    } else if (c === 98 && (base === 0 || base === 2)) {
      base = 2;
      prefixed = true;
    } else if (base === 0) {
      base = 1;
    }
    if (prefixed) i += 2;
  } else if (base === 0) {
    base = 10;
  }
  const start = i;
  let end = top;
  while (end > i && isSpace(s.charCodeAt(end - 1))) end--;
  let digits = '';
  let ok = end > i;
  let prevDigit = prefixed; // '_' may follow a prefix or a digit
  const radix = base === 1 ? 10 : base;
  for (let k = i; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c === 95) {
      if (!prevDigit) {
        ok = false;
        break;
      }
      prevDigit = false;
      continue;
    }
    const d = digitValue(c);
    if (d >= radix || (base === 1 && d !== 0)) {
      ok = false;
      break;
    }
    digits += s[k];
    prevDigit = true;
  }
  if (!ok || !prevDigit || digits.length === 0) {
    return raiseValueError(`invalid syntax for integer with base ${base === 1 ? 0 : base}: ${strRepr(s.slice(start))}`);
  }
  if (digits.length <= 10 || (radix === 10 && digits.length <= 15)) {
    const v = parseInt(digits, radix);
    return neg ? 0 - v : v;
  }
  let b: bigint;
  if (radix === 10) b = BigInt(digits);
  else if (radix === 16) b = BigInt('0x' + digits);
  else if (radix === 8) b = BigInt('0o' + digits);
  else if (radix === 2) b = BigInt('0b' + digits);
  else {
    b = 0n;
    const r = BigInt(radix);
    for (let k = 0; k < digits.length; k++) b = b * r + BigInt(digitValue(digits.charCodeAt(k)));
  }
  return normBig(neg ? -b : b);
}

// ---- arithmetic ----

// V8 divides big integers by Burnikel-Ziegler even when the quotient is a single digit: 415 µs for
// two 500,000-bit operands (42 µs at 100,000 bits), where a multiply-by-small and a subtraction take
// 9 µs. Spigot algorithms (pidigits) divide numbers of nearly equal size all the time, so for a big
// divisor and a small quotient we estimate the quotient in doubles from the operands' top bits.

/** Divisors shorter than this many bits go to the engine's division (as fast below it). */
const SMALL_QUOTIENT_MIN_BITS = 1500;
const SMALL_QUOTIENT_MIN = 1n << 1500n;
/** The last shift that brought a divisor to a few hundred bits; operands grow slowly in a loop. */
let quotientShift = 0;
/** Set by smallQuotient: whether the divisor divides the dividend. */
let quotientExact = false;

/**
 * floor(x / y) when |y| has more than SMALL_QUOTIENT_MIN_BITS bits and |x / y| < 2^26, else
 * undefined. Sets quotientExact to whether y divides x.
 */
function smallQuotient(x: bigint, y: bigint): number | undefined {
  if (y < SMALL_QUOTIENT_MIN && y > -SMALL_QUOTIENT_MIN) return undefined; // O(1): lengths differ
  let ys = Number(y >> BigInt(quotientShift));
  let ya = Math.abs(ys);
  // |y >> shift| in [2^60, 2^1000) keeps the estimate's error below 2^-25 (see below)
  if (!(ya >= 1.152921504606847e18 && ya < 1e301)) {
    const bits = bigBitLength(y < 0n ? -y : y);
    if (bits <= SMALL_QUOTIENT_MIN_BITS) return undefined;
    quotientShift = bits - 500;
    ys = Number(y >> BigInt(quotientShift));
  }
  const xs = Number(x >> BigInt(quotientShift));
  // With X = x >> s, Y = y >> s (floors, |Y| >= 2^60): |x/y - X/Y| <= (|q| + 2) / 2^59, plus three
  // double roundings of at most |q| * 2^-53 each; for |q| < 2^26 the total is below 2^-25.
  const f = xs / ys;
  if (!(f > -67108864 && f < 67108864)) return undefined;
  const fl = Math.floor(f);
  const frac = f - fl; // exact
  if (frac > 9.5367431640625e-7 && frac < 1 - 9.5367431640625e-7) {
    quotientExact = false;
    return fl;
  }
  // near an integer: the floor is round(f) or one less, and the remainder says which
  let q = Math.round(f);
  const r = x - BigInt(q) * y;
  if (r === 0n) {
    quotientExact = true;
    return q;
  }
  quotientExact = false;
  if (r < 0n !== y < 0n) q -= 1;
  return q;
}

function bigFloorDiv(x: bigint, y: bigint): bigint {
  const e = smallQuotient(x, y);
  if (e !== undefined) return BigInt(e);
  const q = x / y;
  if (x < 0n !== y < 0n && q * y !== x) return q - 1n;
  return q;
}

function bigMod(x: bigint, y: bigint): bigint {
  const e = smallQuotient(x, y);
  if (e !== undefined) return quotientExact ? 0n : x - BigInt(e) * y;
  const r = x % y;
  if (r !== 0n && r < 0n !== y < 0n) return r + y;
  return r;
}

/** a / b for ints, correctly rounded to the nearest double (b != 0). */
function intTrueDivide(a: number | bigint, b: number | bigint): number {
  if (typeof a === 'number' && typeof b === 'number') return a / b;
  let x = BigInt(a);
  let y = BigInt(b);
  const neg = x < 0n !== y < 0n;
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  if (x === 0n) return neg ? -0 : 0;
  // Scale so the quotient has 55+ bits; a sticky low bit makes Number() round it correctly.
  const shift = y.toString(2).length - x.toString(2).length + 55;
  const q0 = shift >= 0 ? (x << BigInt(shift)) / y : x / (y << BigInt(-shift));
  const exact = shift >= 0 ? q0 * y === x << BigInt(shift) : q0 * (y << BigInt(-shift)) === x;
  const q = exact ? q0 : q0 | 1n;
  let r = Number(q);
  // r × 2^-shift, in two steps so neither factor overflows
  const h = Math.trunc(-shift / 2);
  r = r * Math.pow(2, h) * Math.pow(2, -shift - h);
  return neg ? -r : r;
}

/** a ** b for ints with b >= 0. */
function intPow(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number') {
    if (a === 0) return b === 0 || b === 0n ? 1 : 0;
    if (a === 1) return 1;
    if (a === -1) return (typeof b === 'number' ? b % 2 : Number(b % 2n)) === 0 ? 1 : -1;
  }
  if (typeof b === 'bigint') return memoryError();
  if (b === 0) return 1;
  if (typeof a === 'number' && b * Math.log2(Math.abs(a)) < 52.5) {
    // every partial product is at most |result|, so all stay exact
    let r = 1;
    let base = a;
    let e = b;
    while (true) {
      if (e & 1) r *= base;
      e >>>= 1;
      if (e === 0) break;
      base *= base;
    }
    return r;
  }
  const x = BigInt(a);
  const bits = b * bitLength(a);
  if (bits > 1e9) return memoryError();
  return bigGuard(() => x ** BigInt(b));
}

/** pow(a, b, m) for ints (Python 3.8+: a negative exponent uses the modular inverse). */
export function intPowMod(a: Obj, b: Obj, m: Obj): number | bigint {
  const ai = asInt(a);
  const bi = asInt(b);
  const mi = asInt(m);
  if (ai === undefined || bi === undefined || mi === undefined) {
    return raiseTypeError('pow() with 3 arguments requires integers');
  }
  let mod = BigInt(mi);
  if (mod === 0n) return raiseValueError('divide by zero');
  const negMod = mod < 0n;
  if (negMod) mod = -mod;
  let base = bigMod(BigInt(ai), mod);
  let e = BigInt(bi);
  if (e < 0n) {
    base = modInverse(base, mod);
    e = -e;
  }
  let r = 1n % mod;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % mod;
    e >>= 1n;
    if (e > 0n) base = (base * base) % mod;
  }
  if (negMod && r !== 0n) r -= mod;
  return normBig(r);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [a, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) return raiseValueError('base is not invertible for the given modulus');
  return bigMod(s0, m);
}

function asInt(o: Obj): number | bigint | undefined {
  if (typeof o === 'number' || typeof o === 'bigint') return o;
  if (typeof o === 'boolean') return o ? 1 : 0;
  return undefined;
}

function isInt32(v: number): boolean {
  return (v | 0) === v;
}

/**
 * A binary operation on two ints (op may be an INPLACE_ form). The VM calls this after its own inline
 * small-int fast path. Returns undefined for operations ints do not support (e.g. @).
 */
export function intBinaryOp(op: number, a: number | bigint, b: number | bigint): Obj | undefined {
  if (op >= BinaryOp.INPLACE_OR && op <= BinaryOp.INPLACE_POWER) op += INPLACE_TO_PLAIN;
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case BinaryOp.ADD: {
        const r = a + b;
        if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
        break;
      }
      case BinaryOp.SUBTRACT: {
        const r = a - b;
        if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
        break;
      }
      case BinaryOp.MULTIPLY: {
        const r = a * b;
        if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0;
        break;
      }
      case BinaryOp.FLOOR_DIVIDE:
      case BinaryOp.MODULO:
      case BinaryOp.DIVMOD: {
        if (b === 0) return raiseZeroDivision();
        // % on doubles is exact (fmod), and a - r is then an exact multiple of b
        let r = a % b;
        let q = (a - r) / b;
        if (r !== 0 && r < 0 !== b < 0) {
          r += b;
          q -= 1;
        }
        if (op === BinaryOp.FLOOR_DIVIDE) return q + 0;
        if (op === BinaryOp.MODULO) return r + 0;
        return newTuple([q + 0, r + 0]);
      }
      case BinaryOp.TRUE_DIVIDE:
        if (b === 0) return raiseZeroDivision();
        return newFloat(a / b);
      case BinaryOp.POWER:
        if (b < 0) return floatPow(a, b);
        return intPow(a, b);
      case BinaryOp.AND:
        if (isInt32(a) && isInt32(b)) return a & b;
        break;
      case BinaryOp.OR:
        if (isInt32(a) && isInt32(b)) return a | b;
        break;
      case BinaryOp.XOR:
        if (isInt32(a) && isInt32(b)) return a ^ b;
        break;
      case BinaryOp.LSHIFT: {
        if (b < 0) return raiseValueError('negative shift count');
        if (a === 0) return 0;
        const r = a * Math.pow(2, b); // exact: a power of two only moves the exponent
        if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
        if (b > 1e9) return memoryError();
        break;
      }
      case BinaryOp.RSHIFT:
        if (b < 0) return raiseValueError('negative shift count');
        if (b < 32 && isInt32(a)) return a >> b;
        if (b >= 64) return a < 0 ? -1 : 0;
        return Math.floor(a / Math.pow(2, b)) + 0;
      case BinaryOp.LESS:
        return a < b;
      case BinaryOp.MORE:
        return a > b;
      case BinaryOp.EQUAL:
        return a === b;
      case BinaryOp.LESS_EQUAL:
        return a <= b;
      case BinaryOp.MORE_EQUAL:
        return a >= b;
      case BinaryOp.NOT_EQUAL:
        return a !== b;
      default:
        return undefined;
    }
  }
  return bigBinaryOp(op, a, b);
}

/** The general path: at least one operand is a bigint, or a number result left the safe range. */
function bigBinaryOp(op: number, a: number | bigint, b: number | bigint): Obj | undefined {
  switch (op) {
    case BinaryOp.LESS:
      return a < b;
    case BinaryOp.MORE:
      return a > b;
    case BinaryOp.EQUAL:
      return a === b; // normalized: a number never equals a bigint
    case BinaryOp.LESS_EQUAL:
      return a <= b;
    case BinaryOp.MORE_EQUAL:
      return a >= b;
    case BinaryOp.NOT_EQUAL:
      return a !== b;
    case BinaryOp.TRUE_DIVIDE:
      if (b === 0) return raiseZeroDivision();
      return newFloat(intTrueDivide(a, b));
    case BinaryOp.POWER:
      if (b < 0) return floatPow(Number(a), Number(b));
      return intPow(a, b);
  }
  const x = BigInt(a);
  const y = BigInt(b);
  switch (op) {
    case BinaryOp.ADD:
      return normBig(x + y);
    case BinaryOp.SUBTRACT:
      return normBig(x - y);
    case BinaryOp.MULTIPLY:
      return bigGuard(() => x * y);
    case BinaryOp.FLOOR_DIVIDE:
      if (y === 0n) return raiseZeroDivision();
      return normBig(bigFloorDiv(x, y));
    case BinaryOp.MODULO:
      if (y === 0n) return raiseZeroDivision();
      return normBig(bigMod(x, y));
    case BinaryOp.DIVMOD:
      if (y === 0n) return raiseZeroDivision();
      return newTuple([normBig(bigFloorDiv(x, y)), normBig(bigMod(x, y))]);
    case BinaryOp.AND:
      return normBig(x & y);
    case BinaryOp.OR:
      return normBig(x | y);
    case BinaryOp.XOR:
      return normBig(x ^ y);
    case BinaryOp.LSHIFT:
      if (y < 0n) return raiseValueError('negative shift count');
      if (x === 0n) return 0;
      if (y > 1000000000n) return memoryError();
      return bigGuard(() => x << y);
    case BinaryOp.RSHIFT:
      if (y < 0n) return raiseValueError('negative shift count');
      if (y > 1000000000n) return x < 0n ? -1 : 0;
      return normBig(x >> y);
  }
  return undefined;
}

/** Whether a type is one that `int * x` hands to x (MicroPython delegates str, bytes, tuple, list). */
function isSequenceForRepeat(o: Obj): boolean {
  if (typeof o === 'string') return true;
  if (typeof o !== 'object') return false;
  const n = (o as PyObject).type.nativeBase.name;
  return n === 'list' || n === 'tuple' || n === 'bytes' || n === 'bytearray';
}

/** int_type's binaryOp slot: lhs is an int or a bool; rhs anything. */
function intBinaryOpSlot(op: number, lhs: Obj, rhs: Obj): Obj | undefined {
  const a = typeof lhs === 'boolean' ? (lhs ? 1 : 0) : (lhs as number | bigint);
  if (op >= BinaryOp.INPLACE_OR && op <= BinaryOp.INPLACE_POWER) op += INPLACE_TO_PLAIN;
  let reverse = false;
  if (op >= BinaryOp.REVERSE_OR && op <= BinaryOp.REVERSE_POWER) {
    op -= PLAIN_TO_REVERSE;
    reverse = true;
  }
  switch (typeof rhs) {
    case 'number':
    case 'bigint':
      return reverse ? intBinaryOp(op, rhs, a) : intBinaryOp(op, a, rhs);
    case 'boolean': {
      const b = rhs ? 1 : 0;
      return reverse ? intBinaryOp(op, b, a) : intBinaryOp(op, a, b);
    }
    case 'object':
      if (rhs instanceof PyFloat) {
        const y = rhs.value;
        if (op <= BinaryOp.NOT_EQUAL) return compareResult(op, compareIntFloat(a, y));
        const x = Number(a);
        return reverse ? floatOp(op, y, x) : floatOp(op, x, y);
      }
      if (rhs instanceof PyComplex) {
        const x = Number(a);
        if (reverse) return complexBinaryOp(op, rhs.real, rhs.imag, new PyComplex(x, 0));
        return complexBinaryOp(op, x, 0, rhs);
      }
      break;
  }
  if (op === BinaryOp.MULTIPLY && !reverse && isSequenceForRepeat(rhs)) {
    // sequence * int: let the sequence's own slot do it (its reflected form may not exist)
    const t = typeOf(rhs);
    if (t.binaryOp !== null) return t.binaryOp(BinaryOp.MULTIPLY, rhs, lhs);
  }
  return undefined;
}

function intUnaryOp(op: number, self: Obj): Obj | undefined {
  const v = typeof self === 'boolean' ? (self ? 1 : 0) : (self as number | bigint);
  switch (op) {
    case UnaryOp.BOOL:
      return v !== 0 && v !== 0n;
    case UnaryOp.POSITIVE:
    case UnaryOp.INT_MAYBE:
      return v;
    case UnaryOp.NEGATIVE:
      return typeof v === 'number' ? 0 - v : normBig(-v);
    case UnaryOp.INVERT:
      if (typeof v === 'number') {
        const r = -v - 1;
        return r >= -MAX_SAFE ? r : normBig(-BigInt(v) - 1n);
      }
      return normBig(~v);
    case UnaryOp.ABS:
      return typeof v === 'number' ? Math.abs(v) : v < 0n ? -v : v;
    case UnaryOp.HASH:
      return typeof v === 'number' ? v : bigHash(v);
    case UnaryOp.FLOAT_MAYBE:
      return newFloat(Number(v));
  }
  return undefined;
}

// ---- int() ----

function bytesText(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

function typeNameOf(o: Obj): string {
  return typeOf(o).name;
}

/** int(x): the int value of x, as MicroPython's int(): __int__, text, float truncation. */
export function toIntValue(x: Obj): number | bigint {
  switch (typeof x) {
    case 'number':
    case 'bigint':
      return x;
    case 'boolean':
      return x ? 1 : 0;
    case 'string':
      return intFromString(x, 10);
  }
  if (x instanceof PyFloat) return intFromFloat(x.value);
  const t = (x as PyObject).type;
  if (t.unaryOp !== null) {
    const r = t.unaryOp(UnaryOp.INT_MAYBE, x);
    if (r !== undefined) {
      if (typeof r === 'number' || typeof r === 'bigint') return r;
      if (typeof r === 'boolean') return r ? 1 : 0;
      throw newException(TypeErrorType, `__int__ returned non-int (type ${typeNameOf(r)})`);
    }
  }
  if (t.buffer !== null) {
    const b = t.buffer(x);
    if (b !== null) return intFromString(bytesText(b), 10);
  }
  return raiseTypeError(`can't convert ${t.name} to int`);
}

function intMakeNew(_type: PyType, args: Obj[], kw: KwArgs): Obj {
  let base: Obj | undefined;
  if (kw !== null && kw.size > 0) {
    for (const k of kw.keys()) if (k !== 'base') raiseTypeError(`unexpected keyword argument '${k}'`);
    base = kw.get('base');
    if (args.length > 1) raiseTypeError('argument given by name and position');
  }
  if (args.length > 2) raiseTypeError(`function expected at most 2 arguments, got ${args.length}`);
  if (args.length === 2) base = args[1];
  if (args.length === 0) {
    if (base !== undefined) raiseTypeError('int() missing string argument');
    return 0;
  }
  const x = args[0];
  if (base === undefined) return toIntValue(x);
  const bv = typeof base === 'boolean' ? (base ? 1 : 0) : base;
  if (typeof bv !== 'number') return raiseTypeError(`can't convert ${typeNameOf(base)} to int`);
  if (typeof x === 'string') return intFromString(x, bv);
  if (typeof x === 'object') {
    const t = (x as PyObject).type;
    const b = t.buffer !== null ? t.buffer(x) : null;
    if (b !== null) return intFromString(bytesText(b), bv);
  }
  return raiseTypeError(`can't convert '${typeNameOf(x)}' object to str implicitly`);
}

// ---- methods ----

/** A classmethod made here (objtype's classmethod type is not needed at load time). */
class ClassMethod implements PyObject {
  type: PyType = classmethod_descr_type;
  constructor(public readonly fn: Obj) {}
}
const classmethod_descr_type: PyType = new PyType({
  name: 'classmethod',
  descrGet: (self, _instance, owner) => new PyBoundMethod(owner, (self as ClassMethod).fn),
  repr: () => '<classmethod>', // as objstaticmethod.ts's classmethod, MicroPython's
});

function selfInt(o: Obj): number | bigint {
  if (typeof o === 'number' || typeof o === 'bigint') return o;
  if (typeof o === 'boolean') return o ? 1 : 0;
  return raiseTypeError(`descriptor requires a 'int' object`);
}

function byteOrder(o: Obj | undefined): boolean {
  if (o === undefined) return false;
  if (o === 'little') return true;
  if (o === 'big') return false;
  return raiseValueError("byteorder must be either 'little' or 'big'");
}

function bytesOf(o: Obj): Uint8Array {
  if (typeof o === 'object') {
    const t = (o as PyObject).type;
    if (t.buffer !== null) {
      const b = t.buffer(o);
      if (b !== null) return b;
    }
  }
  return raiseTypeError(`object with buffer protocol required`);
}

/** int.from_bytes(bytes, byteorder='big', *, signed=False) */
function int_from_bytes(args: Obj[], kw: KwArgs): Obj {
  // args[0] is the class
  if (args.length < 2 || args.length > 3) raiseTypeError(`function expected at most 3 arguments, got ${args.length}`);
  let signed = false;
  let order: Obj | undefined = args[2];
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'signed') signed = isTrue(v);
      else if (k === 'byteorder') order = v;
      else raiseTypeError(`unexpected keyword argument '${k}'`);
    }
  }
  const data = bytesOf(args[1]);
  const little = byteOrder(order);
  const n = data.length;
  if (n <= 6) {
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + data[little ? n - 1 - i : i];
    if (signed && n > 0 && v >= Math.pow(2, 8 * n - 1)) v -= Math.pow(2, 8 * n);
    return v;
  }
  let hex = '';
  for (let i = 0; i < n; i++) hex += data[little ? n - 1 - i : i].toString(16).padStart(2, '0');
  let b = BigInt('0x' + hex);
  if (signed && (data[little ? n - 1 : 0] & 0x80) !== 0) b -= 1n << BigInt(8 * n);
  return normBig(b);
}

/** int.to_bytes(length=1, byteorder='big', *, signed=False) */
function int_to_bytes(args: Obj[], kw: KwArgs): Obj {
  const v = selfInt(args[0]);
  if (args.length > 3) raiseTypeError(`function expected at most 3 arguments, got ${args.length}`);
  let lenObj: Obj | undefined = args[1];
  let order: Obj | undefined = args[2];
  let signed = false;
  if (kw !== null) {
    for (const [k, val] of kw) {
      if (k === 'signed') signed = isTrue(val);
      else if (k === 'length') lenObj = val;
      else if (k === 'byteorder') order = val;
      else raiseTypeError(`unexpected keyword argument '${k}'`);
    }
  }
  const len = lenObj === undefined ? 1 : selfInt(lenObj);
  if (typeof len !== 'number' || len < 0) return raiseValueError('length argument must be non-negative');
  const little = byteOrder(order);
  let x = BigInt(v);
  if (x < 0n) {
    if (!signed) raise(OverflowError, "can't convert negative int to unsigned");
    if (len === 0 || x < -(1n << BigInt(8 * len - 1))) raise(OverflowError, 'int too big to convert');
    x += 1n << BigInt(8 * len);
  } else if (x >= 1n << BigInt(signed ? 8 * len - 1 : 8 * len) || (signed && len === 0 && x > 0n)) {
    raise(OverflowError, 'int too big to convert');
  }
  const out = new Uint8Array(len);
  for (let i = 0; i < len; i++) {
    out[little ? i : len - 1 - i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return new PyBytes(out);
}

const int_bit_length = method('bit_length', 1, 1, (args) => bitLength(selfInt(args[0])));
const int_round = method('__round__', 1, 2, (args) => numberRound(selfInt(args[0]), args[1]));

export const int_type: PyType = new PyType({
  name: 'int',
  baseType: true,
  makeNew: intMakeNew,
  unaryOp: intUnaryOp,
  binaryOp: intBinaryOpSlot,
  repr: (self) => String(selfInt(self)),
  hash: (self) => {
    const v = selfInt(self);
    return typeof v === 'number' ? v : bigHash(v);
  },
  locals: {
    from_bytes: new ClassMethod(builtin('from_bytes', int_from_bytes)),
    to_bytes: builtin('to_bytes', int_to_bytes),
    bit_length: int_bit_length,
    __round__: int_round,
  },
});

/** bool (its slots are in objbool.ts; made here so that int_type, its base, surely exists). */
export const bool_type: PyType = new PyType({
  name: 'bool',
  base: int_type,
  makeNew: (type, args, kw) => boolMakeNew(type, args, kw),
  binaryOp: (op, lhs, rhs) => boolBinaryOp(op, lhs, rhs),
  repr: (self) => ((self as boolean) ? 'True' : 'False'),
  hash: (self) => ((self as boolean) ? 1 : 0),
});
