// Pre-decoding of MicroPython bytecode into the VM's internal form (the reading half of py/bc.c and
// py/vm.c's operand decoding). The bytecode is the interchange format; on a function's first run its
// RawCode is decoded once into parallel typed arrays the dispatch loop indexes directly:
//   ops[i]   a dense internal opcode (enum I below; multi-opcodes split into opcode + operand,
//            common binary operators given their own opcode so the loop's switch reaches the
//            small-int fast path in one jump)
//   args[i]  the operand: a qstr index, a const index, a child index, a small int, an absolute
//            jump target (an instruction index), or for locals the index into the frame's state array
//   args2[i] the extra byte of UNWIND_JUMP / MAKE_CLOSURE*
//   lines[i] the source line of the instruction (from the prelude's line table)
// Jumps become instruction indices; instruction order equals byte order, so MicroPython's
// `handler <= ip` comparisons on exception blocks keep their meaning on indices.
import { Op, Fmt, opFormat, decodePrelude, ScopeFlag } from './bc.js';
import type { RawCode, ModuleConstants } from './emitglue.js';
import type { Obj, PyType } from './obj.js';
import { BinaryOp } from './obj.js';
import type { Frame } from './vmframe.js';
import type { JitFn } from './vmjit.js';

/** Internal opcodes (dense, for a jump-table switch). */
export const enum I {
  LOAD_CONST_FALSE,
  LOAD_CONST_NONE,
  LOAD_CONST_TRUE,
  LOAD_CONST_SMALL_INT,
  LOAD_CONST_STRING,
  LOAD_CONST_OBJ,
  LOAD_NULL,
  LOAD_FAST,
  LOAD_DEREF,
  LOAD_NAME,
  LOAD_GLOBAL,
  LOAD_ATTR,
  LOAD_METHOD,
  LOAD_SUPER_METHOD,
  LOAD_BUILD_CLASS,
  LOAD_SUBSCR,
  STORE_FAST,
  STORE_DEREF,
  STORE_NAME,
  STORE_GLOBAL,
  STORE_ATTR,
  STORE_SUBSCR,
  DELETE_FAST,
  DELETE_DEREF,
  DELETE_NAME,
  DELETE_GLOBAL,
  DUP_TOP,
  DUP_TOP_TWO,
  POP_TOP,
  ROT_TWO,
  ROT_THREE,
  UNWIND_JUMP,
  JUMP,
  POP_JUMP_IF_TRUE,
  POP_JUMP_IF_FALSE,
  JUMP_IF_TRUE_OR_POP,
  JUMP_IF_FALSE_OR_POP,
  SETUP_WITH,
  SETUP_EXCEPT,
  SETUP_FINALLY,
  POP_EXCEPT_JUMP,
  FOR_ITER,
  WITH_CLEANUP,
  END_FINALLY,
  GET_ITER,
  GET_ITER_STACK,
  BUILD_TUPLE,
  BUILD_LIST,
  BUILD_MAP,
  STORE_MAP,
  BUILD_SET,
  BUILD_SLICE,
  STORE_COMP,
  UNPACK_SEQUENCE,
  UNPACK_EX,
  RETURN_VALUE,
  RAISE_LAST,
  RAISE_OBJ,
  RAISE_FROM,
  YIELD_VALUE,
  YIELD_FROM,
  MAKE_FUNCTION,
  MAKE_FUNCTION_DEFARGS,
  MAKE_CLOSURE,
  MAKE_CLOSURE_DEFARGS,
  CALL_FUNCTION,
  CALL_FUNCTION_VAR_KW,
  CALL_METHOD,
  CALL_METHOD_VAR_KW,
  IMPORT_NAME,
  IMPORT_FROM,
  IMPORT_STAR,
  UNARY_OP,
  BINARY_OP,
  // specialised binary operators (fast path for two small ints, else the generic op)
  OP_ADD,
  OP_SUB,
  OP_MUL,
  OP_FLOORDIV,
  OP_MOD,
  OP_IADD,
  OP_ISUB,
  OP_LT,
  OP_LE,
  OP_GT,
  OP_GE,
  OP_EQ,
  OP_NE,
  OP_IS,
  OP_IN,
  OP_TRUEDIV,
  OP_POW,
  OP_AND,
  OP_OR,
  OP_XOR,
  OP_LSHIFT,
  OP_RSHIFT,
}

const NO_JIT: JitFn = () => 4;

/** A decoded code object: everything the VM needs to run one RawCode. */
export class Code {
  rc: RawCode;
  qstrs: string[];
  consts: Obj[];
  file: string;
  name: string;
  nState: number;
  nExcStack: number;
  scopeFlags: number;
  nPosArgs: number;
  nKwonlyArgs: number;
  nDefPosArgs: number;
  isGenerator: boolean;
  /** Names of the positional then keyword-only parameters. */
  argNames: string[];
  /** State-array indices of locals that become cells on entry. */
  cells: number[];
  ops: Uint8Array;
  args: Int32Array;
  args2: Int32Array;
  lines: Int32Array;
  // Inline caches, one entry per instruction (LOAD_METHOD, STORE_ATTR): the receiver's type and its
  // version when the entry was filled, and the value found (the method, for LOAD_METHOD).
  icType: (PyType | null)[];
  icVer: Int32Array;
  icVal: (Obj | undefined)[];
  /**
   * Whether a call with exactly nPosArgs positional arguments binds them directly: no *args,
   * **kwargs, keyword-only parameters or default keyword arguments, no cells.
   */
  simpleArgs: boolean;
  /** Only positional parameters (some with defaults), maybe cells: what the compiled tier's plainFrame binds. */
  plainArgs: boolean;
  /** Finished frames of this code kept for reuse (their state cleared), see vmframe.ts. */
  pool: Frame[];
  /** The compiled form (vmjit.ts), once this code is hot; null while interpreted. */
  jit: JitFn | null;
  /** vmPoll samples taken in this code (the tier-up counter); -1 once compiled or refused. */
  hot: number;

  constructor(rc: RawCode, mc: ModuleConstants) {
    const code = rc.code;
    const p = decodePrelude(code);
    this.rc = rc;
    this.qstrs = mc.qstrs;
    this.consts = mc.consts;
    this.file = mc.qstrs[0] ?? '<stdin>';
    this.nState = p.nState;
    this.nExcStack = p.nExcStack;
    this.scopeFlags = p.scopeFlags;
    this.nPosArgs = p.nPosArgs;
    this.nKwonlyArgs = p.nKwonlyArgs;
    this.nDefPosArgs = p.nDefPosArgs;
    this.isGenerator = (p.scopeFlags & ScopeFlag.GENERATOR) !== 0 || rc.isGenerator;
    // made from [null] so that an empty pool already has the object elements kind of a full one
    // (an empty [] would be a different map: a deopt in every loop that pools frames)
    this.pool = [null] as unknown as Frame[];
    this.pool.pop();
    // a function first, then null: the field's type is general from the start, so compiling
    // code later does not deprecate the Code map (a deopt of everything that reads code objects)
    this.jit = NO_JIT;
    this.jit = null;
    this.hot = 0;

    // source info: simple name, argument names, line table
    let ip = p.infoStart;
    const infoEnd = p.infoStart + p.nInfo;
    let v: number;
    [v, ip] = readUint(code, ip);
    this.name = mc.qstrs[v] ?? '?';
    this.argNames = [];
    for (let i = 0; i < p.nPosArgs + p.nKwonlyArgs; i++) {
      [v, ip] = readUint(code, ip);
      this.argNames.push(mc.qstrs[v] ?? '?');
    }
    const lineInfo = ip;
    // closure section
    this.cells = [];
    for (let i = 0; i < p.nCell; i++) this.cells.push(p.nState - 1 - code[infoEnd + i]);
    this.plainArgs = (p.scopeFlags & (ScopeFlag.VARARGS | ScopeFlag.VARKEYWORDS | ScopeFlag.DEFKWARGS)) === 0 && p.nKwonlyArgs === 0;
    this.simpleArgs = this.plainArgs && p.nCell === 0;

    // first pass: instruction boundaries
    const start = p.codeStart;
    const end = code.length;
    const byteToInstr = new Int32Array(end - start + 1).fill(-1);
    const starts: number[] = [];
    for (let q = start; q < end; ) {
      byteToInstr[q - start] = starts.length;
      starts.push(q);
      q = skipInstr(code, q);
    }
    byteToInstr[end - start] = starts.length;
    const n = starts.length;
    this.ops = new Uint8Array(n + 1);
    this.args = new Int32Array(n + 1);
    this.args2 = new Int32Array(n + 1);
    this.lines = new Int32Array(n + 1);
    this.icType = new Array<PyType | null>(n + 1).fill(null);
    this.icVer = new Int32Array(n + 1);
    this.icVal = new Array<Obj | undefined>(n + 1).fill(undefined);
    const target = (byteAddr: number): number => {
      const t = byteAddr - start;
      if (t < 0 || t > end - start || byteToInstr[t] < 0) return n; // malformed: runs off the end
      return byteToInstr[t];
    };

    // line numbers per instruction (mp_bytecode_get_source_line, one pass)
    {
      let li = lineInfo;
      let line = 1;
      let bcBase = 0; // byte offset where the current entry starts applying
      let nextInc = -1;
      let nextLine = 0;
      const readEntry = (): void => {
        if (li >= infoEnd) {
          nextInc = -1;
          return;
        }
        const c = code[li];
        if ((c & 0x80) === 0) {
          nextInc = c & 0x1f;
          nextLine = c >> 5;
          li += 1;
        } else {
          nextInc = c & 0xf;
          nextLine = ((c << 4) & 0x700) | code[li + 1];
          li += 2;
        }
      };
      readEntry();
      for (let i = 0; i < n; i++) {
        const off = starts[i] - start;
        while (nextInc >= 0 && off - bcBase >= nextInc) {
          bcBase += nextInc;
          line += nextLine;
          readEntry();
        }
        this.lines[i] = line;
      }
      this.lines[n] = n > 0 ? this.lines[n - 1] : line;
    }

    // second pass: decode
    const ops = this.ops;
    const args = this.args;
    const args2 = this.args2;
    const nState = p.nState;
    for (let i = 0; i < n; i++) {
      let q = starts[i];
      const op = code[q++];
      if (op >= Op.LOAD_CONST_SMALL_INT_MULTI) {
        if (op < Op.LOAD_FAST_MULTI) {
          ops[i] = I.LOAD_CONST_SMALL_INT;
          args[i] = op - Op.LOAD_CONST_SMALL_INT_MULTI - 16;
        } else if (op < Op.STORE_FAST_MULTI) {
          ops[i] = I.LOAD_FAST;
          args[i] = nState - 1 - (op - Op.LOAD_FAST_MULTI);
        } else if (op < Op.UNARY_OP_MULTI) {
          ops[i] = I.STORE_FAST;
          args[i] = nState - 1 - (op - Op.STORE_FAST_MULTI);
        } else if (op < Op.BINARY_OP_MULTI) {
          ops[i] = I.UNARY_OP;
          args[i] = op - Op.UNARY_OP_MULTI;
        } else {
          const bop = op - Op.BINARY_OP_MULTI;
          ops[i] = specialBinary(bop);
          args[i] = bop;
        }
        continue;
      }
      const fmt = opFormat(op);
      let operand = 0;
      if (fmt === Fmt.QSTR || fmt === Fmt.VAR_UINT) {
        if (op === Op.LOAD_CONST_SMALL_INT) [operand, q] = readInt(code, q);
        else [operand, q] = readUint(code, q);
      } else if (fmt === Fmt.OFFSET) {
        let off: number;
        const signed = op === Op.UNWIND_JUMP || op === Op.JUMP || op === Op.POP_JUMP_IF_TRUE || op === Op.POP_JUMP_IF_FALSE;
        if (code[q] & 0x80) {
          off = (code[q] & 0x7f) | (code[q + 1] << 7);
          q += 2;
          if (signed) off -= 0x4000;
        } else {
          off = code[q];
          q += 1;
          if (signed) off -= 0x40;
        }
        operand = target(q + off);
      }
      if (op === Op.UNWIND_JUMP || op === Op.MAKE_CLOSURE || op === Op.MAKE_CLOSURE_DEFARGS) args2[i] = code[q];
      const iop = OP_MAP[op];
      ops[i] = iop === undefined ? 255 : iop;
      switch (op) {
        case Op.LOAD_FAST_N:
        case Op.STORE_FAST_N:
        case Op.LOAD_DEREF:
        case Op.STORE_DEREF:
        case Op.DELETE_FAST:
        case Op.DELETE_DEREF:
          args[i] = nState - 1 - operand;
          break;
        default:
          args[i] = operand;
      }
    }
    // sentinel: running off the end returns None (never emitted by a correct compiler)
    ops[n] = 255;
  }
}

function specialBinary(bop: number): number {
  // An in-place operator shares its plain operator's fast path; the generic fallback gets the
  // original operator, so list += / *= keep their in-place meaning.
  switch (bop) {
    case BinaryOp.ADD:
      return I.OP_ADD;
    case BinaryOp.SUBTRACT:
      return I.OP_SUB;
    case BinaryOp.MULTIPLY:
    case BinaryOp.INPLACE_MULTIPLY:
      return I.OP_MUL;
    case BinaryOp.FLOOR_DIVIDE:
    case BinaryOp.INPLACE_FLOOR_DIVIDE:
      return I.OP_FLOORDIV;
    case BinaryOp.MODULO:
    case BinaryOp.INPLACE_MODULO:
      return I.OP_MOD;
    case BinaryOp.TRUE_DIVIDE:
    case BinaryOp.INPLACE_TRUE_DIVIDE:
      return I.OP_TRUEDIV;
    case BinaryOp.POWER:
    case BinaryOp.INPLACE_POWER:
      return I.OP_POW;
    case BinaryOp.AND:
    case BinaryOp.INPLACE_AND:
      return I.OP_AND;
    case BinaryOp.OR:
    case BinaryOp.INPLACE_OR:
      return I.OP_OR;
    case BinaryOp.XOR:
    case BinaryOp.INPLACE_XOR:
      return I.OP_XOR;
    case BinaryOp.LSHIFT:
    case BinaryOp.INPLACE_LSHIFT:
      return I.OP_LSHIFT;
    case BinaryOp.RSHIFT:
    case BinaryOp.INPLACE_RSHIFT:
      return I.OP_RSHIFT;
    case BinaryOp.INPLACE_ADD:
      return I.OP_IADD;
    case BinaryOp.INPLACE_SUBTRACT:
      return I.OP_ISUB;
    case BinaryOp.LESS:
      return I.OP_LT;
    case BinaryOp.LESS_EQUAL:
      return I.OP_LE;
    case BinaryOp.MORE:
      return I.OP_GT;
    case BinaryOp.MORE_EQUAL:
      return I.OP_GE;
    case BinaryOp.EQUAL:
      return I.OP_EQ;
    case BinaryOp.NOT_EQUAL:
      return I.OP_NE;
    case BinaryOp.IS:
      return I.OP_IS;
    case BinaryOp.IN:
      return I.OP_IN;
    default:
      return I.BINARY_OP;
  }
}

const OP_MAP: (number | undefined)[] = [];
{
  const m: [number, number][] = [
    [Op.LOAD_CONST_FALSE, I.LOAD_CONST_FALSE],
    [Op.LOAD_CONST_NONE, I.LOAD_CONST_NONE],
    [Op.LOAD_CONST_TRUE, I.LOAD_CONST_TRUE],
    [Op.LOAD_CONST_SMALL_INT, I.LOAD_CONST_SMALL_INT],
    [Op.LOAD_CONST_STRING, I.LOAD_CONST_STRING],
    [Op.LOAD_CONST_OBJ, I.LOAD_CONST_OBJ],
    [Op.LOAD_NULL, I.LOAD_NULL],
    [Op.LOAD_FAST_N, I.LOAD_FAST],
    [Op.LOAD_DEREF, I.LOAD_DEREF],
    [Op.LOAD_NAME, I.LOAD_NAME],
    [Op.LOAD_GLOBAL, I.LOAD_GLOBAL],
    [Op.LOAD_ATTR, I.LOAD_ATTR],
    [Op.LOAD_METHOD, I.LOAD_METHOD],
    [Op.LOAD_SUPER_METHOD, I.LOAD_SUPER_METHOD],
    [Op.LOAD_BUILD_CLASS, I.LOAD_BUILD_CLASS],
    [Op.LOAD_SUBSCR, I.LOAD_SUBSCR],
    [Op.STORE_FAST_N, I.STORE_FAST],
    [Op.STORE_DEREF, I.STORE_DEREF],
    [Op.STORE_NAME, I.STORE_NAME],
    [Op.STORE_GLOBAL, I.STORE_GLOBAL],
    [Op.STORE_ATTR, I.STORE_ATTR],
    [Op.STORE_SUBSCR, I.STORE_SUBSCR],
    [Op.DELETE_FAST, I.DELETE_FAST],
    [Op.DELETE_DEREF, I.DELETE_DEREF],
    [Op.DELETE_NAME, I.DELETE_NAME],
    [Op.DELETE_GLOBAL, I.DELETE_GLOBAL],
    [Op.DUP_TOP, I.DUP_TOP],
    [Op.DUP_TOP_TWO, I.DUP_TOP_TWO],
    [Op.POP_TOP, I.POP_TOP],
    [Op.ROT_TWO, I.ROT_TWO],
    [Op.ROT_THREE, I.ROT_THREE],
    [Op.UNWIND_JUMP, I.UNWIND_JUMP],
    [Op.JUMP, I.JUMP],
    [Op.POP_JUMP_IF_TRUE, I.POP_JUMP_IF_TRUE],
    [Op.POP_JUMP_IF_FALSE, I.POP_JUMP_IF_FALSE],
    [Op.JUMP_IF_TRUE_OR_POP, I.JUMP_IF_TRUE_OR_POP],
    [Op.JUMP_IF_FALSE_OR_POP, I.JUMP_IF_FALSE_OR_POP],
    [Op.SETUP_WITH, I.SETUP_WITH],
    [Op.SETUP_EXCEPT, I.SETUP_EXCEPT],
    [Op.SETUP_FINALLY, I.SETUP_FINALLY],
    [Op.POP_EXCEPT_JUMP, I.POP_EXCEPT_JUMP],
    [Op.FOR_ITER, I.FOR_ITER],
    [Op.WITH_CLEANUP, I.WITH_CLEANUP],
    [Op.END_FINALLY, I.END_FINALLY],
    [Op.GET_ITER, I.GET_ITER],
    [Op.GET_ITER_STACK, I.GET_ITER_STACK],
    [Op.BUILD_TUPLE, I.BUILD_TUPLE],
    [Op.BUILD_LIST, I.BUILD_LIST],
    [Op.BUILD_MAP, I.BUILD_MAP],
    [Op.STORE_MAP, I.STORE_MAP],
    [Op.BUILD_SET, I.BUILD_SET],
    [Op.BUILD_SLICE, I.BUILD_SLICE],
    [Op.STORE_COMP, I.STORE_COMP],
    [Op.UNPACK_SEQUENCE, I.UNPACK_SEQUENCE],
    [Op.UNPACK_EX, I.UNPACK_EX],
    [Op.RETURN_VALUE, I.RETURN_VALUE],
    [Op.RAISE_LAST, I.RAISE_LAST],
    [Op.RAISE_OBJ, I.RAISE_OBJ],
    [Op.RAISE_FROM, I.RAISE_FROM],
    [Op.YIELD_VALUE, I.YIELD_VALUE],
    [Op.YIELD_FROM, I.YIELD_FROM],
    [Op.MAKE_FUNCTION, I.MAKE_FUNCTION],
    [Op.MAKE_FUNCTION_DEFARGS, I.MAKE_FUNCTION_DEFARGS],
    [Op.MAKE_CLOSURE, I.MAKE_CLOSURE],
    [Op.MAKE_CLOSURE_DEFARGS, I.MAKE_CLOSURE_DEFARGS],
    [Op.CALL_FUNCTION, I.CALL_FUNCTION],
    [Op.CALL_FUNCTION_VAR_KW, I.CALL_FUNCTION_VAR_KW],
    [Op.CALL_METHOD, I.CALL_METHOD],
    [Op.CALL_METHOD_VAR_KW, I.CALL_METHOD_VAR_KW],
    [Op.IMPORT_NAME, I.IMPORT_NAME],
    [Op.IMPORT_FROM, I.IMPORT_FROM],
    [Op.IMPORT_STAR, I.IMPORT_STAR],
  ];
  for (const [op, iop] of m) OP_MAP[op] = iop;
}

function readUint(code: Uint8Array, ip: number): [number, number] {
  let v = 0;
  let b: number;
  do {
    b = code[ip++];
    v = v * 128 + (b & 0x7f);
  } while (b & 0x80 && ip < code.length);
  return [v, ip];
}

function readInt(code: Uint8Array, ip: number): [number, number] {
  let b = code[ip++];
  let v = b & 0x40 ? -1 : 0;
  for (;;) {
    v = v * 128 + (b & 0x7f);
    if (!(b & 0x80) || ip >= code.length) break;
    b = code[ip++];
  }
  return [v, ip];
}

/** Byte offset of the instruction after the one at q. */
function skipInstr(code: Uint8Array, q: number): number {
  const op = code[q++];
  if (op >= Op.LOAD_CONST_SMALL_INT_MULTI) return q;
  const fmt = opFormat(op);
  if (fmt === Fmt.QSTR || fmt === Fmt.VAR_UINT) {
    while (q < code.length && code[q++] & 0x80);
  } else if (fmt === Fmt.OFFSET) {
    q += code[q] & 0x80 ? 2 : 1;
  }
  if (op === Op.UNWIND_JUMP || op === Op.MAKE_CLOSURE || op === Op.MAKE_CLOSURE_DEFARGS) q++;
  return q;
}

/** The decoded form of rc (decoded once, cached on the RawCode). */
export function getCode(rc: RawCode, mc: ModuleConstants): Code {
  const d = rc.decoded;
  if (d instanceof Code && d.qstrs === mc.qstrs) return d;
  const c = new Code(rc, mc);
  if (d === null) rc.decoded = c;
  return c;
}
