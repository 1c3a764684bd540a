// Functions implemented in JS (MicroPython py/objfun.c, the mp_obj_fun_builtin_* part).
// A builtin is called with (args, kw); a method of a built-in type takes self as args[0].
import { type Obj, type PyObject, PyType, type NativeFn, type KwArgs } from './obj.js';
import { raiseTypeError } from './objexcept.js';

export const builtin_function_type = new PyType({
  name: 'function',
  call: (self, args, kw) => (self as PyBuiltin).fn(args, kw),
  isFunction: true,
  repr: (self) => `<function ${(self as PyBuiltin).name}>`,
});

export class PyBuiltin implements PyObject {
  type: PyType = builtin_function_type;
  constructor(
    public readonly name: string,
    public readonly fn: NativeFn,
  ) {}
}

/** Wrap a JS function as a Python builtin. */
export function builtin(name: string, fn: NativeFn): PyBuiltin {
  return new PyBuiltin(name, fn);
}

/**
 * Check positional argument count and that no keywords were passed,
 * with MicroPython's messages.
 */
export function checkArgs(name: string, args: Obj[], kw: KwArgs, min: number, max: number): void {
  const n = args.length;
  if (n < min || n > max) {
    if (min === max) raiseTypeError(`function takes ${min} positional arguments but ${n} were given`);
    if (n < min) raiseTypeError(`function missing ${min - n} required positional arguments`);
    raiseTypeError(`function expected at most ${max} arguments, got ${n}`);
  }
  if (kw !== null && kw.size > 0) raiseTypeError(`function doesn't take keyword arguments`);
  void name;
}

/** A builtin method with a fixed arity range (self counted in min/max), no keywords. */
export function method(name: string, min: number, max: number, fn: (args: Obj[]) => Obj): PyBuiltin {
  return new PyBuiltin(name, (args, kw) => {
    if (args.length < min || args.length > max || (kw !== null && kw.size > 0)) checkArgs(name, args, kw, min, max);
    return fn(args);
  });
}
