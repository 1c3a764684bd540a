// The abstract syntax tree produced by parse.ts and consumed by scope.ts/compile.ts.
//
// Mirrors CPython 3.11's `ast` module (Parser/Python.asdl): same node class names in `kind`, same
// field names, so `python3 -c "import ast; print(ast.dump(ast.parse(src)))"` is the oracle
// (tests/unit/parse/ compares against it). Optional fields CPython sets to None are `null` here.
// Differences from CPython, all deliberate:
//   - no `match` statement, no `TryStar` (`except*`), no `type_comment` fields, no
//     `Module.type_ignores` (MicroPython has none of these);
//   - `Constant.value` is a tagged `ConstValue` instead of a host object (ints are number|bigint),
//     and CPython's `Constant.kind` is `Constant.strkind`;
//   - str values are JS strings (UTF-16): '\ud83d\ude00' written as two escapes is the same string
//     as '\U0001f600', where CPython keeps two lone surrogates;
//   - positions are `lineno` (1-based) and `col_offset` (0-based, in UTF-16 code units, not
//     UTF-8 bytes as in CPython); no end positions.

/** Expression context: how a Name/Attribute/Subscript/Starred/List/Tuple is used. */
export type ExprContext = 'Load' | 'Store' | 'Del';

/** Binary operators (also used by AugAssign). */
export type Operator =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';

export type BoolOperator = 'And' | 'Or';

export type UnaryOperator = 'Invert' | 'Not' | 'UAdd' | 'USub';

export type CmpOperator = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

/** The value of a literal. Ints are a JS number while safe (|v| <= 2**53-1), a bigint beyond. */
export type ConstValue =
  | { t: 'int'; v: number | bigint }
  | { t: 'float'; v: number }
  | { t: 'complex'; imag: number } // a literal like `2j`; the real part is always 0
  | { t: 'str'; v: string }
  | { t: 'bytes'; v: Uint8Array }
  | { t: 'bool'; v: boolean }
  | { t: 'none' }
  | { t: 'ellipsis' };

/** Source position carried by every statement and expression (and by ExceptHandler, Arg, Keyword). */
export interface Pos {
  lineno: number; // 1-based
  col_offset: number; // 0-based
}

// ---------------------------------------------------------------------------------------------
// Top-level nodes (one per parse mode)

/** mode 'exec': a file or a string given to exec(). */
export interface Module { kind: 'Module'; body: Stmt[] }
/** mode 'single': one REPL statement (possibly compound). */
export interface Interactive { kind: 'Interactive'; body: Stmt[] }
/** mode 'eval': a single expression. */
export interface Expression { kind: 'Expression'; body: Expr }

export type Mod = Module | Interactive | Expression;

// ---------------------------------------------------------------------------------------------
// Statements

export interface FunctionDef extends Pos {
  kind: 'FunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null; // the `-> X` annotation
}
export interface AsyncFunctionDef extends Pos {
  kind: 'AsyncFunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
}
export interface ClassDef extends Pos {
  kind: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[]; // e.g. metaclass=M
  body: Stmt[];
  decorator_list: Expr[];
}
export interface Return extends Pos { kind: 'Return'; value: Expr | null }
export interface Delete extends Pos { kind: 'Delete'; targets: Expr[] }
/** `a = b = value`: targets [a, b]. */
export interface Assign extends Pos { kind: 'Assign'; targets: Expr[]; value: Expr }
export interface AugAssign extends Pos { kind: 'AugAssign'; target: Expr; op: Operator; value: Expr }
/** `target: annotation [= value]`; simple is 1 when target is a bare (unparenthesized) Name. */
export interface AnnAssign extends Pos {
  kind: 'AnnAssign';
  target: Expr;
  annotation: Expr;
  value: Expr | null;
  simple: number;
}
export interface For extends Pos { kind: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
export interface AsyncFor extends Pos { kind: 'AsyncFor'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
export interface While extends Pos { kind: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
/** `elif` is an If nested alone in orelse, as in CPython. */
export interface If extends Pos { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Pos { kind: 'With'; items: WithItem[]; body: Stmt[] }
export interface AsyncWith extends Pos { kind: 'AsyncWith'; items: WithItem[]; body: Stmt[] }
export interface Raise extends Pos { kind: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Try extends Pos {
  kind: 'Try';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface Assert extends Pos { kind: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Pos { kind: 'Import'; names: Alias[] }
/** `from ..a.b import x`: module 'a.b', level 2; `from . import x`: module null, level 1. */
export interface ImportFrom extends Pos { kind: 'ImportFrom'; module: string | null; names: Alias[]; level: number }
export interface Global extends Pos { kind: 'Global'; names: string[] }
export interface Nonlocal extends Pos { kind: 'Nonlocal'; names: string[] }
/** An expression statement (including docstrings). */
export interface ExprStmt extends Pos { kind: 'Expr'; value: Expr }
export interface Pass extends Pos { kind: 'Pass' }
export interface Break extends Pos { kind: 'Break' }
export interface Continue extends Pos { kind: 'Continue' }

export type Stmt =
  | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | AsyncFor | While | If | With | AsyncWith | Raise | Try | Assert | Import | ImportFrom
  | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

// ---------------------------------------------------------------------------------------------
// Expressions

/** `a and b and c`: one BoolOp with values [a, b, c]. */
export interface BoolOp extends Pos { kind: 'BoolOp'; op: BoolOperator; values: Expr[] }
/** `target := value`; target is always a Name (ctx Store). */
export interface NamedExpr extends Pos { kind: 'NamedExpr'; target: Expr; value: Expr }
export interface BinOp extends Pos { kind: 'BinOp'; left: Expr; op: Operator; right: Expr }
/** `-5` is UnaryOp(USub, Constant(5)), as in CPython (no constant folding here). */
export interface UnaryOp extends Pos { kind: 'UnaryOp'; op: UnaryOperator; operand: Expr }
export interface Lambda extends Pos { kind: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Pos { kind: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
/** `{**d, k: v}`: keys [null, k], values [d, v] (a null key means `**value`). */
export interface Dict extends Pos { kind: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Pos { kind: 'Set'; elts: Expr[] }
export interface ListComp extends Pos { kind: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Pos { kind: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Pos { kind: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
export interface GeneratorExp extends Pos { kind: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface Await extends Pos { kind: 'Await'; value: Expr }
export interface Yield extends Pos { kind: 'Yield'; value: Expr | null }
export interface YieldFrom extends Pos { kind: 'YieldFrom'; value: Expr }
/** `a < b <= c`: left a, ops [Lt, LtE], comparators [b, c]. */
export interface Compare extends Pos { kind: 'Compare'; left: Expr; ops: CmpOperator[]; comparators: Expr[] }
/** `f(a, *b, k=1, **d)`: args [a, Starred(b)], keywords [k=1, (null)=d]. */
export interface Call extends Pos { kind: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
/** One `{...}` field of an f-string. conversion: -1 none, 115 !s, 114 !r, 97 !a. */
export interface FormattedValue extends Pos {
  kind: 'FormattedValue';
  value: Expr;
  conversion: number;
  format_spec: JoinedStr | null;
}
/** An f-string (possibly implicitly concatenated with plain strings): values are Constant(str)
 * and FormattedValue nodes, adjacent constants merged, empty constants dropped. */
export interface JoinedStr extends Pos { kind: 'JoinedStr'; values: Expr[] }
/** A literal. CPython's `Constant.kind` ('u' for a u-prefixed string) is `strkind` here, since
 * `kind` is the node discriminant; absent otherwise. */
export interface Constant extends Pos { kind: 'Constant'; value: ConstValue; strkind?: 'u' }
export interface Attribute extends Pos { kind: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
/** `x[i]`; `x[a:b]` has a Slice, `x[1:2, 3]` a Tuple containing a Slice. */
export interface Subscript extends Pos { kind: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Pos { kind: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Pos { kind: 'Name'; id: string; ctx: ExprContext }
export interface List extends Pos { kind: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Pos { kind: 'Tuple'; elts: Expr[]; ctx: ExprContext }
/** Only appears as a Subscript's slice, or inside a Tuple that is one. */
export interface Slice extends Pos { kind: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp
  | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue | JoinedStr
  | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

// ---------------------------------------------------------------------------------------------
// Helper nodes (lower-case classes in CPython: comprehension, excepthandler, arguments, ...)

/** `for target in iter if ifs...` of a comprehension (CPython: `comprehension`). is_async is 0/1. */
export interface Comprehension { kind: 'comprehension'; target: Expr; iter: Expr; ifs: Expr[]; is_async: number }

/** `except type as name: body` (CPython: `ExceptHandler`); type null for a bare `except:`. */
export interface ExceptHandler extends Pos { kind: 'ExceptHandler'; type: Expr | null; name: string | null; body: Stmt[] }

/** Parameters of a def or lambda (CPython: `arguments`).
 * `def f(a, b=1, /, c=2, *d, e, f=3, **g)`: posonlyargs [a, b], args [c], defaults [1, 2] (the
 * defaults of the last positional params, posonly then regular), vararg d, kwonlyargs [e, f],
 * kw_defaults [null, 3] (one per kwonly arg), kwarg g. */
export interface Arguments {
  kind: 'arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}

/** One parameter (CPython: `arg`). */
export interface Arg extends Pos { kind: 'arg'; arg: string; annotation: Expr | null }

/** `name=value` in a call or class header; arg null for `**value` (CPython: `keyword`). */
export interface Keyword extends Pos { kind: 'keyword'; arg: string | null; value: Expr }

/** `name as asname` in an import; name may be dotted ('a.b.c') or '*' (CPython: `alias`). */
export interface Alias extends Pos { kind: 'alias'; name: string; asname: string | null }

/** `context_expr as optional_vars` of a with statement (CPython: `withitem`). */
export interface WithItem { kind: 'withitem'; context_expr: Expr; optional_vars: Expr | null }

export type Node = Mod | Stmt | Expr | Comprehension | ExceptHandler | Arguments | Arg | Keyword | Alias | WithItem;
