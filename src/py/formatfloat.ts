// Float to text (MicroPython py/formatfloat.c; the rules are CPython's float_repr_style 'short' and
// format_float_short, which MicroPython's unix port matches for doubles).
//
// The JS engine already gives the two hard parts: the shortest round-trip digits (String(x)) and
// exactly-rounded fixed/exponent digits (toFixed/toExponential, exact up to 100 digits). Both round a
// decimal tie away from zero where Python rounds it to even, so a possible tie (and anything beyond
// the engine's limits) is settled exactly with BigInt arithmetic on the double's binary value.

/** Sign-free shortest round-trip digits of a positive finite double: value = 0.digits × 10^point. */
interface Digits {
  digits: string; // no leading or trailing zeros ('' never happens for a non-zero value)
  exp: number; // decimal exponent of the first digit: value = d.ddd × 10^exp
}

function shortestDigits(a: number): Digits {
  const s = String(a);
  const ePos = s.indexOf('e');
  const mant = ePos >= 0 ? s.slice(0, ePos) : s;
  const e10 = ePos >= 0 ? +s.slice(ePos + 1) : 0;
  const dot = mant.indexOf('.');
  const intPart = dot >= 0 ? mant.slice(0, dot) : mant;
  let digits = dot >= 0 ? intPart + mant.slice(dot + 1) : mant;
  let point = intPart.length + e10;
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  digits = digits.slice(i);
  point -= i;
  let j = digits.length;
  while (j > 1 && digits.charCodeAt(j - 1) === 48) j--;
  digits = digits.slice(0, j);
  return { digits, exp: point - 1 };
}

function expSuffix(e: number, upper: boolean): string {
  const a = e < 0 ? -e : e;
  return (upper ? 'E' : 'e') + (e < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
}

/** Place a decimal point in a digit string: `digits` × 10^(exp - len + 1), fixed notation. */
function placePoint(digits: string, exp: number): string {
  if (exp < 0) return '0.' + '0'.repeat(-exp - 1) + digits;
  if (exp + 1 >= digits.length) return digits + '0'.repeat(exp + 1 - digits.length);
  return digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
}

/**
 * repr()/str() of a float, as Python: shortest round-trip digits, exponent form below 1e-4 and
 * from 1e16 up, and '.0' on integral values (omitted with addDot0 = false, as complex prints parts).
 */
export function floatRepr(v: number, addDot0 = true): string {
  if (v !== v) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (v === 0) return (Object.is(v, -0) ? '-0' : '0') + (addDot0 ? '.0' : '');
  const neg = v < 0;
  const { digits, exp } = shortestDigits(neg ? -v : v);
  let s: string;
  if (exp < -4 || exp >= 16) {
    s = (digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits) + expSuffix(exp, false);
  } else {
    s = placePoint(digits, exp);
    if (addDot0 && s.indexOf('.') < 0) s += '.0';
  }
  return neg ? '-' + s : s;
}

// ---- exact decimal rounding with BigInt ----

const view = new DataView(new ArrayBuffer(8));

/** A positive finite double as mant × 2^exp2 with an integer mant. */
function decompose(a: number): [bigint, number] {
  view.setFloat64(0, a);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (bexp === 0) return [frac, -1074];
  return [frac | (1n << 52n), bexp - 1075];
}

const pow10Cache: bigint[] = [];
export function bigPow10(n: number): bigint {
  if (n < 400) {
    let p = pow10Cache[n];
    if (p === undefined) pow10Cache[n] = p = 10n ** BigInt(n);
    return p;
  }
  return 10n ** BigInt(n);
}

/** round(a × 10^p) to an integer, ties to even, computed exactly (a ≥ 0 finite; p may be negative). */
export function scaledRound(a: number, p: number): bigint {
  if (a === 0) return 0n;
  const [m, e2] = decompose(a);
  let num = m;
  let den = 1n;
  if (e2 >= 0) num <<= BigInt(e2);
  else den <<= BigInt(-e2);
  if (p >= 0) num *= bigPow10(p);
  else den *= bigPow10(-p);
  const q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** The first prec+1 significant digits of a > 0, correctly rounded (ties to even), and the exponent. */
function sciDigitsExact(a: number, prec: number): Digits {
  let e = Math.floor(Math.log10(a));
  for (;;) {
    const n = scaledRound(a, prec - e);
    const s = n.toString();
    if (s.length > prec + 1) e++;
    else if (s.length < prec + 1) e--;
    else return { digits: s, exp: e };
  }
}

/** prec+1 significant digits of a > 0, finite: the engine's when no decimal tie is possible. */
function sciDigits(a: number, prec: number): Digits {
  if (prec <= 96) {
    const s = a.toExponential(prec);
    // A tie needs the exact expansion to continue as 5000...; three more digits rule it out.
    const t = a.toExponential(prec + 3);
    const ePos = t.indexOf('e');
    if (t.slice(ePos - 3, ePos) !== '500') {
      const ep = s.indexOf('e');
      const digits = prec === 0 ? s.slice(0, ep) : s[0] + s.slice(2, ep);
      return { digits, exp: +s.slice(ep + 1) };
    }
  }
  return sciDigitsExact(a, prec);
}

/** a ≥ 0 with prec digits after the point, correctly rounded (ties to even). */
function fixedBody(a: number, prec: number): string {
  if (a < 1e21 && prec <= 96) {
    const s = a.toFixed(prec);
    const t = a.toFixed(prec + 3);
    if (!t.endsWith('500')) return s;
  }
  const n = scaledRound(a, prec).toString();
  if (prec === 0) return n;
  const padded = n.length <= prec ? '0'.repeat(prec - n.length + 1) + n : n;
  return padded.slice(0, padded.length - prec) + '.' + padded.slice(padded.length - prec);
}

function stripZeros(s: string): string {
  if (s.indexOf('.') < 0) return s;
  let j = s.length;
  while (s.charCodeAt(j - 1) === 48) j--;
  if (s.charCodeAt(j - 1) === 46) j--;
  return s.slice(0, j);
}

function expBody(a: number, prec: number, alt: boolean, upper: boolean): string {
  const d = a === 0 ? { digits: '0'.repeat(prec + 1), exp: 0 } : sciDigits(a, prec);
  let s = d.digits[0];
  if (prec > 0) s += '.' + d.digits.slice(1);
  else if (alt) s += '.';
  return s + expSuffix(d.exp, upper);
}

/** 'g' (and '' with a precision, addDot0): significant-digit formatting, Python's switch to exponent. */
function generalBody(a: number, prec: number, alt: boolean, upper: boolean, addDot0: boolean): string {
  if (prec === 0) prec = 1;
  const d = a === 0 ? { digits: '0'.repeat(prec), exp: 0 } : sciDigits(a, prec - 1);
  const e = d.exp;
  let s: string;
  if (e < -4 || e >= (addDot0 ? prec - 1 : prec)) {
    s = d.digits[0];
    const rest = alt ? d.digits.slice(1) : d.digits.slice(1).replace(/0+$/, '');
    if (rest.length > 0) s += '.' + rest;
    else if (alt) s += '.';
    return s + expSuffix(e, upper);
  }
  s = placePoint(d.digits, e);
  if (alt) {
    if (s.indexOf('.') < 0) s += '.';
  } else {
    s = stripZeros(s);
  }
  if (addDot0 && s.indexOf('.') < 0) s += '.0';
  return s;
}

export type FloatFormatType = 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' | '';

/**
 * Format a float for format()/str.format()/f-strings/the % operator: the number alone, with a '-'
 * when negative (including -0.0) and no padding or '+' (the format-spec code adds those).
 * precision null means the default: 6, or repr's shortest digits for type ''.
 * alt is the '#' flag: keep trailing zeros for 'g' and always show the decimal point.
 */
export function formatFloat(v: number, type: FloatFormatType, precision: number | null, alt: boolean): string {
  const upper = type === 'E' || type === 'F' || type === 'G';
  if (v !== v || v === Infinity || v === -Infinity) {
    let s = v !== v ? 'nan' : v > 0 ? 'inf' : '-inf';
    if (upper) s = s.toUpperCase();
    return type === '%' ? s + '%' : s;
  }
  const neg = v < 0 || Object.is(v, -0);
  const a = neg ? -v : v;
  let body: string;
  switch (type) {
    case 'f':
    case 'F':
      body = fixedBody(a, precision ?? 6);
      if (alt && body.indexOf('.') < 0) body += '.';
      break;
    case '%':
      if (a * 100 === Infinity) return (neg ? '-' : '') + (upper ? 'INF%' : 'inf%');
      body = fixedBody(a * 100, precision ?? 6);
      if (alt && body.indexOf('.') < 0) body += '.';
      body += '%';
      break;
    case 'e':
    case 'E':
      body = expBody(a, precision ?? 6, alt, upper);
      break;
    case 'g':
    case 'G':
      body = generalBody(a, precision ?? 6, alt, upper, false);
      break;
    default:
      if (precision === null) {
        body = floatRepr(a);
        if (alt && body.indexOf('.') < 0) body = body.replace('e', '.e');
      } else {
        body = generalBody(a, precision, alt, false, true);
      }
  }
  return neg ? '-' + body : body;
}
