// The bytecode emitter (MicroPython py/emitbc.c, py/emitcommon.c, py/emit.h).
//
// The compiler drives an `Emitter` (the interface mirrors MicroPython's emit_method_table_t) over
// each scope in four passes: SCOPE (the compiler works out identifiers; code is not kept),
// STACK_SIZE (maximum value-stack depth), CODE_SIZE (code size and label offsets) and EMIT (the
// bytes; repeated until jump encodings stop shrinking). The byte layout produced here is exactly
// MicroPython's: prelude signature and size, source info (simple name, argument names, line table),
// closure cells, then the opcodes. Qstr and constant-object operands index the module-wide tables
// kept by `EmitCommon`, filled in first-use order across all passes as mpy-cross does.

import { encodePrelude, ITER_BUF_NSLOTS, Op, ScopeFlag, writeVarUint } from './bc.js';
import { CompileError } from './compileerror.js';
import type { RawCode } from './emitglue.js';
import { Ellipsis, type Obj, type PyObject } from './obj.js';
import type { Scope } from './scope.js';
import { IdFlag, IdKind, ScopeKind } from './scope.js';

export const enum Pass {
  SCOPE = 1,
  STACK_SIZE = 2,
  CODE_SIZE = 3,
  EMIT = 4,
}

export const STAR_FLAG_SINGLE = 0x01;
export const STAR_FLAG_DOUBLE = 0x02;
/** Marks a break label that leaves a for loop (its iterator must be popped). */
export const BREAK_FROM_FOR = 0x8000;

export const enum IdOpLocal {
  FAST = 0,
  DEREF = 1,
}
export const enum IdOpGlobal {
  NAME = 0,
  GLOBAL = 1,
}
export const enum ImportKind {
  NAME = 0,
  FROM = 1,
  STAR = 2,
}
export const enum SubscrKind {
  LOAD = 0,
  STORE = 1,
  DELETE = 2,
}
export const enum AttrKind {
  LOAD = 0,
  STORE = 1,
  DELETE = 2,
}
export const enum BlockKind {
  WITH = 0,
  EXCEPT = 1,
  FINALLY = 2,
}
export const enum BuildKind {
  TUPLE = 0,
  LIST = 1,
  MAP = 2,
  SET = 3,
  SLICE = 4,
}
export const enum YieldKind {
  VALUE = 0,
  FROM = 1,
}

/** The literal tokens LOAD_CONST_FALSE/NONE/TRUE and Ellipsis. */
export type ConstTok = 'False' | 'None' | 'True' | 'Ellipsis';

/** What the compiler needs from a code generator (MicroPython's emit_method_table_t). */
export interface Emitter {
  startPass(pass: Pass, scope: Scope): void;
  /** Returns false when another EMIT pass is needed. */
  endPass(): boolean;
  adjustStackSize(delta: number): void;
  setSourceLine(line: number): void;
  loadLocal(qst: string, localNum: number, kind: IdOpLocal): void;
  loadGlobal(qst: string, kind: IdOpGlobal): void;
  storeLocal(qst: string, localNum: number, kind: IdOpLocal): void;
  storeGlobal(qst: string, kind: IdOpGlobal): void;
  deleteLocal(qst: string, localNum: number, kind: IdOpLocal): void;
  deleteGlobal(qst: string, kind: IdOpGlobal): void;
  labelAssign(label: number): void;
  import(qst: string, kind: ImportKind): void;
  loadConstTok(tok: ConstTok): void;
  loadConstSmallInt(v: number): void;
  loadConstStr(qst: string): void;
  loadConstObj(obj: Obj): void;
  loadNull(): void;
  loadMethod(qst: string, isSuper: boolean): void;
  loadBuildClass(): void;
  subscr(kind: SubscrKind): void;
  attr(qst: string, kind: AttrKind): void;
  dupTop(): void;
  dupTopTwo(): void;
  popTop(): void;
  rotTwo(): void;
  rotThree(): void;
  jump(label: number): void;
  popJumpIf(cond: boolean, label: number): void;
  jumpIfOrPop(cond: boolean, label: number): void;
  unwindJump(label: number, exceptDepth: number): void;
  setupBlock(label: number, kind: BlockKind): void;
  withCleanup(label: number): void;
  asyncWithSetupFinally(labelAexitNoExc: number, labelFinallyBlock: number, labelRetUnwindJump: number): void;
  endFinally(): void;
  getIter(useStack: boolean): void;
  forIter(label: number): void;
  forIterEnd(): void;
  popExceptJump(label: number, withinExcHandler: boolean): void;
  unaryOp(op: number): void;
  binaryOp(op: number): void;
  build(n: number, kind: BuildKind): void;
  storeMap(): void;
  storeComp(kind: ScopeKind, collectionStackIndex: number): void;
  unpackSequence(n: number): void;
  unpackEx(nLeft: number, nRight: number): void;
  makeFunction(scope: Scope, nPosDefaults: number, nKwDefaults: number): void;
  makeClosure(scope: Scope, nClosedOver: number, nPosDefaults: number, nKwDefaults: number): void;
  callFunction(nPositional: number, nKeyword: number, starFlags: number): void;
  callMethod(nPositional: number, nKeyword: number, starFlags: number): void;
  returnValue(): void;
  raiseVarargs(nArgs: number): void;
  yield(kind: YieldKind): void;
  startExceptHandler(): void;
  endExceptHandler(): void;
}

// ---------------------------------------------------------------------------------------------
// Module-wide tables (mp_emit_common_t)

/** Constant-object identity as mpy-cross compares them: same type and equal, -0.0 distinct from 0.0. */
function strictlyEqual(a: Obj, b: Obj): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b) return false;
  if (typeof a !== 'object') return false;
  const ao = a as PyObject & Record<string, unknown>;
  const bo = b as PyObject & Record<string, unknown>;
  if (ao.type !== bo.type) return false;
  if ('items' in ao && Array.isArray(ao.items)) {
    const ai = ao.items as Obj[];
    const bi = bo.items as Obj[];
    if (ai.length !== bi.length) return false;
    for (let i = 0; i < ai.length; i++) if (!strictlyEqual(ai[i], bi[i])) return false;
    return true;
  }
  if ('data' in ao && ao.data instanceof Uint8Array) {
    const ad = ao.data;
    const bd = bo.data as Uint8Array;
    if (ad.length !== bd.length) return false;
    for (let i = 0; i < ad.length; i++) if (ad[i] !== bd[i]) return false;
    return true;
  }
  if ('imag' in ao) return Object.is(ao.real, bo.real) && Object.is(ao.imag, bo.imag);
  if ('value' in ao && typeof ao.value === 'number') {
    // floats: == semantics (NaN never equal), but 0.0 and -0.0 are different constants
    const av = ao.value;
    const bv = bo.value as number;
    return av === bv && (av !== 0 || Object.is(av, bv));
  }
  return false;
}

export class EmitCommon {
  pass: Pass = Pass.SCOPE;
  ctCurChild = 0;
  children: RawCode[] = [];
  readonly qstrs: string[] = [];
  private readonly qstrMap = new Map<string, number>();
  readonly consts: Obj[] = [];

  constructor(sourceFile: string) {
    this.useQstr(sourceFile);
  }

  startPass(pass: Pass): void {
    this.pass = pass;
    if (pass === Pass.CODE_SIZE) this.children = new Array<RawCode>(this.ctCurChild);
    this.ctCurChild = 0;
  }

  useQstr(q: string): number {
    let i = this.qstrMap.get(q);
    if (i === undefined) {
      i = this.qstrs.length;
      this.qstrs.push(q);
      this.qstrMap.set(q, i);
    }
    return i;
  }

  /** Index of primitive constants (str, int), which are compared by value. */
  private readonly constMap = new Map<Obj, number>();

  useConstObj(o: Obj): number {
    const c = this.consts;
    if (typeof o !== 'object') {
      // str, int (number or bigint), bool: strictly equal means identical
      let i = this.constMap.get(o);
      if (i === undefined) {
        i = c.length;
        c.push(o);
        this.constMap.set(o, i);
      }
      return i;
    }
    for (let i = 0; i < c.length; i++) if (strictlyEqual(c[i], o)) return i;
    c.push(o);
    return c.length - 1;
  }

  allocConstChild(rc: RawCode): number {
    if (this.pass === Pass.EMIT) this.children[this.ctCurChild] = rc;
    return this.ctCurChild++;
  }
}

// ---------------------------------------------------------------------------------------------
// The bytecode emitter

const SMALL_INT_MULTI_EXCESS = 16;
const SMALL_INT_MULTI_NUM = 64;

export class BytecodeEmitter implements Emitter {
  private pass: Pass = Pass.SCOPE;
  /** Set after an unconditional jump/return/raise until the next label: dead code is not kept. */
  private suppress = false;
  private stackSize = 0;
  private scope!: Scope;
  private lastSourceLineOffset = 0;
  private lastSourceLine = 1;
  private labelOffsets: number[] = [];
  /** Source info (prelude + info + cells) being built, and its size from the previous pass. */
  private info: number[] = [];
  private code: number[] = [];
  private codeInfoSize = 0;
  private bytecodeSize = 0;
  private overflow = false;
  private nInfo = 0;
  private nCell = 0;
  private infoStart = 0;
  /** When false the line table is not written (mpy-cross -X no-source-lines, or -O3). */
  includeSourceLines = true;

  constructor(private readonly common: EmitCommon) {}

  // --- low-level writers

  private writeInfoQstr(q: string): void {
    const v = this.common.useQstr(q);
    if (v < 128) this.info.push(v);
    else writeVarUint(this.info, v);
  }

  private writeInfoBytesLines(bytesToSkip: number, linesToSkip: number): void {
    while (bytesToSkip > 0 || linesToSkip > 0) {
      let b: number;
      let l: number;
      if (linesToSkip <= 6 || bytesToSkip > 0xf) {
        // 0b0LLBBBBB
        b = Math.min(bytesToSkip, 0x1f);
        l = b < bytesToSkip ? 0 : Math.min(linesToSkip, 0x3);
        this.info.push(b | (l << 5));
      } else {
        // 0b1LLLBBBB 0bLLLLLLLL
        b = Math.min(bytesToSkip, 0xf);
        l = Math.min(linesToSkip, 0x7ff);
        this.info.push(0x80 | b | ((l >> 4) & 0x70), l & 0xff);
      }
      bytesToSkip -= b;
      linesToSkip -= l;
    }
  }

  private writeByte(stackAdj: number, b: number): void {
    this.adjustStackSize(stackAdj);
    if (!this.suppress) this.code.push(b);
  }

  private writeRawByte(b: number): void {
    if (!this.suppress) this.code.push(b);
  }

  private writeByteUint(stackAdj: number, b: number, v: number): void {
    this.adjustStackSize(stackAdj);
    if (this.suppress) return;
    this.code.push(b);
    if (v < 128) this.code.push(v);
    else writeVarUint(this.code, v);
  }

  private writeByteInt(stackAdj: number, b: number, num: number): void {
    this.adjustStackSize(stackAdj);
    if (this.suppress) return;
    this.code.push(b);
    // 7-bit groups, most significant first; bit 6 of the top group carries the sign
    let n = num;
    let count = 1;
    while (!((n >= -64 && n < 64))) {
      n = Math.floor(n / 128);
      count++;
    }
    for (let i = count - 1; i > 0; i--) this.code.push((Math.floor(num / 2 ** (7 * i)) & 0x7f) | 0x80);
    this.code.push(num & 0x7f);
  }

  private writeByteQstr(stackAdj: number, b: number, q: string): void {
    this.writeByteUint(stackAdj, b, this.common.useQstr(q));
  }

  private writeByteObj(stackAdj: number, b: number, o: Obj): void {
    this.writeByteUint(stackAdj, b, this.common.useConstObj(o));
  }

  private writeByteChild(stackAdj: number, b: number, rc: RawCode): void {
    this.writeByteUint(stackAdj, b, this.common.allocConstChild(rc));
  }

  /** A jump: 1- or 2-byte offset relative to the end of the instruction, sized as emitbc.c does. */
  private writeByteLabel(stackAdj: number, b: number, label: number): void {
    this.adjustStackSize(stackAdj);
    if (this.suppress) return;
    const isSigned = b <= Op.POP_JUMP_IF_FALSE;
    let encSize = 1;
    let off = 0;
    if (this.pass >= Pass.CODE_SIZE) {
      off = this.labelOffsets[label] - this.code.length - 2;
      if ((isSigned && -64 <= off && off <= 63) || (!isSigned && off >= 0 && off <= 127)) encSize = 0;
      off -= encSize;
    }
    this.code.push(b);
    if (encSize === 0) {
      if (isSigned) off += 0x40;
      this.code.push(off);
    } else {
      if (isSigned) off += 0x4000;
      if (this.pass === Pass.EMIT && !(off >= 0 && off <= 0x7fff)) this.overflow = true;
      this.code.push(0x80 | (off & 0x7f), (off >> 7) & 0xff);
    }
  }

  // --- passes

  startPass(pass: Pass, scope: Scope): void {
    this.pass = pass;
    this.stackSize = 0;
    this.suppress = false;
    this.scope = scope;
    this.lastSourceLineOffset = 0;
    this.lastSourceLine = 1;
    this.overflow = false;
    this.info.length = 0;
    this.code.length = 0;
    let nState = scope.numLocals + scope.stackSize;
    if (nState === 0) nState = 1;
    // The signature is written with placeholders for the size, which is only known from CODE_SIZE on.
    // The size part is only meaningful from CODE_SIZE on (n_info/n_cell come from the previous pass).
    encodePrelude(this.info, {
      nState,
      nExcStack: scope.excStackSize,
      scopeFlags: scope.scopeFlags,
      nPosArgs: scope.numPosArgs,
      nKwonlyArgs: scope.numKwonlyArgs,
      nDefPosArgs: scope.numDefPosArgs,
      nInfo: this.nInfo,
      nCell: this.nCell,
    });
    this.infoStart = this.info.length;
    this.writeInfoQstr(scope.simpleName);
    const nArgs = scope.numPosArgs + scope.numKwonlyArgs;
    for (let i = 0; i < nArgs; i++) {
      let q = '*';
      for (const id of scope.ids) {
        if (id.flags & IdFlag.IS_PARAM && id.localNum === i) {
          q = id.qst;
          break;
        }
      }
      this.writeInfoQstr(q);
    }
  }

  endPass(): boolean {
    if (this.pass === Pass.SCOPE) return true;
    this.nInfo = this.info.length - this.infoStart;
    const cells: number[] = [];
    for (const id of this.scope.ids) if (id.kind === IdKind.CELL) cells.push(id.localNum);
    this.nCell = cells.length;
    const codeInfoOffset = this.info.length + cells.length;
    if (this.pass === Pass.CODE_SIZE) {
      this.codeInfoSize = codeInfoOffset;
      this.bytecodeSize = this.code.length;
    } else if (this.pass === Pass.EMIT) {
      if (codeInfoOffset !== this.codeInfoSize || this.code.length !== this.bytecodeSize) {
        // sizes shrank: go again with the new label offsets
        this.codeInfoSize = codeInfoOffset;
        this.bytecodeSize = this.code.length;
        return false;
      }
      if (this.overflow) throw new CompileError('SyntaxError', 'bytecode overflow', 0);
      const out = new Uint8Array(codeInfoOffset + this.code.length);
      out.set(this.info, 0);
      out.set(cells, this.info.length);
      out.set(this.code, codeInfoOffset);
      const rc = this.scope.rawCode;
      rc.code = out;
      rc.children = this.common.children.slice(0, this.common.ctCurChild);
      rc.isGenerator = (this.scope.scopeFlags & ScopeFlag.GENERATOR) !== 0;
    }
    return true;
  }

  adjustStackSize(delta: number): void {
    if (this.pass === Pass.SCOPE) return;
    this.stackSize += delta;
    if (this.stackSize > this.scope.stackSize) this.scope.stackSize = this.stackSize;
  }

  setSourceLine(line: number): void {
    if (!this.includeSourceLines) return;
    if (line > this.lastSourceLine) {
      const offset = this.code.length;
      this.writeInfoBytesLines(offset - this.lastSourceLineOffset, line - this.lastSourceLine);
      this.lastSourceLineOffset = offset;
      this.lastSourceLine = line;
    }
  }

  labelAssign(l: number): void {
    this.suppress = false;
    if (this.pass === Pass.SCOPE) return;
    this.labelOffsets[l] = this.code.length;
  }

  import(qst: string, kind: ImportKind): void {
    const adj = kind === ImportKind.FROM ? 1 : -1;
    if (kind === ImportKind.STAR) this.writeByte(adj, Op.IMPORT_STAR);
    else this.writeByteQstr(adj, Op.IMPORT_NAME + kind, qst);
  }

  loadConstTok(tok: ConstTok): void {
    switch (tok) {
      case 'False':
        this.writeByte(1, Op.LOAD_CONST_FALSE);
        break;
      case 'None':
        this.writeByte(1, Op.LOAD_CONST_NONE);
        break;
      case 'True':
        this.writeByte(1, Op.LOAD_CONST_TRUE);
        break;
      default:
        this.writeByteObj(1, Op.LOAD_CONST_OBJ, Ellipsis);
    }
  }

  loadConstSmallInt(v: number): void {
    if (-SMALL_INT_MULTI_EXCESS <= v && v < SMALL_INT_MULTI_NUM - SMALL_INT_MULTI_EXCESS) {
      this.writeByte(1, Op.LOAD_CONST_SMALL_INT_MULTI + SMALL_INT_MULTI_EXCESS + v);
    } else {
      this.writeByteInt(1, Op.LOAD_CONST_SMALL_INT, v);
    }
  }

  loadConstStr(qst: string): void {
    this.writeByteQstr(1, Op.LOAD_CONST_STRING, qst);
  }

  loadConstObj(obj: Obj): void {
    this.writeByteObj(1, Op.LOAD_CONST_OBJ, obj);
  }

  loadNull(): void {
    this.writeByte(1, Op.LOAD_NULL);
  }

  loadLocal(_qst: string, n: number, kind: IdOpLocal): void {
    if (kind === IdOpLocal.FAST && n <= 15) this.writeByte(1, Op.LOAD_FAST_MULTI + n);
    else this.writeByteUint(1, Op.LOAD_FAST_N + kind, n);
  }

  loadGlobal(qst: string, kind: IdOpGlobal): void {
    this.writeByteQstr(1, Op.LOAD_NAME + kind, qst);
  }

  loadMethod(qst: string, isSuper: boolean): void {
    this.writeByteQstr(isSuper ? -1 : 1, isSuper ? Op.LOAD_SUPER_METHOD : Op.LOAD_METHOD, qst);
  }

  loadBuildClass(): void {
    this.writeByte(1, Op.LOAD_BUILD_CLASS);
  }

  subscr(kind: SubscrKind): void {
    if (kind === SubscrKind.LOAD) {
      this.writeByte(-1, Op.LOAD_SUBSCR);
    } else {
      if (kind === SubscrKind.DELETE) {
        this.loadNull();
        this.rotThree();
      }
      this.writeByte(-3, Op.STORE_SUBSCR);
    }
  }

  attr(qst: string, kind: AttrKind): void {
    if (kind === AttrKind.LOAD) {
      this.writeByteQstr(0, Op.LOAD_ATTR, qst);
    } else {
      if (kind === AttrKind.DELETE) {
        this.loadNull();
        this.rotTwo();
      }
      this.writeByteQstr(-2, Op.STORE_ATTR, qst);
    }
  }

  storeLocal(_qst: string, n: number, kind: IdOpLocal): void {
    if (kind === IdOpLocal.FAST && n <= 15) this.writeByte(-1, Op.STORE_FAST_MULTI + n);
    else this.writeByteUint(-1, Op.STORE_FAST_N + kind, n);
  }

  storeGlobal(qst: string, kind: IdOpGlobal): void {
    this.writeByteQstr(-1, Op.STORE_NAME + kind, qst);
  }

  deleteLocal(_qst: string, n: number, kind: IdOpLocal): void {
    this.writeByteUint(0, Op.DELETE_FAST + kind, n);
  }

  deleteGlobal(qst: string, kind: IdOpGlobal): void {
    this.writeByteQstr(0, Op.DELETE_NAME + kind, qst);
  }

  dupTop(): void {
    this.writeByte(1, Op.DUP_TOP);
  }

  dupTopTwo(): void {
    this.writeByte(2, Op.DUP_TOP_TWO);
  }

  popTop(): void {
    this.writeByte(-1, Op.POP_TOP);
  }

  rotTwo(): void {
    this.writeByte(0, Op.ROT_TWO);
  }

  rotThree(): void {
    this.writeByte(0, Op.ROT_THREE);
  }

  jump(label: number): void {
    this.writeByteLabel(0, Op.JUMP, label);
    this.suppress = true;
  }

  popJumpIf(cond: boolean, label: number): void {
    this.writeByteLabel(-1, cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, label);
  }

  jumpIfOrPop(cond: boolean, label: number): void {
    this.writeByteLabel(-1, cond ? Op.JUMP_IF_TRUE_OR_POP : Op.JUMP_IF_FALSE_OR_POP, label);
  }

  unwindJump(label: number, exceptDepth: number): void {
    const target = label & ~BREAK_FROM_FOR;
    if (exceptDepth === 0) {
      if (label & BREAK_FROM_FOR) {
        // pop the iterator and the rest of its iter_buf
        for (let i = 0; i < ITER_BUF_NSLOTS; i++) this.writeRawByte(Op.POP_TOP);
      }
      this.writeByteLabel(0, Op.JUMP, target);
    } else {
      this.writeByteLabel(0, Op.UNWIND_JUMP, target);
      this.writeRawByte((label & BREAK_FROM_FOR ? 0x80 : 0) | exceptDepth);
    }
    this.suppress = true;
  }

  setupBlock(label: number, kind: BlockKind): void {
    // SETUP_WITH pops the context manager and pushes __exit__, the manager and the __enter__ value
    this.writeByteLabel(kind === BlockKind.WITH ? 2 : 0, Op.SETUP_WITH + kind, label);
  }

  withCleanup(label: number): void {
    this.loadConstTok('None');
    this.labelAssign(label);
    // +2 so there is room to call __exit__; then cancel it and SETUP_WITH's +2
    this.writeByte(2, Op.WITH_CLEANUP);
    this.adjustStackSize(-4);
  }

  asyncWithSetupFinally(labelAexitNoExc: number, labelFinallyBlock: number, labelRetUnwindJump: number): void {
    this.loadConstTok('None');
    this.rotTwo();
    this.jump(labelAexitNoExc);
    this.labelAssign(labelFinallyBlock);
    this.dupTop();
    this.loadGlobal('BaseException', IdOpGlobal.GLOBAL);
    this.binaryOp(8 /* EXCEPTION_MATCH */);
    this.popJumpIf(false, labelRetUnwindJump);
  }

  endFinally(): void {
    this.writeByte(-1, Op.END_FINALLY);
  }

  getIter(useStack: boolean): void {
    this.writeByte(useStack ? ITER_BUF_NSLOTS - 1 : 0, useStack ? Op.GET_ITER_STACK : Op.GET_ITER);
  }

  forIter(label: number): void {
    this.writeByteLabel(1, Op.FOR_ITER, label);
  }

  forIterEnd(): void {
    this.adjustStackSize(-ITER_BUF_NSLOTS);
  }

  popExceptJump(label: number, _within: boolean): void {
    this.writeByteLabel(0, Op.POP_EXCEPT_JUMP, label);
    this.suppress = true;
  }

  unaryOp(op: number): void {
    this.writeByte(0, Op.UNARY_OP_MULTI + op);
  }

  binaryOp(op: number): void {
    let invert = false;
    if (op === BINOP_NOT_IN) {
      invert = true;
      op = 6; // IN
    } else if (op === BINOP_IS_NOT) {
      invert = true;
      op = 7; // IS
    }
    this.writeByte(-1, Op.BINARY_OP_MULTI + op);
    if (invert) this.writeByte(0, Op.UNARY_OP_MULTI + 3 /* NOT */);
  }

  build(n: number, kind: BuildKind): void {
    this.writeByteUint(kind === BuildKind.MAP ? 1 : 1 - n, Op.BUILD_TUPLE + kind, n);
  }

  storeMap(): void {
    this.writeByte(-2, Op.STORE_MAP);
  }

  storeComp(kind: ScopeKind, idx: number): void {
    let n: number;
    let t: number;
    if (kind === ScopeKind.LIST_COMP) {
      n = 0;
      t = 0;
    } else if (kind === ScopeKind.DICT_COMP) {
      n = 1;
      t = 1;
    } else {
      n = 0;
      t = 2;
    }
    this.writeByteUint(-1 - n, Op.STORE_COMP, ((idx + n) << 2) | t);
  }

  unpackSequence(n: number): void {
    this.writeByteUint(-1 + n, Op.UNPACK_SEQUENCE, n);
  }

  unpackEx(nLeft: number, nRight: number): void {
    this.writeByteUint(-1 + nLeft + nRight + 1, Op.UNPACK_EX, nLeft | (nRight << 8));
  }

  makeFunction(scope: Scope, nPosDefaults: number, nKwDefaults: number): void {
    if (nPosDefaults === 0 && nKwDefaults === 0) this.writeByteChild(1, Op.MAKE_FUNCTION, scope.rawCode);
    else this.writeByteChild(-1, Op.MAKE_FUNCTION_DEFARGS, scope.rawCode);
  }

  makeClosure(scope: Scope, nClosedOver: number, nPosDefaults: number, nKwDefaults: number): void {
    if (nPosDefaults === 0 && nKwDefaults === 0) {
      this.writeByteChild(1 - nClosedOver, Op.MAKE_CLOSURE, scope.rawCode);
    } else {
      this.writeByteChild(-1 - nClosedOver, Op.MAKE_CLOSURE_DEFARGS, scope.rawCode);
    }
    this.writeRawByte(nClosedOver);
  }

  private callHelper(stackAdj: number, base: number, nPos: number, nKw: number, starFlags: number): void {
    if (starFlags) {
      this.writeByteUint(stackAdj - nPos - 2 * nKw - 1, base + 1, (nKw << 8) | nPos);
    } else {
      this.writeByteUint(stackAdj - nPos - 2 * nKw, base, (nKw << 8) | nPos);
    }
  }

  callFunction(nPos: number, nKw: number, starFlags: number): void {
    this.callHelper(0, Op.CALL_FUNCTION, nPos, nKw, starFlags);
  }

  callMethod(nPos: number, nKw: number, starFlags: number): void {
    this.callHelper(-1, Op.CALL_METHOD, nPos, nKw, starFlags);
  }

  returnValue(): void {
    this.writeByte(-1, Op.RETURN_VALUE);
    this.suppress = true;
  }

  raiseVarargs(nArgs: number): void {
    this.writeByte(-nArgs, Op.RAISE_LAST + nArgs);
    this.suppress = true;
  }

  yield(kind: YieldKind): void {
    this.writeByte(-kind, Op.YIELD_VALUE + kind);
    this.scope.scopeFlags |= ScopeFlag.GENERATOR;
  }

  startExceptHandler(): void {
    this.adjustStackSize(4); // the exception, +3 for a possible UNWIND_JUMP state
  }

  endExceptHandler(): void {
    this.adjustStackSize(-3);
  }
}

/** Pseudo binary ops the compiler passes for `not in` / `is not` (MicroPython's NOT_IN/IS_NOT). */
export const BINOP_NOT_IN = 1000;
export const BINOP_IS_NOT = 1001;
