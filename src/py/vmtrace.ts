// Printing an uncaught exception as MicroPython does (mp_obj_print_exception in py/obj.c and
// mp_obj_exception_print in py/objexcept.c):
//   Traceback (most recent call last):
//     File "x.py", line 5, in <module>
//     File "x.py", line 2, in f
//   ValueError: bad
// A traceback entry without a block name (a SyntaxError's) has no ", in" part. The last line is the
// type name, ": ", then nothing (no args), str(arg) (one arg), or the args tuple's repr.
import { type Obj } from './obj.js';
import { PyException, OSError } from './objexcept.js';
import { PyTuple } from './objtuple.js';
import { str, repr } from './runtime.js';

/** Errno names MicroPython prints for OSError(errno, ...) (its errno module's table). */
const ERRNO_NAMES: Record<number, string> = {
  1: 'EPERM',
  2: 'ENOENT',
  5: 'EIO',
  9: 'EBADF',
  11: 'EAGAIN',
  12: 'ENOMEM',
  13: 'EACCES',
  17: 'EEXIST',
  19: 'ENODEV',
  20: 'ENOTDIR',
  21: 'EISDIR',
  22: 'EINVAL',
  28: 'ENOSPC',
  30: 'EROFS',
  95: 'EOPNOTSUPP',
  98: 'EADDRINUSE',
  103: 'ECONNABORTED',
  104: 'ECONNRESET',
  105: 'ENOBUFS',
  107: 'ENOTCONN',
  110: 'ETIMEDOUT',
  111: 'ECONNREFUSED',
  113: 'EHOSTUNREACH',
  114: 'EALREADY',
  115: 'EINPROGRESS',
};

/** The exception's own line: `TypeName: message` (PRINT_EXC). */
export function exceptionLine(e: PyException): string {
  // A user class that overrides __repr__ prints as that repr alone (MicroPython's instance_print).
  for (const t of e.type.mro) {
    if (t.locals.has('__repr__')) {
      if (t.isUserClass) return repr(e);
      break;
    }
  }
  return e.type.name + ': ' + exceptionArgsText(e);
}

/** str() of an exception as the exception line shows it. */
export function exceptionArgsText(e: PyException): string {
  const args = e.args;
  if (args.length === 0) return '';
  if (e.type === OSError && args.length < 3 && typeof args[0] === 'number') {
    const name = ERRNO_NAMES[args[0]];
    if (name !== undefined) {
      let s = `[Errno ${args[0]}] ${name}`;
      if (args.length > 1) s += ': ' + str(args[1] as Obj);
      return s;
    }
  }
  if (args.length === 1) return str(args[0]);
  return repr(new PyTuple(args.slice()));
}

/** The whole traceback text, ending in a newline. */
export function formatException(e: PyException): string {
  let s = '';
  const tb = e.traceback;
  if (tb.length > 0) {
    s += 'Traceback (most recent call last):\n';
    for (const t of tb) {
      s += `  File "${t.file}", line ${t.line}`;
      s += t.name === '' ? '\n' : `, in ${t.name}\n`;
    }
  }
  let line: string;
  try {
    line = exceptionLine(e);
  } catch {
    // printing the exception must not fail: a broken __repr__/__str__ leaves just the type name
    line = e.type.name;
  }
  return s + line + '\n';
}
