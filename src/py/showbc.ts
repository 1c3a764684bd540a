// A disassembler for compiled modules (MicroPython py/showbc.c): one block per code object, in
// the order MicroPython's compiler creates them (breadth first), each with its prelude, line table
// and one line per opcode: offset, name, decoded operand. Used by the golden tests and `-v -v`.

import { decodePrelude, OP_NAMES, Op, opFormat, Fmt, readVarInt, readVarUint } from './bc.js';
import type { CompiledModule, RawCode } from './emitglue.js';
import type { Obj } from './obj.js';
import { strRepr } from './objstr.js';

const CMP_NAMES = ['<', '>', '==', '<=', '>=', '!=', 'in', 'is', 'exception match'];
const BIN_NAMES = ['|', '^', '&', '<<', '>>', '+', '-', '*', '@', '//', '/', '%', '**'];
const UNARY_NAMES = ['+', '-', '~', 'not'];

function binOpName(op: number): string {
  if (op < 9) return CMP_NAMES[op];
  if (op < 22) return BIN_NAMES[op - 9] + '=';
  return BIN_NAMES[op - 22] ?? String(op);
}

function floatText(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (Number.isInteger(v) && Math.abs(v) < 1e16) return v.toFixed(1);
  return String(v);
}

/** A constant's repr, without the runtime (the disassembler must work on any module). */
export function constRepr(o: Obj): string {
  if (typeof o === 'string') return strRepr(o);
  if (typeof o === 'number' || typeof o === 'bigint') return String(o);
  if (typeof o === 'boolean') return o ? 'True' : 'False';
  const r = o as unknown as Record<string, unknown>;
  if (Array.isArray(r.items)) {
    const items = (r.items as Obj[]).map(constRepr);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
  }
  if (r.data instanceof Uint8Array) {
    let s = "b'";
    for (const b of r.data) {
      if (b === 0x27 || b === 0x5c) s += '\\' + String.fromCharCode(b);
      else if (b >= 0x20 && b < 0x7f) s += String.fromCharCode(b);
      else if (b === 0x0a) s += '\\n';
      else s += '\\x' + b.toString(16).padStart(2, '0');
    }
    return s + "'";
  }
  if (typeof r.imag === 'number') return `${floatText(r.imag as number).replace(/\.0$/, '')}j`;
  if (typeof r.value === 'number') return floatText(r.value as number);
  if (typeof r.name === 'string') return r.name; // None, Ellipsis
  return String(o);
}

/** Decode the line-number table into (bytecode offset, line) pairs (mp_bytecode_decode_lineinfo). */
export function decodeLineTable(code: Uint8Array, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let bc = 0;
  let line = 1;
  let ip = start;
  while (ip < end) {
    const c = code[ip++];
    if ((c & 0x80) === 0) {
      bc += c & 0x1f;
      line += c >> 5;
    } else {
      bc += c & 0xf;
      line += ((c << 4) & 0x700) | code[ip++];
    }
    out.push([bc, line]);
  }
  return out;
}

function disassembleCode(rc: RawCode, cm: CompiledModule, path: string, lines: string[]): void {
  const code = rc.code;
  const p = decodePrelude(code);
  const q = cm.qstrs;
  let ip = p.infoStart;
  let v: number;
  [v, ip] = readVarUint(code, ip);
  const name = q[v];
  const argNames: string[] = [];
  for (let i = 0; i < p.nPosArgs + p.nKwonlyArgs; i++) {
    [v, ip] = readVarUint(code, ip);
    argNames.push(q[v]);
  }
  const lineStart = ip;
  const lineEnd = p.infoStart + p.nInfo;
  const cells: number[] = [];
  for (let i = 0; i < p.nCell; i++) cells.push(code[lineEnd + i]);
  lines.push(`code ${path} '${name}' (${code.length} bytes, ${rc.children.length} children)`);
  const hex: string[] = [];
  for (let i = 0; i < p.codeStart; i++) hex.push(code[i].toString(16).padStart(2, '0'));
  lines.push(`  prelude: ${hex.join(' ')}`);
  lines.push(
    `  n_state=${p.nState} n_exc_stack=${p.nExcStack} flags=0x${p.scopeFlags.toString(16)} ` +
      `pos=${p.nPosArgs} kwonly=${p.nKwonlyArgs} def_pos=${p.nDefPosArgs}`,
  );
  lines.push(`  args: ${argNames.join(' ')}`);
  if (cells.length) lines.push(`  cells: ${cells.join(' ')}`);
  lines.push(`  lines: ${decodeLineTable(code, lineStart, lineEnd).map(([b, l]) => `${b}:${l}`).join(' ')}`);
  const base = p.codeStart;
  ip = base;
  while (ip < code.length) {
    const off = ip - base;
    const op = code[ip++];
    let text: string;
    if (op >= Op.LOAD_CONST_SMALL_INT_MULTI && op < Op.LOAD_CONST_SMALL_INT_MULTI + 64) {
      text = `LOAD_CONST_SMALL_INT ${op - Op.LOAD_CONST_SMALL_INT_MULTI - 16}`;
    } else if (op >= Op.LOAD_FAST_MULTI && op < Op.LOAD_FAST_MULTI + 16) {
      text = `LOAD_FAST ${op - Op.LOAD_FAST_MULTI}`;
    } else if (op >= Op.STORE_FAST_MULTI && op < Op.STORE_FAST_MULTI + 16) {
      text = `STORE_FAST ${op - Op.STORE_FAST_MULTI}`;
    } else if (op >= Op.UNARY_OP_MULTI && op < Op.UNARY_OP_MULTI + 4) {
      text = `UNARY_OP ${UNARY_NAMES[op - Op.UNARY_OP_MULTI]}`;
    } else if (op >= Op.BINARY_OP_MULTI && op < Op.BINARY_OP_MULTI + 35) {
      text = `BINARY_OP ${binOpName(op - Op.BINARY_OP_MULTI)}`;
    } else {
      const opName = OP_NAMES.get(op) ?? `UNKNOWN_0x${op.toString(16)}`;
      switch (opFormat(op)) {
        case Fmt.BYTE:
          text = opName;
          break;
        case Fmt.QSTR:
          [v, ip] = readVarUint(code, ip);
          text = `${opName} ${op === Op.LOAD_CONST_STRING ? strRepr(q[v]) : q[v]}`;
          break;
        case Fmt.VAR_UINT:
          if (op === Op.LOAD_CONST_SMALL_INT) {
            [v, ip] = readVarInt(code, ip);
            text = `${opName} ${v}`;
          } else {
            [v, ip] = readVarUint(code, ip);
            if (op === Op.LOAD_CONST_OBJ) text = `${opName} ${constRepr(cm.consts[v])}`;
            else if (op === Op.CALL_FUNCTION || op === Op.CALL_FUNCTION_VAR_KW || op === Op.CALL_METHOD || op === Op.CALL_METHOD_VAR_KW) {
              text = `${opName} n=${v & 0xff} nkw=${v >> 8}`;
            } else if (op === Op.UNPACK_EX) text = `${opName} ${v & 0xff} ${v >> 8}`;
            else if (op === Op.MAKE_FUNCTION || op === Op.MAKE_FUNCTION_DEFARGS || op === Op.MAKE_CLOSURE || op === Op.MAKE_CLOSURE_DEFARGS) {
              text = `${opName} ${path}.${v}`;
            } else text = `${opName} ${v}`;
          }
          if (op === Op.MAKE_CLOSURE || op === Op.MAKE_CLOSURE_DEFARGS) text += ` n_closed=${code[ip++]}`;
          break;
        default: {
          // OFFSET
          let b = code[ip++];
          let rel = b & 0x7f;
          let twoBytes = false;
          if (b & 0x80) {
            b = code[ip++];
            rel |= b << 7;
            twoBytes = true;
          }
          const signed = op <= Op.POP_JUMP_IF_FALSE;
          if (signed) rel -= twoBytes ? 0x4000 : 0x40;
          const target = ip - base + rel;
          text = `${opName} ${target}`;
          if (op === Op.UNWIND_JUMP) {
            text += ` depth=${code[ip] & 0x7f}${code[ip] & 0x80 ? ' for' : ''}`;
            ip++;
          }
        }
      }
    }
    lines.push(`  ${String(off).padStart(3, ' ')} ${text}`);
  }
  for (let i = 0; i < rc.children.length; i++) disassembleCode(rc.children[i], cm, `${path}.${i}`, lines);
}

/** A listing of a whole compiled module. */
export function disassemble(cm: CompiledModule): string {
  const lines: string[] = [];
  lines.push(`qstrs: ${cm.qstrs.map((s) => strRepr(s)).join(' ')}`);
  lines.push(`consts: ${cm.consts.map(constRepr).join(' ')}`);
  disassembleCode(cm.rc, cm, '0', lines);
  return lines.join('\n') + '\n';
}
