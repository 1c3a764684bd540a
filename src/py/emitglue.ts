// The compiler's output and the VM's input (MicroPython py/emitglue.h, py/bc.h mp_module_context_t).
// A compiled module is a tree of RawCode (one per function/class body/comprehension) plus the
// module-wide tables that bytecode operands index: qstrs (names and string constants) and consts
// (floats, big ints, bytes, ...). This is the unit `.mpy` files store.
import type { Obj } from './obj.js';

export const enum CodeKind {
  BYTECODE = 2, // MP_CODE_BYTECODE
  NATIVE_PY = 3, // MP_CODE_NATIVE_PY (the JS-emitting native tier, later)
  NATIVE_VIPER = 4,
}

export class RawCode {
  kind: CodeKind;
  /** The function's data as MicroPython lays it out: prelude, source info (name, arg names, line table), cells, opcodes. */
  code: Uint8Array;
  /** Nested functions/classes/comprehensions, indexed by MAKE_FUNCTION/MAKE_CLOSURE operands. */
  children: RawCode[];
  isGenerator: boolean;
  /** Cache for the VM's pre-decoded form of `code` (filled on first run). */
  decoded: unknown;
  constructor(code: Uint8Array, children: RawCode[], isGenerator: boolean, kind: CodeKind = CodeKind.BYTECODE) {
    this.kind = kind;
    this.code = code;
    this.children = children;
    this.isGenerator = isGenerator;
    this.decoded = null;
  }
}

/** The module-wide constant tables (mp_module_constants_t). */
export interface ModuleConstants {
  /** qstr operands in bytecode are indices into this table. Entry 0 is the source file name. */
  qstrs: string[];
  /** LOAD_CONST_OBJ operands are indices into this table. */
  consts: Obj[];
}

/** A whole compiled module: what compile() produces and what a .mpy file holds. */
export interface CompiledModule extends ModuleConstants {
  rc: RawCode;
  sourceFile: string;
}
