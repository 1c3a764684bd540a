// Parse-time optimisations MicroPython's parser applies before compiling (py/parse.c
// fold_constants, fold_logical_constants, build_tuple, the `const()` table, and __debug__ from
// py/lexer.c), done here as one pass over the CPython-shaped AST so the compiler sees the tree
// MicroPython's compiler sees:
//   - numeric folding of unary/binary operators on int and float constants (whole operator
//     chains only: `1 + 2 + x` is not folded, as MicroPython folds a chain all or nothing);
//   - `and`/`or`/`not` with constant operands;
//   - tuples whose items are all constants become one constant tuple;
//   - `X = const(expr)` defines a name replaced by its value afterwards (and `_X = const(...)`
//     emits nothing); `math.pi` and friends become floats;
//   - `__debug__` is True (False with optimisation).
// It also decides, as MicroPython's parser does, which strings are interned (a qstr operand) and
// which become constant objects (long strings not seen before).

import type * as A from './ast.js';
import { CompileError } from './compileerror.js';

/** A constant tuple built by folding. */
export interface TupleConst {
  t: 'tuple';
  items: AnyConst[];
}
export type AnyConst = A.ConstValue | TupleConst;

/** A Constant node as the compiler sees it after folding. */
export interface KConstant extends A.Pos {
  kind: 'Constant';
  value: AnyConst;
  /** Strings: held as a qstr (short or already interned) rather than a str object. */
  qstr?: boolean;
  /** Produced by folding: MicroPython gives it no source line. */
  folded?: boolean;
  /** Always a constant object (LOAD_CONST_OBJ), even None/True/str: a `const()` name substituted. */
  asObj?: boolean;
  /** `math.<name>`: one shared object per name, as MicroPython's math module constants are. */
  mathName?: string;
  /** The runtime object, made once so every pass uses the same one (NaN never compares equal). */
  obj?: unknown;
}

/** MicroPython's small-int range in mpy-cross (31-bit small ints). */
export const SMALL_INT_MIN = -(2 ** 30);
export const SMALL_INT_MAX = 2 ** 30 - 1;

export function isSmallInt(v: number | bigint): v is number {
  return typeof v === 'number' && v >= SMALL_INT_MIN && v <= SMALL_INT_MAX;
}

/** Interned-string threshold (MICROPY_ALLOC_PARSE_INTERN_STRING_LEN), in UTF-8 bytes. */
const INTERN_STRING_LEN = 10;

/** Static qstrs of MicroPython longer than the threshold: such strings are always interned. */
const LONG_STATIC_QSTRS = new Set([
  '__delitem__', '__getattr__', '__getitem__', '__qualname__', '__setitem__', 'ArithmeticError',
  'AssertionError', 'AttributeError', 'BaseException', 'GeneratorExit', 'ImportError', 'IndentationError',
  'KeyboardInterrupt', 'LookupError', 'MemoryError', 'NotImplementedError', 'OverflowError', 'RuntimeError',
  'StopIteration', 'SyntaxError', 'ZeroDivisionError', 'classmethod', 'micropython', 'staticmethod',
  'StopAsyncIteration', 'UnicodeError', 'ViperTypeError', '__build_class__', '__complex__', '__contains__',
  '__repl_print__', '__reversed__', '__traceback__', 'bound_method', 'difference_update', 'format_spec',
  'intersection', 'intersection_update', 'symmetric_difference', 'symmetric_difference_update', 'unpack_from',
]);

const MATH_CONSTS: Record<string, number> = {
  pi: Math.PI,
  e: Math.E,
  tau: 2 * Math.PI,
  inf: Infinity,
  nan: NaN,
};

function utf8Len(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Numeric evaluation with Python semantics (what mp_binary_op would compute at parse time)

type Num = { t: 'int'; v: bigint } | { t: 'float'; v: number };

/** Results beyond this many bits are left unfolded (MicroPython would compute them; we stay fast). */
const MAX_FOLD_BITS = 4096;

function toNum(c: AnyConst): Num | undefined {
  if (c.t === 'int') return { t: 'int', v: BigInt(c.v) };
  if (c.t === 'float') return { t: 'float', v: c.v };
  return undefined;
}

function fromNum(n: Num): AnyConst {
  if (n.t === 'float') return { t: 'float', v: n.v };
  const v = n.v;
  return { t: 'int', v: v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v };
}

function bitLen(v: bigint): number {
  return (v < 0n ? -v : v).toString(2).length;
}

function floatMod(a: number, b: number): number {
  let r = a % b;
  if (r !== 0 && r < 0 !== b < 0) r += b;
  return r;
}

/** Returns undefined when MicroPython would raise (no folding) or the result is not int/float. */
function numBinary(op: A.Operator, a: Num, b: Num): Num | undefined {
  if (a.t === 'int' && b.t === 'int') {
    const x = a.v;
    const y = b.v;
    switch (op) {
      case 'BitOr':
        return { t: 'int', v: x | y };
      case 'BitXor':
        return { t: 'int', v: x ^ y };
      case 'BitAnd':
        return { t: 'int', v: x & y };
      case 'LShift':
        if (y < 0n || bitLen(x) + Number(y) > MAX_FOLD_BITS) return undefined;
        return { t: 'int', v: x << y };
      case 'RShift':
        if (y < 0n) return undefined;
        return { t: 'int', v: x >> (y > 100000n ? 100000n : y) };
      case 'Add':
        return { t: 'int', v: x + y };
      case 'Sub':
        return { t: 'int', v: x - y };
      case 'Mult':
        return { t: 'int', v: x * y };
      case 'FloorDiv': {
        if (y === 0n) return undefined;
        let q = x / y;
        if (x % y !== 0n && x < 0n !== y < 0n) q -= 1n;
        return { t: 'int', v: q };
      }
      case 'Mod': {
        if (y === 0n) return undefined;
        let r = x % y;
        if (r !== 0n && r < 0n !== y < 0n) r += y;
        return { t: 'int', v: r };
      }
      case 'Div':
        if (y === 0n) return undefined;
        return { t: 'float', v: Number(x) / Number(y) };
      case 'Pow':
        if (y < 0n) {
          if (x === 0n) return undefined;
          return { t: 'float', v: Math.pow(Number(x), Number(y)) };
        }
        if (x !== 0n && x !== 1n && x !== -1n && bitLen(x) * Number(y) > MAX_FOLD_BITS) return undefined;
        return { t: 'int', v: x ** y };
      default:
        return undefined;
    }
  }
  const x = a.t === 'int' ? Number(a.v) : a.v;
  const y = b.t === 'int' ? Number(b.v) : b.v;
  switch (op) {
    case 'Add':
      return { t: 'float', v: x + y };
    case 'Sub':
      return { t: 'float', v: x - y };
    case 'Mult':
      return { t: 'float', v: x * y };
    case 'Div':
      if (y === 0) return undefined;
      return { t: 'float', v: x / y };
    case 'FloorDiv':
      if (y === 0) return undefined;
      return { t: 'float', v: Math.floor(x / y) };
    case 'Mod':
      if (y === 0) return undefined;
      return { t: 'float', v: floatMod(x, y) };
    case 'Pow':
      if (x === 0 && y < 0) return undefined;
      if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) return undefined; // complex result
      return { t: 'float', v: Math.pow(x, y) };
    default:
      return undefined;
  }
}

function numUnary(op: A.UnaryOperator, a: Num): Num | undefined {
  switch (op) {
    case 'UAdd':
      return a;
    case 'USub':
      return a.t === 'int' ? { t: 'int', v: -a.v } : { t: 'float', v: -a.v };
    case 'Invert':
      return a.t === 'int' ? { t: 'int', v: ~a.v } : undefined;
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Constant predicates (mp_parse_node_is_const and friends)

export function asConst(e: A.Expr): AnyConst | undefined {
  if (e.kind === 'Constant') return (e as unknown as KConstant).value;
  if (e.kind === 'Tuple' && e.elts.length === 0 && e.ctx === 'Load') return { t: 'tuple', items: [] };
  return undefined;
}

export function constTruth(c: AnyConst): boolean {
  switch (c.t) {
    case 'int':
      return c.v !== 0 && c.v !== 0n;
    case 'float':
      return c.v !== 0;
    case 'complex':
      return c.imag !== 0;
    case 'str':
      return c.v.length > 0;
    case 'bytes':
      return c.v.length > 0;
    case 'bool':
      return c.v;
    case 'none':
      return false;
    case 'ellipsis':
      return true;
    case 'tuple':
      return c.items.length > 0;
  }
}

/** True/false if `e` is a constant with that truth value (mp_parse_node_is_const_true/false). */
export function exprConstTruth(e: A.Expr): boolean | undefined {
  const c = asConst(e);
  return c === undefined ? undefined : constTruth(c);
}

function mkConst(value: AnyConst, lineno: number, col: number, folded: boolean): A.Expr {
  const k: KConstant = { kind: 'Constant', value, lineno, col_offset: col, folded };
  return k as unknown as A.Expr;
}

// ---------------------------------------------------------------------------------------------
// The folding pass

const PREC: Record<A.Operator, number> = {
  BitOr: 1, BitXor: 2, BitAnd: 3, LShift: 4, RShift: 4, Add: 5, Sub: 5,
  Mult: 6, MatMult: 6, Div: 6, Mod: 6, FloorDiv: 6, Pow: 7,
};

export class Folder {
  private readonly consts = new Map<string, AnyConst>();
  private readonly interned = new Set<string>();

  constructor(private readonly optLevel: number, sourceFile: string) {
    this.interned.add(sourceFile);
  }

  private intern(s: string): void {
    this.interned.add(s);
  }

  foldBody(body: A.Stmt[]): void {
    for (let i = 0; i < body.length; i++) body[i] = this.stmt(body[i]);
  }

  private args(a: A.Arguments): void {
    for (const p of a.posonlyargs) this.intern(p.arg);
    for (const p of a.args) this.intern(p.arg);
    if (a.vararg) this.intern(a.vararg.arg);
    for (const p of a.kwonlyargs) this.intern(p.arg);
    if (a.kwarg) this.intern(a.kwarg.arg);
    for (let i = 0; i < a.defaults.length; i++) a.defaults[i] = this.expr(a.defaults[i]);
    for (let i = 0; i < a.kw_defaults.length; i++) {
      const d = a.kw_defaults[i];
      if (d) a.kw_defaults[i] = this.expr(d);
    }
  }

  private stmt(s: A.Stmt): A.Stmt {
    switch (s.kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        for (let i = 0; i < s.decorator_list.length; i++) s.decorator_list[i] = this.expr(s.decorator_list[i]);
        this.intern(s.name);
        this.args(s.args);
        if (s.returns) s.returns = this.expr(s.returns);
        this.foldBody(s.body);
        break;
      case 'ClassDef':
        for (let i = 0; i < s.decorator_list.length; i++) s.decorator_list[i] = this.expr(s.decorator_list[i]);
        this.intern(s.name);
        for (let i = 0; i < s.bases.length; i++) s.bases[i] = this.expr(s.bases[i]);
        for (const k of s.keywords) {
          if (k.arg) this.intern(k.arg);
          k.value = this.expr(k.value);
        }
        this.foldBody(s.body);
        break;
      case 'Return':
        if (s.value) s.value = this.expr(s.value);
        break;
      case 'Delete':
        for (let i = 0; i < s.targets.length; i++) s.targets[i] = this.expr(s.targets[i]);
        break;
      case 'Assign':
        return this.assign(s);
      case 'AugAssign':
        s.target = this.expr(s.target);
        s.value = this.expr(s.value);
        break;
      case 'AnnAssign':
        return this.assign(s);
      case 'For':
      case 'AsyncFor':
        s.target = this.expr(s.target);
        s.iter = this.expr(s.iter);
        this.foldBody(s.body);
        this.foldBody(s.orelse);
        break;
      case 'While':
      case 'If':
        s.test = this.expr(s.test);
        this.foldBody(s.body);
        this.foldBody(s.orelse);
        break;
      case 'With':
      case 'AsyncWith':
        for (const it of s.items) {
          it.context_expr = this.expr(it.context_expr);
          if (it.optional_vars) it.optional_vars = this.expr(it.optional_vars);
        }
        this.foldBody(s.body);
        break;
      case 'Raise':
        if (s.exc) s.exc = this.expr(s.exc);
        if (s.cause) s.cause = this.expr(s.cause);
        break;
      case 'Try':
        this.foldBody(s.body);
        for (const h of s.handlers) {
          if (h.type) h.type = this.expr(h.type);
          if (h.name) this.intern(h.name);
          this.foldBody(h.body);
        }
        this.foldBody(s.orelse);
        this.foldBody(s.finalbody);
        break;
      case 'Assert':
        s.test = this.expr(s.test);
        if (s.msg) s.msg = this.expr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        if (s.kind === 'ImportFrom' && s.module) for (const p of s.module.split('.')) this.intern(p);
        for (const a of s.names) {
          for (const p of a.name.split('.')) this.intern(p);
          if (a.asname) this.intern(a.asname);
        }
        break;
      case 'Global':
      case 'Nonlocal':
        for (const n of s.names) this.intern(n);
        break;
      case 'Expr':
        s.value = this.expr(s.value);
        break;
      default:
        break;
    }
    return s;
  }

  /** `X = const(v)` handling, then ordinary folding. */
  private assign(s: A.Assign | A.AnnAssign): A.Stmt {
    const target = s.kind === 'Assign' ? (s.targets.length === 1 ? s.targets[0] : null) : s.target;
    if (s.kind === 'AnnAssign') {
      s.target = this.expr(s.target);
      s.annotation = this.expr(s.annotation);
    } else {
      for (let i = 0; i < s.targets.length; i++) s.targets[i] = this.expr(s.targets[i]);
    }
    let value = s.value;
    if (value === null) return s;
    value = this.expr(value);
    s.value = value;
    if (
      target !== null &&
      target.kind === 'Name' &&
      value.kind === 'Call' &&
      value.func.kind === 'Name' &&
      value.func.id === 'const' &&
      !this.consts.has('const')
    ) {
      const call = value;
      const arg = call.args.length === 1 && call.keywords.length === 0 ? call.args[0] : null;
      const c = arg !== null && arg.kind !== 'Starred' ? asConst(arg) : undefined;
      if (c === undefined) throw new CompileError('SyntaxError', 'not a constant', call.lineno, call.col_offset);
      this.consts.set(target.id, c);
      if (target.id.startsWith('_')) {
        // a private constant: no code at all (MicroPython replaces the statement by `pass` with no line)
        return { kind: 'Pass', lineno: 0, col_offset: s.col_offset };
      }
      s.value = arg!;
    }
    return s;
  }

  private exprs(list: A.Expr[]): void {
    for (let i = 0; i < list.length; i++) list[i] = this.expr(list[i]);
  }

  private comps(gens: A.Comprehension[]): void {
    for (const g of gens) {
      g.target = this.expr(g.target);
      g.iter = this.expr(g.iter);
      this.exprs(g.ifs);
    }
  }

  /** Fold an expression; `trailer` is set when it is the subject of an attribute/subscript/call. */
  expr(e: A.Expr, trailer = false): A.Expr {
    switch (e.kind) {
      case 'Name': {
        this.intern(e.id);
        if (e.ctx !== 'Load') return e;
        if (e.id === '__debug__') return mkConst({ t: 'bool', v: this.optLevel === 0 }, e.lineno, e.col_offset, false);
        const c = this.consts.get(e.id);
        if (c !== undefined) return mkConstFrom(e, c);
        return e;
      }
      case 'Constant': {
        const k = e as unknown as KConstant;
        if (k.value.t === 'str') {
          const s = k.value.v;
          if (utf8Len(s) <= INTERN_STRING_LEN) {
            k.qstr = true;
            this.intern(s);
          } else {
            k.qstr = this.interned.has(s) || LONG_STATIC_QSTRS.has(s);
          }
        }
        return e;
      }
      case 'BinOp':
        return this.binop(e);
      case 'UnaryOp': {
        e.operand = this.expr(e.operand);
        if (e.op === 'Not') {
          const t = exprConstTruth(e.operand);
          if (t !== undefined) return mkConst({ t: 'bool', v: !t }, 0, e.col_offset, true);
          return e;
        }
        const c = asConst(e.operand);
        const n = c && toNum(c);
        if (n) {
          const r = numUnary(e.op, n);
          if (r) return mkConst(fromNum(r), 0, e.col_offset, true);
        }
        return e;
      }
      case 'BoolOp': {
        this.exprs(e.values);
        const isOr = e.op === 'Or';
        const kept: A.Expr[] = [];
        const n = e.values.length;
        for (let i = 0; i < n; i++) {
          const v = e.values[i];
          if (i === n - 1) {
            kept.push(v);
            break;
          }
          const t = exprConstTruth(v);
          if (t === isOr) {
            kept.push(v);
            break;
          } else if (t === undefined) {
            kept.push(v);
          }
        }
        if (kept.length === 1) return kept[0];
        e.values = kept;
        return e;
      }
      case 'NamedExpr':
        e.target = this.expr(e.target);
        e.value = this.expr(e.value);
        return e;
      case 'Lambda':
        this.args(e.args);
        e.body = this.expr(e.body);
        return e;
      case 'IfExp':
        e.body = this.expr(e.body);
        e.test = this.expr(e.test);
        e.orelse = this.expr(e.orelse);
        return e;
      case 'Dict':
        for (let i = 0; i < e.keys.length; i++) {
          const k = e.keys[i];
          if (k) e.keys[i] = this.expr(k);
          e.values[i] = this.expr(e.values[i]);
        }
        return e;
      case 'Set':
        this.exprs(e.elts);
        return e;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        e.elt = this.expr(e.elt);
        this.comps(e.generators);
        return e;
      case 'DictComp':
        e.key = this.expr(e.key);
        e.value = this.expr(e.value);
        this.comps(e.generators);
        return e;
      case 'Await':
        e.value = this.expr(e.value);
        return e;
      case 'Yield':
        if (e.value) e.value = this.expr(e.value);
        return e;
      case 'YieldFrom':
        e.value = this.expr(e.value);
        return e;
      case 'Compare':
        e.left = this.expr(e.left);
        this.exprs(e.comparators);
        return e;
      case 'Call':
        e.func = this.expr(e.func, true);
        this.exprs(e.args);
        for (const k of e.keywords) {
          if (k.arg) this.intern(k.arg);
          k.value = this.expr(k.value);
        }
        return e;
      case 'FormattedValue':
        e.value = this.expr(e.value);
        if (e.format_spec) e.format_spec = this.expr(e.format_spec) as A.JoinedStr;
        return e;
      case 'JoinedStr':
        this.exprs(e.values);
        return e;
      case 'Attribute': {
        const v = e.value;
        if (!trailer && e.ctx === 'Load' && v.kind === 'Name' && v.id === 'math' && v.ctx === 'Load' && !this.consts.has('math')) {
          const m = MATH_CONSTS[e.attr];
          if (m !== undefined && Object.prototype.hasOwnProperty.call(MATH_CONSTS, e.attr)) {
            this.intern('math');
            this.intern(e.attr);
            const k = mkConst({ t: 'float', v: m }, 0, e.col_offset, true);
            (k as unknown as KConstant).mathName = e.attr;
            return k;
          }
        }
        e.value = this.expr(v, true);
        this.intern(e.attr);
        return e;
      }
      case 'Subscript':
        e.value = this.expr(e.value, true);
        e.slice = this.expr(e.slice);
        return e;
      case 'Starred':
        e.value = this.expr(e.value);
        return e;
      case 'List':
        this.exprs(e.elts);
        return e;
      case 'Tuple': {
        // keep the original positions of the items: a constant tuple's line is taken from them
        const firstLine = e.elts.length > 0 ? e.elts[0].lineno : e.lineno;
        const secondLine = e.elts.length > 1 ? e.elts[1].lineno : firstLine;
        this.exprs(e.elts);
        if (e.ctx !== 'Load' || e.elts.length === 0) return e;
        const items: AnyConst[] = [];
        for (const x of e.elts) {
          const c = asConst(x);
          if (c === undefined) return e;
          items.push(c);
        }
        // a parenthesized tuple of 2+ items gets the line where its second item starts (the rule
        // MicroPython builds it from begins after the first comma)
        const parenthesized = e.elts[0].col_offset !== e.col_offset || e.elts[0].lineno !== e.lineno;
        const line = parenthesized && e.elts.length > 1 ? secondLine : firstLine;
        return mkConst({ t: 'tuple', items }, line, e.col_offset, false);
      }
      case 'Slice':
        if (e.lower) e.lower = this.expr(e.lower);
        if (e.upper) e.upper = this.expr(e.upper);
        if (e.step) e.step = this.expr(e.step);
        return e;
    }
  }

  /** Binary operators: fold a whole same-precedence chain, or nothing of it. */
  private binop(e: A.BinOp): A.Expr {
    const prec = PREC[e.op];
    // collect the chain: the left spine of unparenthesized same-precedence operators
    const chain: A.BinOp[] = [e];
    let cur: A.Expr = e.left;
    if (prec !== 7) {
      while (cur.kind === 'BinOp' && PREC[cur.op] === prec && cur.lineno === e.lineno && cur.col_offset === e.col_offset) {
        chain.push(cur);
        cur = cur.left;
      }
    }
    // fold the operands (bottom-up), innermost first
    const base = chain[chain.length - 1];
    base.left = this.expr(base.left);
    for (let i = chain.length - 1; i >= 0; i--) chain[i].right = this.expr(chain[i].right);
    let acc = toNumE(base.left);
    if (acc === undefined) return e;
    for (let i = chain.length - 1; i >= 0; i--) {
      const r = toNumE(chain[i].right);
      if (r === undefined) return e;
      acc = numBinary(chain[i].op, acc, r);
      if (acc === undefined) return e;
    }
    return mkConst(fromNum(acc), 0, e.col_offset, true);
  }
}

function toNumE(e: A.Expr): Num | undefined {
  const c = asConst(e);
  return c === undefined ? undefined : toNum(c);
}

/** A node for a constant substituted at a name (keeps the use's position, like MicroPython). */
function mkConstFrom(at: A.Expr, c: AnyConst): A.Expr {
  const k: KConstant = { kind: 'Constant', value: c, lineno: at.lineno, col_offset: at.col_offset, asObj: true };
  return k as unknown as A.Expr;
}
