// Shared helpers for the container unit tests: call types directly through makeNew (works before
// type.__call__ exists), catch Python exceptions as [typeName, message].
import * as rt from '../../../dist/py/runtime.js';
import { None } from '../../../dist/py/obj.js';
import { PyException } from '../../../dist/py/objexcept.js';
import { newTuple } from '../../../dist/py/objtuple.js';
import { PyList } from '../../../dist/py/objlist.js';
import { PyType } from '../../../dist/py/obj.js';

export { rt, None, newTuple };

/** Call a type or function with positional args and an optional kwargs object. */
export function call(f, args = [], kw = null) {
  const m = kw === null ? null : new Map(Object.entries(kw));
  if (f instanceof PyType && f.call === null) return f.makeNew(f, args, m);
  return rt.call(f, args, m);
}

export function meth(o, name, ...args) {
  return rt.callMethod(o, name, args);
}

export const list = (...items) => new PyList(items);
export const tuple = (...items) => newTuple(items);
export const repr = (o) => rt.repr(o);

/** Run fn, expecting a Python exception; returns "Type: message". */
export function pyErr(fn) {
  try {
    fn();
  } catch (e) {
    if (e instanceof PyException) return `${e.type.name}: ${e.args.length ? (typeof e.args[0] === 'string' ? e.args[0] : rt.repr(e.args[0])) : ''}`;
    throw e;
  }
  throw new Error('expected a Python exception');
}
