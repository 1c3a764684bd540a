// The compiler: AST -> CompiledModule of MicroPython bytecode (MicroPython py/compile.c).
//
// As in MicroPython, the same tree walk runs in passes over each scope: SCOPE (collect
// identifiers, create child scopes), then per scope STACK_SIZE, CODE_SIZE and EMIT (repeated until
// jump sizes settle); see emitbc.ts. Parse-time folding is done first (compilefold.ts) and the
// expression half of the walk lives in compileexpr.ts. Statements are here.

import type * as A from './ast.js';
import { ScopeFlag } from './bc.js';
import { CompileError } from './compileerror.js';
import { AssignKind, ExprCompiler, INVALID_LABEL, inplaceOp } from './compileexpr.js';
import { exprConstTruth, Folder, isSmallInt, type KConstant } from './compilefold.js';
import {
  BlockKind, BREAK_FROM_FOR, BuildKind, BytecodeEmitter, EmitCommon, IdOpGlobal, ImportKind, Pass,
  SubscrKind, AttrKind,
} from './emitbc.js';
import type { CompiledModule } from './emitglue.js';
import { BinaryOp } from './obj.js';
import { parse } from './parse.js';
import { type IdInfo, IdKind, Scope, ScopeKind } from './scope.js';

export type CompileMode = 'exec' | 'eval' | 'single';

type CompNode = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

class Compiler extends ExprCompiler {
  // --- exception levels

  private increaseExceptLevel(label: number, kind: BlockKind): void {
    this.emit.setupBlock(label, kind);
    this.curExceptLevel++;
    if (this.curExceptLevel > this.scopeCur.excStackSize) this.scopeCur.excStackSize = this.curExceptLevel;
  }

  private decreaseExceptLevel(): void {
    this.curExceptLevel--;
    this.emit.endFinally();
  }

  // --- scopes

  /** Compile one scope in one pass (compile_scope). Returns false if the emitter wants another EMIT pass. */
  compileScope(scope: Scope, pass: Pass): boolean {
    this.pass = pass;
    this.scopeCur = scope;
    this.nextLabel = 0;
    this.common.startPass(pass);
    this.emit.startPass(pass, scope);
    if (pass === Pass.SCOPE) {
      scope.stackSize = 0;
      scope.excStackSize = 0;
    }
    const emit = this.emit;
    const node = scope.node as A.Mod | A.FunctionDef | A.AsyncFunctionDef | A.ClassDef | A.Lambda | CompNode | A.Tuple;
    switch (node.kind) {
      case 'Expression':
        this.compileExpr(node.body);
        emit.returnValue();
        break;
      case 'Module':
      case 'Interactive':
        this.compileBody(node.body);
        emit.loadConstTok('None');
        emit.returnValue();
        break;
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        if (pass === Pass.SCOPE) {
          this.haveStar = false;
          this.declareParams(node.args);
        }
        this.compileBody(node.body);
        emit.loadConstTok('None');
        emit.returnValue();
        break;
      case 'Lambda':
        emit.setSourceLine(node.lineno);
        if (pass === Pass.SCOPE) {
          this.haveStar = false;
          this.declareParams(node.args);
        }
        this.compileExpr(node.body);
        if (scope.scopeFlags & ScopeFlag.GENERATOR) {
          emit.popTop();
          emit.loadConstTok('None');
        }
        emit.returnValue();
        break;
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp': {
        if (pass === Pass.SCOPE) {
          scope.findOrAdd('', IdKind.LOCAL);
          scope.numPosArgs = 1;
        }
        emit.setSourceLine(node.kind === 'DictComp' ? node.key.lineno : node.elt.lineno);
        if (scope.kind === ScopeKind.LIST_COMP) emit.build(0, BuildKind.LIST);
        else if (scope.kind === ScopeKind.DICT_COMP) emit.build(0, BuildKind.MAP);
        else if (scope.kind === ScopeKind.SET_COMP) emit.build(0, BuildKind.SET);
        if (scope.kind === ScopeKind.GEN_EXPR) {
          emit.loadNull();
          this.loadId('');
          emit.loadNull();
          emit.loadNull();
        } else {
          this.loadId('');
          emit.getIter(true);
        }
        this.compileScopeCompIter(node, 0);
        if (scope.kind === ScopeKind.GEN_EXPR) emit.loadConstTok('None');
        emit.returnValue();
        break;
      }
      case 'ClassDef': {
        if (pass === Pass.SCOPE) scope.findOrAdd('__class__', IdKind.LOCAL);
        this.loadId('__name__');
        this.storeId('__module__');
        emit.loadConstStr(node.name);
        this.storeId('__qualname__');
        this.compileBody(node.body);
        const id = scope.find('__class__')!;
        if (id.kind === IdKind.LOCAL) emit.loadConstTok('None');
        else this.loadFast('__class__', id.localNum);
        emit.returnValue();
        break;
      }
      case 'Tuple':
        // the synthetic `def <tuple>(*args): return args` behind a starred tuple display
        if (pass === Pass.SCOPE) {
          scope.scopeFlags |= ScopeFlag.VARARGS;
          const id = scope.findOrAdd('args', IdKind.LOCAL);
          id.flags = 0x03;
        }
        this.loadId('args');
        emit.returnValue();
        break;
    }
    return emit.endPass();
  }

  // --- statements

  compileBody(body: A.Stmt[]): void {
    for (const s of body) this.compileStmt(s);
  }

  compileStmt(s: A.Stmt): void {
    const emit = this.emit;
    const decorated = (s.kind === 'FunctionDef' || s.kind === 'AsyncFunctionDef' || s.kind === 'ClassDef') && s.decorator_list.length > 0;
    emit.setSourceLine(decorated ? (s as A.FunctionDef).decorator_list[0].lineno : s.lineno);
    switch (s.kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
      case 'ClassDef':
        this.compileDef(s);
        return;
      case 'Return':
        this.compileReturn(s);
        return;
      case 'Delete':
        for (const t of s.targets) this.cDel(t);
        return;
      case 'Assign':
        this.compileAssign(s.targets, s.value);
        return;
      case 'AnnAssign':
        if (s.value === null) {
          if (this.scopeCur.kind === ScopeKind.FUNCTION && s.target.kind === 'Name') {
            this.scopeCur.findOrAdd(s.target.id, IdKind.LOCAL);
          }
        } else {
          this.compileAssign([s.target], s.value);
        }
        return;
      case 'AugAssign':
        this.cAssign(s.target, AssignKind.AUG_LOAD);
        this.compileExpr(s.value);
        emit.binaryOp(inplaceOp(s.op));
        this.cAssign(s.target, AssignKind.AUG_STORE);
        return;
      case 'For':
        this.compileFor(s);
        return;
      case 'AsyncFor':
        this.checkAsync(s);
        this.compileAsyncFor(s);
        return;
      case 'While':
        this.compileWhile(s);
        return;
      case 'If':
        this.compileIf(s);
        return;
      case 'With':
        this.compileWith(s.items, 0, s.body);
        return;
      case 'AsyncWith':
        this.checkAsync(s);
        this.compileAsyncWith(s.items, 0, s.body);
        return;
      case 'Raise':
        if (s.exc === null) {
          emit.raiseVarargs(0);
        } else if (s.cause !== null) {
          this.compileExpr(s.exc);
          this.compileExpr(s.cause);
          emit.raiseVarargs(2);
        } else {
          this.compileExpr(s.exc);
          emit.raiseVarargs(1);
        }
        return;
      case 'Try':
        this.compileTry(s);
        return;
      case 'Assert': {
        if (this.optLevel !== 0) return;
        const lEnd = this.newLabel();
        this.cIfCond(s.test, true, lEnd);
        emit.loadGlobal('AssertionError', IdOpGlobal.GLOBAL);
        if (s.msg !== null) {
          this.compileExpr(s.msg);
          emit.callFunction(1, 0, 0);
        }
        emit.raiseVarargs(1);
        emit.labelAssign(lEnd);
        return;
      }
      case 'Import':
        for (const a of s.names) {
          emit.loadConstSmallInt(0);
          emit.loadConstTok('None');
          this.storeId(this.doImportName(a.name, a.asname));
        }
        return;
      case 'ImportFrom':
        this.compileImportFrom(s);
        return;
      case 'Global':
      case 'Nonlocal':
        this.compileGlobalNonlocal(s);
        return;
      case 'Expr':
        if (this.isRepl && this.scopeCur.kind === ScopeKind.MODULE) {
          this.loadId('__repl_print__');
          this.compileExpr(s.value);
          emit.callFunction(1, 0, 0);
          emit.popTop();
        } else if (s.value.kind !== 'Constant') {
          // a lonely constant (a docstring, say) compiles to nothing
          this.compileExpr(s.value);
          emit.popTop();
        }
        return;
      case 'Pass':
        return;
      case 'Break':
      case 'Continue': {
        const label = s.kind === 'Break' ? this.breakLabel : this.continueLabel;
        if (label === INVALID_LABEL) this.error(s, "'break'/'continue' outside loop");
        emit.unwindJump(label, this.curExceptLevel - this.breakContinueExceptLevel);
        return;
      }
    }
  }

  private checkAsync(s: A.Stmt): void {
    if (!(this.scopeCur.scopeFlags & ScopeFlag.GENERATOR)) this.error(s, 'async for/with outside async function');
  }

  private compileReturn(s: A.Return): void {
    const emit = this.emit;
    if (this.scopeCur.kind !== ScopeKind.FUNCTION) this.error(s, "'return' outside function");
    const v = s.value;
    if (v === null) {
      emit.loadConstTok('None');
    } else if (v.kind === 'IfExp') {
      // return a if c else b: two returns, as CPython does
      const lFail = this.newLabel();
      this.cIfCond(v.test, false, lFail);
      this.compileExpr(v.body);
      emit.returnValue();
      emit.labelAssign(lFail);
      this.compileExpr(v.orelse);
    } else {
      this.compileExpr(v);
    }
    emit.returnValue();
  }

  // --- def and class

  private compileDef(s: A.FunctionDef | A.AsyncFunctionDef | A.ClassDef): void {
    const emit = this.emit;
    let emitOptions = this.scopeCur.emitOptions;
    let nBuiltin = 0;
    for (const d of s.decorator_list) {
      if (d.kind === 'Attribute' && d.value.kind === 'Name' && d.value.id === 'micropython') {
        nBuiltin++;
        if (d.attr === 'bytecode') emitOptions = 1;
        else if (d.attr === 'native') emitOptions = 2;
        else if (d.attr === 'viper') emitOptions = 3;
        else this.error(d, 'invalid micropython decorator');
        continue;
      }
      if (d.kind === 'Name' && d.id === 'micropython') this.error(d, 'invalid micropython decorator');
      if (d.kind === 'Attribute' || d.kind === 'Call' || d.kind === 'Subscript') {
        // decorators are dotted names with optional arguments: no method-call form
        this.compileAtomExpr(d, true);
      } else {
        this.compileExpr(d);
      }
    }
    if (s.kind === 'ClassDef') {
      const cscope = this.scopeFor(s, ScopeKind.CLASS, s.name);
      if (this.pass === Pass.SCOPE) cscope.emitOptions = emitOptions;
      emit.loadBuildClass();
      this.closeOverVariablesEtc(cscope, 0, 0);
      emit.loadConstStr(cscope.simpleName);
      this.compileCallArgs(s.bases, s.keywords, false, 2);
    } else {
      const fscope = this.scopeFor(s, ScopeKind.FUNCTION, s.name);
      if (this.pass === Pass.SCOPE) fscope.emitOptions = emitOptions;
      this.compileFuncdefLambdef(fscope, s.args);
      if (s.kind === 'AsyncFunctionDef') fscope.scopeFlags |= ScopeFlag.GENERATOR;
    }
    for (let i = 0; i < s.decorator_list.length - nBuiltin; i++) emit.callFunction(1, 0, 0);
    this.storeId(s.name);
  }

  // --- assignment and del

  private compileAssign(targets: A.Expr[], value: A.Expr): void {
    const emit = this.emit;
    if (targets.length === 1) {
      const t = targets[0];
      if (
        t.kind === 'Tuple' &&
        value.kind === 'Tuple' &&
        t.elts.length === value.elts.length &&
        (t.elts.length === 2 || t.elts.length === 3) &&
        isBare(t) &&
        isBare(value) &&
        !t.elts.some((x) => x.kind === 'Starred') &&
        !value.elts.some((x) => x.kind === 'Starred')
      ) {
        // a, b = c, d (and a, b, c = d, e, f): no tuple is built
        this.compileExpr(value.elts[0]);
        this.compileExpr(value.elts[1]);
        if (t.elts.length === 3) {
          this.compileExpr(value.elts[2]);
          emit.rotThree();
        }
        emit.rotTwo();
        for (const x of t.elts) this.cAssign(x, AssignKind.STORE);
        return;
      }
      this.compileExpr(value);
      this.cAssign(t, AssignKind.STORE);
      return;
    }
    // a = b = value: stores left to right
    this.compileExpr(value);
    for (let i = 0; i < targets.length; i++) {
      if (i + 1 < targets.length) emit.dupTop();
      this.cAssign(targets[i], AssignKind.STORE);
    }
  }

  private cDel(t: A.Expr): void {
    const emit = this.emit;
    switch (t.kind) {
      case 'Name':
        this.deleteId(t.id);
        return;
      case 'Attribute':
        this.emit.setSourceLine(t.lineno);
        this.compileTrailerSubject(t);
        emit.attr(t.attr, AttrKind.DELETE);
        return;
      case 'Subscript':
        this.emit.setSourceLine(t.lineno);
        this.compileTrailerSubject(t);
        this.compileExpr(t.slice);
        emit.subscr(SubscrKind.DELETE);
        return;
      case 'Tuple':
      case 'List':
        if (t.elts.length > 0) {
          for (const x of t.elts) this.cDel(x);
          return;
        }
        break;
      default:
        break;
    }
    this.error(t, "can't delete expression");
  }

  // --- loops

  private compileWhile(s: A.While): void {
    const emit = this.emit;
    const oldBreak = this.breakLabel;
    const oldContinue = this.continueLabel;
    const oldLevel = this.breakContinueExceptLevel;
    const breakLabel = this.newLabel();
    const continueLabel = this.newLabel();
    this.breakLabel = breakLabel;
    this.continueLabel = continueLabel;
    this.breakContinueExceptLevel = this.curExceptLevel;

    const t = exprConstTruth(s.test);
    if (t !== false) {
      const topLabel = this.newLabel();
      if (t !== true) emit.jump(continueLabel);
      emit.labelAssign(topLabel);
      this.compileBody(s.body);
      emit.labelAssign(continueLabel);
      this.cIfCond(s.test, true, topLabel);
    }

    this.breakLabel = oldBreak;
    this.continueLabel = oldContinue;
    this.breakContinueExceptLevel = oldLevel;
    this.compileBody(s.orelse);
    emit.labelAssign(breakLabel);
  }

  /** The arguments of `for x in range(...)` when MicroPython compiles it as a counted loop. */
  private rangeArgs(s: A.For): [A.Expr, A.Expr, A.Expr] | null {
    if (s.target.kind !== 'Name') return null;
    const it = s.iter;
    if (it.kind !== 'Call' || it.func.kind !== 'Name' || it.func.id !== 'range' || !samePosition(it.func, it)) return null;
    if (it.keywords.length > 0 || it.args.length < 1 || it.args.length > 3) return null;
    if (it.args.some((a) => a.kind === 'Starred')) return null;
    // range(x for x in y): an unparenthesized generator argument is not a plain expression
    const a0 = it.args[0];
    if (it.args.length === 1 && a0.kind === 'GeneratorExp' && a0.lineno === it.lineno && a0.col_offset === it.func.col_offset + 5) return null;
    const mk = (v: number): A.Expr => {
      const k: KConstant = { kind: 'Constant', value: { t: 'int', v }, lineno: 0, col_offset: 0 };
      return k as unknown as A.Expr;
    };
    const a = it.args;
    if (a.length === 1) return [mk(0), a[0], mk(1)];
    if (a.length === 2) return [a[0], a[1], mk(1)];
    const step = smallIntOf(a[2]);
    if (step === undefined || step === 0) return null;
    return [a[0], a[1], a[2]];
  }

  private compileFor(s: A.For): void {
    const emit = this.emit;
    const range = this.rangeArgs(s);
    const oldBreak = this.breakLabel;
    const oldContinue = this.continueLabel;
    const oldLevel = this.breakContinueExceptLevel;
    const breakLabel = this.newLabel();
    const continueLabel = this.newLabel();
    this.breakLabel = breakLabel;
    this.continueLabel = continueLabel;
    this.breakContinueExceptLevel = this.curExceptLevel;

    if (range !== null) {
      const [start, end, step] = range;
      const topLabel = this.newLabel();
      const entryLabel = this.newLabel();
      const endOnStack = smallIntOf(end) === undefined;
      if (endOnStack) this.compileExpr(end);
      this.compileExpr(start);
      emit.jump(entryLabel);
      emit.labelAssign(topLabel);
      emit.dupTop();
      this.cAssign(s.target, AssignKind.STORE);
      this.compileBody(s.body);
      emit.labelAssign(continueLabel);
      this.compileExpr(step);
      emit.binaryOp(BinaryOp.INPLACE_ADD);
      emit.labelAssign(entryLabel);
      if (endOnStack) {
        emit.dupTopTwo();
        emit.rotTwo();
      } else {
        emit.dupTop();
        this.compileExpr(end);
      }
      emit.binaryOp(smallIntOf(step)! >= 0 ? BinaryOp.LESS : BinaryOp.MORE);
      emit.popJumpIf(true, topLabel);

      this.breakLabel = oldBreak;
      this.continueLabel = oldContinue;
      this.breakContinueExceptLevel = oldLevel;

      let endLabel = 0;
      if (s.orelse.length > 0) {
        emit.popTop();
        if (endOnStack) emit.popTop();
        this.compileBody(s.orelse);
        endLabel = this.newLabel();
        emit.jump(endLabel);
        emit.adjustStackSize(1 + (endOnStack ? 1 : 0));
      }
      emit.labelAssign(breakLabel);
      emit.popTop();
      if (endOnStack) emit.popTop();
      if (s.orelse.length > 0) emit.labelAssign(endLabel);
      return;
    }

    this.breakLabel |= BREAK_FROM_FOR;
    const popLabel = this.newLabel();
    this.compileExpr(s.iter);
    emit.getIter(true);
    emit.labelAssign(continueLabel);
    emit.forIter(popLabel);
    this.cAssign(s.target, AssignKind.STORE);
    this.compileBody(s.body);
    emit.jump(continueLabel);
    emit.labelAssign(popLabel);
    emit.forIterEnd();

    this.breakLabel = oldBreak;
    this.continueLabel = oldContinue;
    this.breakContinueExceptLevel = oldLevel;
    this.compileBody(s.orelse);
    emit.labelAssign(breakLabel);
  }

  // --- if

  private compileIf(s: A.If): void {
    const emit = this.emit;
    const lEnd = this.newLabel();
    // gather the elif chain (an If alone in orelse, at the same column, is an `elif`)
    const elifs: A.If[] = [];
    let last = s;
    while (last.orelse.length === 1 && last.orelse[0].kind === 'If' && last.orelse[0].col_offset === s.col_offset && last.orelse[0].lineno > last.lineno) {
      last = last.orelse[0] as A.If;
      elifs.push(last);
    }
    const elseBody = last.orelse;

    done: {
      const t = exprConstTruth(s.test);
      if (t !== false) {
        const lFail = this.newLabel();
        this.cIfCond(s.test, false, lFail);
        this.compileBody(s.body);
        if (t === true) break done;
        if (!(elifs.length === 0 && elseBody.length === 0)) emit.jump(lEnd);
        emit.labelAssign(lFail);
      }
      for (const e of elifs) {
        const te = exprConstTruth(e.test);
        if (te !== false) {
          const lFail = this.newLabel();
          this.cIfCond(e.test, false, lFail);
          this.compileBody(e.body);
          if (te === true) break done;
          emit.jump(lEnd);
          emit.labelAssign(lFail);
        }
      }
      this.compileBody(elseBody);
    }
    emit.labelAssign(lEnd);
  }

  // --- try

  private compileTryExcept(body: A.Stmt[], handlers: A.ExceptHandler[], orelse: A.Stmt[]): void {
    const emit = this.emit;
    const l1 = this.newLabel();
    const successLabel = this.newLabel();
    this.increaseExceptLevel(l1, BlockKind.EXCEPT);
    this.compileBody(body);
    emit.popExceptJump(successLabel, false);
    emit.labelAssign(l1);
    emit.startExceptHandler();
    const l2 = this.newLabel();
    for (let i = 0; i < handlers.length; i++) {
      const h = handlers[i];
      const endFinallyLabel = this.newLabel();
      if (h.type === null) {
        if (i + 1 !== handlers.length) this.error(h, "default 'except' must be last");
      } else {
        emit.dupTop();
        this.compileExpr(h.type);
        emit.binaryOp(BinaryOp.EXCEPTION_MATCH);
        emit.popJumpIf(false, endFinallyLabel);
      }
      const name = h.type === null ? null : h.name;
      if (name === null) emit.popTop();
      else this.storeId(name);
      // `except E as e`: the body runs in a try/finally that deletes e afterwards
      let l3 = 0;
      if (name !== null) {
        l3 = this.newLabel();
        this.increaseExceptLevel(l3, BlockKind.FINALLY);
      }
      this.compileBody(h.body);
      if (name !== null) {
        emit.loadConstTok('None');
        emit.labelAssign(l3);
        emit.adjustStackSize(1);
        emit.loadConstTok('None');
        this.storeId(name);
        this.deleteId(name);
        emit.adjustStackSize(-1);
        this.decreaseExceptLevel();
      }
      emit.popExceptJump(l2, true);
      emit.labelAssign(endFinallyLabel);
      emit.adjustStackSize(1);
    }
    this.decreaseExceptLevel();
    emit.endExceptHandler();
    emit.labelAssign(successLabel);
    this.compileBody(orelse);
    emit.labelAssign(l2);
  }

  private compileTry(s: A.Try): void {
    const emit = this.emit;
    if (s.finalbody.length === 0) {
      this.compileTryExcept(s.body, s.handlers, s.orelse);
      return;
    }
    const lFinally = this.newLabel();
    this.increaseExceptLevel(lFinally, BlockKind.FINALLY);
    if (s.handlers.length === 0) {
      emit.adjustStackSize(3); // room for a possible UNWIND_JUMP state
      this.compileBody(s.body);
      emit.adjustStackSize(-3);
    } else {
      this.compileTryExcept(s.body, s.handlers, s.orelse);
    }
    emit.loadConstTok('None');
    emit.labelAssign(lFinally);
    emit.adjustStackSize(1); // a return value may sit under the finally block
    this.compileBody(s.finalbody);
    emit.adjustStackSize(-1);
    this.decreaseExceptLevel();
  }

  // --- with

  private compileWith(items: A.WithItem[], i: number, body: A.Stmt[]): void {
    if (i === items.length) {
      this.compileBody(body);
      return;
    }
    const emit = this.emit;
    const lEnd = this.newLabel();
    const it = items[i];
    this.compileExpr(it.context_expr);
    this.increaseExceptLevel(lEnd, BlockKind.WITH);
    if (it.optional_vars !== null) this.cAssign(it.optional_vars, AssignKind.STORE);
    else emit.popTop();
    this.compileWith(items, i + 1, body);
    emit.withCleanup(lEnd);
    this.decreaseExceptLevel();
  }

  // --- async for / async with (compile_async_for_stmt, compile_async_with_stmt_helper)

  private compileAwaitObjectMethod(method: string): void {
    this.emit.loadMethod(method, false);
    this.emit.callMethod(0, 0, 0);
    this.compileYieldFrom();
  }

  private compileAsyncFor(s: A.AsyncFor): void {
    const emit = this.emit;
    const whileElseLabel = this.newLabel();
    const tryExceptionLabel = this.newLabel();
    const tryElseLabel = this.newLabel();
    const tryFinallyLabel = this.newLabel();
    this.compileExpr(s.iter);
    emit.loadMethod('__aiter__', false);
    emit.callMethod(0, 0, 0);

    const oldBreak = this.breakLabel;
    const oldContinue = this.continueLabel;
    const oldLevel = this.breakContinueExceptLevel;
    const breakLabel = this.newLabel();
    const continueLabel = this.newLabel();
    this.breakLabel = breakLabel;
    this.continueLabel = continueLabel;
    this.breakContinueExceptLevel = this.curExceptLevel;

    emit.labelAssign(continueLabel);
    this.increaseExceptLevel(tryExceptionLabel, BlockKind.EXCEPT);
    emit.dupTop();
    this.compileAwaitObjectMethod('__anext__');
    this.cAssign(s.target, AssignKind.STORE);
    emit.popExceptJump(tryElseLabel, false);

    emit.labelAssign(tryExceptionLabel);
    emit.startExceptHandler();
    emit.dupTop();
    emit.loadGlobal('StopAsyncIteration', IdOpGlobal.GLOBAL);
    emit.binaryOp(BinaryOp.EXCEPTION_MATCH);
    emit.popJumpIf(false, tryFinallyLabel);
    emit.popTop();
    emit.popExceptJump(whileElseLabel, true);

    emit.labelAssign(tryFinallyLabel);
    emit.adjustStackSize(1);
    this.decreaseExceptLevel();
    emit.endExceptHandler();

    emit.labelAssign(tryElseLabel);
    this.compileBody(s.body);
    emit.jump(continueLabel);

    this.breakLabel = oldBreak;
    this.continueLabel = oldContinue;
    this.breakContinueExceptLevel = oldLevel;

    emit.labelAssign(whileElseLabel);
    this.compileBody(s.orelse);
    emit.labelAssign(breakLabel);
    emit.popTop();
  }

  private compileAsyncWith(items: A.WithItem[], i: number, body: A.Stmt[]): void {
    if (i === items.length) {
      this.compileBody(body);
      return;
    }
    const emit = this.emit;
    const lFinallyBlock = this.newLabel();
    const lAexitNoExc = this.newLabel();
    const lRetUnwindJump = this.newLabel();
    const lEnd = this.newLabel();
    const it = items[i];
    this.compileExpr(it.context_expr);
    emit.dupTop();
    this.compileAwaitObjectMethod('__aenter__');
    if (it.optional_vars !== null) this.cAssign(it.optional_vars, AssignKind.STORE);
    else emit.popTop();

    this.increaseExceptLevel(lFinallyBlock, BlockKind.FINALLY);
    emit.adjustStackSize(3);
    this.compileAsyncWith(items, i + 1, body);
    emit.adjustStackSize(-3);

    emit.asyncWithSetupFinally(lAexitNoExc, lFinallyBlock, lRetUnwindJump);

    // an exception is propagating: call __aexit__(type(exc), exc, None), swallow it if true
    emit.dupTop();
    emit.rotThree();
    emit.rotTwo();
    emit.loadMethod('__aexit__', false);
    emit.rotThree();
    emit.rotThree();
    emit.dupTop();
    emit.attr('__class__', AttrKind.LOAD);
    emit.rotTwo();
    emit.loadConstTok('None');
    emit.callMethod(3, 0, 0);
    this.compileYieldFrom();
    emit.popJumpIf(false, lEnd);
    emit.popTop();
    emit.loadConstTok('None');
    emit.jump(lEnd);
    emit.adjustStackSize(2);

    // a return or unwind jump, or the normal exit: call __aexit__(None, None, None)
    emit.labelAssign(lRetUnwindJump);
    emit.rotThree();
    emit.rotThree();
    emit.labelAssign(lAexitNoExc);
    emit.loadMethod('__aexit__', false);
    emit.loadConstTok('None');
    emit.dupTop();
    emit.dupTop();
    emit.callMethod(3, 0, 0);
    this.compileYieldFrom();
    emit.popTop();
    emit.adjustStackSize(-1);

    emit.labelAssign(lEnd);
    this.decreaseExceptLevel();
  }

  // --- import

  /** IMPORT_NAME for a (dotted) module name; returns the name to bind (do_import_name). */
  private doImportName(name: string, asname: string | null): string {
    const emit = this.emit;
    emit.import(name, ImportKind.NAME);
    const parts = name.split('.');
    if (asname !== null) {
      for (let i = 1; i < parts.length; i++) emit.attr(parts[i], AttrKind.LOAD);
      return asname;
    }
    return parts[0];
  }

  private compileImportFrom(s: A.ImportFrom): void {
    const emit = this.emit;
    const level = s.level;
    const mod = s.module ?? '';
    if (s.names.length === 1 && s.names[0].name === '*') {
      if (this.scopeCur.kind !== ScopeKind.MODULE) this.error(s, 'import * not at module level');
      emit.loadConstSmallInt(level);
      emit.loadConstStr('*');
      emit.build(1, BuildKind.TUPLE);
      emit.import(mod, ImportKind.NAME);
      emit.import('', ImportKind.STAR);
      return;
    }
    emit.loadConstSmallInt(level);
    for (const a of s.names) emit.loadConstStr(a.name);
    emit.build(s.names.length, BuildKind.TUPLE);
    emit.import(mod, ImportKind.NAME);
    for (const a of s.names) {
      emit.import(a.name, ImportKind.FROM);
      this.storeId(a.asname ?? a.name);
    }
    emit.popTop();
  }

  // --- global / nonlocal

  private compileGlobalNonlocal(s: A.Global | A.Nonlocal): void {
    if (this.pass !== Pass.SCOPE) return;
    const isGlobal = s.kind === 'Global';
    if (!isGlobal && this.scopeCur.kind === ScopeKind.MODULE) this.error(s, "can't declare nonlocal in outer code");
    for (const name of s.names) {
      const id = this.scopeCur.findOrAdd(name, IdKind.UNDECIDED);
      this.declareGlobalOrNonlocal(s, id, isGlobal);
    }
  }

  declareGlobalOrNonlocal(node: A.Pos, id: IdInfo, isGlobal: boolean): void {
    if (isGlobal) {
      if (id.kind !== IdKind.UNDECIDED && id.kind !== IdKind.GLOBAL_EXPLICIT) this.error(node, 'identifier redefined as global');
      id.kind = IdKind.GLOBAL_EXPLICIT;
      const g = this.scopeCur.findGlobal(id.qst);
      if (g !== undefined) g.kind = IdKind.GLOBAL_EXPLICIT;
    } else if (id.kind === IdKind.UNDECIDED) {
      id.kind = IdKind.GLOBAL_IMPLICIT;
      this.scopeCur.checkToCloseOver(id);
      if (id.kind === IdKind.GLOBAL_IMPLICIT) this.error(node, 'no binding for nonlocal found');
    } else if (id.kind !== IdKind.FREE) {
      this.error(node, 'identifier redefined as nonlocal');
    }
  }
}

function samePosition(a: A.Pos, b: A.Pos): boolean {
  return a.lineno === b.lineno && a.col_offset === b.col_offset;
}

/** A tuple written without parentheses. */
function isBare(t: A.Tuple): boolean {
  return t.elts.length > 0 && samePosition(t.elts[0], t);
}

function smallIntOf(e: A.Expr): number | undefined {
  if (e.kind !== 'Constant') return undefined;
  const v = (e as unknown as KConstant).value;
  return v.t === 'int' && isSmallInt(v.v) ? v.v : undefined;
}

// ---------------------------------------------------------------------------------------------
// Entry points

/** Compile an AST (which is folded in place) to a module of MicroPython bytecode. */
export function compileAst(ast: A.Mod, filename: string, mode: CompileMode, optLevel = 0): CompiledModule {
  try {
    const folder = new Folder(optLevel, filename);
    if (ast.kind === 'Expression') ast.body = folder.expr(ast.body);
    else folder.foldBody(ast.body);

    const common = new EmitCommon(filename);
    const comp = new Compiler(common, mode === 'single', optLevel);
    const emit = new BytecodeEmitter(common);
    if (optLevel >= 3) emit.includeSourceLines = false;
    comp.emit = emit;
    const module = new Scope(ScopeKind.MODULE, ast, null, null);
    comp.scopes.push(module);

    // SCOPE pass over every scope (the list grows as child scopes are found)
    for (let i = 0; i < comp.scopes.length; i++) {
      const s = comp.scopes[i];
      comp.compileScope(s, Pass.SCOPE);
      for (const id of s.ids) if (id.kind === IdKind.GLOBAL_IMPLICIT) s.checkToCloseOver(id);
    }
    for (const s of comp.scopes) s.computeThings();
    for (const s of comp.scopes) {
      comp.compileScope(s, Pass.STACK_SIZE);
      comp.compileScope(s, Pass.CODE_SIZE);
      while (!comp.compileScope(s, Pass.EMIT)) {
        // jump encodings shrank; emit again
      }
    }
    return { rc: module.rawCode, qstrs: common.qstrs, consts: common.consts, sourceFile: filename };
  } catch (e) {
    if (e instanceof RangeError) throw new CompileError('SyntaxError', 'maximum recursion depth exceeded', 0);
    throw e;
  }
}

/** Parse and compile source text (throws CompileError). */
export function compileSource(source: string, filename: string, mode: CompileMode, optLevel = 0): CompiledModule {
  let ast: A.Mod;
  try {
    ast = parse(source, mode);
  } catch (e) {
    if (e instanceof RangeError) throw new CompileError('SyntaxError', 'maximum recursion depth exceeded', 0);
    throw e;
  }
  return compileAst(ast, filename, mode, optLevel);
}
