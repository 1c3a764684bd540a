// The methods str, bytes and bytearray share (MicroPython py/objstr.c: str_find, str_split, str_strip...).
//
// Each method is written once over JS strings. A StrKind says how self and the arguments become
// strings and how a result string becomes a value: str uses the string itself; bytes and bytearray
// use a "binary string" (one char per byte, 0..255), so the same code serves all three and indices
// are byte offsets there. For str, indices are code points: the fast path (no surrogates) is plain
// UTF-16 offsets; astral text converts with cpOffset/offsetToCp.
import { type Obj, type KwArgs, PyType, None } from './obj.js';
import { raiseTypeError, raiseValueError } from './objexcept.js';
import { PyBuiltin } from './objfun.js';
import { typeName, getIter, iterNext, isTrue, toInt } from './runtime.js';
import { PyList } from './objlist.js';
import { PyTuple } from './objtuple.js';
import { PyReversed, reversed_type } from './objreversed.js';

/** How a str-like type maps to and from JS strings, for the shared methods. */
export interface StrKind {
  /** true for bytes/bytearray: indices are byte offsets and case/space rules are ASCII. */
  readonly bytes: boolean;
  readonly name: string;
  /** self of a method, as a string. */
  self(o: Obj): string;
  /** an argument of the same kind (TypeError otherwise). */
  arg(o: Obj): string;
  /** a result string as a value of this kind. */
  wrap(s: string): Obj;
  isSpace(c: number): boolean;
  /** Whether o is an immutable exact instance that strip() may return unchanged (bytes). */
  same?(o: Obj): boolean;
}

/**
 * The built-in value inside an instance of a user subclass of str/int (objtype's PyInstance keeps it
 * in `native`). Duck-typed so these low-level files need not import objtype, which loads the VM.
 */
export function nativeSelf(o: Obj): Obj {
  if (typeof o !== 'object') return o;
  const n = (o as { native?: Obj }).native;
  return n === undefined ? o : n;
}

// ---- code points ----

// A regex finds no surrogate in a one-byte (Latin-1) string without scanning it, and scans a
// two-byte one in compiled code: 0.011 µs for a 45-char line against 0.10 µs for a charCodeAt loop.
const SURROGATE = /[\ud800-\udfff]/;
const HIGH_SURROGATE = /[\ud800-\udbff]/;

/** Whether s holds a UTF-16 surrogate unit (code point indexing then differs from unit indexing). */
export function hasSurr(s: string): boolean {
  return SURROGATE.test(s);
}

/** Length in code points. */
export function cpLen(s: string): number {
  const first = s.search(HIGH_SURROGATE);
  if (first < 0) return s.length;
  let n = s.length;
  for (let i = first; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** UTF-16 offset of code point index cp (0 <= cp <= cpLen(s)). */
export function cpOffset(s: string, cp: number): number {
  let off = 0;
  for (let k = 0; k < cp && off < s.length; k++) {
    const c = s.charCodeAt(off);
    if (c >= 0xd800 && c <= 0xdbff && off + 1 < s.length) {
      const d = s.charCodeAt(off + 1);
      off += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    } else off++;
  }
  return off;
}

/** Code point index of UTF-16 offset off. */
export function offsetToCp(s: string, off: number): number {
  let n = off;
  for (let i = 0; i + 1 < off; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

// ---- argument helpers ----

function intArg(o: Obj): number {
  if (typeof o === 'number') return o;
  const v = toInt(o);
  if (typeof v === 'bigint') return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return v;
}

/**
 * The [start, end) range of a method's optional start/end arguments, as UTF-16 offsets, or null
 * when start lies beyond the end of s (CPython then finds nothing, not even '').
 */
function span(s: string, surr: boolean, startObj: Obj | undefined, endObj: Obj | undefined): [number, number] | null {
  const n = surr ? cpLen(s) : s.length;
  let start = 0;
  let end = n;
  if (startObj !== undefined && startObj !== None) {
    start = intArg(startObj);
    if (start < 0) {
      start += n;
      if (start < 0) start = 0;
    }
  }
  if (endObj !== undefined && endObj !== None) {
    end = intArg(endObj);
    if (end < 0) {
      end += n;
      if (end < 0) end = 0;
    } else if (end > n) end = n;
  }
  if (start > n) return null;
  if (!surr) return [start, end];
  return [cpOffset(s, start), end < start ? cpOffset(s, start) - 1 : cpOffset(s, end)];
}

function arity(args: Obj[], min: number, max: number): void {
  const n = args.length;
  if (n < min || n > max) {
    if (min === max) raiseTypeError(`function takes ${min} positional arguments but ${n} were given`);
    if (n < min) raiseTypeError(`function missing ${min - n} required positional arguments`);
    raiseTypeError(`function expected at most ${max} arguments, got ${n}`);
  }
}

// ---- searching ----

/** The needle of find/index/count: bytes and bytearray also take a byte value (an int). */
function needleArg(k: StrKind, o: Obj): string {
  if (k.bytes && (typeof o === 'number' || typeof o === 'bigint')) {
    if (o < 0 || o > 255) raiseValueError('bytes value out of range');
    return String.fromCharCode(Number(o));
  }
  return k.arg(o);
}

/** find/rfind/index/rindex: an index (code points for str), or -1. */
function findIndex(k: StrKind, args: Obj[], reverse: boolean): number {
  const s = k.self(args[0]);
  const sub = needleArg(k, args[1]);
  if (args.length === 2) {
    // the whole string: only a found offset needs converting to code points
    const r = reverse ? s.lastIndexOf(sub) : s.indexOf(sub);
    return r > 0 && !k.bytes && hasSurr(s) ? offsetToCp(s, r) : r;
  }
  const surr = !k.bytes && hasSurr(s);
  const sp = span(s, surr, args[2], args[3]);
  if (sp === null) return -1;
  const [st, en] = sp;
  if (en - st < sub.length) return -1;
  const r = reverse ? s.lastIndexOf(sub, en - sub.length) : s.indexOf(sub, st);
  if (r < 0 || r < st || r + sub.length > en) return -1;
  return surr ? offsetToCp(s, r) : r;
}

function countImpl(k: StrKind, args: Obj[]): number {
  const s = k.self(args[0]);
  const sub = needleArg(k, args[1]);
  if (args.length === 2 && sub.length > 0) {
    let n = 0;
    for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length)) n++;
    return n;
  }
  const surr = !k.bytes && hasSurr(s);
  const sp = span(s, surr, args[2], args[3]);
  if (sp === null) return 0;
  const [st, en] = sp;
  if (en < st) return 0;
  if (sub.length === 0) return (surr ? cpLen(s.slice(st, en)) : en - st) + 1;
  let n = 0;
  for (let i = s.indexOf(sub, st); i >= 0 && i + sub.length <= en; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}

function startsEnds(k: StrKind, args: Obj[], ends: boolean): boolean {
  const s = k.self(args[0]);
  if (args.length === 2 && typeof args[1] === 'string' && !k.bytes) return ends ? s.endsWith(args[1]) : s.startsWith(args[1]);
  const surr = !k.bytes && hasSurr(s);
  const sp = span(s, surr, args[2], args[3]);
  if (sp === null) return false;
  const [st, en] = sp;
  const test = (p: string): boolean => {
    if (en - st < p.length) return false;
    return ends ? s.startsWith(p, en - p.length) : s.startsWith(p, st);
  };
  const pre = args[1];
  if (pre instanceof PyTuple) {
    for (const p of pre.items) if (test(k.arg(p))) return true;
    return false;
  }
  return test(k.arg(pre));
}

// ---- splitting ----

/** k.isSpace(s[i]), without the call for the printable ASCII that no kind counts as space. */
function spaceAt(k: StrKind, s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c > 32 && c < 127 ? false : k.isSpace(c);
}

function splitArgs(args: Obj[], kw: KwArgs): [Obj, number] {
  arity(args, 1, 3);
  let sep: Obj = args.length > 1 ? args[1] : None;
  let maxObj: Obj | undefined = args[2];
  if (kw !== null) {
    for (const [key, v] of kw) {
      if (key === 'sep') sep = v;
      else if (key === 'maxsplit') maxObj = v;
      else raiseTypeError(`unexpected keyword argument '${key}'`);
    }
  }
  return [sep, maxObj === undefined ? -1 : intArg(maxObj)];
}

function splitImpl(k: StrKind, args: Obj[], kw: KwArgs): Obj {
  const [sepObj, max] = splitArgs(args, kw);
  const s = k.self(args[0]);
  const out: Obj[] = [];
  const n = s.length;
  if (sepObj === None) {
    let i = 0;
    let splits = 0;
    for (;;) {
      while (i < n && spaceAt(k, s, i)) i++;
      if (i >= n) break;
      if (max >= 0 && splits >= max) {
        out.push(k.wrap(s.slice(i))); // the rest keeps its trailing whitespace, as CPython
        break;
      }
      const start = i;
      while (i < n && !spaceAt(k, s, i)) i++;
      out.push(k.wrap(s.slice(start, i)));
      splits++;
    }
    return new PyList(out);
  }
  const sep = k.arg(sepObj);
  if (sep.length === 0) raiseValueError('empty separator');
  let i = 0;
  let splits = 0;
  for (;;) {
    const j = max >= 0 && splits >= max ? -1 : s.indexOf(sep, i);
    if (j < 0) {
      out.push(k.wrap(s.slice(i)));
      break;
    }
    out.push(k.wrap(s.slice(i, j)));
    i = j + sep.length;
    splits++;
  }
  return new PyList(out);
}

function rsplitImpl(k: StrKind, args: Obj[], kw: KwArgs): Obj {
  const [sepObj, max] = splitArgs(args, kw);
  if (max < 0) return splitImpl(k, args, kw);
  const s = k.self(args[0]);
  const out: Obj[] = [];
  if (sepObj === None) {
    let i = s.length;
    let splits = 0;
    for (;;) {
      while (i > 0 && k.isSpace(s.charCodeAt(i - 1))) i--;
      if (i <= 0) break;
      if (splits >= max) {
        out.push(k.wrap(s.slice(0, i)));
        break;
      }
      const end = i;
      while (i > 0 && !k.isSpace(s.charCodeAt(i - 1))) i--;
      out.push(k.wrap(s.slice(i, end)));
      splits++;
    }
    out.reverse();
    return new PyList(out);
  }
  const sep = k.arg(sepObj);
  if (sep.length === 0) raiseValueError('empty separator');
  let end = s.length;
  let splits = 0;
  for (;;) {
    const j = splits >= max || end < sep.length ? -1 : s.lastIndexOf(sep, end - sep.length);
    if (j < 0) {
      out.push(k.wrap(s.slice(0, end)));
      break;
    }
    out.push(k.wrap(s.slice(j + sep.length, end)));
    end = j;
    splits++;
  }
  out.reverse();
  return new PyList(out);
}

/** Line boundaries of str.splitlines (CPython); bytes use only \n and \r. */
function isLineBreak(c: number, bytes: boolean): boolean {
  if (c === 10 || c === 13) return true;
  if (bytes) return false;
  return c === 11 || c === 12 || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

function splitlinesImpl(k: StrKind, args: Obj[], kw: KwArgs): Obj {
  arity(args, 1, 2);
  let keep: Obj = args.length > 1 ? args[1] : false;
  if (kw !== null) {
    for (const [key, v] of kw) {
      if (key === 'keepends') keep = v;
      else raiseTypeError(`unexpected keyword argument '${key}'`);
    }
  }
  const keepends = isTrue(keep);
  const s = k.self(args[0]);
  const out: Obj[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && !isLineBreak(s.charCodeAt(j), k.bytes)) j++;
    let eol = j;
    if (j < n) {
      eol = j + (s.charCodeAt(j) === 13 && j + 1 < n && s.charCodeAt(j + 1) === 10 ? 2 : 1);
    }
    out.push(k.wrap(s.slice(i, keepends ? eol : j)));
    i = eol;
  }
  return new PyList(out);
}

function partitionImpl(k: StrKind, args: Obj[], reverse: boolean): Obj {
  const s = k.self(args[0]);
  const sep = k.arg(args[1]);
  if (sep.length === 0) raiseValueError('empty separator');
  const i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
  if (i < 0) {
    const e = k.wrap('');
    return reverse ? new PyTuple([e, e, k.wrap(s)]) : new PyTuple([k.wrap(s), e, e]);
  }
  return new PyTuple([k.wrap(s.slice(0, i)), k.wrap(sep), k.wrap(s.slice(i + sep.length))]);
}

function joinImpl(k: StrKind, args: Obj[]): Obj {
  const sep = k.self(args[0]);
  const seq = args[1];
  const items = seq instanceof PyList || seq instanceof PyTuple ? seq.items : null;
  if (!k.bytes) {
    if (items !== null) {
      const r = joinStrs(items, sep);
      if (r !== undefined) return r;
    } else if (seq instanceof PyReversed && typeof seq.seq === 'string' && seq.type === reversed_type) {
      return joinReversed(seq, sep);
    }
  }
  const parts: string[] = [];
  const conv = (x: Obj): string => {
    if (k.bytes) {
      if (typeof x === 'string') return joinError();
    } else if (typeof x === 'string') return x;
    try {
      return k.arg(x);
    } catch {
      return joinError();
    }
  };
  if (items !== null) {
    for (let i = 0; i < items.length; i++) parts.push(conv(items[i]));
  } else {
    const it = getIter(seq);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) parts.push(conv(x));
  }
  return k.wrap(parts.join(sep));
}

/**
 * sep.join(items) when every item is a str (else undefined). Concatenation leaves a rope that the
 * next search flattens once; for the 8 words of a line it beats Array.join (0.18 against 0.29 µs).
 */
function joinStrs(items: readonly Obj[], sep: string): string | undefined {
  const n = items.length;
  for (let i = 0; i < n; i++) if (typeof items[i] !== 'string') return undefined;
  if (n > 32) return (items as string[]).join(sep);
  if (n === 0) return '';
  let out = items[0] as string;
  if (sep.length === 0) for (let i = 1; i < n; i++) out += items[i] as string;
  else for (let i = 1; i < n; i++) out += sep + (items[i] as string);
  return out;
}

/** sep.join(reversed(s)) for a str s, from the iterator's position (a code point count), which it exhausts. */
function joinReversed(r: PyReversed, sep: string): string {
  const s = r.seq as string;
  const n = r.i > 0 ? r.i : 0;
  r.i = 0;
  if (hasSurr(s)) return Array.from(s).slice(0, n).reverse().join(sep);
  if (n === 0) return '';
  if (sep.length === 0) return reverseUnits(s, n);
  let out = s[n - 1];
  for (let j = n - 2; j >= 0; j--) out += sep + s[j];
  return out;
}

/**
 * The first n UTF-16 units of s in reverse order. String.fromCharCode over the units makes a flat
 * string: 0.14 µs for a 48-char line, where appending char by char leaves a rope whose flattening
 * by the next search brings it to 0.34 µs.
 */
function reverseUnits(s: string, n: number): string {
  let out = '';
  for (let end = n; end > 0; end -= 4096) {
    const m = end < 4096 ? end : 4096; // bounded so apply() stays far from the argument limit
    const codes = new Array<number>(m);
    for (let j = 0; j < m; j++) codes[j] = s.charCodeAt(end - 1 - j);
    out += String.fromCharCode.apply(null, codes);
  }
  return out;
}

function joinError(): never {
  return raiseTypeError('join expects a list of str/bytes objects consistent with self object');
}

// ---- stripping, replacing, case ----

function stripImpl(k: StrKind, args: Obj[], left: boolean, right: boolean): Obj {
  const s = k.self(args[0]);
  const charsObj = args.length > 1 ? args[1] : None;
  let i = 0;
  let j = s.length;
  if (charsObj === None) {
    if (left) while (i < j && k.isSpace(s.charCodeAt(i))) i++;
    if (right) while (j > i && k.isSpace(s.charCodeAt(j - 1))) j--;
  } else {
    const chars = k.arg(charsObj);
    if (!k.bytes && (hasSurr(chars) || hasSurr(s))) {
      const set = new Set(Array.from(chars));
      const cps = Array.from(s);
      let a = 0;
      let b = cps.length;
      if (left) while (a < b && set.has(cps[a])) a++;
      if (right) while (b > a && set.has(cps[b - 1])) b--;
      return k.wrap(cps.slice(a, b).join(''));
    }
    if (left) while (i < j && chars.indexOf(s[i]) >= 0) i++;
    if (right) while (j > i && chars.indexOf(s[j - 1]) >= 0) j--;
  }
  if (i === 0 && j === s.length && (k.bytes ? k.same !== undefined && k.same(args[0]) : typeof args[0] === 'string')) return args[0];
  return k.wrap(s.slice(i, j));
}

function replaceImpl(k: StrKind, args: Obj[]): Obj {
  const s = k.self(args[0]);
  const old = k.arg(args[1]);
  const rep = k.arg(args[2]);
  let count = args.length > 3 ? intArg(args[3]) : -1;
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  if (count === 0) return k.wrap(s);
  if (old.length === 0) {
    // insert rep before every code point and at the end, count times at most
    const cps = !k.bytes && hasSurr(s) ? Array.from(s) : null;
    const n = cps !== null ? cps.length : s.length;
    let out = '';
    let done = 0;
    for (let i = 0; i < n; i++) {
      if (done < count) {
        out += rep;
        done++;
      }
      out += cps !== null ? cps[i] : s[i];
    }
    if (done < count) out += rep;
    return k.wrap(out);
  }
  // an indexOf loop: 0.19 µs for a line where s.split(old).join(rep) takes 0.70 µs
  let j = s.indexOf(old);
  if (j < 0) return k.wrap(s);
  let out = '';
  let i = 0;
  for (let done = 0; done < count && j >= 0; done++) {
    out += s.slice(i, j);
    out += rep;
    i = j + old.length;
    j = s.indexOf(old, i);
  }
  out += s.slice(i);
  return k.wrap(out);
}

function asciiCase(s: string, upper: boolean): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (upper ? c >= 97 && c <= 122 : c >= 65 && c <= 90) out += String.fromCharCode(c ^ 32);
    else out += s[i];
  }
  return out;
}

const RE_ALPHA = /^[\p{L}]+$/u;
const RE_DIGIT = /^[\p{Nd}\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792]+$/u;
const RE_LOWER_OR_TITLE = /[\p{Ll}\p{Lt}]/u;
const RE_UPPER_OR_TITLE = /[\p{Lu}\p{Lt}]/u;
const RE_CASED = /[\p{Lu}\p{Ll}\p{Lt}]/u;

function isClass(k: StrKind, s: string, which: number): boolean {
  if (s.length === 0) return false;
  if (k.bytes || /^[\x00-\x7f]*$/.test(s)) {
    let cased = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      const up = c >= 65 && c <= 90;
      const lo = c >= 97 && c <= 122;
      switch (which) {
        case 0: // isspace
          if (!k.isSpace(c)) return false;
          break;
        case 1: // isalpha
          if (!up && !lo) return false;
          break;
        case 2: // isdigit
          if (c < 48 || c > 57) return false;
          break;
        case 3: // isupper
          if (lo) return false;
          if (up) cased = true;
          break;
        case 4: // islower
          if (up) return false;
          if (lo) cased = true;
          break;
      }
    }
    return which >= 3 ? cased : true;
  }
  switch (which) {
    case 0:
      for (let i = 0; i < s.length; i++) if (!k.isSpace(s.charCodeAt(i))) return false;
      return true;
    case 1:
      return RE_ALPHA.test(s);
    case 2:
      return RE_DIGIT.test(s);
    case 3:
      return !RE_LOWER_OR_TITLE.test(s) && RE_CASED.test(s);
    default:
      return !RE_UPPER_OR_TITLE.test(s) && RE_CASED.test(s);
  }
}

function centerImpl(k: StrKind, args: Obj[]): Obj {
  const s = k.self(args[0]);
  const width = intArg(args[1]);
  let fill = ' ';
  if (args.length > 2) {
    fill = k.arg(args[2]);
    if ((k.bytes ? fill.length : cpLen(fill)) !== 1) raiseTypeError('The fill character must be exactly one character long');
  }
  const n = k.bytes ? s.length : cpLen(s);
  if (width <= n) return k.wrap(s);
  const marg = width - n;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return k.wrap(fill.repeat(left) + s + fill.repeat(marg - left));
}

// ---- registration ----

/** A method's argument checks: no keywords, then the positional count (self included). */
function check(args: Obj[], kw: KwArgs, min: number, max: number): void {
  if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
  if (args.length < min || args.length > max) arity(args, min, max);
}

/** Put the shared methods on a type's locals, specialised for its kind. */
export function addStrMethods(type: PyType, k: StrKind): void {
  // One function literal per method rather than one shared wrapper calling fn: V8 keeps call
  // feedback per literal, so each method's call into its implementation stays monomorphic (the
  // shared wrapper alone took 4% of bench/programs/strings.py's profile).
  const def = (name: string, fn: (args: Obj[], kw: KwArgs) => Obj): void => {
    type.locals.set(name, new PyBuiltin(name, fn));
  };
  def('find', (a, kw) => {
    check(a, kw, 2, 4);
    return findIndex(k, a, false);
  });
  def('rfind', (a, kw) => {
    check(a, kw, 2, 4);
    return findIndex(k, a, true);
  });
  def('index', (a, kw) => {
    check(a, kw, 2, 4);
    const r = findIndex(k, a, false);
    return r < 0 ? raiseValueError('substring not found') : r;
  });
  def('rindex', (a, kw) => {
    check(a, kw, 2, 4);
    const r = findIndex(k, a, true);
    return r < 0 ? raiseValueError('substring not found') : r;
  });
  def('count', (a, kw) => {
    check(a, kw, 2, 4);
    return countImpl(k, a);
  });
  def('startswith', (a, kw) => {
    check(a, kw, 2, 4);
    return startsEnds(k, a, false);
  });
  def('endswith', (a, kw) => {
    check(a, kw, 2, 4);
    return startsEnds(k, a, true);
  });
  def('split', (a, kw) => {
    if (a.length < 1 || a.length > 3) arity(a, 1, 3);
    return splitImpl(k, a, kw);
  });
  def('rsplit', (a, kw) => {
    if (a.length < 1 || a.length > 3) arity(a, 1, 3);
    return rsplitImpl(k, a, kw);
  });
  def('splitlines', (a, kw) => {
    if (a.length < 1 || a.length > 2) arity(a, 1, 2);
    return splitlinesImpl(k, a, kw);
  });
  def('partition', (a, kw) => {
    check(a, kw, 2, 2);
    return partitionImpl(k, a, false);
  });
  def('rpartition', (a, kw) => {
    check(a, kw, 2, 2);
    return partitionImpl(k, a, true);
  });
  def('join', (a, kw) => {
    check(a, kw, 2, 2);
    return joinImpl(k, a);
  });
  def('strip', (a, kw) => {
    check(a, kw, 1, 2);
    return stripImpl(k, a, true, true);
  });
  def('lstrip', (a, kw) => {
    check(a, kw, 1, 2);
    return stripImpl(k, a, true, false);
  });
  def('rstrip', (a, kw) => {
    check(a, kw, 1, 2);
    return stripImpl(k, a, false, true);
  });
  def('replace', (a, kw) => {
    check(a, kw, 3, 4);
    return replaceImpl(k, a);
  });
  def('upper', (a, kw) => {
    check(a, kw, 1, 1);
    const s = k.self(a[0]);
    return k.wrap(k.bytes ? asciiCase(s, true) : s.toUpperCase());
  });
  def('lower', (a, kw) => {
    check(a, kw, 1, 1);
    const s = k.self(a[0]);
    return k.wrap(k.bytes ? asciiCase(s, false) : s.toLowerCase());
  });
  def('isspace', (a, kw) => {
    check(a, kw, 1, 1);
    return isClass(k, k.self(a[0]), 0);
  });
  def('isalpha', (a, kw) => {
    check(a, kw, 1, 1);
    return isClass(k, k.self(a[0]), 1);
  });
  def('isdigit', (a, kw) => {
    check(a, kw, 1, 1);
    return isClass(k, k.self(a[0]), 2);
  });
  def('isupper', (a, kw) => {
    check(a, kw, 1, 1);
    return isClass(k, k.self(a[0]), 3);
  });
  def('islower', (a, kw) => {
    check(a, kw, 1, 1);
    return isClass(k, k.self(a[0]), 4);
  });
  def('center', (a, kw) => {
    check(a, kw, 2, 3);
    return centerImpl(k, a);
  });
}

/** The type name for messages about a kind's arguments. */
export function kindArgError(k: StrKind, o: Obj): never {
  return raiseTypeError(`can't convert '${typeName(o)}' object to ${k.name} implicitly`);
}
