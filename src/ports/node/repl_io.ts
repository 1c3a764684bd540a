// Terminal I/O for the Node REPL (ports/unix/unix_mphal.c: raw mode, mp_hal_stdin_rx_chr,
// mp_hal_stdout_tx_strn, the SIGINT interrupt). A worker thread (repl_worker.ts) reads stdin into a
// SharedArrayBuffer ring; the interpreter, on the main thread, takes bytes from it synchronously, and
// while Python code runs the worker turns Ctrl-C into a flag that the VM sees at its next check.
import * as fs from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { nodeBuiltin } from './builtin.js';

/** Slots of the shared control array. */
export const enum CTL {
  HEAD = 0, // bytes written by the reader (a wrapping counter)
  TAIL = 1, // bytes taken by the interpreter
  EOF = 2, // stdin ended
  EXEC = 3, // Python code is running: Ctrl-C interrupts
  INTR = 4, // a Ctrl-C arrived while running
  SIZE = 8,
}

export const RING_SIZE = 1 << 16;

export class TerminalIO {
  readonly ctl: Int32Array;
  readonly ring: Uint8Array;
  private worker: Worker | null = null;
  private rawMode = false;
  readonly isTTY: boolean;

  constructor() {
    this.ctl = new Int32Array(new SharedArrayBuffer(CTL.SIZE * 4));
    const ringBuf = new SharedArrayBuffer(RING_SIZE);
    this.ring = new Uint8Array(ringBuf);
    this.isTTY = !!process.stdin.isTTY;
    // Node's stdin handle: for a terminal, libuv's non-blocking reopen of it; for a pipe, fd 0 made
    // non-blocking; for a file, fd 0 (never blocks).
    const handleFd = (process.stdin as unknown as { _handle?: { fd?: number } })._handle?.fd;
    const fd = typeof handleFd === 'number' && handleFd >= 0 ? handleFd : 0;
    const { Worker } = nodeBuiltin<typeof import('node:worker_threads')>('node:worker_threads');
    this.worker = new Worker(new URL('./repl_worker.js', import.meta.url), {
      workerData: { ctlBuf: this.ctl.buffer, ringBuf, echoCtrlC: this.isTTY, fd },
      stdout: false,
      stderr: false,
    });
    this.worker.unref();
  }

  /** mp_hal_stdio_mode_raw: no echo, no line editing, Ctrl-C as a byte (output processing kept). */
  setRaw(on: boolean): void {
    if (!this.isTTY || on === this.rawMode) return;
    try {
      process.stdin.setRawMode(on);
      this.rawMode = on;
    } catch {
      // not a terminal after all
    }
  }

  /** Whether stdin has a byte ready. */
  available(): boolean {
    return ((Atomics.load(this.ctl, CTL.HEAD) - Atomics.load(this.ctl, CTL.TAIL)) | 0) !== 0;
  }

  /** The next input byte (blocking), or -1 at end of input. */
  readByte(): number {
    const ctl = this.ctl;
    for (;;) {
      const head = Atomics.load(ctl, CTL.HEAD);
      const tail = Atomics.load(ctl, CTL.TAIL);
      if (head !== tail) {
        const b = this.ring[tail & (RING_SIZE - 1)];
        Atomics.store(ctl, CTL.TAIL, (tail + 1) | 0);
        Atomics.notify(ctl, CTL.TAIL);
        return b;
      }
      if (Atomics.load(ctl, CTL.EOF) !== 0) return -1;
      Atomics.wait(ctl, CTL.HEAD, head);
    }
  }

  /** Write bytes to stdout, all of them. */
  writeBytes(data: Uint8Array): void {
    let off = 0;
    while (off < data.length) {
      try {
        off += fs.writeSync(1, data, off, data.length - off);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') continue;
        return; // EPIPE and the like: the reader is gone
      }
    }
  }

  write(s: string): void {
    if (s.length === 0) return;
    this.writeBytes(Buffer.from(s, 'utf8'));
  }

  /** Let Ctrl-C interrupt running code (on), or not; returns whether one arrived meanwhile. */
  setInterrupt(on: boolean): boolean {
    Atomics.store(this.ctl, CTL.EXEC, on ? 1 : 0);
    return Atomics.exchange(this.ctl, CTL.INTR, 0) !== 0;
  }

  /** Only switch whether Ctrl-C interrupts (a pending one stays pending). */
  setExec(on: boolean): void {
    Atomics.store(this.ctl, CTL.EXEC, on ? 1 : 0);
  }

  /** Polled by the VM (through vmState.pollInterrupt): a Ctrl-C arrived; clears it. */
  takeInterrupt(): boolean {
    if (Atomics.load(this.ctl, CTL.INTR) === 0) return false;
    return Atomics.exchange(this.ctl, CTL.INTR, 0) !== 0;
  }

  close(): void {
    this.setRaw(false);
    if (this.worker !== null) {
      void this.worker.terminate();
      this.worker = null;
    }
  }
}
