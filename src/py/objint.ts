// int (MicroPython py/objint.c, objint_mpz.c). A safe-integer JS number, or a bigint beyond ±(2^53-1).
import { type Obj, PyType } from './obj.js';

export const int_type: PyType = new PyType({ name: 'int', baseType: true });

/** Normalize a bigint result: back to a number when it is a safe integer. */
export function normBig(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/** Whether o is an int value (not bool). */
export function isIntValue(o: Obj): o is number | bigint {
  return typeof o === 'number' || typeof o === 'bigint';
}
