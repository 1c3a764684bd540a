// The compiler's expression half (MicroPython py/compile.c: c_if_cond, c_assign*, compile_atom_*,
// compile_trailer_*, compile_comprehension, compile_funcdef_lambdef, close_over_variables_etc,
// and the expression compile_* functions). Statements and the pass driver are in compile.ts.
//
// Each function keeps MicroPython's emission order exactly, since qstr/constant table order, stack
// sizes and jump encodings all follow from it: our bytecode is meant to be byte-identical with
// mpy-cross's.

import type * as A from './ast.js';
import { CompileError } from './compileerror.js';
import { type AnyConst, exprConstTruth, isSmallInt, type KConstant } from './compilefold.js';
import {
  AttrKind, BINOP_IS_NOT, BINOP_NOT_IN, BuildKind, type EmitCommon, type Emitter, IdOpGlobal, IdOpLocal, Pass,
  STAR_FLAG_DOUBLE, STAR_FLAG_SINGLE, SubscrKind, YieldKind,
} from './emitbc.js';
import { BinaryOp, Ellipsis, None, type Obj, UnaryOp } from './obj.js';
import { PyBytes } from './objbytes.js';
import { PyComplex } from './objcomplex.js';
import { newFloat } from './objfloat.js';
import { newTuple } from './objtuple.js';
import { IdFlag, IdKind, Scope, ScopeKind, scopeIsCompLike } from './scope.js';
import { ScopeFlag } from './bc.js';

export const INVALID_LABEL = 0xffff;

export const enum AssignKind {
  STORE = 0,
  AUG_LOAD = 1,
  AUG_STORE = 2,
}

const BINOP: Record<A.Operator, number> = {
  BitOr: BinaryOp.OR, BitXor: BinaryOp.XOR, BitAnd: BinaryOp.AND, LShift: BinaryOp.LSHIFT,
  RShift: BinaryOp.RSHIFT, Add: BinaryOp.ADD, Sub: BinaryOp.SUBTRACT, Mult: BinaryOp.MULTIPLY,
  MatMult: BinaryOp.MAT_MULTIPLY, FloorDiv: BinaryOp.FLOOR_DIVIDE, Div: BinaryOp.TRUE_DIVIDE,
  Mod: BinaryOp.MODULO, Pow: BinaryOp.POWER,
};

/** The in-place op for an augmented assignment (13 places below the plain op in runtime0.h). */
export function inplaceOp(op: A.Operator): number {
  return BINOP[op] - (BinaryOp.OR - BinaryOp.INPLACE_OR);
}

const CMPOP: Record<A.CmpOperator, number> = {
  Lt: BinaryOp.LESS, Gt: BinaryOp.MORE, Eq: BinaryOp.EQUAL, LtE: BinaryOp.LESS_EQUAL,
  GtE: BinaryOp.MORE_EQUAL, NotEq: BinaryOp.NOT_EQUAL, In: BinaryOp.IN, NotIn: BINOP_NOT_IN,
  Is: BinaryOp.IS, IsNot: BINOP_IS_NOT,
};

const UNOP: Record<A.UnaryOperator, number> = {
  UAdd: UnaryOp.POSITIVE, USub: UnaryOp.NEGATIVE, Invert: UnaryOp.INVERT, Not: UnaryOp.NOT,
};

/** A constant as a runtime object (the consts table entry). */
export function constToObj(c: AnyConst): Obj {
  switch (c.t) {
    case 'int':
      return c.v;
    case 'float':
      return newFloat(c.v);
    case 'complex':
      return new PyComplex(0, c.imag);
    case 'str':
      return c.v;
    case 'bytes':
      return new PyBytes(c.v);
    case 'bool':
      return c.v;
    case 'none':
      return None;
    case 'ellipsis':
      return Ellipsis;
    case 'tuple':
      return newTuple(c.items.map(constToObj));
  }
}

/** Whether MicroPython holds this expression in a leaf parse node (no source line of its own). */
function isLeaf(e: A.Expr): boolean {
  if (e.kind === 'Name') return true;
  if (e.kind !== 'Constant') return false;
  const k = e as unknown as KConstant;
  const v = k.value;
  if (k.asObj) return v.t === 'int' && isSmallInt(v.v);
  switch (v.t) {
    case 'int':
      return isSmallInt(v.v);
    case 'str':
      return k.qstr === true;
    case 'bool':
    case 'none':
    case 'ellipsis':
      return true;
    default:
      return false;
  }
}

/** One link of an atom's trailer chain (`a.b`, `a[i]`, `a(...)`), as MicroPython's parser groups them. */
type Trailer = A.Attribute | A.Subscript | A.Call;

/** Same position as its parent: part of one unparenthesized trailer chain. */
function samePos(a: A.Pos, b: A.Pos): boolean {
  return a.lineno === b.lineno && a.col_offset === b.col_offset;
}

export abstract class ExprCompiler {
  pass: Pass = Pass.SCOPE;
  scopeCur!: Scope;
  emit!: Emitter;
  nextLabel = 0;
  breakLabel = INVALID_LABEL;
  continueLabel = INVALID_LABEL;
  curExceptLevel = 0;
  breakContinueExceptLevel = 0;
  haveStar = false;
  numDictParams = 0;
  numDefaultParams = 0;
  readonly scopes: Scope[] = [];
  protected readonly scopeOf = new Map<object, Scope>();
  private depth = 0;

  constructor(
    readonly common: EmitCommon,
    readonly isRepl: boolean,
    readonly optLevel: number,
  ) {}

  error(node: A.Pos | null, msg: string): never {
    const e = new CompileError('SyntaxError', msg, node ? node.lineno : 0, node ? node.col_offset : 0);
    if (this.scopeCur !== undefined) e.scopeName = this.scopeCur.simpleName;
    throw e;
  }

  newLabel(): number {
    return this.nextLabel++;
  }

  /** Create (SCOPE pass) or look up (later passes) the scope compiling `node`. */
  scopeFor(node: object, kind: ScopeKind, name: string | null): Scope {
    if (this.pass === Pass.SCOPE) {
      const s = new Scope(kind, node, this.scopeCur, name, this.scopeCur.emitOptions);
      this.scopes.push(s);
      this.scopeOf.set(node, s);
      return s;
    }
    return this.scopeOf.get(node)!;
  }

  // --- identifiers

  private idOp(qst: string, op: 0 | 1 | 2): void {
    const id = this.scopeCur.find(qst)!;
    const e = this.emit;
    const k = id.kind;
    if (k === IdKind.GLOBAL_IMPLICIT || k === IdKind.GLOBAL_IMPLICIT_ASSIGNED || k === IdKind.GLOBAL_EXPLICIT) {
      const g = k === IdKind.GLOBAL_EXPLICIT ? IdOpGlobal.GLOBAL : IdOpGlobal.NAME;
      if (op === 0) e.loadGlobal(qst, g);
      else if (op === 1) e.storeGlobal(qst, g);
      else e.deleteGlobal(qst, g);
    } else {
      const l = k === IdKind.LOCAL ? IdOpLocal.FAST : IdOpLocal.DEREF;
      if (op === 0) e.loadLocal(qst, id.localNum, l);
      else if (op === 1) e.storeLocal(qst, id.localNum, l);
      else e.deleteLocal(qst, id.localNum, l);
    }
  }

  loadId(qst: string): void {
    if (this.pass === Pass.SCOPE) this.scopeCur.idForLoad(qst);
    else this.idOp(qst, 0);
  }

  storeId(qst: string): void {
    if (this.pass === Pass.SCOPE) this.scopeCur.idForModification(qst);
    else this.idOp(qst, 1);
  }

  deleteId(qst: string): void {
    if (this.pass === Pass.SCOPE) this.scopeCur.idForModification(qst);
    else this.idOp(qst, 2);
  }

  /** LOAD_FAST of a local slot (closures pass cells this way). */
  loadFast(qst: string, localNum: number): void {
    this.emit.loadLocal(qst, localNum, IdOpLocal.FAST);
  }

  // --- conditions

  /** Jump to `label` if the truth of `e` equals `jumpIf` (c_if_cond). */
  cIfCond(e: A.Expr, jumpIf: boolean, label: number): void {
    const t = exprConstTruth(e);
    if (t === false) {
      if (!jumpIf) this.emit.jump(label);
      return;
    } else if (t === true) {
      if (jumpIf) this.emit.jump(label);
      return;
    }
    if (e.kind === 'BoolOp') {
      const vals = e.values;
      const n = vals.length;
      const orLike = e.op === 'Or' ? !jumpIf : jumpIf;
      if (orLike) {
        const label2 = this.newLabel();
        for (let i = 0; i < n - 1; i++) this.cIfCond(vals[i], !jumpIf, label2);
        this.cIfCond(vals[n - 1], jumpIf, label);
        this.emit.labelAssign(label2);
      } else {
        for (let i = 0; i < n; i++) this.cIfCond(vals[i], jumpIf, label);
      }
      return;
    }
    if (e.kind === 'UnaryOp' && e.op === 'Not') {
      this.cIfCond(e.operand, !jumpIf, label);
      return;
    }
    this.compileExpr(e);
    this.emit.popJumpIf(jumpIf, label);
  }

  // --- assignment targets

  cAssign(t: A.Expr, kind: AssignKind): void {
    switch (t.kind) {
      case 'Name':
        if (kind === AssignKind.AUG_LOAD) this.loadId(t.id);
        else this.storeId(t.id);
        return;
      case 'Attribute':
      case 'Subscript':
        this.cAssignAtomExpr(t, kind);
        return;
      case 'Tuple':
      case 'List':
        if (kind !== AssignKind.STORE) break;
        if (t.kind === 'Tuple' && t.elts.length === 0 && !this.isBareTuple(t)) break; // `() = x`
        this.cAssignTuple(t.elts);
        return;
      case 'Starred':
        break;
      default:
        break;
    }
    this.error(t, "can't assign to expression");
  }

  /** A tuple written without parentheses (`a, b = ...`). */
  private isBareTuple(t: A.Tuple): boolean {
    return t.elts.length > 0 && samePos(t.elts[0], t);
  }

  private cAssignAtomExpr(t: A.Attribute | A.Subscript, kind: AssignKind): void {
    if (kind !== AssignKind.AUG_STORE) this.compileTrailerSubject(t);
    if (t.kind === 'Subscript') {
      if (kind === AssignKind.AUG_STORE) {
        this.emit.rotThree();
        this.emit.subscr(SubscrKind.STORE);
      } else {
        this.compileExpr(t.slice);
        if (kind === AssignKind.AUG_LOAD) {
          this.emit.dupTopTwo();
          this.emit.subscr(SubscrKind.LOAD);
        } else {
          this.emit.subscr(SubscrKind.STORE);
        }
      }
    } else {
      if (kind === AssignKind.AUG_LOAD) {
        this.emit.dupTop();
        this.emit.attr(t.attr, AttrKind.LOAD);
      } else {
        if (kind === AssignKind.AUG_STORE) this.emit.rotTwo();
        this.emit.attr(t.attr, AttrKind.STORE);
      }
    }
  }

  cAssignTuple(elts: A.Expr[]): void {
    let starIndex = -1;
    for (let i = 0; i < elts.length; i++) {
      if (elts[i].kind === 'Starred') {
        if (starIndex === -1) {
          this.emit.unpackEx(i, elts.length - i - 1);
          starIndex = i;
        } else {
          this.error(elts[i], 'multiple *x in assignment');
        }
      }
    }
    if (starIndex === -1) this.emit.unpackSequence(elts.length);
    for (let i = 0; i < elts.length; i++) {
      const el = elts[i];
      this.cAssign(i === starIndex ? (el as A.Starred).value : el, AssignKind.STORE);
    }
  }

  /** Compile everything of an atom expression except its last trailer (the object being assigned into). */
  compileTrailerSubject(t: A.Attribute | A.Subscript): void {
    const v = t.value;
    if ((v.kind === 'Attribute' || v.kind === 'Subscript' || v.kind === 'Call') && samePos(v, t)) {
      this.compileAtomExpr(v, true);
    } else {
      this.compileExpr(v);
    }
  }

  // --- functions, lambdas, closures

  /** Push the closed-over cells and make the function (close_over_variables_etc). */
  closeOverVariablesEtc(thisScope: Scope, nPosDefaults: number, nKwDefaults: number): void {
    if (nKwDefaults > 0) thisScope.scopeFlags |= ScopeFlag.DEFKWARGS;
    thisScope.numDefPosArgs = nPosDefaults;
    let nfree = 0;
    const cur = this.scopeCur;
    if (cur.kind !== ScopeKind.MODULE) {
      for (const id of cur.ids) {
        if (id.kind === IdKind.CELL || id.kind === IdKind.FREE) {
          for (const id2 of thisScope.ids) {
            if (id2.kind === IdKind.FREE && id.qst === id2.qst) {
              this.loadFast(id.qst, id.localNum);
              nfree++;
            }
          }
        }
      }
    }
    if (nfree === 0) this.emit.makeFunction(thisScope, nPosDefaults, nKwDefaults);
    else this.emit.makeClosure(thisScope, nfree, nPosDefaults, nKwDefaults);
  }

  /** Compile default values then make the function (compile_funcdef_lambdef). */
  compileFuncdefLambdef(scope: Scope, args: A.Arguments): void {
    const origHaveStar = this.haveStar;
    const origNumDict = this.numDictParams;
    const origNumDefault = this.numDefaultParams;
    this.haveStar = false;
    this.numDictParams = 0;
    this.numDefaultParams = 0;

    const pos = args.posonlyargs.length === 0 ? args.args : args.posonlyargs.concat(args.args);
    const firstDefault = pos.length - args.defaults.length;
    for (let i = 0; i < pos.length; i++) {
      if (i >= firstDefault) {
        this.numDefaultParams++;
        this.compileExpr(args.defaults[i - firstDefault]);
      } else if (this.numDefaultParams !== 0) {
        this.error(pos[i], 'non-default argument follows default argument');
      }
    }
    if (args.vararg || args.kwonlyargs.length > 0) this.haveStar = true;
    for (let i = 0; i < args.kwonlyargs.length; i++) {
      const d = args.kw_defaults[i];
      if (d === null) continue;
      this.numDictParams++;
      if (this.numDictParams === 1) {
        if (this.numDefaultParams > 0) this.emit.build(this.numDefaultParams, BuildKind.TUPLE);
        else this.emit.loadNull();
        this.emit.build(0, BuildKind.MAP);
      }
      this.compileExpr(d);
      this.emit.loadConstStr(args.kwonlyargs[i].arg);
      this.emit.storeMap();
    }
    if (this.numDefaultParams > 0 && this.numDictParams === 0) {
      this.emit.build(this.numDefaultParams, BuildKind.TUPLE);
      this.emit.loadNull();
    }
    this.closeOverVariablesEtc(scope, this.numDefaultParams, this.numDictParams);

    this.haveStar = origHaveStar;
    this.numDictParams = origNumDict;
    this.numDefaultParams = origNumDefault;
  }

  /** Declare a scope's parameters (SCOPE pass; compile_scope_func_lambda_param). */
  declareParams(args: A.Arguments): void {
    const scope = this.scopeCur;
    const add = (a: A.Arg, flags: number): void => {
      const id = scope.findOrAdd(a.arg, IdKind.UNDECIDED);
      if (id.kind !== IdKind.UNDECIDED) this.error(a, 'argument name reused');
      id.kind = IdKind.LOCAL;
      id.flags = flags;
    };
    for (const a of args.posonlyargs) {
      scope.numPosArgs++;
      add(a, IdFlag.IS_PARAM);
    }
    for (const a of args.args) {
      scope.numPosArgs++;
      add(a, IdFlag.IS_PARAM);
    }
    if (args.vararg) {
      scope.scopeFlags |= ScopeFlag.VARARGS;
      add(args.vararg, IdFlag.IS_PARAM | IdFlag.IS_STAR_PARAM);
    }
    for (const a of args.kwonlyargs) {
      scope.numKwonlyArgs++;
      add(a, IdFlag.IS_PARAM);
    }
    if (args.kwarg) {
      scope.scopeFlags |= ScopeFlag.VARKEYWORDS;
      add(args.kwarg, IdFlag.IS_PARAM | IdFlag.IS_DBL_STAR_PARAM);
    }
  }

  // --- expressions

  compileExpr(e: A.Expr): void {
    if (++this.depth > 1000) {
      this.depth = 0;
      throw new CompileError('SyntaxError', 'maximum recursion depth exceeded', e.lineno, e.col_offset);
    }
    if (!isLeaf(e)) this.emit.setSourceLine(e.lineno);
    this.compileExprInner(e);
    this.depth--;
  }

  private compileExprInner(e: A.Expr): void {
    const emit = this.emit;
    switch (e.kind) {
      case 'Name':
        this.loadId(e.id);
        return;
      case 'Constant':
        this.compileConst(e as unknown as KConstant);
        return;
      case 'BinOp': {
        // walk the left spine without recursion: `x + x + ... + x` may be very long
        const spine: A.BinOp[] = [e];
        let left = e.left;
        while (left.kind === 'BinOp') {
          spine.push(left);
          left = left.left;
        }
        this.compileExpr(left);
        for (let i = spine.length - 1; i >= 0; i--) {
          const b = spine[i];
          if (i !== 0) emit.setSourceLine(b.lineno);
          this.compileExpr(b.right);
          emit.binaryOp(BINOP[b.op]);
        }
        return;
      }
      case 'UnaryOp':
        this.compileExpr(e.operand);
        emit.unaryOp(UNOP[e.op]);
        return;
      case 'BoolOp': {
        const lEnd = this.newLabel();
        const n = e.values.length;
        for (let i = 0; i < n; i++) {
          this.compileExpr(e.values[i]);
          if (i + 1 < n) emit.jumpIfOrPop(e.op === 'Or', lEnd);
        }
        emit.labelAssign(lEnd);
        return;
      }
      case 'Compare':
        this.compileCompare(e);
        return;
      case 'IfExp': {
        const lFail = this.newLabel();
        const lEnd = this.newLabel();
        this.cIfCond(e.test, false, lFail);
        this.compileExpr(e.body);
        emit.jump(lEnd);
        emit.labelAssign(lFail);
        emit.adjustStackSize(-1);
        this.compileExpr(e.orelse);
        emit.labelAssign(lEnd);
        return;
      }
      case 'NamedExpr':
        this.compileNamedExpr(e);
        return;
      case 'Lambda': {
        const scope = this.scopeFor(e, ScopeKind.LAMBDA, null);
        this.compileFuncdefLambdef(scope, e.args);
        return;
      }
      case 'Attribute':
      case 'Subscript':
      case 'Call':
        this.compileAtomExpr(e, false);
        return;
      case 'Tuple':
        if (e.ctx !== 'Load') this.error(e, "can't assign to expression");
        if (e.elts.some((x) => x.kind === 'Starred')) {
          this.compileStarDisplay(e.elts, BuildKind.TUPLE, e);
          return;
        }
        for (const x of e.elts) this.compileExpr(x);
        emit.build(e.elts.length, BuildKind.TUPLE);
        return;
      case 'List':
        if (e.ctx !== 'Load') this.error(e, "can't assign to expression");
        if (e.elts.some((x) => x.kind === 'Starred')) {
          this.compileStarDisplay(e.elts, BuildKind.LIST, e);
          return;
        }
        for (const x of e.elts) this.compileExpr(x);
        emit.build(e.elts.length, BuildKind.LIST);
        return;
      case 'Set':
        if (e.elts.some((x) => x.kind === 'Starred')) {
          this.compileStarDisplay(e.elts, BuildKind.SET, e);
          return;
        }
        for (const x of e.elts) this.compileExpr(x);
        emit.build(e.elts.length, BuildKind.SET);
        return;
      case 'Dict':
        this.compileDict(e);
        return;
      case 'ListComp':
        this.compileComprehension(e, ScopeKind.LIST_COMP);
        return;
      case 'SetComp':
        this.compileComprehension(e, ScopeKind.SET_COMP);
        return;
      case 'DictComp':
        this.compileComprehension(e, ScopeKind.DICT_COMP);
        return;
      case 'GeneratorExp':
        this.compileComprehension(e, ScopeKind.GEN_EXPR);
        return;
      case 'Yield':
        this.checkYieldScope(e, "'yield' outside function");
        if (e.value === null) emit.loadConstTok('None');
        else this.compileExpr(e.value);
        emit.yield(YieldKind.VALUE);
        return;
      case 'YieldFrom':
        this.checkYieldScope(e, "'yield' outside function");
        this.compileExpr(e.value);
        this.compileYieldFrom();
        return;
      case 'Await':
        this.checkYieldScope(e, "'await' outside function");
        this.compileExpr(e.value);
        this.compileYieldFrom();
        return;
      case 'Starred':
        this.error(e, '*x must be assignment target');
        return;
      case 'JoinedStr':
        this.compileJoinedStr(e);
        return;
      case 'FormattedValue':
        this.compileJoinedStr({ kind: 'JoinedStr', values: [e], lineno: e.lineno, col_offset: e.col_offset });
        return;
      case 'Slice':
        this.compileSlice(e);
        return;
    }
  }

  private checkYieldScope(e: A.Expr, msg: string): void {
    const k = this.scopeCur.kind;
    if (k !== ScopeKind.FUNCTION && k !== ScopeKind.LAMBDA) this.error(e, msg);
  }

  compileYieldFrom(): void {
    this.emit.getIter(false);
    this.emit.loadConstTok('None');
    this.emit.yield(YieldKind.FROM);
  }

  compileConst(k: KConstant): void {
    const v = k.value;
    const emit = this.emit;
    if (k.asObj && !(v.t === 'int' && isSmallInt(v.v))) {
      emit.loadConstObj(this.constObj(k));
      return;
    }
    switch (v.t) {
      case 'int':
        if (isSmallInt(v.v)) emit.loadConstSmallInt(v.v);
        else emit.loadConstObj(v.v);
        return;
      case 'str':
        if (k.qstr) emit.loadConstStr(v.v);
        else emit.loadConstObj(v.v);
        return;
      case 'none':
        emit.loadConstTok('None');
        return;
      case 'bool':
        emit.loadConstTok(v.v ? 'True' : 'False');
        return;
      case 'ellipsis':
        emit.loadConstTok('Ellipsis');
        return;
      default:
        emit.loadConstObj(this.constObj(k));
    }
  }

  private readonly mathConsts = new Map<string, Obj>();

  /** The constant's runtime object, made once per node (and once per math constant). */
  private constObj(k: KConstant): Obj {
    if (k.obj === undefined) {
      if (k.mathName !== undefined) {
        let o = this.mathConsts.get(k.mathName);
        if (o === undefined) this.mathConsts.set(k.mathName, (o = constToObj(k.value)));
        k.obj = o;
      } else {
        k.obj = constToObj(k.value);
      }
    }
    return k.obj as Obj;
  }

  private compileCompare(e: A.Compare): void {
    const emit = this.emit;
    this.compileExpr(e.left);
    const n = e.ops.length;
    const multi = n > 1;
    const lFail = multi ? this.newLabel() : 0;
    for (let i = 0; i < n; i++) {
      this.compileExpr(e.comparators[i]);
      if (i + 1 < n) {
        emit.dupTop();
        emit.rotThree();
      }
      emit.binaryOp(CMPOP[e.ops[i]]);
      if (i + 1 < n) emit.jumpIfOrPop(false, lFail);
    }
    if (multi) {
      const lEnd = this.newLabel();
      emit.jump(lEnd);
      emit.labelAssign(lFail);
      emit.adjustStackSize(1);
      emit.rotTwo();
      emit.popTop();
      emit.labelAssign(lEnd);
    }
  }

  /** `target := value` (compile_namedexpr_helper). */
  compileNamedExpr(e: A.NamedExpr): void {
    if (e.target.kind !== 'Name') this.error(e.target, "can't assign to expression");
    const target = e.target.id;
    this.compileExpr(e.value);
    this.emit.dupTop();
    const cur = this.scopeCur;
    if (this.pass === Pass.SCOPE && scopeIsCompLike(cur.kind)) {
      // the target binds in the scope enclosing the comprehension
      const parentId = cur.parent!.idForModification(target);
      if (parentId.kind === IdKind.GLOBAL_EXPLICIT) {
        cur.findOrAdd(target, IdKind.GLOBAL_EXPLICIT);
      } else {
        const id = cur.findOrAdd(target, IdKind.UNDECIDED);
        const isGlobal = cur.parent!.parent === null;
        if (!isGlobal && id.kind === IdKind.GLOBAL_IMPLICIT) id.kind = IdKind.UNDECIDED;
        this.declareGlobalOrNonlocal(e.target, id, isGlobal);
      }
    }
    this.storeId(target);
  }

  abstract declareGlobalOrNonlocal(node: A.Pos, id: import('./scope.js').IdInfo, isGlobal: boolean): void;

  private compileDict(e: A.Dict): void {
    const emit = this.emit;
    const n = e.keys.length;
    if (e.keys.some((k) => k === null)) {
      this.compileDictUnpack(e);
      return;
    }
    emit.build(n, BuildKind.MAP);
    for (let i = 0; i < n; i++) {
      // MicroPython evaluates the value before the key
      emit.setSourceLine(e.keys[i]!.lineno);
      this.compileExpr(e.values[i]);
      this.compileExpr(e.keys[i]!);
      emit.storeMap();
    }
  }

  private compileSlice(e: A.Slice): void {
    const emit = this.emit;
    if (e.lower) this.compileExpr(e.lower);
    else emit.loadConstTok('None');
    if (e.upper) this.compileExpr(e.upper);
    else emit.loadConstTok('None');
    if (e.step) {
      this.compileExpr(e.step);
      emit.build(3, BuildKind.SLICE);
    } else {
      emit.build(2, BuildKind.SLICE);
    }
  }

  // --- extensions beyond MicroPython's grammar: star-unpacking in displays (CPython semantics)

  /**
   * `[*a, b]`, `{*a}`, `(*a, b)`: MicroPython's compiler rejects these; we accept them, using only
   * existing opcodes: a list or set is built then grown with its own extend/update/append/add
   * methods; a tuple is the `*args` of a call to a tiny synthetic function returning its args.
   */
  private compileStarDisplay(elts: A.Expr[], kind: BuildKind, node: A.Expr): void {
    const emit = this.emit;
    if (kind === BuildKind.TUPLE) {
      const scope = this.scopeFor(node, ScopeKind.LAMBDA, '<tuple>');
      this.closeOverVariablesEtc(scope, 0, 0);
      this.compileCallArgs(elts, [], false, 0);
      return;
    }
    let n = 0;
    while (n < elts.length && elts[n].kind !== 'Starred') this.compileExpr(elts[n++]);
    emit.build(n, kind);
    for (let i = n; i < elts.length; i++) {
      const el = elts[i];
      const star = el.kind === 'Starred';
      emit.dupTop();
      emit.loadMethod(kind === BuildKind.LIST ? (star ? 'extend' : 'append') : star ? 'update' : 'add', false);
      this.compileExpr(star ? (el as A.Starred).value : el);
      emit.callMethod(1, 0, 0);
      emit.popTop();
    }
  }

  private compileDictUnpack(e: A.Dict): void {
    const emit = this.emit;
    emit.build(0, BuildKind.MAP);
    for (let i = 0; i < e.keys.length; i++) {
      const k = e.keys[i];
      if (k === null) {
        emit.dupTop();
        emit.loadMethod('update', false);
        this.compileExpr(e.values[i]);
        emit.callMethod(1, 0, 0);
        emit.popTop();
      } else {
        this.compileExpr(e.values[i]);
        this.compileExpr(k);
        emit.storeMap();
      }
    }
  }

  // --- f-strings: MicroPython's lexer turns f'a{x!r:>{w}}' into 'a{!r:>{}}'.format(x, w)

  private compileJoinedStr(e: A.JoinedStr): void {
    const args: A.Expr[] = [];
    const fmt = this.fstringFormat(e, args, false);
    const emit = this.emit;
    const k: KConstant = { kind: 'Constant', value: { t: 'str', v: fmt }, lineno: e.lineno, col_offset: e.col_offset, qstr: utf8Len(fmt) <= 10 };
    this.compileConst(k);
    emit.loadMethod('format', false);
    for (const a of args) this.compileExpr(a);
    emit.callMethod(args.length, 0, 0);
  }

  private fstringFormat(e: A.JoinedStr, args: A.Expr[], inSpec: boolean): string {
    let s = '';
    for (const v of e.values) {
      if (v.kind === 'Constant') {
        const c = (v as unknown as KConstant).value;
        const text = c.t === 'str' ? c.v : '';
        s += inSpec ? text : text.replace(/\{/g, '{{').replace(/\}/g, '}}');
      } else if (v.kind === 'FormattedValue') {
        args.push(v.value);
        s += '{';
        if (v.conversion === 114) s += '!r';
        else if (v.conversion === 115) s += '!s';
        else if (v.conversion === 97) s += '!r';
        if (v.format_spec) s += ':' + this.fstringFormat(v.format_spec, args, true);
        s += '}';
      }
    }
    return s;
  }

  // --- atoms with trailers: a.b, a[i], f(...), and method calls

  /**
   * Compile an attribute/subscript/call chain the way MicroPython's atom_expr_normal does.
   * `plain`: each trailer on its own, with no method-call or super() forms (assignment and del
   * targets, decorators).
   */
  compileAtomExpr(e: Trailer, plain: boolean): void {
    const trailers: Trailer[] = [];
    let cur: A.Expr = e;
    for (;;) {
      if (cur.kind !== 'Attribute' && cur.kind !== 'Subscript' && cur.kind !== 'Call') break;
      trailers.push(cur);
      const inner: A.Expr = cur.kind === 'Call' ? cur.func : cur.value;
      if (!((inner.kind === 'Attribute' || inner.kind === 'Subscript' || inner.kind === 'Call') && samePos(inner, cur))) {
        cur = inner;
        break;
      }
      cur = inner;
    }
    trailers.reverse();
    const base = cur;
    const emit = this.emit;
    this.compileExpr(base);
    let i = 0;
    const n = trailers.length;
    const t0 = trailers[0];
    if (
      !plain &&
      this.scopeCur.kind === ScopeKind.FUNCTION &&
      base.kind === 'Name' &&
      base.id === 'super' &&
      t0.kind === 'Call' &&
      t0.args.length === 0 &&
      t0.keywords.length === 0
    ) {
      // super() in a method: load __class__ and the first parameter
      this.loadId('__class__');
      let found = false;
      for (const id of this.scopeCur.ids) {
        if (id.flags & IdFlag.IS_PARAM) {
          this.loadId(id.qst);
          found = true;
          break;
        }
      }
      if (!found) this.error(t0, "super() can't find self");
      if (n >= 3 && trailers[1].kind === 'Attribute' && trailers[2].kind === 'Call') {
        const call = trailers[2] as A.Call;
        emit.loadMethod((trailers[1] as A.Attribute).attr, true);
        this.compileCallArgs(call.args, call.keywords, true, 0);
        i = 3;
      } else {
        emit.callFunction(2, 0, 0);
        i = 1;
      }
    }
    for (; i < n; i++) {
      const t = trailers[i];
      if (!plain && i + 1 < n && t.kind === 'Attribute' && trailers[i + 1].kind === 'Call') {
        const call = trailers[i + 1] as A.Call;
        emit.loadMethod(t.attr, false);
        this.compileCallArgs(call.args, call.keywords, true, 0);
        i++;
      } else if (t.kind === 'Attribute') {
        if (plain) emit.setSourceLine(t.lineno);
        emit.attr(t.attr, AttrKind.LOAD);
      } else if (t.kind === 'Subscript') {
        this.compileExpr(t.slice);
        emit.subscr(SubscrKind.LOAD);
      } else {
        this.compileCallArgs(t.args, t.keywords, false, 0);
      }
    }
  }

  /** Arguments of a call, then the call (compile_trailer_paren_helper). */
  compileCallArgs(args: A.Expr[], keywords: A.Keyword[], isMethod: boolean, nPositionalExtra: number): void {
    const emit = this.emit;
    let nPositional = nPositionalExtra;
    let nKeyword = 0;
    let starFlags = 0;
    let starArgs = 0;
    const firstKw = keywords.length > 0 ? keywords[0] : null;
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a.kind === 'Starred') {
        if (firstKw !== null && (firstKw.lineno < a.lineno || (firstKw.lineno === a.lineno && firstKw.col_offset < a.col_offset))) {
          this.error(a, firstKw.arg === null ? '* arg after **' : '* arg after kwarg');
        }
        if (i >= 30) this.error(a, 'too many args');
        starFlags |= STAR_FLAG_SINGLE;
        starArgs += 2 ** i;
        this.compileExpr(a.value);
        nPositional++;
      } else {
        this.compileExpr(a);
        nPositional++;
      }
    }
    for (const k of keywords) {
      if (k.arg === null) {
        starFlags |= STAR_FLAG_DOUBLE;
        emit.loadNull();
        this.compileExpr(k.value);
      } else {
        emit.loadConstStr(k.arg);
        this.compileExpr(k.value);
      }
      nKeyword++;
    }
    if (starFlags !== 0) emit.loadConstSmallInt(starArgs);
    if (isMethod) emit.callMethod(nPositional, nKeyword, starFlags);
    else emit.callFunction(nPositional, nKeyword, starFlags);
  }

  // --- comprehensions

  compileComprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, kind: ScopeKind): void {
    const scope = this.scopeFor(e, kind, null);
    this.closeOverVariablesEtc(scope, 0, 0);
    this.compileExpr(e.generators[0].iter);
    if (kind === ScopeKind.GEN_EXPR) this.emit.getIter(false);
    this.emit.callFunction(1, 0, 0);
  }

  /** One `for` of a comprehension, inside its scope (compile_scope_comp_iter). */
  compileScopeCompIter(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, depth: number): void {
    const emit = this.emit;
    const gen = e.generators[depth];
    const lTop = this.newLabel();
    const lEnd = this.newLabel();
    emit.labelAssign(lTop);
    emit.forIter(lEnd);
    this.cAssign(gen.target, AssignKind.STORE);
    for (const cond of gen.ifs) this.cIfCond(cond, false, lTop);
    if (depth + 1 < e.generators.length) {
      this.compileExpr(e.generators[depth + 1].iter);
      emit.getIter(true);
      this.compileScopeCompIter(e, depth + 1);
    } else {
      const kind = this.scopeCur.kind;
      if (e.kind === 'DictComp') {
        emit.setSourceLine(e.key.lineno);
        this.compileExpr(e.value);
        this.compileExpr(e.key);
      } else {
        this.compileExpr(e.elt);
      }
      if (kind === ScopeKind.GEN_EXPR) {
        emit.yield(YieldKind.VALUE);
        emit.popTop();
      } else {
        emit.storeComp(kind, 4 * depth + 5);
      }
    }
    emit.jump(lTop);
    emit.labelAssign(lEnd);
    emit.forIterEnd();
  }
}

function utf8Len(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}
