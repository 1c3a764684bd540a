// A tiny MicroPython-bytecode assembler for the VM's unit tests (hand-assembled code, no compiler).
import { RawCode } from '../../../dist/py/emitglue.js';
import { encodePrelude, writeVarUint, writeVarInt } from '../../../dist/py/bc.js';

export const OPS = {
  LOAD_CONST_FALSE: 80, LOAD_CONST_NONE: 81, LOAD_CONST_TRUE: 82, LOAD_CONST_SMALL_INT: 34, LOAD_CONST_STRING: 16,
  LOAD_CONST_OBJ: 35, LOAD_NULL: 83, LOAD_FAST_N: 36, LOAD_DEREF: 37, LOAD_NAME: 17, LOAD_GLOBAL: 18, LOAD_ATTR: 19,
  LOAD_METHOD: 20, LOAD_SUPER_METHOD: 21, LOAD_BUILD_CLASS: 84, LOAD_SUBSCR: 85, STORE_FAST_N: 38, STORE_DEREF: 39,
  STORE_NAME: 22, STORE_GLOBAL: 23, STORE_ATTR: 24, STORE_SUBSCR: 86, DELETE_FAST: 40, DELETE_DEREF: 41, DELETE_NAME: 25,
  DELETE_GLOBAL: 26, DUP_TOP: 87, DUP_TOP_TWO: 88, POP_TOP: 89, ROT_TWO: 90, ROT_THREE: 91, UNWIND_JUMP: 64, JUMP: 66,
  POP_JUMP_IF_TRUE: 67, POP_JUMP_IF_FALSE: 68, JUMP_IF_TRUE_OR_POP: 69, JUMP_IF_FALSE_OR_POP: 70, SETUP_WITH: 71,
  SETUP_EXCEPT: 72, SETUP_FINALLY: 73, POP_EXCEPT_JUMP: 74, FOR_ITER: 75, WITH_CLEANUP: 92, END_FINALLY: 93, GET_ITER: 94,
  GET_ITER_STACK: 95, BUILD_TUPLE: 42, BUILD_LIST: 43, BUILD_MAP: 44, STORE_MAP: 98, BUILD_SET: 45, BUILD_SLICE: 46,
  STORE_COMP: 47, UNPACK_SEQUENCE: 48, UNPACK_EX: 49, RETURN_VALUE: 99, RAISE_LAST: 100, RAISE_OBJ: 101, RAISE_FROM: 102,
  YIELD_VALUE: 103, YIELD_FROM: 104, MAKE_FUNCTION: 50, MAKE_FUNCTION_DEFARGS: 51, MAKE_CLOSURE: 32,
  MAKE_CLOSURE_DEFARGS: 33, CALL_FUNCTION: 52, CALL_FUNCTION_VAR_KW: 53, CALL_METHOD: 54, CALL_METHOD_VAR_KW: 55,
  IMPORT_NAME: 27, IMPORT_FROM: 28, IMPORT_STAR: 105,
};
const QSTR_OPS = new Set(['LOAD_CONST_STRING', 'LOAD_NAME', 'LOAD_GLOBAL', 'LOAD_ATTR', 'LOAD_METHOD', 'LOAD_SUPER_METHOD',
  'STORE_NAME', 'STORE_GLOBAL', 'STORE_ATTR', 'DELETE_NAME', 'DELETE_GLOBAL', 'IMPORT_NAME', 'IMPORT_FROM']);
const JUMP_OPS = new Set(['UNWIND_JUMP', 'JUMP', 'POP_JUMP_IF_TRUE', 'POP_JUMP_IF_FALSE', 'JUMP_IF_TRUE_OR_POP',
  'JUMP_IF_FALSE_OR_POP', 'SETUP_WITH', 'SETUP_EXCEPT', 'SETUP_FINALLY', 'POP_EXCEPT_JUMP', 'FOR_ITER']);
const SIGNED = new Set(['UNWIND_JUMP', 'JUMP', 'POP_JUMP_IF_TRUE', 'POP_JUMP_IF_FALSE']);
export const BIN = { LT: 0, GT: 1, EQ: 2, LE: 3, GE: 4, NE: 5, IN: 6, IS: 7, EXC_MATCH: 8, IADD: 14, ADD: 27, SUB: 28, MUL: 29, FLOORDIV: 31, TRUEDIV: 32, MOD: 33, POW: 34 };

/** A module under assembly: shared qstr and const tables. */
export class Asm {
  constructor(file = 'test.py') {
    this.qstrs = [file];
    this.consts = [];
  }
  q(s) {
    let i = this.qstrs.indexOf(s);
    if (i < 0) { i = this.qstrs.length; this.qstrs.push(s); }
    return i;
  }
  /**
   * fn: { name, args?: [], nState, nExc?, flags?, nPos?, nKwonly?, nDef?, cells?: [], code: [...], children?: [fn] }
   * code items: 'label:' | ['LINE', n] | ['INT', v] | ['LOAD_FAST', i] | ['STORE_FAST', i] | ['BINOP', n] | ['UNOP', n]
   *           | [OPNAME, operand?, extra?]
   */
  fn(d) {
    const children = (d.children ?? []).map((c) => this.fn(c));
    // pass 1: sizes and label positions (jumps always take 2 bytes)
    const labels = new Map();
    const lines = []; // [byteOffset, line]
    let pos = 0;
    const enc = (ins, labelPos) => {
      const out = [];
      if (typeof ins === 'string') return out;
      const [op, a, b] = ins;
      if (op === 'LINE') return out;
      if (op === 'INT') {
        if (a >= -16 && a < 48) out.push(0x70 + a + 16);
        else { out.push(OPS.LOAD_CONST_SMALL_INT); writeVarInt(out, a); }
      } else if (op === 'LOAD_FAST') {
        if (a < 16) out.push(0xb0 + a); else { out.push(OPS.LOAD_FAST_N); writeVarUint(out, a); }
      } else if (op === 'STORE_FAST') {
        if (a < 16) out.push(0xc0 + a); else { out.push(OPS.STORE_FAST_N); writeVarUint(out, a); }
      } else if (op === 'BINOP') out.push(0xd7 + a);
      else if (op === 'UNOP') out.push(0xd0 + a);
      else {
        const code = OPS[op];
        if (code === undefined) throw new Error('bad op ' + op);
        out.push(code);
        if (QSTR_OPS.has(op)) writeVarUint(out, this.q(a));
        else if (JUMP_OPS.has(op)) {
          const target = labelPos === null ? 0 : labelPos.get(a);
          if (labelPos !== null && target === undefined) throw new Error('no label ' + a);
          const after = labelPos === null ? 0 : pos + out.length + 2;
          let v = target - after;
          if (SIGNED.has(op)) v += 0x4000;
          out.push((v & 0x7f) | 0x80, (v >> 7) & 0xff);
          if (op === 'UNWIND_JUMP') out.push(b);
        } else if (op === 'LOAD_CONST_OBJ') {
          out.push(...(() => { const o = []; writeVarUint(o, this.consts.length); return o; })());
          this.consts.push(a);
        } else if (a !== undefined) {
          writeVarUint(out, a);
          if (op === 'MAKE_CLOSURE' || op === 'MAKE_CLOSURE_DEFARGS') out.push(b);
        }
      }
      return out;
    };
    const constsBefore = this.consts.length;
    for (const ins of d.code) {
      if (typeof ins === 'string') labels.set(ins.slice(0, -1), pos);
      else if (ins[0] === 'LINE') lines.push([pos, ins[1]]);
      else pos += enc(ins, null).length;
    }
    this.consts.length = constsBefore;
    // pass 2
    const body = [];
    pos = 0;
    for (const ins of d.code) {
      const bytes = enc(ins, labels);
      body.push(...bytes);
      pos += bytes.length;
    }
    // source info: name, arg names, line table
    const info = [];
    writeVarUint(info, this.q(d.name));
    for (const n of d.args ?? []) writeVarUint(info, this.q(n));
    let lastPos = 0;
    let lastLine = 1;
    for (const [p, l] of lines) {
      let db = p - lastPos;
      let dl = l - lastLine;
      while (db > 15 || dl > 2047) {
        const b = Math.min(db, 15);
        const ll = Math.min(dl, 2047);
        info.push(0x80 | ((ll >> 4) & 0x70) | b, ll & 0xff);
        db -= b; dl -= ll;
      }
      info.push(0x80 | ((dl >> 4) & 0x70) | db, dl & 0xff);
      lastPos = p;
      lastLine = l;
    }
    const cells = d.cells ?? [];
    const out = [];
    encodePrelude(out, {
      nState: d.nState, nExcStack: d.nExc ?? 0, scopeFlags: d.flags ?? 0, nPosArgs: d.nPos ?? 0,
      nKwonlyArgs: d.nKwonly ?? 0, nDefPosArgs: d.nDef ?? 0, nInfo: info.length, nCell: cells.length,
    });
    out.push(...info, ...cells, ...body);
    return new RawCode(new Uint8Array(out), children, ((d.flags ?? 0) & 1) !== 0);
  }
  module(d) {
    const rc = this.fn(d);
    return { rc, qstrs: this.qstrs, consts: this.consts, sourceFile: this.qstrs[0] };
  }
}
