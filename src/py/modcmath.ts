// The `cmath` module (MicroPython py/modcmath.c): phase, polar, rect, exp, log, log10, sqrt, cos,
// sin and the constants e and pi. As MicroPython's, these are the plain textbook formulas with no
// domain errors: cmath.log(0) is (-inf+0j), not a ValueError.
import { type Obj, type KwArgs, type PyObject, UnaryOp } from './obj.js';
import { PyFloat, newFloat } from './objfloat.js';
import { PyComplex, newComplex, complexParts } from './objcomplex.js';
import { newTuple } from './objtuple.js';
import { PyBuiltin, checkArgs } from './objfun.js';
import { raiseTypeError } from './objexcept.js';
import { typeName } from './runtime.js';
import { PyModule, newModule } from './objmodule.js';
import { MATH_E, MATH_PI, getFloat } from './modmath.js';

/**
 * The complex value of an argument (MicroPython mp_obj_get_complex): a number, an object with
 * __float__, a complex, or an object with __complex__; else `TypeError: can't convert X to complex`.
 */
export function getComplex(o: Obj): [number, number] {
  const parts = complexParts(o);
  if (parts !== undefined) return parts;
  if (typeof o === 'string') return raiseTypeError(`can't convert str to complex`);
  const t = (o as PyObject).type;
  if (t.unaryOp !== null) {
    const f = t.unaryOp(UnaryOp.FLOAT_MAYBE, o);
    if (f instanceof PyFloat) return [f.value, 0];
    const c = t.unaryOp(UnaryOp.COMPLEX_MAYBE, o);
    if (c instanceof PyComplex) return [c.real, c.imag];
  }
  return raiseTypeError(`can't convert ${typeName(o)} to complex`);
}

const LOG10_E = 0.4342944819032518;

function cfun(name: string, f: (re: number, im: number) => Obj): PyBuiltin {
  return new PyBuiltin(name, (args: Obj[], kw: KwArgs) => {
    if (args.length !== 1 || (kw !== null && kw.size > 0)) checkArgs(name, args, kw, 1, 1);
    const z = getComplex(args[0]);
    return f(z[0], z[1]);
  });
}

function rect(args: Obj[], kw: KwArgs): Obj {
  if (args.length !== 2 || (kw !== null && kw.size > 0)) checkArgs('rect', args, kw, 2, 2);
  const r = getFloat(args[0]);
  const phi = getFloat(args[1]);
  return newComplex(r * Math.cos(phi), r * Math.sin(phi));
}

export function makeCmathModule(): PyModule {
  const m = newModule('cmath');
  const g = m.globals;
  const add = (f: PyBuiltin): void => g.set(f.name, f);
  g.set('e', MATH_E);
  g.set('pi', MATH_PI);
  add(cfun('phase', (re, im) => newFloat(Math.atan2(im, re))));
  add(cfun('polar', (re, im) => newTuple([newFloat(Math.sqrt(re * re + im * im)), newFloat(Math.atan2(im, re))])));
  add(new PyBuiltin('rect', rect));
  add(
    cfun('exp', (re, im) => {
      const e = Math.exp(re);
      return newComplex(e * Math.cos(im), e * Math.sin(im));
    }),
  );
  add(cfun('log', (re, im) => newComplex(0.5 * Math.log(re * re + im * im), Math.atan2(im, re))));
  add(cfun('log10', (re, im) => newComplex(0.5 * Math.log10(re * re + im * im), LOG10_E * Math.atan2(im, re))));
  add(
    cfun('sqrt', (re, im) => {
      const r = Math.pow(re * re + im * im, 0.25);
      const theta = 0.5 * Math.atan2(im, re);
      return newComplex(r * Math.cos(theta), r * Math.sin(theta));
    }),
  );
  add(cfun('cos', (re, im) => newComplex(Math.cos(re) * Math.cosh(im), -Math.sin(re) * Math.sinh(im))));
  add(cfun('sin', (re, im) => newComplex(Math.sin(re) * Math.cosh(im), Math.cos(re) * Math.sinh(im))));
  return m;
}
