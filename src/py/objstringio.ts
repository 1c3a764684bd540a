// io.StringIO and io.BytesIO (MicroPython py/objstringio.c, with the generic stream methods of
// py/stream.c they use).
//
// As in MicroPython both keep bytes: StringIO holds UTF-8, so tell()/seek() count bytes, write()
// returns the number of bytes written and read(n) reads n characters. Seeking past the end and
// writing fills the hole with zero bytes; seek(negative) from the start is OSError(EINVAL).
// write() has MicroPython's extended forms write(buf, max_len) and write(buf, off, max_len).
// A closed stream raises ValueError('I/O operation on closed file') on read, write and getvalue.
import { type Obj, type PyObject, PyType, None } from './obj.js';
import { raiseTypeError, raiseValueError, newException, OSError } from './objexcept.js';
import { method } from './objfun.js';
import { PyBytes, newBytes, getBuffer } from './objbytes.js';
import { id, toInt, typeName } from './runtime.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const EINVAL = 22;

export class PyStringIO implements PyObject {
  type: PyType;
  /** contents in [0, len); null once closed */
  buf: Uint8Array | null;
  len: number;
  pos: number;
  readonly text: boolean;

  constructor(type: PyType, text: boolean, capacity: number) {
    this.type = type;
    this.buf = new Uint8Array(capacity);
    this.len = 0;
    this.pos = 0;
    this.text = text;
  }

  open(): Uint8Array {
    if (this.buf === null) raiseValueError('I/O operation on closed file');
    return this.buf;
  }

  /** Room for n bytes in total. */
  private reserve(n: number): Uint8Array {
    const b = this.open();
    if (n <= b.length) return b;
    let cap = b.length < 16 ? 16 : b.length * 2;
    if (cap < n) cap = n;
    const nb = new Uint8Array(cap);
    nb.set(b.subarray(0, this.len));
    this.buf = nb;
    return nb;
  }

  write(data: Uint8Array): number {
    const end = this.pos + data.length;
    const b = this.reserve(end);
    if (this.pos > this.len) b.fill(0, this.len, this.pos); // the hole left by a seek past the end
    b.set(data, this.pos);
    this.pos = end;
    if (end > this.len) this.len = end;
    return data.length;
  }

  writeStr(s: string): number {
    // ASCII: one byte per unit; otherwise at most 3 bytes per UTF-16 unit.
    const b = this.reserve(this.pos + s.length * 3);
    if (this.pos > this.len) b.fill(0, this.len, this.pos);
    const n = encoder.encodeInto(s, b.subarray(this.pos)).written;
    this.pos += n;
    if (this.pos > this.len) this.len = this.pos;
    return n;
  }

  /** Up to n bytes from the position (n < 0: all the rest). */
  readBytes(n: number): Uint8Array {
    const b = this.open();
    if (this.pos >= this.len) return new Uint8Array(0);
    const rest = this.len - this.pos;
    if (n < 0 || n > rest) n = rest;
    const out = b.slice(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** n characters of UTF-8 from the position (as many bytes as they take). */
  readChars(n: number): Uint8Array {
    const b = this.open();
    let p = this.pos;
    while (n > 0 && p < this.len) {
      const c = b[p];
      p += c < 0x80 ? 1 : (c & 0xe0) === 0xc0 ? 2 : (c & 0xf0) === 0xe0 ? 3 : (c & 0xf8) === 0xf0 ? 4 : 5;
      n--;
    }
    if (p > this.len) p = this.len;
    return this.readBytes(p - this.pos);
  }

  /** Bytes up to and including the next newline, at most max bytes (max < 0: no limit). */
  readLine(max: number): Uint8Array {
    const b = this.open();
    let end = this.pos;
    const limit = max < 0 || this.pos + max > this.len ? this.len : this.pos + max;
    while (end < limit) {
      if (b[end++] === 10) break;
    }
    return this.readBytes(end > this.pos ? end - this.pos : 0);
  }

  result(data: Uint8Array): Obj {
    return this.text ? decoder.decode(data) : newBytes(data);
  }

  seek(offset: number, whence: number): number {
    if (whence === 0 && offset < 0) throw osError(EINVAL);
    const ref = whence === 1 ? this.pos : whence === 2 ? (this.buf === null ? 0 : this.len) : 0;
    let p = ref + offset;
    if (p < 0) p = 0;
    this.pos = p;
    return p;
  }
}

function osError(errno: number) {
  const e = newException(OSError);
  e.args.push(errno);
  return e;
}

function sio(o: Obj): PyStringIO {
  if (!(o instanceof PyStringIO)) return raiseTypeError(`expected a StringIO or BytesIO, got '${typeName(o)}'`);
  return o;
}

/** The bytes of a str (UTF-8) or of a buffer-protocol object. */
function bytesOf(o: Obj): Uint8Array {
  if (typeof o === 'string') return encoder.encode(o);
  const b = getBuffer(o);
  if (b === null) return raiseTypeError('object with buffer protocol required');
  return b;
}

function makeNew(type: PyType, args: Obj[]): Obj {
  const text = type.isSubtypeOf(stringio_type);
  if (args.length === 0) return new PyStringIO(type, text, 16);
  const a = args[0];
  if (typeof a === 'number' || typeof a === 'boolean' || typeof a === 'bigint') {
    let n = Number(toInt(a));
    if (n < 0 || n > 0x1000000) n = 16; // only a capacity hint
    return new PyStringIO(type, text, n);
  }
  const data = bytesOf(a);
  const s = new PyStringIO(type, text, data.length);
  s.write(data);
  s.pos = 0;
  return s;
}

function repr(self: Obj): string {
  const s = self as PyStringIO;
  return `<io.${s.text ? 'StringIO' : 'BytesIO'} 0x${id(s).toString(16)}>`;
}

function iterNext(self: Obj): Obj | undefined {
  const s = self as PyStringIO;
  const line = s.readLine(-1);
  return line.length === 0 ? undefined : s.result(line);
}

export const stringio_type: PyType = new PyType({
  name: 'StringIO',
  baseType: true,
  makeNew: (type, args) => makeNew(type, args),
  repr,
  getIter: (self) => self,
  iterNext,
});

export const bytesio_type: PyType = new PyType({
  name: 'BytesIO',
  baseType: true,
  makeNew: (type, args) => makeNew(type, args),
  repr,
  getIter: (self) => self,
  iterNext,
  buffer: null,
});

const locals: Record<string, Obj> = {
  read: method('read', 1, 2, (a) => {
    const s = sio(a[0]);
    const n = a.length > 1 ? Number(toInt(a[1])) : -1;
    if (n < 0) return s.result(s.readBytes(-1));
    return s.result(s.text ? s.readChars(n) : s.readBytes(n));
  }),
  readinto: method('readinto', 2, 3, (a) => {
    const s = sio(a[0]);
    const b = a[1];
    if (typeof b === 'string' || b instanceof PyBytes) return raiseTypeError('object with buffer protocol required');
    const dest = getBuffer(b);
    if (dest === null) return raiseTypeError('object with buffer protocol required');
    let n = dest.length;
    if (a.length > 2) {
      const m = Number(toInt(a[2]));
      if (m >= 0 && m < n) n = m;
    }
    const data = s.readBytes(n);
    dest.set(data);
    return data.length;
  }),
  readline: method('readline', 1, 2, (a) => {
    const s = sio(a[0]);
    const n = a.length > 1 ? Number(toInt(a[1])) : -1;
    return s.result(s.readLine(n));
  }),
  write: method('write', 2, 4, (a) => {
    const s = sio(a[0]);
    const x = a[1];
    if (a.length === 2 && typeof x === 'string') {
      s.open();
      return s.writeStr(x);
    }
    let data = bytesOf(x);
    if (a.length > 2) {
      let off = 0;
      let max: number;
      if (a.length === 3) max = Number(toInt(a[2]));
      else {
        off = Number(toInt(a[2]));
        max = Number(toInt(a[3]));
        if (off > data.length) off = data.length;
      }
      data = data.subarray(off, off + (max < 0 ? data.length : max));
    }
    s.open();
    return s.write(data);
  }),
  seek: method('seek', 2, 3, (a) => {
    const s = sio(a[0]);
    const off = Number(toInt(a[1]));
    const whence = a.length > 2 ? Number(toInt(a[2])) : 0;
    return s.seek(off, whence);
  }),
  tell: method('tell', 1, 1, (a) => sio(a[0]).pos),
  flush: method('flush', 1, 1, () => None),
  close: method('close', 1, 1, (a) => {
    sio(a[0]).buf = null;
    return None;
  }),
  getvalue: method('getvalue', 1, 1, (a) => {
    const s = sio(a[0]);
    return s.result(s.open().slice(0, s.len));
  }),
  __enter__: method('__enter__', 1, 1, (a) => a[0]),
  __exit__: method('__exit__', 4, 4, (a) => {
    sio(a[0]).buf = null;
    return None;
  }),
};

for (const k of Object.keys(locals)) {
  stringio_type.locals.set(k, locals[k]);
  bytesio_type.locals.set(k, locals[k]);
}
