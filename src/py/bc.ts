// MicroPython's bytecode: opcode numbers, operand formats, and the prelude encoding (py/bc0.h, py/bc.h).
// This table is the single source of truth for the emitter, the VM's decoder and the disassembler.
//
// Operand formats (the high nibble of the opcode selects it, MP_BC_FORMAT):
//   BYTE      no operand
//   QSTR      a var-uint index into the module's qstr table
//   VAR_UINT  a var-uint (LOAD_CONST_SMALL_INT: signed var-int)
//   OFFSET    a relative jump, 1 or 2 bytes (see below)
// Some opcodes carry one extra byte after their operand (MP_BC_MASK_EXTRA_BYTE):
//   UNWIND_JUMP (the unwind count), MAKE_CLOSURE/_DEFARGS (the number of closed-over cells).
//
// Jump offsets are relative to the end of the instruction. Encoding: if the first byte's high bit
// is clear the value is that byte (7 bits); else it is (b0 & 0x7f) | (b1 << 7) (15 bits).
// Signed offsets subtract 0x40 (1 byte) or 0x4000 (2 bytes). MicroPython's emitter picks 1 or 2
// bytes per jump by iterating passes; ours does the same.

export const enum Fmt {
  BYTE = 0,
  QSTR = 1,
  VAR_UINT = 2,
  OFFSET = 3,
}

/** Operand format of an opcode (MP_BC_FORMAT: nibbles BB BB BB BB BB BO VV QU packed into 0x3a4). */
export function opFormat(op: number): Fmt {
  return (0x000003a4 >> (2 * (op >> 4))) & 3;
}

/** Whether an opcode carries an extra byte after its operand (MP_BC_MASK_EXTRA_BYTE = 0x9e). */
export function opHasExtraByte(op: number): boolean {
  return op === Op.UNWIND_JUMP || op === Op.MAKE_CLOSURE || op === Op.MAKE_CLOSURE_DEFARGS;
}

// Bases of the opcode groups.
const QSTR_O = 0x10;
const VINT_E = 0x20;
const VINT_O = 0x30;
const JUMP_E = 0x40;
const BYTE_O = 0x50;
const BYTE_E = 0x60;

/** Opcodes. Each comment gives the stack effect and meaning. */
export const enum Op {
  // constants
  LOAD_CONST_FALSE = BYTE_O + 0x00, // → False
  LOAD_CONST_NONE = BYTE_O + 0x01, // → None
  LOAD_CONST_TRUE = BYTE_O + 0x02, // → True
  LOAD_CONST_SMALL_INT = VINT_E + 0x02, // signed var-int → int
  LOAD_CONST_STRING = QSTR_O + 0x00, // qstr → str
  LOAD_CONST_OBJ = VINT_E + 0x03, // const-table index → object (float, big int, bytes, tuple, ...)
  LOAD_NULL = BYTE_O + 0x03, // → NULL (a marker: no self / no value)

  // loads
  LOAD_FAST_N = VINT_E + 0x04, // local n → value (n >= 16; 0..15 use LOAD_FAST_MULTI)
  LOAD_DEREF = VINT_E + 0x05, // cell local n → contents
  LOAD_NAME = QSTR_O + 0x01, // name → value from locals/globals/builtins
  LOAD_GLOBAL = QSTR_O + 0x02, // name → value from globals/builtins
  LOAD_ATTR = QSTR_O + 0x03, // obj → obj.name
  LOAD_METHOD = QSTR_O + 0x04, // obj → method, self (or attr, NULL)
  LOAD_SUPER_METHOD = QSTR_O + 0x05, // NULL? self, __class__ → method, self (super().name)
  LOAD_BUILD_CLASS = BYTE_O + 0x04, // → __build_class__
  LOAD_SUBSCR = BYTE_O + 0x05, // obj, index → obj[index]

  // stores
  STORE_FAST_N = VINT_E + 0x06, // value → local n
  STORE_DEREF = VINT_E + 0x07, // value → cell local n
  STORE_NAME = QSTR_O + 0x06, // value → name in locals
  STORE_GLOBAL = QSTR_O + 0x07, // value → name in globals
  STORE_ATTR = QSTR_O + 0x08, // value, obj → ; obj.name = value
  STORE_SUBSCR = BYTE_O + 0x06, // value, obj, index → ; obj[index] = value

  // deletes
  DELETE_FAST = VINT_E + 0x08, // local n = unbound
  DELETE_DEREF = VINT_E + 0x09, // cell local n = empty
  DELETE_NAME = QSTR_O + 0x09,
  DELETE_GLOBAL = QSTR_O + 0x0a,

  // stack
  DUP_TOP = BYTE_O + 0x07, // a → a, a
  DUP_TOP_TWO = BYTE_O + 0x08, // a, b → a, b, a, b
  POP_TOP = BYTE_O + 0x09, // a →
  ROT_TWO = BYTE_O + 0x0a, // a, b → b, a
  ROT_THREE = BYTE_O + 0x0b, // a, b, c → c, a, b

  // control flow
  UNWIND_JUMP = JUMP_E + 0x00, // signed offset, then a byte: unwind n blocks (finally handlers run), then jump
  JUMP = JUMP_E + 0x02, // signed offset
  POP_JUMP_IF_TRUE = JUMP_E + 0x03, // signed offset; cond →
  POP_JUMP_IF_FALSE = JUMP_E + 0x04, // signed offset; cond →
  JUMP_IF_TRUE_OR_POP = JUMP_E + 0x05, // unsigned offset; keeps cond if jumping
  JUMP_IF_FALSE_OR_POP = JUMP_E + 0x06, // unsigned offset
  SETUP_WITH = JUMP_E + 0x07, // unsigned offset; ctx → __exit__, __enter__()
  SETUP_EXCEPT = JUMP_E + 0x08, // unsigned offset to handler
  SETUP_FINALLY = JUMP_E + 0x09, // unsigned offset to finally block
  POP_EXCEPT_JUMP = JUMP_E + 0x0a, // unsigned offset; leave an except handler
  FOR_ITER = JUMP_E + 0x0b, // unsigned offset; iter → iter, next (jump when exhausted, popping iter)
  WITH_CLEANUP = BYTE_O + 0x0c, // call __exit__ as the with block ends
  END_FINALLY = BYTE_O + 0x0d, // re-raise / continue unwinding after a finally block
  GET_ITER = BYTE_O + 0x0e, // obj → iter(obj)
  GET_ITER_STACK = BYTE_O + 0x0f, // obj → iterator state kept on the stack (MP_OBJ_ITER_BUF_NSLOTS slots)

  // building
  BUILD_TUPLE = VINT_E + 0x0a, // n items → tuple
  BUILD_LIST = VINT_E + 0x0b, // n items → list
  BUILD_MAP = VINT_E + 0x0c, // → dict (n is a size hint)
  STORE_MAP = BYTE_E + 0x02, // dict, value, key → dict
  BUILD_SET = VINT_E + 0x0d, // n items → set
  BUILD_SLICE = VINT_E + 0x0e, // 2 or 3 items → slice
  STORE_COMP = VINT_E + 0x0f, // item (or key, value) → ; append to the comprehension n below
  UNPACK_SEQUENCE = VINT_O + 0x00, // seq → n items (last item on top... first item on top)
  UNPACK_EX = VINT_O + 0x01, // seq → items with a starred list; n = before | after << 8

  // returning and raising
  RETURN_VALUE = BYTE_E + 0x03,
  RAISE_LAST = BYTE_E + 0x04, // bare `raise`
  RAISE_OBJ = BYTE_E + 0x05, // exc →
  RAISE_FROM = BYTE_E + 0x06, // exc, cause →
  YIELD_VALUE = BYTE_E + 0x07,
  YIELD_FROM = BYTE_E + 0x08,

  // functions and calls
  MAKE_FUNCTION = VINT_O + 0x02, // child index → function
  MAKE_FUNCTION_DEFARGS = VINT_O + 0x03, // child index; defaults tuple, kw-defaults dict → function
  MAKE_CLOSURE = VINT_E + 0x00, // child index, extra byte n_closed; cells → closure
  MAKE_CLOSURE_DEFARGS = VINT_E + 0x01, // child index, extra byte n_closed
  CALL_FUNCTION = VINT_O + 0x04, // n = n_pos | n_kw << 8; fn, args, kw pairs → result
  CALL_FUNCTION_VAR_KW = VINT_O + 0x05, // as above, with a star-args object and a kw-dict after
  CALL_METHOD = VINT_O + 0x06, // method, self, args, kw pairs → result
  CALL_METHOD_VAR_KW = VINT_O + 0x07,

  // imports
  IMPORT_NAME = QSTR_O + 0x0b, // fromlist, level → module
  IMPORT_FROM = QSTR_O + 0x0c, // module → module, module.name
  IMPORT_STAR = BYTE_E + 0x09, // module →

  // multi-opcodes: the operand is in the opcode
  LOAD_CONST_SMALL_INT_MULTI = 0x70, // 0x70..0xaf: int (op - 0x70 - 16), i.e. -16..47
  LOAD_FAST_MULTI = 0xb0, // 0xb0..0xbf: local 0..15
  STORE_FAST_MULTI = 0xc0, // 0xc0..0xcf: local 0..15
  UNARY_OP_MULTI = 0xd0, // 0xd0..0xd6: unary op 0..3 (4 used)
  BINARY_OP_MULTI = 0xd7, // 0xd7..0xf9: binary op 0..34
}

export const SMALL_INT_MULTI_NUM = 64;
export const SMALL_INT_MULTI_EXCESS = 16;
export const FAST_MULTI_NUM = 16;
export const UNARY_OP_MULTI_NUM = 4; // MP_UNARY_OP_NUM_BYTECODE
export const BINARY_OP_MULTI_NUM = 35; // MP_BINARY_OP_NUM_BYTECODE

/** Stack slots taken by GET_ITER_STACK's iterator state (MP_OBJ_ITER_BUF_NSLOTS). */
export const ITER_BUF_NSLOTS = 4;

/** Opcode names, for the disassembler and error messages. */
export const OP_NAMES: ReadonlyMap<number, string> = new Map<number, string>([
  [Op.LOAD_CONST_FALSE, 'LOAD_CONST_FALSE'],
  [Op.LOAD_CONST_NONE, 'LOAD_CONST_NONE'],
  [Op.LOAD_CONST_TRUE, 'LOAD_CONST_TRUE'],
  [Op.LOAD_CONST_SMALL_INT, 'LOAD_CONST_SMALL_INT'],
  [Op.LOAD_CONST_STRING, 'LOAD_CONST_STRING'],
  [Op.LOAD_CONST_OBJ, 'LOAD_CONST_OBJ'],
  [Op.LOAD_NULL, 'LOAD_NULL'],
  [Op.LOAD_FAST_N, 'LOAD_FAST_N'],
  [Op.LOAD_DEREF, 'LOAD_DEREF'],
  [Op.LOAD_NAME, 'LOAD_NAME'],
  [Op.LOAD_GLOBAL, 'LOAD_GLOBAL'],
  [Op.LOAD_ATTR, 'LOAD_ATTR'],
  [Op.LOAD_METHOD, 'LOAD_METHOD'],
  [Op.LOAD_SUPER_METHOD, 'LOAD_SUPER_METHOD'],
  [Op.LOAD_BUILD_CLASS, 'LOAD_BUILD_CLASS'],
  [Op.LOAD_SUBSCR, 'LOAD_SUBSCR'],
  [Op.STORE_FAST_N, 'STORE_FAST_N'],
  [Op.STORE_DEREF, 'STORE_DEREF'],
  [Op.STORE_NAME, 'STORE_NAME'],
  [Op.STORE_GLOBAL, 'STORE_GLOBAL'],
  [Op.STORE_ATTR, 'STORE_ATTR'],
  [Op.STORE_SUBSCR, 'STORE_SUBSCR'],
  [Op.DELETE_FAST, 'DELETE_FAST'],
  [Op.DELETE_DEREF, 'DELETE_DEREF'],
  [Op.DELETE_NAME, 'DELETE_NAME'],
  [Op.DELETE_GLOBAL, 'DELETE_GLOBAL'],
  [Op.DUP_TOP, 'DUP_TOP'],
  [Op.DUP_TOP_TWO, 'DUP_TOP_TWO'],
  [Op.POP_TOP, 'POP_TOP'],
  [Op.ROT_TWO, 'ROT_TWO'],
  [Op.ROT_THREE, 'ROT_THREE'],
  [Op.UNWIND_JUMP, 'UNWIND_JUMP'],
  [Op.JUMP, 'JUMP'],
  [Op.POP_JUMP_IF_TRUE, 'POP_JUMP_IF_TRUE'],
  [Op.POP_JUMP_IF_FALSE, 'POP_JUMP_IF_FALSE'],
  [Op.JUMP_IF_TRUE_OR_POP, 'JUMP_IF_TRUE_OR_POP'],
  [Op.JUMP_IF_FALSE_OR_POP, 'JUMP_IF_FALSE_OR_POP'],
  [Op.SETUP_WITH, 'SETUP_WITH'],
  [Op.SETUP_EXCEPT, 'SETUP_EXCEPT'],
  [Op.SETUP_FINALLY, 'SETUP_FINALLY'],
  [Op.POP_EXCEPT_JUMP, 'POP_EXCEPT_JUMP'],
  [Op.FOR_ITER, 'FOR_ITER'],
  [Op.WITH_CLEANUP, 'WITH_CLEANUP'],
  [Op.END_FINALLY, 'END_FINALLY'],
  [Op.GET_ITER, 'GET_ITER'],
  [Op.GET_ITER_STACK, 'GET_ITER_STACK'],
  [Op.BUILD_TUPLE, 'BUILD_TUPLE'],
  [Op.BUILD_LIST, 'BUILD_LIST'],
  [Op.BUILD_MAP, 'BUILD_MAP'],
  [Op.STORE_MAP, 'STORE_MAP'],
  [Op.BUILD_SET, 'BUILD_SET'],
  [Op.BUILD_SLICE, 'BUILD_SLICE'],
  [Op.STORE_COMP, 'STORE_COMP'],
  [Op.UNPACK_SEQUENCE, 'UNPACK_SEQUENCE'],
  [Op.UNPACK_EX, 'UNPACK_EX'],
  [Op.RETURN_VALUE, 'RETURN_VALUE'],
  [Op.RAISE_LAST, 'RAISE_LAST'],
  [Op.RAISE_OBJ, 'RAISE_OBJ'],
  [Op.RAISE_FROM, 'RAISE_FROM'],
  [Op.YIELD_VALUE, 'YIELD_VALUE'],
  [Op.YIELD_FROM, 'YIELD_FROM'],
  [Op.MAKE_FUNCTION, 'MAKE_FUNCTION'],
  [Op.MAKE_FUNCTION_DEFARGS, 'MAKE_FUNCTION_DEFARGS'],
  [Op.MAKE_CLOSURE, 'MAKE_CLOSURE'],
  [Op.MAKE_CLOSURE_DEFARGS, 'MAKE_CLOSURE_DEFARGS'],
  [Op.CALL_FUNCTION, 'CALL_FUNCTION'],
  [Op.CALL_FUNCTION_VAR_KW, 'CALL_FUNCTION_VAR_KW'],
  [Op.CALL_METHOD, 'CALL_METHOD'],
  [Op.CALL_METHOD_VAR_KW, 'CALL_METHOD_VAR_KW'],
  [Op.IMPORT_NAME, 'IMPORT_NAME'],
  [Op.IMPORT_FROM, 'IMPORT_FROM'],
  [Op.IMPORT_STAR, 'IMPORT_STAR'],
]);

// Scope flags stored in the prelude signature (py/runtime0.h MP_SCOPE_FLAG_*).
export const enum ScopeFlag {
  GENERATOR = 0x01,
  VARKEYWORDS = 0x02,
  VARARGS = 0x04,
  DEFKWARGS = 0x08,
  ALL_SIG = 0x0f,
}

/** The decoded prelude of a bytecode function (py/bc.h). */
export interface Prelude {
  nState: number; // value stack + locals
  nExcStack: number; // exception/finally blocks
  scopeFlags: number;
  nPosArgs: number;
  nKwonlyArgs: number;
  nDefPosArgs: number;
  nInfo: number; // bytes of the source info section
  nCell: number; // bytes of the closure section
  /** offset where the source info section starts (the function's simple name). */
  infoStart: number;
  /** offset where the opcodes start. */
  codeStart: number;
}

/** Read a var-uint (7 bits a byte, most significant first, high bit = more follows). Returns [value, nextOffset]. */
export function readVarUint(code: Uint8Array, ip: number): [number, number] {
  let v = 0;
  let b: number;
  do {
    b = code[ip++];
    v = v * 128 + (b & 0x7f);
  } while (b & 0x80);
  return [v, ip];
}

/** Append a var-uint, most significant group first. */
export function writeVarUint(out: number[], v: number): void {
  const groups: number[] = [];
  do {
    groups.push(v & 0x7f);
    v = Math.floor(v / 128);
  } while (v > 0);
  for (let i = groups.length - 1; i > 0; i--) out.push(groups[i] | 0x80);
  out.push(groups[0]);
}

/**
 * Append a signed var-int (LOAD_CONST_SMALL_INT): as var-uint groups of the two's complement,
 * with the sign held in bit 6 of the first group (MicroPython's mp_encode_uint for small ints).
 */
export function writeVarInt(out: number[], v: number): void {
  const groups: number[] = [];
  let x = v;
  for (;;) {
    groups.push(x & 0x7f);
    x = Math.floor(x / 128);
    if ((x === 0 && (groups[groups.length - 1] & 0x40) === 0) || (x === -1 && (groups[groups.length - 1] & 0x40) !== 0)) break;
  }
  for (let i = groups.length - 1; i > 0; i--) out.push(groups[i] | 0x80);
  out.push(groups[0]);
}

/** Read a signed var-int. Returns [value, nextOffset]. */
export function readVarInt(code: Uint8Array, ip: number): [number, number] {
  let b = code[ip++];
  let v = b & 0x40 ? -1 : 0;
  for (;;) {
    v = v * 128 + (b & 0x7f);
    if (!(b & 0x80)) break;
    b = code[ip++];
  }
  return [v, ip];
}

/** Decode the prelude at the start of a function's bytecode. */
export function decodePrelude(code: Uint8Array): Prelude {
  let ip = 0;
  let z = code[ip++];
  let S = (z >> 3) & 0xf;
  let E = (z >> 2) & 0x1;
  let F = 0;
  let A = z & 0x3;
  let K = 0;
  let D = 0;
  for (let n = 0; z & 0x80; ++n) {
    z = code[ip++];
    S |= (z & 0x30) << (2 * n);
    E |= (z & 0x02) << n;
    F |= ((z & 0x40) >> 6) << n;
    A |= (z & 0x4) << n;
    K |= ((z & 0x08) >> 3) << n;
    D |= (z & 0x1) << n;
  }
  S += 1;
  // size: xIIIIIIC repeated, least significant group first
  let I = 0;
  let C = 0;
  for (let n = 0; ; ++n) {
    z = code[ip++];
    C |= (z & 1) << n;
    I |= ((z & 0x7e) >> 1) << (6 * n);
    if (!(z & 0x80)) break;
  }
  return {
    nState: S,
    nExcStack: E,
    scopeFlags: F,
    nPosArgs: A,
    nKwonlyArgs: K,
    nDefPosArgs: D,
    nInfo: I,
    nCell: C,
    infoStart: ip,
    codeStart: ip + I + C,
  };
}

/** Encode the prelude signature and size (MP_BC_PRELUDE_SIG_ENCODE / MP_BC_PRELUDE_SIZE_ENCODE). */
export function encodePrelude(out: number[], p: Omit<Prelude, 'infoStart' | 'codeStart'>): void {
  let S = p.nState - 1;
  let E = p.nExcStack;
  let F = p.scopeFlags & ScopeFlag.ALL_SIG;
  let A = p.nPosArgs;
  let K = p.nKwonlyArgs;
  let D = p.nDefPosArgs;
  let z = ((S & 0xf) << 3) | ((E & 1) << 2) | (A & 3);
  S >>= 4;
  E >>= 1;
  A >>= 2;
  while (S | E | F | A | K | D) {
    out.push(0x80 | z);
    z = ((F & 1) << 6) | ((S & 3) << 4) | ((K & 1) << 3) | ((A & 1) << 2) | ((E & 1) << 1) | (D & 1);
    S >>= 2;
    E >>= 1;
    F >>= 1;
    A >>= 1;
    K >>= 1;
    D >>= 1;
  }
  out.push(z);
  let I = p.nInfo;
  let C = p.nCell;
  do {
    z = ((I & 0x3f) << 1) | (C & 1);
    C >>= 1;
    I >>= 6;
    if (C | I) z |= 0x80;
    out.push(z);
  } while (z & 0x80);
}
