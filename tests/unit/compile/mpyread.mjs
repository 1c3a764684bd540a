// A reader for .mpy files (version 6), enough to turn mpy-cross output into a CompiledModule-shaped
// object for the disassembler (see MicroPython py/persistentcode.c for the format).
import { newFloat } from '../../../dist/py/objfloat.js';
import { PyBytes } from '../../../dist/py/objbytes.js';
import { PyComplex } from '../../../dist/py/objcomplex.js';
import { newTuple } from '../../../dist/py/objtuple.js';
import { None, Ellipsis } from '../../../dist/py/obj.js';

export function readMpy(buf, staticQstrs) {
  let p = 0;
  const u8 = () => buf[p++];
  const uint = () => {
    let v = 0;
    let b;
    do {
      b = buf[p++];
      v = v * 128 + (b & 0x7f);
    } while (b & 0x80);
    return v;
  };
  const dec = new TextDecoder();
  if (u8() !== 0x4d) throw new Error('not an .mpy file');
  const version = u8();
  const flags = u8();
  const smallIntBits = u8();
  if (version !== 6) throw new Error('unsupported .mpy version ' + version);
  if (flags & 0x40) uint(); // arch flags
  const nQstr = uint();
  const nObj = uint();
  const qstrs = [];
  for (let i = 0; i < nQstr; i++) {
    const ln = uint();
    if (ln & 1) {
      qstrs.push(staticQstrs[(ln >> 1) - 1]);
    } else {
      qstrs.push(dec.decode(buf.subarray(p, p + (ln >> 1))));
      p += (ln >> 1) + 1;
    }
  }
  const readObj = () => {
    const t = u8();
    switch (t) {
      case 1: return None;
      case 2: return false;
      case 3: return true;
      case 4: return Ellipsis;
      case 5: case 6: {
        const n = uint();
        const data = buf.slice(p, p + n);
        p += n + 1;
        return t === 5 ? dec.decode(data) : new PyBytes(data);
      }
      case 10: {
        const n = uint();
        const items = [];
        for (let i = 0; i < n; i++) items.push(readObj());
        return newTuple(items);
      }
      default: {
        const n = uint();
        const s = dec.decode(buf.subarray(p, p + n));
        p += n;
        if (t === 7) {
          const b = BigInt(s);
          return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
        }
        const num = (x) => (x === 'inf' ? Infinity : x === '-inf' ? -Infinity : x === 'nan' || x === '-nan' ? NaN : Number(x));
        if (t === 8) return newFloat(num(s));
        // complex: repr like 2j or (1+2j)
        return new PyComplex(0, num(s.replace(/j$/, '')));
      }
    }
  };
  const consts = [];
  for (let i = 0; i < nObj; i++) consts.push(readObj());
  const readRc = () => {
    const h = uint();
    const len = h >> 3;
    const hasChildren = (h >> 2) & 1;
    const code = buf.slice(p, p + len);
    p += len;
    const children = [];
    if (hasChildren) {
      const n = uint();
      for (let i = 0; i < n; i++) children.push(readRc());
    }
    return { kind: 2, code, children, isGenerator: false, decoded: null };
  };
  const rc = readRc();
  return { rc, qstrs, consts, sourceFile: qstrs[0], smallIntBits };
}
