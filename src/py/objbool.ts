// bool (MicroPython py/objbool.c): JS true/false, a subclass of int handled in the slow paths.
// Arithmetic is int arithmetic on 0/1 (int's slots accept a bool lhs); & | ^ between two bools give a
// bool, as CPython (MicroPython's bool_binary_op gives an int there).
//
// The type object itself is built in objint.ts, right after int_type: bool's base must exist when
// bool_type is made, and objint.ts is where that order can be guaranteed whichever module loads first.
import { type Obj, type KwArgs, PyType, BinaryOp, INPLACE_TO_PLAIN } from './obj.js';
import { int_type } from './objint.js';
import { raiseTypeError } from './objexcept.js';
import { isTrue } from './runtime.js';

export { bool_type } from './objint.js';

export function boolMakeNew(_type: PyType, args: Obj[], kw: KwArgs): Obj {
  if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
  if (args.length > 1) raiseTypeError(`function expected at most 1 arguments, got ${args.length}`);
  return args.length === 0 ? false : isTrue(args[0]);
}

export function boolBinaryOp(op: number, lhs: Obj, rhs: Obj): Obj | undefined {
  if (typeof rhs === 'boolean' && typeof lhs === 'boolean') {
    const plain = op >= BinaryOp.INPLACE_OR && op <= BinaryOp.INPLACE_POWER ? op + INPLACE_TO_PLAIN : op;
    switch (plain) {
      case BinaryOp.AND:
      case BinaryOp.REVERSE_AND:
        return lhs && rhs;
      case BinaryOp.OR:
      case BinaryOp.REVERSE_OR:
        return lhs || rhs;
      case BinaryOp.XOR:
      case BinaryOp.REVERSE_XOR:
        return lhs !== rhs;
    }
  }
  return int_type.binaryOp!(op, lhs, rhs);
}
