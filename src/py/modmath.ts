// The `math` module (MicroPython py/modmath.c), with the functions and constants of MicroPython's
// unix build (MICROPY_PY_MATH_SPECIAL_FUNCTIONS, _CONSTANTS, _ISCLOSE, _FACTORIAL), double precision.
//
// Errors follow MicroPython, not CPython: a function whose result is nan for a non-nan argument, or
// infinite for a finite one, raises `ValueError: math domain error` (so math.exp(1000) is a
// ValueError, where CPython raises OverflowError); ceil/floor/trunc return ints (big ints for big
// floats). JS's Math functions are fdlibm ports, as glibc's are close to: results agree to the ulp
// almost everywhere. erf, erfc, gamma and lgamma, which JS lacks, are written here.
import { type Obj, type KwArgs, type PyObject, UnaryOp } from './obj.js';
import { PyFloat, newFloat } from './objfloat.js';
import { intFromFloat, normBig } from './objint.js';
import { newTuple } from './objtuple.js';
import { PyBuiltin, checkArgs } from './objfun.js';
import { raise, raiseTypeError, ValueError, ZeroDivisionError } from './objexcept.js';
import { typeName, toInt, toSmallInt } from './runtime.js';
import { PyModule, newModule } from './objmodule.js';

// ---- argument conversion ----

/**
 * The float value of a math argument (MicroPython mp_obj_get_float): int, bool, float, or an
 * object whose __float__ returns a float; else `TypeError: can't convert X to float`.
 */
export function getFloat(o: Obj): number {
  switch (typeof o) {
    case 'number':
      return o;
    case 'bigint':
      return Number(o); // ±inf beyond the float range, as MicroPython's int-to-float
    case 'boolean':
      return o ? 1 : 0;
    case 'object':
      if (o instanceof PyFloat) return o.value;
  }
  const t = (o as PyObject).type;
  if (typeof o === 'object' && t !== undefined && t.unaryOp !== null) {
    const r = t.unaryOp(UnaryOp.FLOAT_MAYBE, o);
    if (r instanceof PyFloat) return r.value;
  }
  return raiseTypeError(`can't convert ${typeName(o)} to float`);
}

export function mathDomainError(): never {
  return raise(ValueError, 'math domain error');
}

// ---- IEEE helpers ----

const scratch = new DataView(new ArrayBuffer(8));

/** The sign bit of x (true for -0.0 and for a nan with its sign bit set). */
export function signBit(x: number): boolean {
  scratch.setFloat64(0, x);
  return (scratch.getUint8(0) & 0x80) !== 0;
}

/** C's copysign: |x| with the sign bit of y. */
export function copysign(x: number, y: number): number {
  if (signBit(x) === signBit(y)) return x;
  scratch.setFloat64(0, x);
  scratch.setUint8(0, scratch.getUint8(0) ^ 0x80);
  return scratch.getFloat64(0);
}

/** C's frexp: [m, e] with x = m * 2**e and 0.5 <= |m| < 1 (x itself and 0 for 0, inf, nan). */
export function frexp(x: number): [number, number] {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return [x, 0];
  let adj = 0;
  if (Math.abs(x) < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2**54: lift a subnormal into the normal range
    adj = -54;
  }
  scratch.setFloat64(0, x);
  const hi = scratch.getUint16(0);
  const e = (hi >> 4) & 0x7ff;
  scratch.setUint16(0, (hi & 0x800f) | (1022 << 4));
  return [scratch.getFloat64(0), e - 1022 + adj];
}

/** C's ldexp: x * 2**n, rounded once, without intermediate overflow or underflow. */
export function ldexp(x: number, n: number): number {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return x;
  const [m, e] = frexp(x);
  const k = e + n; // result = m * 2**k with 0.5 <= |m| < 1
  if (k > 2100) return m > 0 ? Infinity : -Infinity;
  if (k > 1023) return m * 2 ** 100 * 2 ** (k - 100); // 2**1024 itself is not a float
  if (k >= -1073) return m * 2 ** k; // 2**k is exact here: one rounding, in the product
  if (k < -1140) return copysign(0, x);
  return m * 2 ** -64 * 2 ** (k + 64); // m * 2**-64 is exact (normal), then one rounding
}

// ---- special functions (own implementations) ----

const TWO_OVER_SQRT_PI = 1.1283791670955126; // 2/sqrt(pi)
const SQRT_PI = 1.7724538509055159;

/** erf(x) for |x| < 3 by the series exp(-x²)·2x/√π·Σ (2x²)^n / (1·3·5···(2n+1)), all terms positive. */
function erfSeries(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
    if (Math.abs(term) < 1e-17 * Math.abs(sum)) break;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
}

/** erfc(x) for x >= 2 by its continued fraction (modified Lentz). */
function erfcContinuedFraction(x: number): number {
  // erfc(x) = exp(-x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))))
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const a = n / 2;
    d = x + a * d;
    if (d === 0) d = tiny;
    c = x + a / c;
    if (c === 0) c = tiny;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / SQRT_PI / f;
}

export function erf(x: number): number {
  if (x !== x) return x;
  const a = Math.abs(x);
  if (a < 2.5) return erfSeries(x);
  if (a > 6) return x > 0 ? 1 : -1;
  const r = 1 - erfcContinuedFraction(a);
  return x > 0 ? r : -r;
}

export function erfc(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 2;
  if (x < 0) return 2 - erfc(-x);
  if (x < 0.5) return 1 - erfSeries(x);
  if (x < 2) {
    // 1 - erf(x) loses up to two digits here: refine with erfc's derivative -2/√π·exp(-x²)
    // from the continued fraction at 2, integrated by a short Gauss-Legendre rule.
    return erfc2Integral(x);
  }
  if (x > 27.3) return 0;
  return erfcContinuedFraction(x);
}

// 20-point Gauss-Legendre nodes and weights on [-1, 1] (positive half).
const GL_X = [
  0.0765265211334973, 0.2277858511416451, 0.3737060887154195, 0.5108670019508271, 0.636053680726515,
  0.7463319064601508, 0.8391169718222188, 0.9122344282513259, 0.9639719272779138, 0.9931285991850949,
];
const GL_W = [
  0.1527533871307258, 0.1491729864726037, 0.1420961093183820, 0.1316886384491766, 0.1181945319615184,
  0.1019301198172404, 0.0832767415767048, 0.0626720483341091, 0.0406014298003869, 0.0176140071391521,
];

/** erfc(x) for 0.5 <= x < 2: erfc(2) + 2/√π ∫_x^2 exp(-t²) dt. */
function erfc2Integral(x: number): number {
  const mid = (x + 2) / 2;
  const half = (2 - x) / 2;
  let s = 0;
  for (let i = 0; i < 10; i++) {
    const d = half * GL_X[i];
    s += GL_W[i] * (Math.exp(-(mid + d) * (mid + d)) + Math.exp(-(mid - d) * (mid - d)));
  }
  return erfcContinuedFraction(2) + TWO_OVER_SQRT_PI * half * s;
}

// Lanczos approximation, g = 7, n = 9 (Godfrey's coefficients): about 15 significant digits.
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const LOG_SQRT_2PI = 0.9189385332046728;

/** Σ of the Lanczos series at z (for Γ(z + 1)). */
function lanczosSum(z: number): number {
  let s = LANCZOS[0];
  for (let i = 1; i < 9; i++) s += LANCZOS[i] / (z + i);
  return s;
}

const FACTORIALS: number[] = [1];
for (let i = 1; i <= 22; i++) FACTORIALS.push(FACTORIALS[i - 1] * i); // exact up to 22!

/** C's tgamma (nan at poles and -inf, where MicroPython then raises a domain error). */
export function gamma(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return x;
  if (x === -Infinity) return NaN;
  if (Number.isInteger(x)) {
    if (x <= 0) return NaN;
    if (x <= 23) return FACTORIALS[x - 1];
  }
  if (x < 0.5) {
    // reflection: Γ(x)Γ(1-x) = π / sin(πx)
    const s = Math.sin(Math.PI * x);
    return Math.PI / (s * gamma(1 - x));
  }
  if (x > 171.7) return Infinity;
  const z = x - 1;
  const t = z + LANCZOS_G + 0.5;
  // t**(z+0.5) overflows before Γ does: split the power in two.
  const p = Math.pow(t, (z + 0.5) / 2);
  return 2.5066282746310002 * p * (p * Math.exp(-t)) * lanczosSum(z);
}

/** C's lgamma: log|Γ(x)| (+inf at the poles). */
export function lgamma(x: number): number {
  if (x !== x) return x;
  if (x === Infinity || x === -Infinity) return Infinity;
  if (x === 1 || x === 2) return 0;
  if (x <= 0 && Number.isInteger(x)) return Infinity;
  if (x < 0.5) {
    // log|Γ(x)| = log(π / |sin(πx)|) - log|Γ(1-x)|
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  }
  if (x < 15) {
    const g = gamma(x);
    return Math.log(Math.abs(g));
  }
  const z = x - 1;
  const t = z + LANCZOS_G + 0.5;
  return LOG_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(lanczosSum(z));
}

// ---- the functions as MicroPython wraps them ----

type Fn1 = (x: number) => number;
type Fn2 = (x: number, y: number) => number;

function noKw(kw: KwArgs): boolean {
  return kw === null || kw.size === 0;
}

/** A one-argument float function with MicroPython's domain check (math_generic_1). */
function fun1(name: string, f: Fn1): PyBuiltin {
  return new PyBuiltin(name, (args, kw) => {
    if (args.length !== 1 || !noKw(kw)) checkArgs(name, args, kw, 1, 1);
    const x = getFloat(args[0]);
    const r = f(x);
    if ((r !== r && x === x) || ((r === Infinity || r === -Infinity) && x !== Infinity && x !== -Infinity)) {
      mathDomainError();
    }
    return newFloat(r);
  });
}

/** A two-argument float function with MicroPython's domain check (math_generic_2). */
function fun2(name: string, f: Fn2): PyBuiltin {
  return new PyBuiltin(name, (args, kw) => {
    if (args.length !== 2 || !noKw(kw)) checkArgs(name, args, kw, 2, 2);
    const x = getFloat(args[0]);
    const y = getFloat(args[1]);
    const r = f(x, y);
    if (
      (r !== r && x === x && y === y) ||
      ((r === Infinity || r === -Infinity) && Math.abs(x) !== Infinity && Math.abs(y) !== Infinity)
    ) {
      mathDomainError();
    }
    return newFloat(r);
  });
}

function funBool(name: string, f: (x: number) => boolean): PyBuiltin {
  return new PyBuiltin(name, (args, kw) => {
    if (args.length !== 1 || !noKw(kw)) checkArgs(name, args, kw, 1, 1);
    return f(getFloat(args[0]));
  });
}

function funInt(name: string, f: Fn1): PyBuiltin {
  return new PyBuiltin(name, (args, kw) => {
    if (args.length !== 1 || !noKw(kw)) checkArgs(name, args, kw, 1, 1);
    return intFromFloat(f(getFloat(args[0])));
  });
}

/** C's pow, whose special cases differ from JS's: pow(1, nan) = pow(nan, 0) = 1, pow(-1, ±inf) = 1. */
function cPow(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (x === -1 && (y === Infinity || y === -Infinity)) return 1;
  return Math.pow(x, y);
}

function fmod(x: number, y: number): number {
  return x % y; // JS's % is C's fmod (sign of x; x for finite x and infinite y)
}

function modf(x: number): [number, number] {
  if (x !== x) return [x, x];
  if (x === Infinity || x === -Infinity) return [copysign(0, x), x];
  const ip = Math.trunc(x);
  let frac = x - ip;
  if (frac === 0) frac = copysign(0, x);
  return [frac, ip];
}

const DEG_PER_RAD = 180 / Math.PI;
const RAD_PER_DEG = Math.PI / 180;

/** log(x[, base]) */
function mathLog(args: Obj[], kw: KwArgs): Obj {
  if (args.length < 1 || args.length > 2 || !noKw(kw)) checkArgs('log', args, kw, 1, 2);
  const x = getFloat(args[0]);
  if (x <= 0) mathDomainError();
  const l = Math.log(x);
  if (args.length === 1) return newFloat(l);
  const base = getFloat(args[1]);
  if (base <= 0) mathDomainError();
  if (base === 1) raise(ZeroDivisionError, 'divide by zero');
  return newFloat(l / Math.log(base));
}

function mathFrexp(args: Obj[], kw: KwArgs): Obj {
  if (args.length !== 1 || !noKw(kw)) checkArgs('frexp', args, kw, 1, 1);
  const r = frexp(getFloat(args[0]));
  return newTuple([newFloat(r[0]), r[1]]);
}

function mathModf(args: Obj[], kw: KwArgs): Obj {
  if (args.length !== 1 || !noKw(kw)) checkArgs('modf', args, kw, 1, 1);
  const r = modf(getFloat(args[0]));
  return newTuple([newFloat(r[0]), newFloat(r[1])]);
}

function mathLdexp(args: Obj[], kw: KwArgs): Obj {
  if (args.length !== 2 || !noKw(kw)) checkArgs('ldexp', args, kw, 2, 2);
  const x = getFloat(args[0]);
  const n = toSmallInt(args[1]);
  return newFloat(ldexp(x, n));
}

/** isclose(a, b, *, rel_tol=1e-9, abs_tol=0) */
function mathIsclose(args: Obj[], kw: KwArgs): Obj {
  if (args.length < 2) raiseTypeError(`function missing ${2 - args.length} required positional arguments`);
  if (args.length > 2) raiseTypeError('extra positional arguments given');
  let relTol = 1e-9;
  let absTol = 0;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'rel_tol') relTol = getFloat(v);
      else if (k === 'abs_tol') absTol = getFloat(v);
      else raiseTypeError(`unexpected keyword argument '${k}'`);
    }
  }
  const a = getFloat(args[0]);
  const b = getFloat(args[1]);
  if (relTol < 0 || absTol < 0) mathDomainError();
  if (a === b) return true;
  const diff = Math.abs(a - b);
  if (diff === Infinity) return false;
  return diff <= absTol || diff <= Math.abs(relTol * a) || diff <= Math.abs(relTol * b);
}

/** The product lo * (lo+1) * ... * hi, by halves so the big multiplications stay balanced. */
function rangeProduct(lo: number, hi: number): bigint {
  if (hi - lo < 8) {
    let p = BigInt(lo);
    for (let i = lo + 1; i <= hi; i++) p *= BigInt(i);
    return p;
  }
  const mid = (lo + hi) >>> 1;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1, hi);
}

function mathFactorial(args: Obj[], kw: KwArgs): Obj {
  if (args.length !== 1 || !noKw(kw)) checkArgs('factorial', args, kw, 1, 1);
  const v = toInt(args[0]);
  if (typeof v === 'bigint') {
    if (v < 0n) raise(ValueError, 'negative factorial');
    return toSmallInt(v); // OverflowError: far beyond anything computable
  }
  if (v < 0) raise(ValueError, 'negative factorial');
  if (v <= 18) return FACTORIALS[v] ?? 1;
  return normBig(rangeProduct(1, v));
}

// ---- the module ----

export const MATH_E = newFloat(Math.E);
export const MATH_PI = newFloat(Math.PI);

export function makeMathModule(): PyModule {
  const m = newModule('math');
  const g = m.globals;
  const add = (f: PyBuiltin): void => g.set(f.name, f);
  g.set('e', MATH_E);
  g.set('pi', MATH_PI);
  g.set('tau', newFloat(2 * Math.PI));
  g.set('inf', newFloat(Infinity));
  g.set('nan', newFloat(NaN));
  add(fun1('sqrt', Math.sqrt));
  add(fun2('pow', cPow));
  add(fun1('exp', Math.exp));
  add(fun1('expm1', Math.expm1));
  add(new PyBuiltin('log', mathLog));
  add(fun1('log2', Math.log2));
  add(fun1('log10', Math.log10));
  add(fun1('cosh', Math.cosh));
  add(fun1('sinh', Math.sinh));
  add(fun1('tanh', Math.tanh));
  add(fun1('acosh', Math.acosh));
  add(fun1('asinh', Math.asinh));
  add(fun1('atanh', Math.atanh));
  add(fun1('cos', Math.cos));
  add(fun1('sin', Math.sin));
  add(fun1('tan', Math.tan));
  add(fun1('acos', Math.acos));
  add(fun1('asin', Math.asin));
  add(fun1('atan', Math.atan));
  add(fun2('atan2', Math.atan2));
  add(funInt('ceil', Math.ceil));
  add(fun2('copysign', copysign));
  add(fun1('fabs', Math.abs));
  add(funInt('floor', Math.floor));
  add(fun2('fmod', fmod));
  add(new PyBuiltin('frexp', mathFrexp));
  add(new PyBuiltin('ldexp', mathLdexp));
  add(new PyBuiltin('modf', mathModf));
  add(funBool('isfinite', (x) => Number.isFinite(x)));
  add(funBool('isinf', (x) => x === Infinity || x === -Infinity));
  add(funBool('isnan', (x) => x !== x));
  add(new PyBuiltin('isclose', mathIsclose));
  add(funInt('trunc', Math.trunc));
  add(fun1('radians', (x) => x * RAD_PER_DEG));
  add(fun1('degrees', (x) => x * DEG_PER_RAD));
  add(new PyBuiltin('factorial', mathFactorial));
  add(fun1('erf', erf));
  add(fun1('erfc', erfc));
  add(fun1('gamma', gamma));
  add(fun1('lgamma', lgamma));
  return m;
}
