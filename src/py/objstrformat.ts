// String formatting (MicroPython py/objstr.c: str_format, mp_obj_str_format_helper, str_modulo_format,
// and py/modbuiltins.c format()): str.format with the format-spec mini-language (also f-strings,
// which the compiler turns into '...'.format(...)), format(value, spec), and the % operator.
// Messages follow MicroPython's wording; behaviour follows CPython where MicroPython is a subset.
import { type Obj, type KwArgs, type PyObject, UnaryOp } from './obj.js';
import {
  raiseTypeError,
  raiseValueError,
  raiseIndexError,
  raiseOverflowError,
  newException,
  KeyError,
} from './objexcept.js';
import { typeOf, typeName, repr, str as objStr, getItem, loadAttr, toInt, toFloat, call } from './runtime.js';
import { PyFloat } from './objfloat.js';
import { formatFloat, type FloatFormatType } from './formatfloat.js';
import { formatInt, intFromFloat } from './objint.js';
import { PyTuple } from './objtuple.js';
import { PyDict } from './objdict.js';
import { cpLen, cpOffset, hasSurr, nativeSelf } from './objstrmethods.js';
import { PyBytes, getBuffer, binFromBytes, bytesFromBin } from './objbytes.js';

// ---- the format-spec mini-language ----

/** A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]. */
interface Spec {
  fill: string; // '' when not given
  align: string; // '' when not given
  sign: string;
  z: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number; // -1 when not given
  type: string;
}

function isAlign(c: string | undefined): boolean {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

function parseSpec(spec: string): Spec {
  const r: Spec = { fill: '', align: '', sign: '', z: false, alt: false, zero: false, width: -1, grouping: '', precision: -1, type: '' };
  let i = 0;
  const n = spec.length;
  // fill may be any code point (astral fill is two units)
  const c0 = spec.codePointAt(0);
  const fillLen = c0 !== undefined && c0 > 0xffff ? 2 : 1;
  if (n > fillLen && isAlign(spec[fillLen])) {
    r.fill = spec.slice(0, fillLen);
    r.align = spec[fillLen];
    i = fillLen + 1;
  } else if (isAlign(spec[0])) {
    r.align = spec[0];
    i = 1;
  }
  if (spec[i] === '+' || spec[i] === '-' || spec[i] === ' ') r.sign = spec[i++];
  if (spec[i] === 'z') {
    r.z = true;
    i++;
  }
  if (spec[i] === '#') {
    r.alt = true;
    i++;
  }
  if (spec[i] === '0') {
    r.zero = true;
    i++;
  }
  let j = i;
  while (j < n && spec.charCodeAt(j) >= 48 && spec.charCodeAt(j) <= 57) j++;
  if (j > i) r.width = +spec.slice(i, j);
  i = j;
  if (spec[i] === ',' || spec[i] === '_') r.grouping = spec[i++];
  if (spec[i] === '.') {
    i++;
    j = i;
    while (j < n && spec.charCodeAt(j) >= 48 && spec.charCodeAt(j) <= 57) j++;
    if (j === i) raiseValueError('format specifier missing precision');
    r.precision = +spec.slice(i, j);
    i = j;
  }
  if (i < n) r.type = spec[i++];
  if (i < n) raiseValueError('invalid format specifier');
  return r;
}

/** Pad text to the spec's width: signPrefix stays left of '=' padding. */
function pad(signPrefix: string, body: string, sp: Spec, defaultAlign: string): string {
  const len = cpLen(signPrefix) + cpLen(body);
  if (sp.width <= len) return signPrefix + body;
  const fill = sp.fill !== '' ? sp.fill : sp.zero ? '0' : ' ';
  const align = sp.align !== '' ? sp.align : sp.zero && defaultAlign === '>' ? '=' : defaultAlign;
  const n = sp.width - len;
  switch (align) {
    case '<':
      return signPrefix + body + fill.repeat(n);
    case '^': {
      const left = n >> 1;
      return fill.repeat(left) + signPrefix + body + fill.repeat(n - left);
    }
    case '=':
      return signPrefix + fill.repeat(n) + body;
    default:
      return fill.repeat(n) + signPrefix + body;
  }
}

/** Insert a separator every `size` digits from the right. */
function group(digits: string, sep: string, size: number): string {
  if (digits.length <= size) return digits;
  let out = '';
  let k = digits.length % size;
  if (k === 0) k = size;
  out = digits.slice(0, k);
  for (; k < digits.length; k += size) out += sep + digits.slice(k, k + size);
  return out;
}

/**
 * Group the integer digits; with the '0' flag and '=' alignment CPython pads with zeros *before*
 * grouping (so '{:010,}' gives '00,001,234'): widen until the grouped text fills `room`.
 */
function groupDigits(intDigits: string, sep: string, size: number, room: number): string {
  let g = group(intDigits, sep, size);
  if (room > g.length) {
    let d = intDigits;
    while (g.length < room) {
      d = '0' + d;
      g = group(d, sep, size);
    }
  }
  return g;
}

function unknownCode(type: string, o: string): never {
  return raiseValueError(`unknown format code '${type}' for object of type '${o}'`);
}

function signOf(neg: boolean, sp: Spec): string {
  if (neg) return '-';
  if (sp.sign === '+') return '+';
  if (sp.sign === ' ') return ' ';
  return '';
}

/** Whether the spec asks for zero padding inside the number (so grouping must cover it). */
function zeroFillRoom(sp: Spec, used: number): number {
  if (!sp.zero || sp.width < 0 || (sp.align !== '' && sp.align !== '=') || (sp.fill !== '' && sp.fill !== '0')) return 0;
  return sp.width - used;
}

function formatIntSpec(v: number | bigint, sp: Spec, typeNameForError: string): string {
  let base = 10;
  const t = sp.type;
  switch (t) {
    case '':
    case 'd':
    case 'n':
      break;
    case 'b':
      base = 2;
      break;
    case 'o':
      base = 8;
      break;
    case 'x':
    case 'X':
      base = 16;
      break;
    case 'c': {
      if (sp.sign !== '') raiseValueError("sign not allowed with integer format specifier 'c'");
      const c = typeof v === 'bigint' ? -1 : v;
      if (c < 0 || c > 0x10ffff) raiseOverflowError('%c arg not in range(0x110000)');
      return pad('', String.fromCodePoint(c), sp, '>');
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      return formatFloatSpec(Number(v), sp);
    default:
      return unknownCode(t, typeNameForError);
  }
  const neg = typeof v === 'bigint' ? v < 0n : v < 0;
  let digits = formatInt(neg ? (typeof v === 'bigint' ? -v : -v) : v, base);
  if (t === 'X') digits = digits.toUpperCase();
  const prefix = sp.alt && base !== 10 ? '0' + (base === 2 ? 'b' : base === 8 ? 'o' : t === 'X' ? 'X' : 'x') : '';
  const sign = signOf(neg, sp);
  if (sp.grouping !== '') {
    if (sp.grouping === ',' && base !== 10) raiseValueError(`cannot specify ',' with '${t}'`);
    digits = groupDigits(digits, sp.grouping, base === 10 ? 3 : 4, zeroFillRoom(sp, sign.length + prefix.length));
  }
  return pad(sign + prefix, digits, sp, '>');
}

function formatFloatSpec(x: number, sp: Spec): string {
  let t = sp.type;
  switch (t) {
    case 'n':
      t = 'g';
      break;
    case '':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      break;
    default:
      return unknownCode(t, 'float');
  }
  let prec: number | null = sp.precision < 0 ? null : sp.precision;
  if ((t === 'f' || t === 'F') && fixedTooWide(x, prec ?? 6, x < 0 || sp.sign === '+' || sp.sign === ' ')) {
    t = t === 'f' ? 'g' : 'G';
    prec = (prec ?? 6) + 1;
  }
  let body = formatFloat(x, t as FloatFormatType, prec, sp.alt);
  let neg = false;
  if (body.charCodeAt(0) === 45) {
    neg = true;
    body = body.slice(1);
    if (sp.z && !/[1-9]/.test(body.replace(/e.*$/i, ''))) neg = false;
  }
  const sign = signOf(neg, sp);
  if (sp.grouping !== '' && x === x && x !== Infinity && x !== -Infinity) {
    let k = 0;
    while (k < body.length && body.charCodeAt(k) >= 48 && body.charCodeAt(k) <= 57) k++;
    const rest = body.slice(k);
    body = groupDigits(body.slice(0, k), sp.grouping, 3, zeroFillRoom(sp, sign.length + rest.length)) + rest;
  }
  return pad(sign, body, sp, '>');
}

/**
 * MicroPython formats a float into a 33-byte buffer (one less with a sign); an 'f' conversion that
 * would not fit (decimal exponent + precision + 2 too large) becomes 'g' with one more digit, so
 * '%.2f' % 8.888e32 is '8.89e+32'. Tests expect this, so it is kept.
 */
function fixedTooWide(x: number, prec: number, signed: boolean): boolean {
  const a = x < 0 ? -x : x;
  if (a < 1e10 || a === Infinity || a !== a) return false;
  let e = Math.floor(Math.log10(a));
  if (Number('1e' + (e + 1)) <= a) e++;
  else if (Number('1e' + e) > a) e--;
  return e + prec + 2 > (signed ? 32 : 33);
}

function formatStrSpec(s: string, sp: Spec): string {
  if (sp.type !== '' && sp.type !== 's') return unknownCode(sp.type, 'str');
  if (sp.sign !== '') raiseValueError('sign not allowed in string format specifier');
  if (sp.align === '=') raiseValueError("'=' alignment not allowed in string format specifier");
  if (sp.grouping !== '') raiseValueError(`cannot specify '${sp.grouping}' with 's'`);
  if (sp.alt) raiseValueError('alternate form (#) not allowed in string format specifier');
  if (sp.precision >= 0) {
    if (!hasSurr(s)) {
      if (s.length > sp.precision) s = s.slice(0, sp.precision);
    } else s = s.slice(0, cpOffset(s, sp.precision));
  }
  return pad('', s, sp, '<');
}

/** A Python-defined __format__ on a user class, if any (built-in types format natively). */
function userFormat(value: Obj): Obj | undefined {
  if (typeof value !== 'object') return undefined;
  const t = (value as PyObject).type;
  if (!t.isUserClass) return undefined;
  for (const c of t.mro) {
    if (!c.isUserClass) return undefined;
    const f = c.locals.get('__format__');
    if (f !== undefined) return f;
  }
  return undefined;
}

/** format(value, spec): the format-spec mini-language for int, float, str; str(value) for an empty spec. */
export function formatValue(value: Obj, spec: string): string {
  const uf = userFormat(value);
  if (uf !== undefined) {
    const r = call(uf, [value, spec], null);
    if (typeof r !== 'string') raiseTypeError(`__format__ must return a str, not ${typeName(r)}`);
    return r;
  }
  const v = nativeSelf(value);
  if (spec.length === 0) return objStr(value);
  switch (typeof v) {
    case 'string':
      return formatStrSpec(v, parseSpec(spec));
    case 'number':
    case 'bigint':
      return formatIntSpec(v, parseSpec(spec), 'int');
    case 'boolean':
      return formatIntSpec(v ? 1 : 0, parseSpec(spec), 'bool');
  }
  if (v instanceof PyFloat) return formatFloatSpec(v.value, parseSpec(spec));
  const t = typeOf(v);
  if (t.name === 'complex') {
    const sp = parseSpec(spec);
    return pad('', objStr(v), sp, '>');
  }
  return raiseTypeError(`unsupported format string passed to ${t.name}.__format__`);
}

// ---- str.format ----

const enum Numbering {
  UNKNOWN = 0,
  AUTO = 1,
  MANUAL = 2,
}

class FormatState {
  numbering = Numbering.UNKNOWN;
  next = 0;
  constructor(
    readonly args: Obj[],
    readonly kw: KwArgs,
  ) {}
}

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The object a field name names: arg_name ('.' attr | '[' key ']')*. */
function lookupField(st: FormatState, name: string): Obj {
  let k = 0;
  while (k < name.length && name[k] !== '.' && name[k] !== '[') k++;
  const first = name.slice(0, k);
  let obj: Obj;
  if (first.length === 0) {
    if (st.numbering === Numbering.MANUAL) raiseValueError("can't switch from manual field specification to automatic field numbering");
    st.numbering = Numbering.AUTO;
    const i = st.next++;
    if (i >= st.args.length) raiseIndexError('tuple index out of range');
    obj = st.args[i];
  } else if (isDigits(first)) {
    if (st.numbering === Numbering.AUTO) raiseValueError("can't switch from automatic field numbering to manual field specification");
    st.numbering = Numbering.MANUAL;
    const i = +first;
    if (i >= st.args.length) raiseIndexError('tuple index out of range');
    obj = st.args[i];
  } else {
    const v = st.kw !== null ? st.kw.get(first) : undefined;
    if (v === undefined) throw newException(KeyError, first);
    obj = v;
  }
  while (k < name.length) {
    if (name[k] === '.') {
      let e = k + 1;
      while (e < name.length && name[e] !== '.' && name[e] !== '[') e++;
      const attr = name.slice(k + 1, e);
      if (attr.length === 0) raiseValueError('empty attribute in format string');
      obj = loadAttr(obj, attr);
      k = e;
    } else {
      const e = name.indexOf(']', k);
      if (e < 0) raiseValueError("expected '}' before end of string");
      const key = name.slice(k + 1, e);
      if (key.length === 0) raiseValueError('empty attribute in format string');
      obj = getItem(obj, isDigits(key) ? +key : key);
      k = e + 1;
      if (k < name.length && name[k] !== '.' && name[k] !== '[') raiseValueError('only \'.\' or \'[\' may follow \']\' in format field specifier');
    }
  }
  return obj;
}

function unmatched(): never {
  return raiseValueError("unmatched '{' in format");
}

/** Expand fmt from position i; returns the text. Nested fields inside a spec use the same state. */
function formatInto(fmt: string, st: FormatState): string {
  let out = '';
  const n = fmt.length;
  let i = 0;
  while (i < n) {
    const open = fmt.indexOf('{', i);
    const close = fmt.indexOf('}', i);
    if (close >= 0 && (open < 0 || close < open)) {
      if (fmt.charCodeAt(close + 1) !== 125) raiseValueError("single '}' encountered in format string");
      out += fmt.slice(i, close + 1);
      i = close + 2;
      continue;
    }
    if (open < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, open);
    if (fmt.charCodeAt(open + 1) === 123) {
      out += '{';
      i = open + 2;
      continue;
    }
    // field name: up to '!', ':' or '}', with [...] taken literally
    let j = open + 1;
    while (j < n) {
      const c = fmt[j];
      if (c === '[') {
        const e = fmt.indexOf(']', j);
        if (e < 0) unmatched();
        j = e + 1;
        continue;
      }
      if (c === '!' || c === ':' || c === '}') break;
      if (c === '{') unmatched();
      j++;
    }
    if (j >= n) unmatched();
    const name = fmt.slice(open + 1, j);
    let conv = '';
    if (fmt[j] === '!') {
      if (j + 1 >= n) raiseValueError('end of format while looking for conversion specifier');
      conv = fmt[j + 1];
      if (conv !== 'r' && conv !== 's' && conv !== 'a') raiseValueError(`unknown conversion specifier ${conv}`);
      j += 2;
      if (j >= n) unmatched();
      if (fmt[j] !== ':' && fmt[j] !== '}') raiseValueError("expected ':' after conversion specifier");
    }
    let spec = '';
    if (fmt[j] === ':') {
      // the spec runs to the matching '}', and may hold nested {fields}
      let depth = 0;
      let e = j + 1;
      for (; e < n; e++) {
        const c = fmt.charCodeAt(e);
        if (c === 123) depth++;
        else if (c === 125) {
          if (depth === 0) break;
          depth--;
        }
      }
      if (e >= n) unmatched();
      spec = fmt.slice(j + 1, e);
      j = e;
    }
    let value = lookupField(st, name);
    if (conv !== '') {
      if (conv === 'r') value = repr(value);
      else if (conv === 's') value = objStr(value);
      else if (conv === 'a') value = asciiRepr(value);
      else raiseValueError(`unknown conversion specifier ${conv}`);
    }
    if (spec.indexOf('{') >= 0) spec = formatInto(spec, st);
    out += formatValue(value, spec);
    i = j + 1;
  }
  return out;
}

/** ascii(x): repr with non-ASCII escaped. */
export function asciiRepr(o: Obj): string {
  const r = repr(o);
  let out = '';
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

/** str.format(*args, **kw). */
export function strFormat(fmt: string, args: Obj[], kw: KwArgs): string {
  return formatInto(fmt, new FormatState(args, kw));
}

// ---- the % operator ----

function isMapping(o: Obj): boolean {
  return o instanceof PyDict;
}

function utf8Bin(s: string): string {
  return binFromBytes(new TextEncoder().encode(s));
}

/** `fmt % args` for str (bytes = false) or bytes (bytes = true: fmt and result are binary strings). */
function modFormat(fmt: string, args: Obj, bytes: boolean): string {
  let vals: readonly Obj[];
  let dict: Obj | null = null;
  const a = nativeSelf(args);
  if (a instanceof PyTuple) vals = a.items;
  else {
    if (isMapping(a)) dict = a;
    vals = [args];
  }
  let argi = 0;
  const nextArg = (): Obj => {
    if (argi >= vals.length) raiseTypeError('format string needs more arguments');
    return vals[argi++];
  };
  let out = '';
  const n = fmt.length;
  let i = 0;
  while (i < n) {
    const p = fmt.indexOf('%', i);
    if (p < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, p);
    i = p + 1;
    if (i >= n) raiseValueError('incomplete format');
    if (fmt[i] === '%') {
      out += '%';
      i++;
      continue;
    }
    let value: Obj | undefined;
    if (fmt[i] === '(') {
      if (dict === null) raiseTypeError('format needs a dict');
      let depth = 1;
      let e = i + 1;
      for (; e < n && depth > 0; e++) {
        if (fmt[e] === '(') depth++;
        else if (fmt[e] === ')') depth--;
      }
      if (depth > 0) raiseValueError('incomplete format key');
      const key = fmt.slice(i + 1, e - 1);
      value = getItem(dict, bytes ? bytesKey(key) : key);
      i = e;
      // as CPython: after a keyed conversion, no positional argument is left
      vals = [];
      argi = 0;
    }
    let left = false;
    let sign = '';
    let alt = false;
    let zero = false;
    for (; i < n; i++) {
      const c = fmt[i];
      if (c === '-') left = true;
      else if (c === '+') sign = '+';
      else if (c === ' ') {
        if (sign === '') sign = ' ';
      } else if (c === '#') alt = true;
      else if (c === '0') zero = true;
      else break;
    }
    let width = -1;
    if (fmt[i] === '*') {
      width = starArg(nextArg());
      if (width < 0) {
        left = true;
        width = -width;
      }
      i++;
    } else {
      let w = 0;
      let any = false;
      while (i < n && fmt.charCodeAt(i) >= 48 && fmt.charCodeAt(i) <= 57) {
        w = w * 10 + fmt.charCodeAt(i++) - 48;
        any = true;
      }
      if (any) width = w;
    }
    let prec = -1;
    if (fmt[i] === '.') {
      i++;
      if (fmt[i] === '*') {
        prec = starArg(nextArg());
        if (prec < 0) prec = 0;
        i++;
      } else {
        prec = 0;
        while (i < n && fmt.charCodeAt(i) >= 48 && fmt.charCodeAt(i) <= 57) prec = prec * 10 + fmt.charCodeAt(i++) - 48;
      }
    }
    while (fmt[i] === 'h' || fmt[i] === 'l' || fmt[i] === 'L') i++;
    if (i >= n) raiseValueError('incomplete format');
    const conv = fmt[i++];
    if (value === undefined) value = nextArg();
    let text: string;
    switch (conv) {
      case 's':
      case 'r':
      case 'a':
      case 'b': {
        if (conv === 'b' && !bytes) badChar(conv, i - 1);
        if (bytes && (conv === 's' || conv === 'b')) {
          const buf = getBuffer(value);
          text = buf !== null ? binFromBytes(buf) : utf8Bin(objStr(value));
        } else {
          text = conv === 's' ? objStr(value) : conv === 'r' ? repr(value) : asciiRepr(value);
          if (bytes) text = utf8Bin(text);
        }
        if (prec >= 0) text = hasSurr(text) ? text.slice(0, cpOffset(text, prec)) : text.slice(0, prec);
        out += padPlain(text, width, left);
        continue;
      }
      case 'c':
        text = charArg(value, bytes);
        out += padPlain(text, width, left);
        continue;
      case 'd':
      case 'i':
      case 'u':
      case 'x':
      case 'X':
      case 'o': {
        const nv = nativeSelf(value);
        let iv: number | bigint;
        if (nv instanceof PyFloat && (conv === 'd' || conv === 'i' || conv === 'u')) iv = intFromFloat(nv.value);
        else iv = intArgOf(nv);
        const neg = typeof iv === 'bigint' ? iv < 0n : iv < 0;
        const base = conv === 'x' || conv === 'X' ? 16 : conv === 'o' ? 8 : 10;
        let digits = formatInt(neg ? -iv : iv, base);
        if (conv === 'X') digits = digits.toUpperCase();
        if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
        const prefix = alt && base !== 10 ? (base === 8 ? '0o' : conv === 'X' ? '0X' : '0x') : '';
        out += padNumber(neg ? '-' : sign, prefix + digits, width, left, zero);
        continue;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        const x = toFloat(nativeSelf(value));
        let fc = conv;
        if (prec < 0) prec = 6;
        if ((conv === 'f' || conv === 'F') && fixedTooWide(x, prec, x < 0 || sign !== '')) {
          fc = conv === 'f' ? 'g' : 'G';
          prec++;
        }
        let body = formatFloat(x, fc as FloatFormatType, prec, alt);
        let s = sign;
        if (body.charCodeAt(0) === 45) {
          s = '-';
          body = body.slice(1);
        }
        out += padNumber(s, body, width, left, zero); // CPython and MicroPython zero-pad inf/nan too
        continue;
      }
      default:
        badChar(conv, i - 1);
    }
  }
  if (argi < vals.length && dict === null) raiseTypeError("format string didn't convert all arguments");
  return out;
}

function bytesKey(key: string): Obj {
  // b'%(k)s' % {b'k': ...}: the key is bytes
  return new PyBytes(bytesFromBin(key));
}

function badChar(c: string, at: number): never {
  return raiseValueError(`unsupported format character '${c}' (0x${c.charCodeAt(0).toString(16)}) at index ${at}`);
}

/** An int for %d/%x/%o: int or bool, or a user object's __int__ (MicroPython mp_obj_get_int). */
function intArgOf(o: Obj): number | bigint {
  if (typeof o === 'object') {
    const t = (o as PyObject).type;
    if (t.unaryOp !== null && !(o instanceof PyFloat)) {
      const r = t.unaryOp(UnaryOp.INT_MAYBE, o);
      if (typeof r === 'number' || typeof r === 'bigint' || typeof r === 'boolean') return toInt(r);
    }
  }
  return toInt(o);
}

function starArg(o: Obj): number {
  const v = toInt(nativeSelf(o));
  if (typeof v === 'bigint') return raiseOverflowError('overflow converting long int to machine word');
  return v;
}

function charArg(o: Obj, bytes: boolean): string {
  const v = nativeSelf(o);
  if (typeof v === 'string') {
    if (cpLen(v) !== 1) raiseTypeError('%c needs int or char');
    return bytes ? utf8Bin(v) : v;
  }
  if (typeof v === 'number' || typeof v === 'boolean') {
    const c = typeof v === 'boolean' ? (v ? 1 : 0) : v;
    if (c < 0 || c > (bytes ? 255 : 0x10ffff)) raiseOverflowError(bytes ? '%c arg not in range(256)' : '%c arg not in range(0x110000)');
    return bytes ? String.fromCharCode(c) : String.fromCodePoint(c);
  }
  if (bytes) {
    const b = getBuffer(v);
    if (b !== null && b.length === 1) return String.fromCharCode(b[0]);
  }
  if (v instanceof PyFloat) return raiseTypeError('integer needed');
  return raiseTypeError('%c needs int or char');
}

function padPlain(text: string, width: number, left: boolean): string {
  const len = cpLen(text);
  if (width <= len) return text;
  return left ? text + ' '.repeat(width - len) : ' '.repeat(width - len) + text;
}

function padNumber(sign: string, body: string, width: number, left: boolean, zero: boolean): string {
  const len = sign.length + body.length;
  if (width <= len) return sign + body;
  if (left) return sign + body + ' '.repeat(width - len);
  if (zero) {
    // zeros go after the sign and any 0x/0o prefix
    const pre = body.length > 1 && body[0] === '0' && /[xXo]/.test(body[1]) ? 2 : 0;
    return sign + body.slice(0, pre) + '0'.repeat(width - len) + body.slice(pre);
  }
  return ' '.repeat(width - len) + sign + body;
}

/** str % args. */
export function strModFormat(fmt: string, args: Obj): string {
  return modFormat(fmt, args, false);
}

/** bytes % args, on binary strings (one char per byte). */
export function bytesModFormat(fmt: string, args: Obj): string {
  return modFormat(fmt, args, true);
}

