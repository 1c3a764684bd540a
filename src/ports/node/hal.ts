// The Node port's HAL: stdout/stderr, stdin lines, the file system and time, for the core (src/py/mphal.ts).
import * as fs from 'node:fs';
import type * as V8 from 'node:v8';
import type { Hal } from '../../py/mphal.js';
import { nodeBuiltin } from './builtin.js';

// stdout is buffered and flushed with writeSync: print() in a loop costs one syscall per 16 KB, not per line,
// and output stays ordered with stderr (flushed before every stderr write) and complete at exit.
let outBuf: string[] = [];
let outLen = 0;
const FLUSH_AT = 16384;

function writeAll(fd: number, s: string): void {
  const data = Buffer.from(s, 'utf8');
  let off = 0;
  while (off < data.length) {
    try {
      off += fs.writeSync(fd, data, off, data.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue; // a non-blocking pipe is full: retry
      if (code === 'EPIPE') return; // reader went away: drop output, as a C program would on SIGPIPE
      throw e;
    }
  }
}

export function flushStdout(): void {
  if (outLen === 0) return;
  const s = outBuf.join('');
  outBuf = [];
  outLen = 0;
  writeAll(1, s);
}

function stdout(s: string): void {
  outBuf.push(s);
  outLen += s.length;
  if (outLen >= FLUSH_AT) flushStdout();
}

function stderr(s: string): void {
  flushStdout();
  writeAll(2, s);
}

// stdin is read synchronously byte-wise into a buffer; lines are cut from it.
let inBuf = Buffer.alloc(0);
let inEof = false;

function fillStdin(): boolean {
  if (inEof) return false;
  const chunk = Buffer.alloc(65536);
  let n = 0;
  for (;;) {
    try {
      n = fs.readSync(0, chunk, 0, chunk.length, null);
      break;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (code === 'EOF') break;
      inEof = true;
      return false;
    }
  }
  if (n === 0) {
    inEof = true;
    return false;
  }
  inBuf = Buffer.concat([inBuf, chunk.subarray(0, n)]);
  return true;
}

function readLine(prompt: string): string | null {
  if (prompt) stdout(prompt);
  flushStdout();
  for (;;) {
    const nl = inBuf.indexOf(10);
    if (nl >= 0) {
      const line = inBuf.subarray(0, nl).toString('utf8');
      inBuf = inBuf.subarray(nl + 1);
      return line.endsWith('\r') ? line.slice(0, -1) : line;
    }
    if (!fillStdin()) {
      if (inBuf.length === 0) return null;
      const line = inBuf.toString('utf8');
      inBuf = Buffer.alloc(0);
      return line;
    }
  }
}

/** All of stdin (for a piped script). */
export function readAllStdin(): string {
  while (fillStdin());
  const s = inBuf.toString('utf8');
  inBuf = Buffer.alloc(0);
  return s;
}

function readFile(path: string): Uint8Array | null {
  try {
    return fs.readFileSync(path);
  } catch {
    return null;
  }
}

function stat(path: string): 'file' | 'dir' | null {
  try {
    const st = fs.statSync(path);
    return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : null;
  } catch {
    return null;
  }
}

// process.hrtime rather than performance.now(): the `performance` global loads node:perf_hooks on
// first use (~0.5 ms at startup)
const start = process.hrtime();

function ticksMs(): number {
  const t = process.hrtime(start);
  return t[0] * 1000 + Math.floor(t[1] / 1e6);
}

let v8: typeof V8 | null = null;

function heapStatistics(): V8.HeapInfo {
  return (v8 ??= nodeBuiltin<typeof V8>('node:v8')).getHeapStatistics();
}

export const nodeHal: Hal = {
  stdout,
  stderr,
  readLine,
  readFile,
  stat,
  ticksMs,
  // v8's heap statistics cost ~1 µs (process.memoryUsage() ~20 µs: it also reads the RSS)
  memoryUsed: () => heapStatistics().used_heap_size,
  // V8 aborts the process (uncatchably) at its heap limit: stop at 80% of it with MemoryError
  memoryLimit: () => Math.floor(heapStatistics().heap_size_limit * 0.8),
};
