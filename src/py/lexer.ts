// The lexer: source text -> tokens (cf. MicroPython py/lexer.c, CPython Parser/tokenizer.c).
//
// Produces the whole token list at once: NEWLINE/INDENT/DEDENT for the block structure (tabs
// advance to the next multiple of 8, as in both implementations), implicit line joining inside
// brackets and after `\`, numbers already converted (int -> number|bigint), string literals
// already decoded (except f-strings, whose body splitFString() splits for the parser).
// Adjacent literals are separate STRING tokens; the parser concatenates them.
// Runs on charCodeAt with no regex in the hot loop; \r\n and \r are normalized up front.

import { CompileError } from './compileerror.js';

export type Keyword =
  | 'False' | 'None' | 'True' | 'and' | 'as' | 'assert' | 'async' | 'await' | 'break' | 'class'
  | 'continue' | 'def' | 'del' | 'elif' | 'else' | 'except' | 'finally' | 'for' | 'from' | 'global'
  | 'if' | 'import' | 'in' | 'is' | 'lambda' | 'nonlocal' | 'not' | 'or' | 'pass' | 'raise'
  | 'return' | 'try' | 'while' | 'with' | 'yield';

export type Op =
  | '+' | '-' | '*' | '**' | '/' | '//' | '%' | '@' | '<<' | '>>' | '&' | '|' | '^' | '~' | ':='
  | '<' | '>' | '<=' | '>=' | '==' | '!=' | '(' | ')' | '[' | ']' | '{' | '}' | ',' | ':' | '.'
  | ';' | '=' | '->' | '+=' | '-=' | '*=' | '/=' | '//=' | '%=' | '@=' | '&=' | '|=' | '^='
  | '>>=' | '<<=' | '**=' | '...';

/** NAME: identifier; INT/FLOAT/IMAG: numbers; STRING: any string or bytes literal (incl. f). */
export type TokKind = 'NAME' | 'INT' | 'FLOAT' | 'IMAG' | 'STRING' | 'NEWLINE' | 'INDENT' | 'DEDENT' | 'EOF' | Keyword | Op;

// STRING token flags (from the prefix).
export const STR_RAW = 1;
export const STR_BYTES = 2;
export const STR_F = 4;
export const STR_U = 8;

export interface Token {
  kind: TokKind;
  line: number; // 1-based
  col: number; // 0-based, UTF-16 units
  /** NAME: the identifier (NFKC-normalized); STRING: the raw body between the quotes;
   * numbers: the source text; keywords and operators: themselves. */
  text: string;
  /** INT: number|bigint; FLOAT/IMAG: number; STRING: decoded string, or Uint8Array for bytes,
   * or null for an f-string; otherwise null. */
  value: number | bigint | string | Uint8Array | null;
  flags: number; // STRING: STR_* bits
  bodyLine: number; // STRING: where the body starts (f-string field positions)
  bodyCol: number;
}

/** Message catalogue for the front end (MicroPython's wording where it has one). */
export const MSG = {
  invalidSyntax: 'invalid syntax',
  unexpectedIndent: 'unexpected indent',
  dedentMismatch: "unindent doesn't match any outer indent level",
  expectedIndent: 'expected an indented block',
  tooDeepIndent: 'too many levels of indentation',
  tooDeepParens: 'too many nested parentheses',
  recursion: 'maximum recursion depth exceeded',
  // MicroPython's lexer reports these as a plain syntax error (CPython words them more precisely)
  unterminatedString: 'invalid syntax',
  unterminatedTriple: 'invalid syntax',
  eofInContinuation: 'invalid syntax',
  afterContinuation: 'invalid syntax',
  unmatchedBracket: (_c: string) => 'invalid syntax',
  mismatchedBracket: (_c: string, _o: string) => 'invalid syntax',
  invalidDecimal: 'invalid decimal literal',
  invalidNumber: 'invalid syntax for number',
  leadingZeros: 'leading zeros in decimal integer literals are not permitted',
  bytesNonAscii: 'bytes can only contain ASCII literal characters',
  badEscapeX: 'invalid \\x escape',
  badEscapeU: 'invalid \\u escape',
  badUnicodeChar: 'illegal Unicode character',
  nameEscape: 'unicode name escapes are not supported',
  fstringMalformed: 'malformed f-string',
  fstringBackslash: 'f-string expression part cannot include a backslash',
  fstringHash: "f-string expression part cannot include '#'",
  fstringEmpty: 'f-string: empty expression not allowed',
  fstringSingleBrace: "f-string: single '}' is not allowed",
  fstringExpectBrace: "f-string: expecting '}'",
  fstringConversion: "f-string: invalid conversion character: expected 's', 'r', or 'a'",
  fstringTooDeep: 'f-string: expressions nested too deeply',
  mixBytes: 'cannot mix bytes and nonbytes literals',
} as const;

const MAX_INDENT = 100; // CPython's limit on indentation levels
export const MAX_PARENS = 200; // CPython's limit on bracket nesting

const KEYWORDS: ReadonlySet<string> = new Set<string>([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

// Character codes.
const C_TAB = 9, C_LF = 10, C_FF = 12, C_SPACE = 32, C_BANG = 33, C_DQUOTE = 34, C_HASH = 35;
const C_PERCENT = 37, C_AMP = 38, C_SQUOTE = 39, C_LPAREN = 40, C_RPAREN = 41, C_STAR = 42;
const C_PLUS = 43, C_COMMA = 44, C_MINUS = 45, C_DOT = 46, C_SLASH = 47, C_0 = 48, C_1 = 49, C_7 = 55;
const C_9 = 57, C_COLON = 58, C_SEMI = 59, C_LT = 60, C_EQ = 61, C_GT = 62, C_AT = 64;
const C_LBRACKET = 91, C_BACKSLASH = 92, C_RBRACKET = 93, C_CARET = 94, C_UNDERSCORE = 95;
const C_LBRACE = 123, C_PIPE = 124, C_RBRACE = 125, C_TILDE = 126;

const ID_START_RE = /^[\p{ID_Start}_\u1885\u1886\u2118\u212E\u309B\u309C]$/u;
const ID_CONT_RE = /^[\p{ID_Continue}\u00B7\u0387\u1369-\u1371\u19DA\u1885\u1886\u2118\u212E\u309B\u309C]$/u;

// ASCII identifier chars [A-Za-z0-9_] as a table: one load per char in the name loop, which
// matters before the JIT has optimized lex() (a cold parse of a 10,000-line file).
const ID_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57)) ID_CHAR[c] = 1;
}

function isAsciiIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === C_UNDERSCORE;
}
function isDigit(c: number): boolean {
  return c >= C_0 && c <= C_9;
}
function hexVal(c: number): number {
  if (c >= C_0 && c <= C_9) return c - C_0;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function syntaxError(msg: string, line: number, col: number): CompileError {
  return new CompileError('SyntaxError', msg, line, col + 1);
}

/** Normalize \r\n and lone \r line endings to \n (strings see \n too, as in CPython). */
export function normalizeNewlines(source: string): string {
  return source.indexOf('\r') < 0 ? source : source.replace(/\r\n?/g, '\n');
}

/** Tokenize a whole source text. The last token is always EOF. */
export function tokenize(source: string): Token[] {
  return lex(normalizeNewlines(source), 1, 0, false);
}

function mkTok(kind: TokKind, line: number, col: number, text: string, value: Token['value']): Token {
  return { kind, line, col, text, value, flags: 0, bodyLine: 0, bodyCol: 0 };
}

/** The operator (other than brackets) starting at pos, whose first char is c; null if none.
 * Compares char codes and returns constant strings: no allocation per operator token. */
function matchOp(src: string, pos: number, c: number): Op | null {
  const d = src.charCodeAt(pos + 1);
  const eq = d === C_EQ;
  switch (c) {
    case C_PLUS: return eq ? '+=' : '+';
    case C_MINUS: return eq ? '-=' : d === C_GT ? '->' : '-';
    case C_STAR:
      if (d === C_STAR) return src.charCodeAt(pos + 2) === C_EQ ? '**=' : '**';
      return eq ? '*=' : '*';
    case C_SLASH:
      if (d === C_SLASH) return src.charCodeAt(pos + 2) === C_EQ ? '//=' : '//';
      return eq ? '/=' : '/';
    case C_LT:
      if (d === C_LT) return src.charCodeAt(pos + 2) === C_EQ ? '<<=' : '<<';
      return eq ? '<=' : '<';
    case C_GT:
      if (d === C_GT) return src.charCodeAt(pos + 2) === C_EQ ? '>>=' : '>>';
      return eq ? '>=' : '>';
    case C_PERCENT: return eq ? '%=' : '%';
    case C_AT: return eq ? '@=' : '@';
    case C_AMP: return eq ? '&=' : '&';
    case C_PIPE: return eq ? '|=' : '|';
    case C_CARET: return eq ? '^=' : '^';
    case C_TILDE: return '~';
    case C_EQ: return eq ? '==' : '=';
    case C_BANG: return eq ? '!=' : null;
    case C_COLON: return eq ? ':=' : ':';
    case C_DOT: return d === C_DOT && src.charCodeAt(pos + 2) === C_DOT ? '...' : '.';
    case C_COMMA: return ',';
    case C_SEMI: return ';';
    default: return null;
  }
}

/**
 * Tokenize `src` (already newline-normalized). line0/col0 give the position of src[0] in the
 * file; `inParens` lexes an f-string field: no NEWLINE/INDENT/DEDENT, as if inside brackets.
 */
export function lex(src: string, line0: number, col0: number, inParens: boolean): Token[] {
  const toks: Token[] = [];
  const n = src.length;
  let pos = 0;
  let line = line0;
  let lineStart = -col0; // index of the current line's first char (col = pos - lineStart)
  const indents: number[] = [0];
  const brackets: number[] = []; // open bracket chars
  const bracketPos: number[] = []; // their line, col pairs
  let atLineStart = !inParens;
  if (!inParens && src.charCodeAt(0) === 0xfeff) {
    pos = 1; // a UTF-8 byte order mark left by the decoder
    lineStart = 1;
  }

  for (;;) {
    if (atLineStart) {
      // Measure the indentation of a new logical line; skip blank and comment-only lines.
      let indent = 0;
      let c = 0;
      while (pos < n) {
        c = src.charCodeAt(pos);
        if (c === C_SPACE) indent++;
        else if (c === C_TAB) indent = (indent >> 3 << 3) + 8;
        else if (c === C_FF) indent = 0;
        else break;
        pos++;
      }
      if (pos >= n) break;
      if (c === C_HASH) {
        while (pos < n && src.charCodeAt(pos) !== C_LF) pos++;
        continue;
      }
      if (c === C_LF) {
        pos++;
        line++;
        lineStart = pos;
        continue;
      }
      atLineStart = false;
      const top = indents[indents.length - 1];
      if (indent > top) {
        if (indents.length > MAX_INDENT) throw new CompileError('IndentationError', MSG.tooDeepIndent, line, indent + 1);
        indents.push(indent);
        toks.push(mkTok('INDENT', line, pos - lineStart, '', null));
      } else if (indent < top) {
        // a mismatch is reported on the line of the last token before it, as MicroPython does
        const at = toks.length > 0 ? toks[toks.length - 1].line : line;
        while (indent < indents[indents.length - 1]) {
          indents.pop();
          toks.push(mkTok('DEDENT', line, pos - lineStart, '', null));
        }
        if (indent !== indents[indents.length - 1]) {
          throw new CompileError('IndentationError', MSG.dedentMismatch, at, indent + 1);
        }
      }
    }
    if (pos >= n) break;
    const c = src.charCodeAt(pos);
    const col = pos - lineStart;

    // Whitespace, comments, newlines, continuation.
    if (c === C_SPACE || c === C_TAB || c === C_FF) {
      pos++;
      continue;
    }
    if (c === C_HASH) {
      while (pos < n && src.charCodeAt(pos) !== C_LF) pos++;
      continue;
    }
    if (c === C_LF) {
      if (brackets.length === 0 && !inParens) {
        toks.push(mkTok('NEWLINE', line, col, '', null));
        atLineStart = true;
      }
      pos++;
      line++;
      lineStart = pos;
      continue;
    }
    if (c === C_BACKSLASH) {
      if (pos + 1 >= n) throw syntaxError(MSG.eofInContinuation, line, col);
      if (src.charCodeAt(pos + 1) !== C_LF) throw syntaxError(MSG.afterContinuation, line, col);
      pos += 2;
      line++;
      lineStart = pos;
      continue;
    }

    // Numbers.
    if (isDigit(c) || (c === C_DOT && isDigit(src.charCodeAt(pos + 1)))) {
      pos = lexNumber(src, pos, line, col, toks);
      continue;
    }

    // Names, keywords, and string prefixes.
    if (isAsciiIdStart(c) || c >= 0x80) {
      let end = pos;
      let ascii = true;
      while (end < n) {
        const d = src.charCodeAt(end);
        if (d < 128) {
          if (ID_CHAR[d] === 0) break;
          end++;
        } else {
          const ch = String.fromCodePoint(src.codePointAt(end)!);
          if (!(end === pos ? ID_START_RE : ID_CONT_RE).test(ch)) break;
          ascii = false;
          end += ch.length;
        }
      }
      if (end === pos) throw syntaxError(MSG.invalidSyntax, line, col); // a non-identifier char
      const q = src.charCodeAt(end);
      if ((q === C_SQUOTE || q === C_DQUOTE) && end - pos <= 2) {
        const flags = strPrefix(src, pos, end);
        if (flags >= 0) {
          const r = lexString(src, end, flags, line, col, lineStart, toks);
          pos = r.pos;
          line = r.line;
          lineStart = r.lineStart;
          continue;
        }
      }
      let name = src.slice(pos, end);
      if (!ascii) name = name.normalize('NFKC');
      toks.push(mkTok(KEYWORDS.has(name) ? (name as Keyword) : 'NAME', line, col, name, null));
      pos = end;
      continue;
    }
    if (c === C_SQUOTE || c === C_DQUOTE) {
      const r = lexString(src, pos, 0, line, col, lineStart, toks);
      pos = r.pos;
      line = r.line;
      lineStart = r.lineStart;
      continue;
    }

    // Brackets.
    if (c === C_LPAREN || c === C_LBRACKET || c === C_LBRACE) {
      if (brackets.length >= MAX_PARENS) throw syntaxError(MSG.tooDeepParens, line, col);
      brackets.push(c);
      bracketPos.push(line, col);
      const t = src[pos] as Op;
      toks.push(mkTok(t, line, col, t, null));
      pos++;
      continue;
    }
    if (c === C_RPAREN || c === C_RBRACKET || c === C_RBRACE) {
      const t = src[pos] as Op;
      if (brackets.length === 0) throw syntaxError(MSG.unmatchedBracket(t), line, col);
      const o = brackets.pop()!;
      bracketPos.length -= 2;
      if (o !== (c === C_RPAREN ? C_LPAREN : c - 2)) {
        throw syntaxError(MSG.mismatchedBracket(t, String.fromCharCode(o)), line, col);
      }
      toks.push(mkTok(t, line, col, t, null));
      pos++;
      continue;
    }

    // Other operators: longest match first.
    const op = matchOp(src, pos, c);
    if (op === null) throw syntaxError(MSG.invalidSyntax, line, col);
    toks.push(mkTok(op as Op, line, col, op, null));
    pos += op.length;
  }

  // End of input. With a bracket still open the parser fails at the first token it can't use, at
  // the latest at EOF (MicroPython reports that token's line, not the bracket's).
  const col = pos - lineStart;
  if (!inParens) {
    if (toks.length > 0 && toks[toks.length - 1].kind !== 'NEWLINE') toks.push(mkTok('NEWLINE', line, col, '', null));
    for (let i = 1; i < indents.length; i++) toks.push(mkTok('DEDENT', line, col, '', null));
  }
  toks.push(mkTok('EOF', line, col, '', null));
  return toks;
}

/** Flags of a string prefix src[start:end], or -1 if it is not one (r u b f rb br fr rf, any case). */
function strPrefix(src: string, start: number, end: number): number {
  let flags = 0;
  for (let i = start; i < end; i++) {
    const c = src.charCodeAt(i) | 0x20; // lower case
    let f: number;
    if (c === 114) f = STR_RAW; // r
    else if (c === 98) f = STR_BYTES; // b
    else if (c === 102) f = STR_F; // f
    else if (c === 117) f = STR_U; // u
    else return -1;
    if (flags & f) return -1;
    flags |= f;
  }
  // Valid combinations: a single letter, or r with b or f.
  if (end - start === 2 && !(flags & STR_RAW && (flags & (STR_BYTES | STR_F)))) return -1;
  return flags;
}

/** Scan a number starting at pos; push its token; return the position after it. */
function lexNumber(src: string, pos: number, line: number, col: number, toks: Token[]): number {
  const n = src.length;
  const start = pos;
  const c0 = src.charCodeAt(pos);
  const c1 = src.charCodeAt(pos + 1) | 0x20;
  if (c0 === C_0 && (c1 === 120 || c1 === 111 || c1 === 98)) {
    // 0x / 0o / 0b: digits with single underscores between (or after the prefix).
    const base = c1 === 120 ? 16 : c1 === 111 ? 8 : 2;
    pos += 2;
    let digits = '';
    let ok = false;
    for (;;) {
      let d = src.charCodeAt(pos);
      if (d === C_UNDERSCORE) {
        pos++;
        d = src.charCodeAt(pos);
        if (!(digitVal(d) >= 0 && digitVal(d) < base)) throw syntaxError(MSG.invalidNumber, line, col);
      }
      const v = digitVal(d);
      if (v < 0) break;
      if (v >= base) throw syntaxError(MSG.invalidNumber, line, col);
      pos++;
      ok = true;
    }
    if (!ok) throw syntaxError(MSG.invalidNumber, line, col);
    digits = src.slice(start, pos).replace(/_/g, '');
    checkAfterNumber(src, pos, line, col);
    let v: number | bigint;
    if (pos - start <= 14) v = Number(digits);
    else v = normInt(BigInt(digits));
    toks.push(mkTok('INT', line, col, src.slice(start, pos), v));
    return pos;
  }
  // Decimal integer part (possibly empty for `.5`).
  pos = scanDigits(src, pos, line, col);
  let isFloat = false;
  if (src.charCodeAt(pos) === C_DOT) {
    isFloat = true;
    pos++;
    if (isDigit(src.charCodeAt(pos))) pos = scanDigits(src, pos, line, col);
  }
  const e = src.charCodeAt(pos) | 0x20;
  if (e === 101) {
    // exponent: only if digits follow (else `1e` is an error, `1else` handled by the caller check)
    let p = pos + 1;
    const s = src.charCodeAt(p);
    if (s === C_PLUS || s === C_MINUS) p++;
    if (isDigit(src.charCodeAt(p))) {
      isFloat = true;
      pos = scanDigits(src, p, line, col);
    } else if (!(s === 108 && src.startsWith('lse', pos + 1))) {
      throw syntaxError(MSG.invalidDecimal, line, col);
    }
  }
  const text = src.slice(start, pos);
  const clean = text.indexOf('_') < 0 ? text : text.replace(/_/g, '');
  const j = src.charCodeAt(pos) | 0x20;
  if (j === 106) {
    pos++;
    checkAfterNumber(src, pos, line, col);
    toks.push(mkTok('IMAG', line, col, src.slice(start, pos), Number(clean)));
    return pos;
  }
  checkAfterNumber(src, pos, line, col);
  if (isFloat) {
    toks.push(mkTok('FLOAT', line, col, text, Number(clean)));
    return pos;
  }
  // Decimal int: no leading zeros unless all zeros.
  if (clean.length > 1 && clean.charCodeAt(0) === C_0) {
    for (let i = 1; i < clean.length; i++) {
      if (clean.charCodeAt(i) !== C_0) throw syntaxError(MSG.leadingZeros, line, col);
    }
  }
  const v = clean.length <= 15 ? Number(clean) : normInt(BigInt(clean));
  toks.push(mkTok('INT', line, col, text, v));
  return pos;
}

function digitVal(d: number): number {
  return hexVal(d);
}

/** Scan decimal digits with single underscores between them. */
function scanDigits(src: string, pos: number, line: number, col: number): number {
  for (;;) {
    const d = src.charCodeAt(pos);
    if (isDigit(d)) {
      pos++;
    } else if (d === C_UNDERSCORE) {
      if (!isDigit(src.charCodeAt(pos + 1)) || !isDigit(src.charCodeAt(pos - 1))) throw syntaxError(MSG.invalidDecimal, line, col);
      pos++;
    } else {
      return pos;
    }
  }
}

// Keywords that may directly follow a number (`1if x else 2`, `0or 1`), as CPython allows.
const AFTER_NUMBER_KW = ['and', 'or', 'if', 'else', 'in', 'is', 'not', 'for'];

/** A number must not run straight into a name (`1abc`, `0x1g`), except some keywords. */
function checkAfterNumber(src: string, pos: number, line: number, col: number): void {
  const c = src.charCodeAt(pos);
  if (!(isAsciiIdStart(c) || isDigit(c) || c >= 0x80)) return;
  for (const kw of AFTER_NUMBER_KW) if (src.startsWith(kw, pos)) return;
  throw syntaxError(MSG.invalidDecimal, line, col);
}

/** Normalize a bigint to a number when it is a safe integer. */
export function normInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** Scan a string literal whose opening quote is at pos; push its token. */
function lexString(
  src: string, pos: number, flags: number, line: number, col: number, lineStart: number, toks: Token[],
): { pos: number; line: number; lineStart: number } {
  const n = src.length;
  const q = src.charCodeAt(pos);
  const startLine = line;
  const triple = src.charCodeAt(pos + 1) === q && src.charCodeAt(pos + 2) === q;
  pos += triple ? 3 : 1;
  const bodyStart = pos;
  const bodyLine = line;
  const bodyCol = pos - lineStart;
  let bodyEnd: number;
  if (flags & STR_F) {
    // Python 3.12 (and MicroPython): a field may hold any string, even in the same quotes.
    bodyEnd = fBodyEnd(src, pos, q, triple, (flags & STR_RAW) !== 0);
    // Not closed that way: end at the first closing quote, as before 3.12, so that
    // splitFString reports what is wrong in the field (`f'{'`: expecting '}').
    if (bodyEnd < 0) bodyEnd = plainBodyEnd(src, pos, q, triple);
    if (bodyEnd < 0) throw syntaxError(triple ? MSG.unterminatedTriple : MSG.unterminatedString, startLine, col);
    for (let k = src.indexOf('\n', pos); k >= 0 && k < bodyEnd; k = src.indexOf('\n', k + 1)) {
      line++;
      lineStart = k + 1;
    }
    pos = bodyEnd + (triple ? 3 : 1);
  } else for (;;) {
    if (pos >= n) throw syntaxError(triple ? MSG.unterminatedTriple : MSG.unterminatedString, startLine, col);
    const c = src.charCodeAt(pos);
    if (c === C_BACKSLASH) {
      if (src.charCodeAt(pos + 1) === C_LF) {
        line++;
        lineStart = pos + 2;
      }
      pos += 2;
      continue;
    }
    if (c === C_LF) {
      if (!triple) throw syntaxError(MSG.unterminatedString, startLine, col);
      line++;
      lineStart = pos + 1;
    } else if (c === q) {
      if (!triple) {
        bodyEnd = pos;
        pos++;
        break;
      }
      if (src.charCodeAt(pos + 1) === q && src.charCodeAt(pos + 2) === q) {
        bodyEnd = pos;
        pos += 3;
        break;
      }
    }
    pos++;
  }
  const body = src.slice(bodyStart, bodyEnd);
  let value: Token['value'] = null;
  if (flags & STR_BYTES) {
    for (let i = 0; i < body.length; i++) {
      if (body.charCodeAt(i) >= 0x80) throw syntaxError(MSG.bytesNonAscii, startLine, col);
    }
    const s = flags & STR_RAW ? body : decodeEscapes(body, true, startLine, col);
    const b = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
    value = b;
  } else if (!(flags & STR_F)) {
    value = flags & STR_RAW ? body : decodeEscapes(body, false, startLine, col);
  }
  const tok = mkTok('STRING', startLine, col, body, value);
  tok.flags = flags;
  tok.bodyLine = bodyLine;
  tok.bodyCol = bodyCol;
  toks.push(tok);
  return { pos, line, lineStart };
}

/** Whether the quote at src[pos] closes a string opened with quote q (tripled or not). */
function isCloseQuote(src: string, pos: number, q: number, triple: boolean): boolean {
  return src.charCodeAt(pos) === q && (!triple || (src.charCodeAt(pos + 1) === q && src.charCodeAt(pos + 2) === q));
}

/** Index of the first quote closing a string body that starts at pos, or -1. */
function plainBodyEnd(src: string, pos: number, q: number, triple: boolean): number {
  const n = src.length;
  while (pos < n) {
    const c = src.charCodeAt(pos);
    if (c === C_BACKSLASH) {
      pos += 2;
      continue;
    }
    if (c === C_LF && !triple) return -1;
    if (c === q && isCloseQuote(src, pos, q, triple)) return pos;
    pos++;
  }
  return -1;
}

/**
 * Index of the quote closing an f-string body that starts at pos, or -1 if the string is
 * unterminated. Replacement fields are skipped as code (fieldEnd), so a string inside one may
 * use the outer quotes, as Python 3.12 (PEP 701) and MicroPython allow: f"{f"{x}"}".
 */
function fBodyEnd(src: string, pos: number, q: number, triple: boolean, raw: boolean): number {
  const n = src.length;
  while (pos < n) {
    const c = src.charCodeAt(pos);
    if (c === C_BACKSLASH) {
      const e = src.charCodeAt(pos + 1);
      pos += !raw && (e === C_LBRACE || e === C_RBRACE) ? 1 : 2; // `\{` is a backslash, then a field
      continue;
    }
    if (c === C_LF && !triple) return -1;
    if (c === q && isCloseQuote(src, pos, q, triple)) return pos;
    if (c === C_LBRACE) {
      if (src.charCodeAt(pos + 1) === C_LBRACE) {
        pos += 2;
        continue;
      }
      pos = fieldEnd(src, pos + 1, triple);
      if (pos < 0) return -1;
    }
    pos++;
  }
  return -1;
}

/**
 * Index of the '}' closing the replacement field whose expression starts at pos, or -1 (or n).
 * A string literal in the expression is skipped whole (an f-string one recursively); after a
 * top-level ':' the format spec is text that may hold nested fields. `multiline` is whether the
 * enclosing f-string is triple-quoted (else a newline ends the scan).
 */
function fieldEnd(src: string, pos: number, multiline: boolean): number {
  const n = src.length;
  let nest = 0;
  let inSpec = false;
  while (pos < n) {
    const c = src.charCodeAt(pos);
    if (c === C_LF && !multiline) return -1;
    if (inSpec) {
      if (c === C_RBRACE) return pos;
      if (c === C_LBRACE) {
        pos = fieldEnd(src, pos + 1, multiline);
        if (pos < 0) return -1;
      } else if (c === C_BACKSLASH) {
        pos++;
      }
      pos++;
      continue;
    }
    if (c === C_SQUOTE || c === C_DQUOTE) {
      pos = stringEnd(src, pos, multiline);
      if (pos < 0) return -1;
      continue;
    }
    if (c === C_LPAREN || c === C_LBRACKET || c === C_LBRACE) {
      nest++;
    } else if (c === C_RPAREN || c === C_RBRACKET || c === C_RBRACE) {
      if (nest === 0 && c === C_RBRACE) return pos;
      if (nest > 0) nest--;
    } else if (c === C_COLON && nest === 0) {
      inSpec = true;
    } else if (c === C_BANG && nest === 0 && isAsciiIdStart(src.charCodeAt(pos + 1))) {
      pos++; // the conversion character (`!=` and a missing one are left to splitFString)
    }
    pos++;
  }
  return -1;
}

/**
 * Index just past the string literal whose opening quote is at pos (its prefix letters just
 * before it), or -1 if unterminated. An f-string's fields are skipped as code.
 */
function stringEnd(src: string, pos: number, multiline: boolean): number {
  const q = src.charCodeAt(pos);
  let isF = false;
  let raw = false;
  let k = pos - 1;
  for (; k >= 0 && k >= pos - 2; k--) {
    const p = src.charCodeAt(k) | 0x20;
    if (p === 102) isF = true; // f
    else if (p === 114) raw = true; // r
    else if (p !== 98 && p !== 117) break; // b, u
  }
  if (k >= 0) {
    const p = src.charCodeAt(k); // a prefix must not be the tail of a name (`if"{"`)
    if (isAsciiIdStart(p) || isDigit(p) || p >= 0x80) isF = raw = false;
  }
  const triple = src.charCodeAt(pos + 1) === q && src.charCodeAt(pos + 2) === q;
  pos += triple ? 3 : 1;
  if (isF) {
    const end = fBodyEnd(src, pos, q, triple, raw);
    return end < 0 ? -1 : end + (triple ? 3 : 1);
  }
  const n = src.length;
  while (pos < n) {
    const c = src.charCodeAt(pos);
    if (c === C_BACKSLASH) {
      pos += 2;
      continue;
    }
    if (c === C_LF && !triple) return -1;
    if (c === q && isCloseQuote(src, pos, q, triple)) return pos + (triple ? 3 : 1);
    pos++;
  }
  return -1;
}

/**
 * Decode backslash escapes of a (non-raw) string body. For bytes the result holds char codes
 * 0..255 and \u, \U, \N are not escapes. Unknown escapes are kept verbatim, as in CPython.
 */
export function decodeEscapes(body: string, bytes: boolean, line: number, col: number): string {
  let i = body.indexOf('\\');
  if (i < 0) return body;
  let out = body.slice(0, i);
  const n = body.length;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c !== C_BACKSLASH) {
      // copy a run of plain characters
      let j = body.indexOf('\\', i);
      if (j < 0) j = n;
      out += body.slice(i, j);
      i = j;
      continue;
    }
    if (i + 1 >= n) {
      out += '\\'; // a lone trailing backslash (only possible in f-string pieces)
      break;
    }
    const e = body.charCodeAt(i + 1);
    i += 2;
    switch (e) {
      case C_LF: break;
      case C_BACKSLASH: out += '\\'; break;
      case C_SQUOTE: out += "'"; break;
      case C_DQUOTE: out += '"'; break;
      case 97: out += '\x07'; break; // a
      case 98: out += '\b'; break;
      case 102: out += '\f'; break;
      case 110: out += '\n'; break;
      case 114: out += '\r'; break;
      case 116: out += '\t'; break;
      case 118: out += '\v'; break;
      case 120: { // \xhh
        const h1 = hexVal(body.charCodeAt(i));
        const h2 = hexVal(body.charCodeAt(i + 1));
        if (h1 < 0 || h2 < 0 || i + 1 >= n) throw syntaxError(MSG.badEscapeX, line, col);
        out += String.fromCharCode(h1 * 16 + h2);
        i += 2;
        break;
      }
      default:
        if (e >= C_0 && e <= C_7) {
          let v = e - C_0;
          for (let k = 0; k < 2 && i < n; k++) {
            const d = body.charCodeAt(i);
            if (d < C_0 || d > C_7) break;
            v = v * 8 + d - C_0;
            i++;
          }
          out += String.fromCharCode(bytes ? v & 0xff : v);
        } else if (!bytes && (e === 117 || e === 85)) { // \uXXXX \UXXXXXXXX
          const len = e === 117 ? 4 : 8;
          let v = 0;
          for (let k = 0; k < len; k++) {
            const h = i + k < n ? hexVal(body.charCodeAt(i + k)) : -1;
            if (h < 0) throw syntaxError(MSG.badEscapeU, line, col);
            v = v * 16 + h;
          }
          if (v > 0x10ffff) throw syntaxError(MSG.badUnicodeChar, line, col);
          out += String.fromCodePoint(v);
          i += len;
        } else if (!bytes && e === 78) { // \N{name}
          throw syntaxError(MSG.nameEscape, line, col);
        } else {
          out += '\\' + body[i - 1];
        }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// f-strings

/** A piece of an f-string: literal text, or a replacement field with its expression source. */
export type FPart =
  | { t: 'lit'; v: string }
  | {
    t: 'field';
    src: string; // the expression's source text
    line: number; // position of src[0] in the file
    col: number;
    conv: number; // -1, or 115 (!s), 114 (!r), 97 (!a)
    spec: FPart[] | null; // the format spec after ':' (may itself hold fields)
    selfdoc: string | null; // for `{x=}`: the literal text 'x=' to emit first
  };

/** Split the body of an f-string token into literal and field parts (CPython 3.11 rules). */
export function splitFString(tok: Token): FPart[] {
  const s = new FScanner(tok.text, (tok.flags & STR_RAW) !== 0, tok.bodyLine, tok.bodyCol, tok.line, tok.col);
  const parts = s.parts(0);
  if (s.pos < s.body.length) throw s.err(MSG.fstringSingleBrace);
  return parts;
}

class FScanner {
  pos = 0;
  constructor(
    readonly body: string, readonly raw: boolean, readonly line0: number, readonly col0: number,
    readonly tokLine: number, readonly tokCol: number,
  ) {}

  err(msg: string): CompileError {
    return syntaxError(msg, this.tokLine, this.tokCol);
  }

  // where() resumes its newline count from the last position asked (fields come in order).
  private wIdx = 0;
  private wLine = 0;
  private wLs = -1;

  /** File position of body[i]. */
  where(i: number): [number, number] {
    if (i < this.wIdx) {
      this.wIdx = 0;
      this.wLine = 0;
      this.wLs = -1;
    }
    for (let k = this.body.indexOf('\n', this.wIdx); k >= 0 && k < i; k = this.body.indexOf('\n', k + 1)) {
      this.wLine++;
      this.wLs = k;
    }
    this.wIdx = i;
    return [this.line0 + this.wLine, this.wLs < 0 ? this.col0 + i : i - this.wLs - 1];
  }

  /** Literal text and fields up to the end (depth 0) or to the '}' closing a format spec. */
  parts(depth: number): FPart[] {
    const b = this.body;
    const n = b.length;
    const out: FPart[] = [];
    let lit = '';
    const flush = (): void => {
      if (lit === '') return;
      const v = this.raw ? lit : decodeEscapes(lit, false, this.tokLine, this.tokCol);
      const last = out[out.length - 1];
      if (last && last.t === 'lit') last.v += v;
      else if (v !== '') out.push({ t: 'lit', v });
      lit = '';
    };
    while (this.pos < n) {
      const c = b.charCodeAt(this.pos);
      if (c === C_LBRACE) {
        if (depth === 0 && b.charCodeAt(this.pos + 1) === C_LBRACE) {
          lit += '{';
          this.pos += 2;
          continue;
        }
        flush();
        this.pos++;
        this.field(out, depth);
        continue;
      }
      if (c === C_RBRACE) {
        if (depth > 0) break; // end of this format spec
        if (b.charCodeAt(this.pos + 1) === C_RBRACE) {
          lit += '}';
          this.pos += 2;
          continue;
        }
        throw this.err(MSG.fstringSingleBrace);
      }
      if (c === C_BACKSLASH && !this.raw) {
        const e = b.charCodeAt(this.pos + 1);
        if (e === 78 && b.charCodeAt(this.pos + 2) === C_LBRACE) throw this.err(MSG.nameEscape);
        if (e === C_LBRACE || e === C_RBRACE) {
          lit += '\\'; // `\{` is a literal backslash, then a field (CPython 3.11)
          this.pos++;
          continue;
        }
        lit += b.slice(this.pos, this.pos + 2);
        this.pos += 2;
        continue;
      }
      lit += b[this.pos];
      this.pos++;
    }
    flush();
    return out;
  }

  /** One replacement field; pos is just after its '{'. */
  field(out: FPart[], depth: number): void {
    if (depth >= 2) throw this.err(MSG.fstringTooDeep);
    const b = this.body;
    const n = b.length;
    const start = this.pos;
    let nest = 0;
    let quote = false; // an unterminated string in the expression
    let end = -1; // end of the expression text
    let selfdoc = false;
    for (; this.pos < n; this.pos++) {
      const c = b.charCodeAt(this.pos);
      if (c === C_BACKSLASH) throw this.err(MSG.fstringBackslash);
      if (c === C_SQUOTE || c === C_DQUOTE) {
        // A whole string literal, which may use the f-string's own quotes (Python 3.12).
        const e = stringEnd(b, this.pos, true);
        if (e < 0) {
          quote = true;
          break;
        }
        if (b.lastIndexOf('\\', e) > this.pos) throw this.err(MSG.fstringBackslash);
        this.pos = e - 1;
        continue;
      }
      if (c === C_HASH) throw this.err(MSG.fstringHash);
      if (c === C_LPAREN || c === C_LBRACKET || c === C_LBRACE) {
        nest++;
        continue;
      }
      if (c === C_RPAREN || c === C_RBRACKET || c === C_RBRACE) {
        if (nest === 0) {
          if (c === C_RBRACE) break;
          throw this.err(MSG.fstringMalformed);
        }
        nest--;
        continue;
      }
      if (nest > 0) continue;
      const d = b.charCodeAt(this.pos + 1);
      if (c === C_BANG) {
        if (d === C_EQ) {
          this.pos++;
          continue;
        }
        break;
      }
      if (c === C_COLON) break;
      if (c === C_EQ || c === C_LT || c === C_GT) {
        if (d === C_EQ) {
          this.pos++; // ==, <=, >=
          continue;
        }
        if (c === C_EQ) {
          selfdoc = true;
          end = this.pos;
          this.pos++;
          while (this.pos < n && (b.charCodeAt(this.pos) === C_SPACE || b.charCodeAt(this.pos) === C_TAB || b.charCodeAt(this.pos) === C_LF)) this.pos++;
          break;
        }
      }
    }
    if (quote || this.pos >= n) throw this.err(MSG.fstringExpectBrace);
    if (end < 0) end = this.pos;
    const src = b.slice(start, end);
    if (src.trim() === '') throw this.err(MSG.fstringEmpty);
    const selfText = selfdoc ? b.slice(start, this.pos) : null;
    let conv = -1;
    if (b.charCodeAt(this.pos) === C_BANG) {
      const k = b.charCodeAt(this.pos + 1);
      if (k === 115 || k === 114 || k === 97) conv = k;
      else throw this.err(MSG.fstringConversion);
      this.pos += 2;
      const e = b.charCodeAt(this.pos);
      if (e !== C_COLON && e !== C_RBRACE) throw this.err(this.pos >= n ? MSG.fstringExpectBrace : MSG.fstringConversion);
    }
    let spec: FPart[] | null = null;
    if (b.charCodeAt(this.pos) === C_COLON) {
      this.pos++;
      spec = this.parts(depth + 1);
    }
    if (this.pos >= n || b.charCodeAt(this.pos) !== C_RBRACE) throw this.err(MSG.fstringExpectBrace);
    this.pos++;
    if (selfText !== null && conv === -1 && spec === null) conv = 114; // `{x=}` defaults to !r
    const [line, col] = this.where(start);
    if (selfText !== null) {
      const last = out[out.length - 1];
      if (last && last.t === 'lit') last.v += selfText;
      else out.push({ t: 'lit', v: selfText });
    }
    out.push({ t: 'field', src, line, col, conv, spec, selfdoc: selfText });
  }
}
