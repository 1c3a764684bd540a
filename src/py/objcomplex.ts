// complex (MicroPython py/objcomplex.c, complex parsing from py/parsenum.c).
// Division and integer powers use CPython's algorithms (Smith's division; repeated squaring for
// integral exponents up to 100), which are exact where MicroPython's polar form is not: (1+1j)**2 is 2j.
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
import { newException, raiseTypeError, raiseValueError, ZeroDivisionError, TypeError as TypeErrorType } from './objexcept.js';
import { method } from './objfun.js';
import { floatRepr } from './formatfloat.js';
import { PyFloat, newFloat, floatHash, parseFloatLiteral, stripSpace, toFloatValue } from './objfloat.js';

export class PyComplex implements PyObject {
  type: PyType;
  constructor(
    public readonly real: number,
    public readonly imag: number,
    type: PyType = complex_type,
  ) {
    this.type = type;
  }
}

export function newComplex(real: number, imag: number): PyComplex {
  return new PyComplex(real, imag);
}

/** repr of a complex, as MicroPython: '2j', '(1+2j)', '(nan+infj)'; a zero real part (even -0) is omitted. */
export function complexRepr(re: number, im: number): string {
  const ims = floatRepr(im, false);
  if (re === 0) return ims + 'j';
  const sign = ims[0] === '-' ? '' : '+';
  return '(' + floatRepr(re, false) + sign + ims + 'j)';
}

// ---- arithmetic ----

function zeroDivision(msg: string): never {
  throw newException(ZeroDivisionError, msg);
}

/** a / b for complex numbers (CPython's c_quot: scale by the larger part of b). */
function cdiv(ar: number, ai: number, br: number, bi: number): [number, number] {
  const absR = Math.abs(br);
  const absI = Math.abs(bi);
  if (absR >= absI) {
    if (absR === 0) return zeroDivision('complex divide by zero');
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (absI >= absR) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN]; // a part of b is NaN
}

function cpow(ar: number, ai: number, br: number, bi: number): [number, number] {
  if (br === 0 && bi === 0) return [1, 0];
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) return zeroDivision('0.0 to a complex power');
    return [0, 0];
  }
  if (bi === 0 && br === Math.trunc(br) && Math.abs(br) <= 100) {
    // integral exponent: binary powering
    let n = Math.abs(br);
    let rr = 1;
    let ri = 0;
    let pr = ar;
    let pi = ai;
    while (n > 0) {
      if (n & 1) {
        const t = rr * pr - ri * pi;
        ri = rr * pi + ri * pr;
        rr = t;
      }
      n >>>= 1;
      if (n > 0) {
        const t = pr * pr - pi * pi;
        pi = 2 * pr * pi;
        pr = t;
      }
    }
    return br < 0 ? cdiv(1, 0, rr, ri) : [rr, ri];
  }
  const vabs = Math.hypot(ar, ai);
  let len = Math.pow(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= Math.exp(at * bi);
    phase += bi * Math.log(vabs);
  }
  return [len * Math.cos(phase), len * Math.sin(phase)];
}

/**
 * The complex value of a number (int, bool, float, complex), or undefined for anything else
 * (no __float__/__complex__: callers that convert, like cmath, try those next).
 */
export function complexParts(o: Obj): [number, number] | undefined {
  switch (typeof o) {
    case 'number':
      return [o, 0];
    case 'bigint':
      return [Number(o), 0];
    case 'boolean':
      return [o ? 1 : 0, 0];
    case 'object':
      if (o instanceof PyComplex) return [o.real, o.imag];
      if (o instanceof PyFloat) return [o.value, 0];
  }
  return undefined;
}

/** (lhsReal + lhsImag j) `op` rhs; undefined when rhs is not a number or op is not supported. */
export function complexBinaryOp(op: number, ar: number, ai: number, rhs: Obj): Obj | undefined {
  const b = complexParts(rhs);
  if (b === undefined) return undefined;
  if (op >= BinaryOp.INPLACE_OR && op <= BinaryOp.INPLACE_POWER) op += INPLACE_TO_PLAIN;
  const [br, bi] = b;
  let r: [number, number];
  switch (op) {
    case BinaryOp.ADD:
      return new PyComplex(ar + br, ai + bi);
    case BinaryOp.SUBTRACT:
      return new PyComplex(ar - br, ai - bi);
    case BinaryOp.MULTIPLY:
      return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
    case BinaryOp.TRUE_DIVIDE:
      r = cdiv(ar, ai, br, bi);
      return new PyComplex(r[0], r[1]);
    case BinaryOp.FLOOR_DIVIDE:
      return raiseTypeError("can't truncate-divide a complex number");
    case BinaryOp.POWER:
      r = cpow(ar, ai, br, bi);
      return new PyComplex(r[0], r[1]);
    case BinaryOp.EQUAL:
      return ar === br && ai === bi;
    case BinaryOp.NOT_EQUAL:
      return ar !== br || ai !== bi;
  }
  return undefined;
}

function complexBinaryOpSlot(op: number, lhs: Obj, rhs: Obj): Obj | undefined {
  const c = lhs as PyComplex;
  if (op >= BinaryOp.REVERSE_OR && op <= BinaryOp.REVERSE_POWER) {
    const a = complexParts(rhs);
    if (a === undefined) return undefined;
    return complexBinaryOp(op - PLAIN_TO_REVERSE, a[0], a[1], c);
  }
  return complexBinaryOp(op, c.real, c.imag, rhs);
}

function complexHash(re: number, im: number): number {
  return im === 0 ? floatHash(re) : (floatHash(re) ^ (floatHash(im) * 1000003)) | 0;
}

function complexUnaryOp(op: number, self: Obj): Obj | undefined {
  const c = self as PyComplex;
  switch (op) {
    case UnaryOp.BOOL:
      return c.real !== 0 || c.imag !== 0;
    case UnaryOp.HASH:
      return complexHash(c.real, c.imag);
    case UnaryOp.POSITIVE:
      return c.type === complex_type ? c : new PyComplex(c.real, c.imag);
    case UnaryOp.NEGATIVE:
      return new PyComplex(-c.real, -c.imag);
    case UnaryOp.ABS:
      return newFloat(Math.hypot(c.real, c.imag));
    case UnaryOp.COMPLEX_MAYBE:
      return c;
  }
  return undefined;
}

// ---- parsing and complex() ----

function invalid(): never {
  return raiseValueError('invalid syntax for number');
}

/** complex(str): 'a', 'bj', 'a+bj', 'a-j' (with optional parentheses and surrounding space). */
export function complexFromString(text: string): [number, number] {
  let s = stripSpace(text);
  if (s.length > 1 && s[0] === '(' && s[s.length - 1] === ')') s = stripSpace(s.slice(1, -1));
  const whole = parseFloatLiteral(s);
  if (whole !== undefined) return [whole, 0];
  const last = s[s.length - 1];
  if (last !== 'j' && last !== 'J') return invalid();
  const body = s.slice(0, -1);
  // split before the sign that starts the imaginary part (not a sign of an exponent)
  let k = -1;
  for (let i = body.length - 1; i > 0; i--) {
    const ch = body[i];
    if ((ch === '+' || ch === '-') && body[i - 1] !== 'e' && body[i - 1] !== 'E') {
      k = i;
      break;
    }
  }
  const reText = k > 0 ? body.slice(0, k) : '';
  const imText = k > 0 ? body.slice(k) : body;
  let re = 0;
  if (reText !== '') {
    const v = parseFloatLiteral(reText);
    if (v === undefined) return invalid();
    re = v;
  }
  let im: number;
  if (imText === '' || imText === '+') im = 1;
  else if (imText === '-') im = -1;
  else {
    const v = parseFloatLiteral(imText);
    if (v === undefined) return invalid();
    im = v;
  }
  return [re, im];
}

/** The complex value of any object complex() accepts as one argument. */
function toComplexParts(o: Obj): [number, number] {
  if (typeof o === 'string') return complexFromString(o);
  const p = complexParts(o);
  if (p !== undefined) return p;
  const t = (o as PyObject).type;
  if (t.unaryOp !== null) {
    const r = t.unaryOp(UnaryOp.COMPLEX_MAYBE, o);
    if (r !== undefined) {
      if (r instanceof PyComplex) return [r.real, r.imag];
      throw newException(TypeErrorType, '__complex__ returned non-complex');
    }
  }
  return [toFloatValue(o), 0];
}

function complexMakeNew(type: PyType, args: Obj[], kw: KwArgs): Obj {
  let a0: Obj | undefined = args[0];
  let a1: Obj | undefined = args[1];
  if (kw !== null && kw.size > 0) {
    for (const [k, v] of kw) {
      if (k === 'real' && a0 === undefined) a0 = v;
      else if (k === 'imag' && a1 === undefined) a1 = v;
      else raiseTypeError(`unexpected keyword argument '${k}'`);
    }
  }
  if (args.length > 2) raiseTypeError(`function expected at most 2 arguments, got ${args.length}`);
  if (a0 === undefined) a0 = 0;
  if (a1 === undefined) {
    if (a0 instanceof PyComplex && a0.type === complex_type && type === complex_type) return a0;
    const [re, im] = toComplexParts(a0);
    return new PyComplex(re, im, type);
  }
  if (typeof a0 === 'string' || typeof a1 === 'string') {
    return raiseTypeError("complex() can't take second arg if first is a string");
  }
  const [r0, i0] = toComplexParts(a0);
  const [r1, i1] = toComplexParts(a1);
  return new PyComplex(r0 - i1, i0 + r1, type);
}

const complex_conjugate = method('conjugate', 1, 1, (args) => {
  const c = args[0];
  if (!(c instanceof PyComplex)) return raiseTypeError("descriptor requires a 'complex' object");
  return new PyComplex(c.real, -c.imag);
});

export const complex_type: PyType = new PyType({
  name: 'complex',
  baseType: true,
  makeNew: complexMakeNew,
  unaryOp: complexUnaryOp,
  binaryOp: complexBinaryOpSlot,
  repr: (self) => complexRepr((self as PyComplex).real, (self as PyComplex).imag),
  hash: (self) => complexHash((self as PyComplex).real, (self as PyComplex).imag),
  bool: (self) => (self as PyComplex).real !== 0 || (self as PyComplex).imag !== 0,
  getAttr: (self, name) => {
    if (name === 'real') return newFloat((self as PyComplex).real);
    if (name === 'imag') return newFloat((self as PyComplex).imag);
    return undefined;
  },
  locals: { conjugate: complex_conjugate },
});
