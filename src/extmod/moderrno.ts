// The `errno` module (MicroPython py/moderrno.c; listed under extmod in our tree): the error codes
// of MicroPython's default MICROPY_PY_ERRNO_LIST with Linux's numbers (the unix port's), and
// `errorcode`, a fixed (read-only) dict from number to name. An extensible built-in: a file
// errno.py on sys.path takes precedence.
import { type Obj, PyType } from '../py/obj.js';
import { PyDict, dict_type, updateFrom } from '../py/objdict.js';
import { PyBuiltin } from '../py/objfun.js';
import { TypeError, newException } from '../py/objexcept.js';
import { PyModule, newModule } from '../py/objmodule.js';

/** [name, number] in MicroPython's order. */
export const ERRNO_CODES: readonly (readonly [string, number])[] = [
  ['EPERM', 1],
  ['ENOENT', 2],
  ['EIO', 5],
  ['EBADF', 9],
  ['EAGAIN', 11],
  ['ENOMEM', 12],
  ['EACCES', 13],
  ['EEXIST', 17],
  ['ENODEV', 19],
  ['EISDIR', 21],
  ['EINVAL', 22],
  ['EOPNOTSUPP', 95],
  ['EADDRINUSE', 98],
  ['ECONNABORTED', 103],
  ['ECONNRESET', 104],
  ['ENOBUFS', 105],
  ['ENOTCONN', 107],
  ['ETIMEDOUT', 110],
  ['ECONNREFUSED', 111],
  ['EHOSTUNREACH', 113],
  ['EALREADY', 114],
  ['EINPROGRESS', 115],
];

const NAMES = new Map<number, string>(ERRNO_CODES.map(([n, v]) => [v, n]));

/** The name of an errno value ('ENOENT' for 2), or undefined (MicroPython mp_errno_to_str). */
export function errnoName(code: number): string | undefined {
  return NAMES.get(code);
}

function fixed(): never {
  throw newException(TypeError);
}

function fixedMethod(name: string): PyBuiltin {
  return new PyBuiltin(name, fixed);
}

/**
 * A dict that refuses changes with a bare TypeError, as MicroPython's ROM dicts (map.is_fixed).
 * It reports itself as 'dict'; copy() gives an ordinary, mutable dict.
 */
export const fixed_dict_type: PyType = new PyType({
  name: 'dict',
  base: dict_type,
  setItem: fixed,
  delItem: fixed,
  locals: {
    clear: fixedMethod('clear'),
    pop: fixedMethod('pop'),
    popitem: fixedMethod('popitem'),
    setdefault: fixedMethod('setdefault'),
    update: fixedMethod('update'),
    __setitem__: fixedMethod('__setitem__'),
    __delitem__: fixedMethod('__delitem__'),
    copy: new PyBuiltin('copy', (args) => {
      const d = new PyDict();
      updateFrom(d, args[0]);
      return d;
    }),
  },
});

function makeErrorcode(): PyDict {
  const d = new PyDict(fixed_dict_type);
  for (const [name, v] of ERRNO_CODES) d.set(v, name);
  return d;
}

export function makeErrnoModule(): PyModule {
  const m = newModule('errno');
  const g = m.globals;
  g.set('errorcode', makeErrorcode() as Obj);
  for (const [name, v] of ERRNO_CODES) g.set(name, v);
  return m;
}
