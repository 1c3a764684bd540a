// The parser: tokens -> AST (cf. MicroPython py/parse.c + py/grammar.h, CPython Grammar/python.gram).
//
// Hand-written recursive descent; each function opens with the production it parses (CPython
// 3.11's PEG grammar, simplified to what MicroPython accepts: no `match`, no `except*`).
// The AST is CPython's (see ast.ts). Statement-level validation that CPython does while parsing
// (assignment targets, argument order, parameter order) is done here too.
// Depth: brackets are capped at 200 by the lexer and blocks at 100 levels; other recursion
// (unary operators, `not`, lambda and conditional chains, `**`) counts against MAX_DEPTH, and a
// JS stack overflow is still caught at the entry point: no JS error escapes as such.

import type * as A from './ast.js';
import { CompileError } from './compileerror.js';
import {
  lex, MSG, normalizeNewlines, splitFString, STR_BYTES, STR_F, STR_U, tokenize, type FPart, type Token,
  type TokKind,
} from './lexer.js';

export { tokenize };
export type { Token };

/** Limit on recursive expression nesting (unary ops, `not`, lambdas, conditionals, `**`). */
const MAX_DEPTH = 1000;

const PMSG = {
  cantAssign: "can't assign to expression",
  cantDelete: "can't delete expression",
  starredTarget: 'starred assignment target must be in a list or tuple',
  starredHere: "can't use starred expression here",
  multipleStarred: 'multiple starred expressions in assignment',
  annTuple: 'only single target (not tuple) can be annotated',
  annList: 'only single target (not list) can be annotated',
  annIllegal: 'illegal target for annotation',
  augIllegal: 'illegal expression for augmented assignment',
  nonDefault: 'non-default argument follows default argument',
  slashFirst: 'at least one argument must precede /',
  slashTwice: '/ may appear only once',
  slashAfterStar: '/ must be ahead of *',
  starTwice: '* argument may appear only once',
  bareStar: 'named arguments must follow bare *',
  afterKwargs: 'arguments cannot follow var-keyword argument',
  posAfterKw: 'positional argument follows keyword argument',
  posAfterKwUnpack: 'positional argument follows keyword argument unpacking',
  starAfterKwUnpack: 'iterable argument unpacking follows keyword argument unpacking',
  kwAssign: 'expression cannot contain assignment, perhaps you meant "=="?',
  genexpParens: 'Generator expression must be parenthesized',
  exceptParens: 'multiple exception types must be parenthesized',
  defaultExceptLast: "default 'except' must be last",
  trailingComma: 'trailing comma not allowed without surrounding parentheses',
  multipleStatements: 'multiple statements found while compiling a single statement',
} as const;

const AUG_OPS: Partial<Record<TokKind, A.Operator>> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd',
  '|=': 'BitOr', '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};

// Binary operators by precedence (higher binds tighter); `**` is handled in parsePower.
const BIN_PREC: Partial<Record<TokKind, number>> = {
  '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '/': 6, '//': 6, '%': 6, '@': 6,
};
const BIN_OP: Partial<Record<TokKind, A.Operator>> = {
  '|': 'BitOr', '^': 'BitXor', '&': 'BitAnd', '<<': 'LShift', '>>': 'RShift', '+': 'Add', '-': 'Sub',
  '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult',
};
const CMP_OP: Partial<Record<TokKind, A.CmpOperator>> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE', 'in': 'In', 'is': 'Is',
};

// Tokens that can start an expression (to tell `return` from `return x`, `x,` from `x, y`).
const EXPR_START: ReadonlySet<TokKind> = new Set<TokKind>([
  'NAME', 'INT', 'FLOAT', 'IMAG', 'STRING', '(', '[', '{', '-', '+', '~', 'not', 'lambda', 'await',
  'None', 'True', 'False', '...', '*',
]);

/**
 * Parse source text into an AST. mode 'exec' gives a Module (a file), 'eval' an Expression (one
 * expression), 'single' an Interactive (one REPL statement, possibly compound).
 * Throws CompileError (SyntaxError/IndentationError) for invalid input, and nothing else.
 */
export function parse(source: string, mode: 'exec'): A.Module;
export function parse(source: string, mode: 'eval'): A.Expression;
export function parse(source: string, mode: 'single'): A.Interactive;
export function parse(source: string): A.Module;
export function parse(source: string, mode?: 'exec' | 'eval' | 'single'): A.Module | A.Expression | A.Interactive;
export function parse(source: string, mode: 'exec' | 'eval' | 'single' = 'exec'): A.Module | A.Expression | A.Interactive {
  let parser: Parser | null = null;
  try {
    const toks = lex(normalizeNewlines(source), 1, 0, false);
    parser = new Parser(toks, 0);
    if (mode === 'eval') return parser.parseEvalInput();
    // MicroPython: input can't end in a line continuation that follows code (nor, in 'single'
    // mode, one on its own)
    const src = normalizeNewlines(source);
    if (src.endsWith('\\\n')) {
      const head = src.slice(0, -2);
      if (mode === 'single' || head.slice(head.lastIndexOf('\n') + 1).trim() !== '') {
        throw new CompileError('SyntaxError', MSG.invalidSyntax, src.split('\n').length, 0);
      }
    }
    if (mode === 'single') return parser.parseInteractive();
    return parser.parseFile();
  } catch (e) {
    if (e instanceof RangeError) {
      // JS stack overflow (or an impossible allocation): report it as a syntax error.
      throw new CompileError('SyntaxError', MSG.recursion, parser ? parser.tok.line : 1, parser ? parser.tok.col + 1 : 0);
    }
    throw e;
  }
}

type Ctx = A.ExprContext;

class Parser {
  p = 0;
  tok: Token;
  /** Expressions written in parentheses (for AnnAssign.simple, `(*a)`, and keyword arguments). */
  private parened = new WeakSet<A.Expr>();

  constructor(private readonly toks: Token[], private depth: number) {
    this.tok = toks[0];
  }

  // -------------------------------------------------------------------------------------------
  // Token helpers

  next(): Token {
    const t = this.tok;
    if (this.p < this.toks.length - 1) this.tok = this.toks[++this.p];
    return t;
  }
  peek(): Token {
    return this.toks[Math.min(this.p + 1, this.toks.length - 1)];
  }
  at(k: TokKind): boolean {
    return this.tok.kind === k;
  }
  eat(k: TokKind): boolean {
    if (this.tok.kind !== k) return false;
    this.next();
    return true;
  }
  expect(k: TokKind): Token {
    if (this.tok.kind !== k) throw this.error();
    return this.next();
  }
  error(msg: string = MSG.invalidSyntax, tok: Token = this.tok): CompileError {
    if (tok.kind === 'INDENT' && msg === MSG.invalidSyntax) return new CompileError('IndentationError', MSG.unexpectedIndent, tok.line, tok.col + 1);
    return new CompileError('SyntaxError', msg, tok.line, tok.col + 1);
  }
  errorAt(msg: string, node: A.Pos): CompileError {
    return new CompileError('SyntaxError', msg, node.lineno, node.col_offset + 1);
  }
  enter(): void {
    if (++this.depth > MAX_DEPTH) throw this.error(MSG.recursion);
  }
  leave(): void {
    this.depth--;
  }
  startsExpr(): boolean {
    return EXPR_START.has(this.tok.kind);
  }
  endOfSimple(): boolean {
    const k = this.tok.kind;
    return k === 'NEWLINE' || k === ';' || k === 'EOF';
  }
  name(): string {
    return this.expect('NAME').text;
  }

  // -------------------------------------------------------------------------------------------
  // Top level

  // file: statement* ENDMARKER
  parseFile(): A.Module {
    const body: A.Stmt[] = [];
    while (!this.at('EOF')) {
      if (this.eat('NEWLINE')) continue;
      this.parseStatement(body);
    }
    return { kind: 'Module', body };
  }

  // interactive: statement NEWLINE* ENDMARKER  (an empty input gives an empty body)
  parseInteractive(): A.Interactive {
    const body: A.Stmt[] = [];
    while (this.eat('NEWLINE'));
    if (!this.at('EOF')) {
      this.parseStatement(body);
      while (this.eat('NEWLINE'));
      if (!this.at('EOF')) throw this.error(PMSG.multipleStatements);
    }
    return { kind: 'Interactive', body };
  }

  // eval: expressions NEWLINE* ENDMARKER  (leading indentation is tolerated, as eval() strips it)
  // expressions: expression (',' expression)* [',']
  parseEvalInput(): A.Expression {
    this.eat('INDENT');
    const t = this.tok;
    let body = this.parseExpression();
    if (this.at(',')) {
      const elts = [body];
      while (this.eat(',')) {
        if (!this.startsExpr()) break;
        elts.push(this.parseExpression());
      }
      body = { kind: 'Tuple', elts, ctx: 'Load', lineno: t.line, col_offset: t.col };
    }
    while (this.eat('NEWLINE'));
    while (this.eat('DEDENT'));
    if (!this.at('EOF')) throw this.error();
    return { kind: 'Expression', body };
  }

  // fstring_field: (yield_expr | star_expressions) ENDMARKER
  // The field is parsed as if in parentheses starting at its '{' (line, col): a bare tuple starts there.
  parseFieldExpr(line: number, col: number): A.Expr {
    if (this.at('EOF')) throw this.error(MSG.fstringEmpty);
    const e = this.at('yield') ? this.parseYieldExpr() : this.parseStarExpressions();
    this.noBareStar(e);
    if (e.kind === 'Tuple' && !this.parened.has(e)) {
      e.lineno = line;
      e.col_offset = col;
    }
    if (!this.at('EOF')) throw this.error();
    return e;
  }

  // -------------------------------------------------------------------------------------------
  // Statements

  // statement: compound_stmt | simple_stmts
  parseStatement(out: A.Stmt[]): void {
    switch (this.tok.kind) {
      case 'if': out.push(this.parseIf()); return;
      case 'while': out.push(this.parseWhile()); return;
      case 'for': out.push(this.parseFor(null)); return;
      case 'try': out.push(this.parseTry()); return;
      case 'with': out.push(this.parseWith(null)); return;
      case 'def': out.push(this.parseFuncDef([], null)); return;
      case 'class': out.push(this.parseClassDef([])); return;
      case '@': out.push(this.parseDecorated()); return;
      case 'async': out.push(this.parseAsync([])); return;
      case 'INDENT': throw this.error();
      default: this.parseSimpleStmts(out);
    }
  }

  // block: NEWLINE INDENT statement+ DEDENT | simple_stmts
  parseBlock(): A.Stmt[] {
    this.expect(':');
    const body: A.Stmt[] = [];
    if (this.eat('NEWLINE')) {
      if (!this.at('INDENT')) throw new CompileError('IndentationError', MSG.expectedIndent, this.tok.line, this.tok.col + 1);
      this.next();
      while (!this.eat('DEDENT')) {
        if (this.at('EOF')) throw this.error();
        this.parseStatement(body);
      }
    } else {
      this.parseSimpleStmts(body);
    }
    return body;
  }

  // simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
  parseSimpleStmts(out: A.Stmt[]): void {
    for (;;) {
      out.push(this.parseSimpleStmt());
      if (!this.eat(';') || this.at('NEWLINE')) break;
    }
    this.expect('NEWLINE');
  }

  // simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt | 'pass'
  //   | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt | nonlocal_stmt
  parseSimpleStmt(): A.Stmt {
    const t = this.tok;
    switch (t.kind) {
      case 'pass': this.next(); return { kind: 'Pass', lineno: t.line, col_offset: t.col };
      case 'break': this.next(); return { kind: 'Break', lineno: t.line, col_offset: t.col };
      case 'continue': this.next(); return { kind: 'Continue', lineno: t.line, col_offset: t.col };
      case 'return': {
        // return_stmt: 'return' [star_expressions]
        this.next();
        let value: A.Expr | null = null;
        if (!this.endOfSimple()) {
          value = this.parseStarExpressions();
          this.noBareStar(value);
        }
        return { kind: 'Return', value, lineno: t.line, col_offset: t.col };
      }
      case 'raise': {
        // raise_stmt: 'raise' expression ['from' expression] | 'raise'
        this.next();
        let exc: A.Expr | null = null;
        let cause: A.Expr | null = null;
        if (!this.endOfSimple()) {
          exc = this.parseExpression();
          if (this.eat('from')) cause = this.parseExpression();
        }
        return { kind: 'Raise', exc, cause, lineno: t.line, col_offset: t.col };
      }
      case 'global':
      case 'nonlocal': {
        // global_stmt: 'global' NAME (',' NAME)*
        this.next();
        const names = [this.name()];
        while (this.eat(',')) names.push(this.name());
        return t.kind === 'global' ? { kind: 'Global', names, lineno: t.line, col_offset: t.col } : { kind: 'Nonlocal', names, lineno: t.line, col_offset: t.col };
      }
      case 'del': {
        // del_stmt: 'del' del_target (',' del_target)* [',']
        this.next();
        const targets: A.Expr[] = [];
        do {
          if (targets.length > 0 && this.endOfSimple()) break;
          const e = this.parseBitOr();
          this.setCtx(e, 'Del');
          targets.push(e);
        } while (this.eat(','));
        return { kind: 'Delete', targets, lineno: t.line, col_offset: t.col };
      }
      case 'assert': {
        // assert_stmt: 'assert' expression [',' expression]
        this.next();
        const test = this.parseExpression();
        const msg = this.eat(',') ? this.parseExpression() : null;
        return { kind: 'Assert', test, msg, lineno: t.line, col_offset: t.col };
      }
      case 'import': return this.parseImport();
      case 'from': return this.parseFromImport();
      default: return this.parseExprStmt();
    }
  }

  // assignment: NAME ':' expression ['=' annotated_rhs]
  //   | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
  //   | (star_targets '=')+ (yield_expr | star_expressions)
  //   | single_target augassign (yield_expr | star_expressions)
  // star_expressions
  parseExprStmt(): A.Stmt {
    const t = this.tok;
    const first = this.parseRhs();
    const k = this.tok.kind;
    if (k === '=') {
      const targets = [first];
      let value: A.Expr;
      for (;;) {
        this.next();
        const e = this.parseRhs();
        if (!this.at('=')) {
          value = e;
          break;
        }
        targets.push(e);
      }
      for (const target of targets) this.setStore(target);
      this.noBareStar(value);
      return { kind: 'Assign', targets, value, lineno: t.line, col_offset: t.col };
    }
    if (k === ':') {
      const paren = this.parened.has(first);
      if (first.kind === 'Tuple' && !paren) throw this.errorAt(PMSG.annTuple, first);
      if (first.kind === 'List' && !paren) throw this.errorAt(PMSG.annList, first);
      if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript') throw this.errorAt(PMSG.annIllegal, first);
      this.setCtx(first, 'Store');
      this.next();
      const annotation = this.parseExpression();
      let value: A.Expr | null = null;
      if (this.eat('=')) {
        value = this.parseRhs();
        this.noBareStar(value);
      }
      const simple = first.kind === 'Name' && !paren ? 1 : 0;
      return { kind: 'AnnAssign', target: first, annotation, value, simple, lineno: t.line, col_offset: t.col };
    }
    const op = AUG_OPS[k];
    if (op !== undefined) {
      if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript') throw this.errorAt(PMSG.augIllegal, first);
      this.setCtx(first, 'Store');
      this.next();
      const value = this.parseRhs();
      this.noBareStar(value);
      return { kind: 'AugAssign', target: first, op, value, lineno: t.line, col_offset: t.col };
    }
    this.noBareStar(first);
    return { kind: 'Expr', value: first, lineno: t.line, col_offset: t.col };
  }

  // annotated_rhs: yield_expr | star_expressions
  parseRhs(): A.Expr {
    return this.at('yield') ? this.parseYieldExpr() : this.parseStarExpressions();
  }

  // import_name: 'import' dotted_as_names
  // dotted_as_names: dotted_as_name (',' dotted_as_name)*
  // dotted_as_name: dotted_name ['as' NAME]
  parseImport(): A.Import {
    const t = this.next();
    const names: A.Alias[] = [];
    do {
      const at = this.tok;
      const name = this.parseDottedName();
      const asname = this.eat('as') ? this.name() : null;
      names.push({ kind: 'alias', name, asname, lineno: at.line, col_offset: at.col });
    } while (this.eat(','));
    return { kind: 'Import', names, lineno: t.line, col_offset: t.col };
  }

  // dotted_name: NAME ('.' NAME)*
  parseDottedName(): string {
    let name = this.name();
    while (this.eat('.')) name += '.' + this.name();
    return name;
  }

  // import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
  //   | 'from' ('.' | '...')+ 'import' import_from_targets
  // import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
  parseFromImport(): A.ImportFrom {
    const t = this.next();
    let level = 0;
    for (;;) {
      if (this.eat('.')) level++;
      else if (this.eat('...')) level += 3;
      else break;
    }
    let module: string | null = null;
    if (level === 0 || !this.at('import')) module = this.parseDottedName();
    this.expect('import');
    const names: A.Alias[] = [];
    if (this.at('*')) {
      const st = this.next();
      names.push({ kind: 'alias', name: '*', asname: null, lineno: st.line, col_offset: st.col });
    } else {
      const paren = this.eat('(');
      for (;;) {
        const at = this.tok;
        const name = this.name();
        const asname = this.eat('as') ? this.name() : null;
        names.push({ kind: 'alias', name, asname, lineno: at.line, col_offset: at.col });
        if (!this.at(',')) break;
        const comma = this.next();
        if (paren && this.at(')')) break;
        if (!paren && !this.at('NAME')) throw this.error(PMSG.trailingComma, comma);
      }
      if (paren) this.expect(')');
    }
    return { kind: 'ImportFrom', module, names, level, lineno: t.line, col_offset: t.col };
  }

  // if_stmt: 'if' named_expression block elif_stmt* [else_block]
  // elif_stmt: 'elif' named_expression block   (an If alone in the previous orelse)
  parseIf(): A.If {
    const t = this.next();
    const test = this.parseNamedExpr();
    const node: A.If = { kind: 'If', test, body: this.parseBlock(), orelse: [], lineno: t.line, col_offset: t.col };
    let cur = node;
    while (this.at('elif')) {
      const e = this.next();
      const etest = this.parseNamedExpr();
      const n: A.If = { kind: 'If', test: etest, body: this.parseBlock(), orelse: [], lineno: e.line, col_offset: e.col };
      cur.orelse = [n];
      cur = n;
    }
    if (this.eat('else')) cur.orelse = this.parseBlock();
    return node;
  }

  // while_stmt: 'while' named_expression block [else_block]
  parseWhile(): A.While {
    const t = this.next();
    const test = this.parseNamedExpr();
    const body = this.parseBlock();
    const orelse = this.eat('else') ? this.parseBlock() : [];
    return { kind: 'While', test, body, orelse, lineno: t.line, col_offset: t.col };
  }

  // for_stmt: ['async'] 'for' star_targets 'in' star_expressions block [else_block]
  parseFor(asyncTok: Token | null): A.For | A.AsyncFor {
    const t = asyncTok ?? this.tok;
    this.expect('for');
    const target = this.parseTargetList();
    this.setStore(target);
    this.expect('in');
    const iter = this.parseStarExpressions();
    this.noBareStar(iter);
    const body = this.parseBlock();
    const orelse = this.eat('else') ? this.parseBlock() : [];
    return { kind: asyncTok ? 'AsyncFor' : 'For', target, iter, body, orelse, lineno: t.line, col_offset: t.col };
  }

  // try_stmt: 'try' block finally_block | 'try' block except_block+ [else_block] [finally_block]
  // except_block: 'except' expression ['as' NAME] block | 'except' block
  parseTry(): A.Try {
    const t = this.next();
    const body = this.parseBlock();
    const handlers: A.ExceptHandler[] = [];
    while (this.at('except')) {
      const e = this.next();
      let type: A.Expr | null = null;
      let name: string | null = null;
      if (handlers.length > 0 && handlers[handlers.length - 1].type === null) {
        throw this.error(PMSG.defaultExceptLast, e);
      }
      if (!this.at(':')) {
        type = this.parseExpression();
        if (this.at(',')) throw this.error(PMSG.exceptParens);
        if (this.eat('as')) name = this.name();
      }
      handlers.push({ kind: 'ExceptHandler', type, name, body: this.parseBlock(), lineno: e.line, col_offset: e.col });
    }
    let orelse: A.Stmt[] = [];
    if (handlers.length > 0 && this.eat('else')) orelse = this.parseBlock();
    let finalbody: A.Stmt[] = [];
    if (this.eat('finally')) finalbody = this.parseBlock();
    else if (handlers.length === 0) throw this.error();
    return { kind: 'Try', body, handlers, orelse, finalbody, lineno: t.line, col_offset: t.col };
  }

  // with_stmt: ['async'] 'with' '(' with_item (',' with_item)* [','] ')' block
  //   | ['async'] 'with' with_item (',' with_item)* block
  // with_item: expression 'as' star_target &(',' | ')' | ':') | expression
  parseWith(asyncTok: Token | null): A.With | A.AsyncWith {
    const t = asyncTok ?? this.tok;
    this.expect('with');
    let items: A.WithItem[] | null = null;
    if (this.at('(')) {
      // Try the parenthesized form first (as CPython does); fall back to an expression.
      const save = this.p;
      const depth = this.depth;
      try {
        this.next();
        const list = [this.parseWithItem()];
        while (this.eat(',')) {
          if (this.at(')')) break;
          list.push(this.parseWithItem());
        }
        this.expect(')');
        if (this.at(':')) items = list;
      } catch (e) {
        if (!(e instanceof CompileError)) throw e;
      }
      if (items === null) {
        this.p = save;
        this.tok = this.toks[save];
        this.depth = depth;
      }
    }
    if (items === null) {
      items = [this.parseWithItem()];
      while (this.eat(',')) items.push(this.parseWithItem());
    }
    const body = this.parseBlock();
    return { kind: asyncTok ? 'AsyncWith' : 'With', items, body, lineno: t.line, col_offset: t.col };
  }

  parseWithItem(): A.WithItem {
    const context_expr = this.parseExpression();
    let optional_vars: A.Expr | null = null;
    if (this.eat('as')) {
      optional_vars = this.parseTargetElem();
      this.setStore(optional_vars);
    }
    return { kind: 'withitem', context_expr, optional_vars };
  }

  // decorators: ('@' named_expression NEWLINE)+ ; then a class or (async) function definition
  parseDecorated(): A.Stmt {
    const decorators: A.Expr[] = [];
    while (this.eat('@')) {
      decorators.push(this.parseNamedExpr());
      this.expect('NEWLINE');
    }
    if (this.at('def')) return this.parseFuncDef(decorators, null);
    if (this.at('class')) return this.parseClassDef(decorators);
    if (this.at('async')) return this.parseAsync(decorators);
    throw this.error();
  }

  // 'async' (function_def | for_stmt | with_stmt)
  parseAsync(decorators: A.Expr[]): A.Stmt {
    const t = this.next();
    if (this.at('def')) return this.parseFuncDef(decorators, t);
    if (decorators.length === 0 && this.at('for')) return this.parseFor(t);
    if (decorators.length === 0 && this.at('with')) return this.parseWith(t);
    throw this.error();
  }

  // function_def: ['async'] 'def' NAME '(' [params] ')' ['->' expression] ':' block
  parseFuncDef(decorator_list: A.Expr[], asyncTok: Token | null): A.FunctionDef | A.AsyncFunctionDef {
    const t = asyncTok ?? this.tok;
    this.expect('def');
    const name = this.name();
    this.expect('(');
    const args = this.parseParams(')', true);
    this.expect(')');
    const returns = this.eat('->') ? this.parseExpression() : null;
    const body = this.parseBlock();
    return {
      kind: asyncTok ? 'AsyncFunctionDef' : 'FunctionDef', name, args, body, decorator_list, returns,
      lineno: t.line, col_offset: t.col,
    };
  }

  // class_def: 'class' NAME ['(' [arguments] ')'] ':' block
  parseClassDef(decorator_list: A.Expr[]): A.ClassDef {
    const t = this.next();
    const name = this.name();
    let bases: A.Expr[] = [];
    let keywords: A.Keyword[] = [];
    if (this.at('(')) ({ args: bases, keywords } = this.parseCallArgs(this.next()));
    const body = this.parseBlock();
    return { kind: 'ClassDef', name, bases, keywords, body, decorator_list, lineno: t.line, col_offset: t.col };
  }

  // params (def, closed by ')'; lambda, closed by ':' and without annotations):
  //   param_item (',' param_item)* [',']
  //   param_item: '/' | '*' [param] | '**' param | param ['=' expression]
  //   param: NAME [':' expression]
  parseParams(close: TokKind, annotations: boolean): A.Arguments {
    const a: A.Arguments = {
      kind: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [],
    };
    let state = 0; // 0: positional, 1: after '*', 2: after '**'
    let sawSlash = false;
    let bareStar: Token | null = null;
    while (!this.at(close)) {
      const t = this.tok;
      if (state === 2) throw this.error(PMSG.afterKwargs);
      if (this.eat('/')) {
        if (state !== 0) throw this.error(PMSG.slashAfterStar, t);
        if (sawSlash) throw this.error(PMSG.slashTwice, t);
        if (a.args.length === 0) throw this.error(PMSG.slashFirst, t);
        sawSlash = true;
        a.posonlyargs = a.args;
        a.args = [];
      } else if (this.eat('*')) {
        if (state !== 0) throw this.error(PMSG.starTwice, t);
        state = 1;
        if (this.at('NAME')) a.vararg = this.parseParam(annotations);
        else bareStar = t;
      } else if (this.eat('**')) {
        a.kwarg = this.parseParam(annotations);
        state = 2;
      } else {
        const p = this.parseParam(annotations);
        const d = this.eat('=') ? this.parseExpression() : null;
        if (state === 0) {
          a.args.push(p);
          if (d) a.defaults.push(d);
          else if (a.defaults.length > 0) throw this.error(PMSG.nonDefault, t);
        } else {
          a.kwonlyargs.push(p);
          a.kw_defaults.push(d);
        }
      }
      if (!this.eat(',')) break;
    }
    if (bareStar && a.kwonlyargs.length === 0) throw this.error(PMSG.bareStar, bareStar);
    return a;
  }

  parseParam(annotations: boolean): A.Arg {
    const t = this.expect('NAME');
    const annotation = annotations && this.eat(':') ? this.parseExpression() : null;
    return { kind: 'arg', arg: t.text, annotation, lineno: t.line, col_offset: t.col };
  }

  // -------------------------------------------------------------------------------------------
  // Assignment targets

  /** Validate an assignment target and set its ctx to Store (a bare `*x` is not allowed). */
  setStore(e: A.Expr): void {
    if (e.kind === 'Starred') throw this.errorAt(PMSG.starredTarget, e);
    this.setCtx(e, 'Store');
  }

  /** Set the ctx of a target (Store or Del) recursively; anything not assignable is an error. */
  setCtx(e: A.Expr, ctx: Ctx): void {
    switch (e.kind) {
      case 'Name':
      case 'Attribute':
      case 'Subscript':
        e.ctx = ctx;
        return;
      case 'Tuple':
      case 'List': {
        e.ctx = ctx;
        let stars = 0;
        for (const el of e.elts) {
          if (el.kind === 'Starred' && ++stars > 1) throw this.errorAt(PMSG.multipleStarred, el);
          this.setCtx(el, ctx);
        }
        return;
      }
      case 'Starred':
        if (ctx === 'Del') break;
        e.ctx = ctx;
        this.setCtx(e.value, ctx);
        return;
    }
    throw this.errorAt(ctx === 'Del' ? PMSG.cantDelete : PMSG.cantAssign, e);
  }

  noBareStar(e: A.Expr): void {
    if (e.kind === 'Starred') throw this.errorAt(PMSG.starredHere, e);
  }

  // star_targets: star_target (',' star_target)* [',']   (for loops and comprehensions)
  parseTargetList(): A.Expr {
    const t = this.tok;
    const first = this.parseTargetElem();
    if (!this.at(',')) return first;
    const elts = [first];
    while (this.eat(',')) {
      if (this.at('in') || this.at('=')) break;
      elts.push(this.parseTargetElem());
    }
    return { kind: 'Tuple', elts, ctx: 'Load', lineno: t.line, col_offset: t.col };
  }

  // star_target: '*' bitwise_or | bitwise_or
  parseTargetElem(): A.Expr {
    const t = this.tok;
    if (this.eat('*')) {
      const value = this.parseBitOr();
      return { kind: 'Starred', value, ctx: 'Load', lineno: t.line, col_offset: t.col };
    }
    return this.parseBitOr();
  }

  // -------------------------------------------------------------------------------------------
  // Expressions

  // star_expressions: star_expression (',' star_expression)* [',']
  parseStarExpressions(): A.Expr {
    const t = this.tok;
    const first = this.parseStarExpression();
    if (!this.at(',')) return first;
    const elts = [first];
    while (this.eat(',')) {
      if (!this.startsExpr()) break;
      elts.push(this.parseStarExpression());
    }
    return { kind: 'Tuple', elts, ctx: 'Load', lineno: t.line, col_offset: t.col };
  }

  // star_expression: '*' bitwise_or | expression
  parseStarExpression(): A.Expr {
    const t = this.tok;
    if (this.eat('*')) {
      const value = this.parseBitOr();
      return { kind: 'Starred', value, ctx: 'Load', lineno: t.line, col_offset: t.col };
    }
    return this.parseExpression();
  }

  // star_named_expression: '*' bitwise_or | named_expression
  parseStarNamedExpr(): A.Expr {
    const t = this.tok;
    if (this.eat('*')) {
      const value = this.parseBitOr();
      return { kind: 'Starred', value, ctx: 'Load', lineno: t.line, col_offset: t.col };
    }
    return this.parseNamedExpr();
  }

  // named_expression: NAME ':=' expression | expression !':='
  parseNamedExpr(): A.Expr {
    if (this.tok.kind === 'NAME' && this.peek().kind === ':=') {
      const t = this.next();
      this.next();
      const value = this.parseExpression();
      const target: A.Name = { kind: 'Name', id: t.text, ctx: 'Store', lineno: t.line, col_offset: t.col };
      return { kind: 'NamedExpr', target, value, lineno: t.line, col_offset: t.col };
    }
    return this.parseExpression();
  }

  // expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
  parseExpression(): A.Expr {
    this.enter();
    const t = this.tok;
    let e: A.Expr;
    if (this.at('lambda')) {
      e = this.parseLambda();
    } else {
      e = this.parseDisjunction();
      if (this.eat('if')) {
        const test = this.parseDisjunction();
        this.expect('else');
        const orelse = this.parseExpression();
        e = { kind: 'IfExp', test, body: e, orelse, lineno: t.line, col_offset: t.col };
      }
    }
    this.leave();
    return e;
  }

  // lambdef: 'lambda' [lambda_params] ':' expression
  parseLambda(): A.Lambda {
    const t = this.next();
    const args = this.parseParams(':', false);
    this.expect(':');
    const body = this.parseExpression();
    return { kind: 'Lambda', args, body, lineno: t.line, col_offset: t.col };
  }

  // disjunction: conjunction ('or' conjunction)+ | conjunction
  parseDisjunction(): A.Expr {
    const t = this.tok;
    const first = this.parseConjunction();
    if (!this.at('or')) return first;
    const values = [first];
    while (this.eat('or')) values.push(this.parseConjunction());
    return { kind: 'BoolOp', op: 'Or', values, lineno: t.line, col_offset: t.col };
  }

  // conjunction: inversion ('and' inversion)+ | inversion
  parseConjunction(): A.Expr {
    const t = this.tok;
    const first = this.parseInversion();
    if (!this.at('and')) return first;
    const values = [first];
    while (this.eat('and')) values.push(this.parseInversion());
    return { kind: 'BoolOp', op: 'And', values, lineno: t.line, col_offset: t.col };
  }

  // inversion: 'not' inversion | comparison
  parseInversion(): A.Expr {
    const t = this.tok;
    if (!this.eat('not')) return this.parseComparison();
    this.enter();
    const operand = this.parseInversion();
    this.leave();
    return { kind: 'UnaryOp', op: 'Not', operand, lineno: t.line, col_offset: t.col };
  }

  // comparison: bitwise_or (compare_op bitwise_or)*
  // compare_op: '==' | '!=' | '<=' | '<' | '>=' | '>' | 'not' 'in' | 'in' | 'is' 'not' | 'is'
  parseComparison(): A.Expr {
    const t = this.tok;
    const left = this.parseBitOr();
    let ops: A.CmpOperator[] | null = null;
    const comparators: A.Expr[] = [];
    for (;;) {
      let op = CMP_OP[this.tok.kind];
      if (op !== undefined) {
        this.next();
        if (op === 'Is' && this.eat('not')) op = 'IsNot';
      } else if (this.at('not') && this.peek().kind === 'in') {
        this.next();
        this.next();
        op = 'NotIn';
      } else {
        break;
      }
      if (ops === null) ops = [];
      ops.push(op);
      comparators.push(this.parseBitOr());
    }
    if (ops === null) return left;
    return { kind: 'Compare', left, ops, comparators, lineno: t.line, col_offset: t.col };
  }

  // bitwise_or .. term: left-associative binary operators by precedence (BIN_PREC)
  parseBitOr(): A.Expr {
    return this.parseBinary(1);
  }

  parseBinary(minPrec: number): A.Expr {
    const t = this.tok;
    let left = this.parseFactor();
    for (;;) {
      const k = this.tok.kind;
      const prec = BIN_PREC[k];
      if (prec === undefined || prec < minPrec) return left;
      this.next();
      const right = prec === 6 ? this.parseFactor() : this.parseBinary(prec + 1);
      left = { kind: 'BinOp', left, op: BIN_OP[k]!, right, lineno: t.line, col_offset: t.col };
    }
  }

  // factor: '+' factor | '-' factor | '~' factor | power
  parseFactor(): A.Expr {
    const t = this.tok;
    const k = t.kind;
    if (k !== '-' && k !== '+' && k !== '~') return this.parsePower();
    this.next();
    this.enter();
    const operand = this.parseFactor();
    this.leave();
    const op: A.UnaryOperator = k === '-' ? 'USub' : k === '+' ? 'UAdd' : 'Invert';
    return { kind: 'UnaryOp', op, operand, lineno: t.line, col_offset: t.col };
  }

  // power: await_primary '**' factor | await_primary
  // await_primary: 'await' primary | primary
  parsePower(): A.Expr {
    const t = this.tok;
    let left: A.Expr;
    if (this.eat('await')) {
      const value = this.parsePrimary();
      left = { kind: 'Await', value, lineno: t.line, col_offset: t.col };
    } else {
      left = this.parsePrimary();
    }
    if (!this.eat('**')) return left;
    this.enter();
    const right = this.parseFactor();
    this.leave();
    return { kind: 'BinOp', left, op: 'Pow', right, lineno: t.line, col_offset: t.col };
  }

  // primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
  parsePrimary(): A.Expr {
    const t = this.tok;
    let e = this.parseAtom();
    for (;;) {
      const k = this.tok.kind;
      if (k === '.') {
        this.next();
        const attr = this.name();
        e = { kind: 'Attribute', value: e, attr, ctx: 'Load', lineno: t.line, col_offset: t.col };
      } else if (k === '(') {
        const open = this.next();
        const { args, keywords } = this.parseCallArgs(open);
        e = { kind: 'Call', func: e, args, keywords, lineno: t.line, col_offset: t.col };
      } else if (k === '[') {
        this.next();
        const slice = this.parseSlices();
        this.expect(']');
        e = { kind: 'Subscript', value: e, slice, ctx: 'Load', lineno: t.line, col_offset: t.col };
      } else {
        return e;
      }
    }
  }

  // arguments: arg (',' arg)* [','] ')'   (the '(' is already consumed)
  // arg: '*' expression | '**' expression | NAME '=' expression | named_expression [for_if_clauses]
  parseCallArgs(open: Token): { args: A.Expr[]; keywords: A.Keyword[] } {
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    let sawKw = false;
    let sawDStar = false;
    while (!this.at(')')) {
      const t = this.tok;
      if (this.eat('*')) {
        if (sawDStar) throw this.error(PMSG.starAfterKwUnpack, t);
        const value = this.parseExpression();
        args.push({ kind: 'Starred', value, ctx: 'Load', lineno: t.line, col_offset: t.col });
      } else if (this.eat('**')) {
        const value = this.parseExpression();
        keywords.push({ kind: 'keyword', arg: null, value, lineno: t.line, col_offset: t.col });
        sawDStar = true;
      } else if (t.kind === 'NAME' && this.peek().kind === '=') {
        this.next();
        this.next();
        const value = this.parseExpression();
        keywords.push({ kind: 'keyword', arg: t.text, value, lineno: t.line, col_offset: t.col });
        sawKw = true;
      } else {
        let e = this.parseNamedExpr();
        if (this.at('for') || this.at('async')) {
          const generators = this.parseComprehensions();
          // positioned at the call's '(' which doubles as the generator's, as in CPython
          e = { kind: 'GeneratorExp', elt: e, generators, lineno: open.line, col_offset: open.col };
          if (args.length > 0 || keywords.length > 0 || !this.at(')')) throw this.errorAt(PMSG.genexpParens, e);
        } else if (this.at('=')) {
          throw this.errorAt(PMSG.kwAssign, e);
        }
        if (sawDStar) throw this.errorAt(PMSG.posAfterKwUnpack, e);
        if (sawKw) throw this.errorAt(PMSG.posAfterKw, e);
        args.push(e);
      }
      if (!this.eat(',')) break;
    }
    this.expect(')');
    return { args, keywords };
  }

  // slices: slice !',' | ','.(slice | starred_expression)+ [',']
  parseSlices(): A.Expr {
    const t = this.tok;
    const first = this.parseSlice();
    if (!this.at(',') && first.kind !== 'Starred') return first;
    const elts = [first];
    while (this.eat(',')) {
      if (this.at(']')) break;
      elts.push(this.parseSlice());
    }
    return { kind: 'Tuple', elts, ctx: 'Load', lineno: t.line, col_offset: t.col };
  }

  // slice: [expression] ':' [expression] [':' [expression]] | named_expression | '*' bitwise_or
  parseSlice(): A.Expr {
    const t = this.tok;
    if (this.eat('*')) {
      const value = this.parseBitOr();
      return { kind: 'Starred', value, ctx: 'Load', lineno: t.line, col_offset: t.col };
    }
    let lower: A.Expr | null = null;
    if (!this.at(':')) {
      lower = this.parseNamedExpr();
      if (!this.at(':')) return lower;
    }
    this.next();
    let upper: A.Expr | null = null;
    let step: A.Expr | null = null;
    if (!this.at(']') && !this.at(',') && !this.at(':')) upper = this.parseExpression();
    if (this.eat(':') && !this.at(']') && !this.at(',')) step = this.parseExpression();
    return { kind: 'Slice', lower, upper, step, lineno: t.line, col_offset: t.col };
  }

  // atom: NAME | 'True' | 'False' | 'None' | '...' | NUMBER | strings
  //   | (tuple | group | genexp) | (list | listcomp) | (dict | set | dictcomp | setcomp)
  parseAtom(): A.Expr {
    const t = this.tok;
    switch (t.kind) {
      case 'NAME':
        this.next();
        return { kind: 'Name', id: t.text, ctx: 'Load', lineno: t.line, col_offset: t.col };
      case 'INT':
        this.next();
        return { kind: 'Constant', value: { t: 'int', v: t.value as number | bigint }, lineno: t.line, col_offset: t.col };
      case 'FLOAT':
        this.next();
        return { kind: 'Constant', value: { t: 'float', v: t.value as number }, lineno: t.line, col_offset: t.col };
      case 'IMAG':
        this.next();
        return { kind: 'Constant', value: { t: 'complex', imag: t.value as number }, lineno: t.line, col_offset: t.col };
      case 'STRING':
        return this.parseStrings();
      case 'True':
      case 'False':
        this.next();
        return { kind: 'Constant', value: { t: 'bool', v: t.kind === 'True' }, lineno: t.line, col_offset: t.col };
      case 'None':
        this.next();
        return { kind: 'Constant', value: { t: 'none' }, lineno: t.line, col_offset: t.col };
      case '...':
        this.next();
        return { kind: 'Constant', value: { t: 'ellipsis' }, lineno: t.line, col_offset: t.col };
      case '(': {
        this.enter();
        const e = this.parseParen();
        this.leave();
        return e;
      }
      case '[': {
        this.enter();
        const e = this.parseList();
        this.leave();
        return e;
      }
      case '{': {
        this.enter();
        const e = this.parseBrace();
        this.leave();
        return e;
      }
      default:
        throw this.error();
    }
  }

  // tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
  // group: '(' (yield_expr | named_expression) ')'
  // genexp: '(' named_expression for_if_clauses ')'
  parseParen(): A.Expr {
    const t = this.next();
    if (this.eat(')')) return { kind: 'Tuple', elts: [], ctx: 'Load', lineno: t.line, col_offset: t.col };
    if (this.at('yield')) {
      const y = this.parseYieldExpr();
      this.expect(')');
      this.parened.add(y);
      return y;
    }
    const first = this.parseStarNamedExpr();
    if (first.kind !== 'Starred' && (this.at('for') || this.at('async'))) {
      const generators = this.parseComprehensions();
      this.expect(')');
      return { kind: 'GeneratorExp', elt: first, generators, lineno: t.line, col_offset: t.col };
    }
    if (this.at(',')) {
      const elts = [first];
      while (this.eat(',')) {
        if (this.at(')')) break;
        elts.push(this.parseStarNamedExpr());
      }
      this.expect(')');
      const tup: A.Tuple = { kind: 'Tuple', elts, ctx: 'Load', lineno: t.line, col_offset: t.col };
      this.parened.add(tup);
      return tup;
    }
    this.expect(')');
    if (first.kind === 'Starred') throw this.errorAt(PMSG.starredHere, first);
    this.parened.add(first);
    return first;
  }

  // list: '[' [star_named_expressions] ']'
  // listcomp: '[' named_expression for_if_clauses ']'
  parseList(): A.Expr {
    const t = this.next();
    const elts: A.Expr[] = [];
    if (!this.at(']')) {
      const first = this.parseStarNamedExpr();
      if (first.kind !== 'Starred' && (this.at('for') || this.at('async'))) {
        const generators = this.parseComprehensions();
        this.expect(']');
        return { kind: 'ListComp', elt: first, generators, lineno: t.line, col_offset: t.col };
      }
      elts.push(first);
      while (this.eat(',')) {
        if (this.at(']')) break;
        elts.push(this.parseStarNamedExpr());
      }
    }
    this.expect(']');
    return { kind: 'List', elts, ctx: 'Load', lineno: t.line, col_offset: t.col };
  }

  // dict: '{' [double_starred_kvpairs] '}'   double_starred_kvpair: '**' bitwise_or | expression ':' expression
  // set: '{' star_named_expressions '}'
  // dictcomp: '{' expression ':' expression for_if_clauses '}'
  // setcomp: '{' named_expression for_if_clauses '}'
  parseBrace(): A.Expr {
    const t = this.next();
    if (this.eat('}')) return { kind: 'Dict', keys: [], values: [], lineno: t.line, col_offset: t.col };
    const keys: (A.Expr | null)[] = [];
    const values: A.Expr[] = [];
    if (this.eat('**')) {
      keys.push(null);
      values.push(this.parseBitOr());
    } else {
      const first = this.parseStarNamedExpr();
      if (first.kind === 'Starred' || !this.at(':')) {
        // a set
        if (first.kind !== 'Starred' && (this.at('for') || this.at('async'))) {
          const generators = this.parseComprehensions();
          this.expect('}');
          return { kind: 'SetComp', elt: first, generators, lineno: t.line, col_offset: t.col };
        }
        const elts = [first];
        while (this.eat(',')) {
          if (this.at('}')) break;
          elts.push(this.parseStarNamedExpr());
        }
        this.expect('}');
        return { kind: 'Set', elts, lineno: t.line, col_offset: t.col };
      }
      if (first.kind === 'NamedExpr' && !this.parened.has(first)) throw this.error();
      this.next(); // ':'
      const value = this.parseExpression();
      if (this.at('for') || this.at('async')) {
        const generators = this.parseComprehensions();
        this.expect('}');
        return { kind: 'DictComp', key: first, value, generators, lineno: t.line, col_offset: t.col };
      }
      keys.push(first);
      values.push(value);
    }
    while (this.eat(',')) {
      if (this.at('}')) break;
      if (this.eat('**')) {
        keys.push(null);
        values.push(this.parseBitOr());
      } else {
        keys.push(this.parseExpression());
        this.expect(':');
        values.push(this.parseExpression());
      }
    }
    this.expect('}');
    return { kind: 'Dict', keys, values, lineno: t.line, col_offset: t.col };
  }

  // for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+
  parseComprehensions(): A.Comprehension[] {
    const gens: A.Comprehension[] = [];
    for (;;) {
      let is_async = 0;
      if (this.at('async') && this.peek().kind === 'for') {
        this.next();
        is_async = 1;
      } else if (!this.at('for')) {
        break;
      }
      this.next();
      const target = this.parseTargetList();
      this.setStore(target);
      this.expect('in');
      const iter = this.parseDisjunction();
      const ifs: A.Expr[] = [];
      while (this.eat('if')) ifs.push(this.parseDisjunction());
      gens.push({ kind: 'comprehension', target, iter, ifs, is_async });
    }
    if (gens.length === 0) throw this.error();
    return gens;
  }

  // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
  parseYieldExpr(): A.Expr {
    const t = this.next();
    if (this.eat('from')) return { kind: 'YieldFrom', value: this.parseExpression(), lineno: t.line, col_offset: t.col };
    let value: A.Expr | null = null;
    if (this.startsExpr()) {
      value = this.parseStarExpressions();
      this.noBareStar(value);
    }
    return { kind: 'Yield', value, lineno: t.line, col_offset: t.col };
  }

  // strings: STRING+  (implicit concatenation; any f-string makes the result a JoinedStr)
  parseStrings(): A.Expr {
    const t = this.tok;
    const bytes = (t.flags & STR_BYTES) !== 0;
    const toks: Token[] = [];
    let anyF = false;
    while (this.at('STRING')) {
      const s = this.next();
      if (((s.flags & STR_BYTES) !== 0) !== bytes) throw this.error(MSG.mixBytes, s);
      if (s.flags & STR_F) anyF = true;
      toks.push(s);
    }
    if (bytes) {
      let len = 0;
      for (const s of toks) len += (s.value as Uint8Array).length;
      const v = new Uint8Array(len);
      let o = 0;
      for (const s of toks) {
        v.set(s.value as Uint8Array, o);
        o += (s.value as Uint8Array).length;
      }
      return { kind: 'Constant', value: { t: 'bytes', v }, lineno: t.line, col_offset: t.col };
    }
    if (!anyF) {
      let v = '';
      for (const s of toks) v += s.value as string;
      const c: A.Constant = { kind: 'Constant', value: { t: 'str', v }, lineno: t.line, col_offset: t.col };
      if (t.flags & STR_U) c.strkind = 'u';
      return c;
    }
    // An f-string: merge literal text across pieces, turn fields into FormattedValues.
    const values: A.Expr[] = [];
    const u = (t.flags & STR_U) !== 0; // CPython marks every constant piece kind='u' then
    const constant = (v: string): A.Constant => {
      const c: A.Constant = { kind: 'Constant', value: { t: 'str', v }, lineno: t.line, col_offset: t.col };
      if (u) c.strkind = 'u';
      return c;
    };
    let lit = '';
    for (const s of toks) {
      if (!(s.flags & STR_F)) {
        lit += s.value as string;
        continue;
      }
      for (const part of splitFString(s)) {
        if (part.t === 'lit') {
          lit += part.v;
          continue;
        }
        if (lit !== '') values.push(constant(lit));
        lit = '';
        values.push(this.formattedValue(part, t, s));
      }
    }
    if (lit !== '') values.push(constant(lit));
    return { kind: 'JoinedStr', values, lineno: t.line, col_offset: t.col };
  }

  /** One f-string field: parse its expression with a nested parser. CPython positions the field
   * at the first string of the concatenation (t), its format spec at the piece holding it (s). */
  formattedValue(part: FPart & { t: 'field' }, t: Token, s: Token): A.FormattedValue {
    const sub = new Parser(lex(part.src, part.line, part.col, true), this.depth + 1);
    const value = sub.parseFieldExpr(part.line, part.col - 1);
    let format_spec: A.JoinedStr | null = null;
    if (part.spec !== null) {
      const values: A.Expr[] = [];
      for (const sp of part.spec) {
        if (sp.t === 'lit') values.push({ kind: 'Constant', value: { t: 'str', v: sp.v }, lineno: s.line, col_offset: s.col });
        else values.push(this.formattedValue(sp, s, s));
      }
      format_spec = { kind: 'JoinedStr', values, lineno: s.line, col_offset: s.col };
    }
    return { kind: 'FormattedValue', value, conversion: part.conv, format_spec, lineno: t.line, col_offset: t.col };
  }
}
