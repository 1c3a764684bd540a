// The REPL's stdin reader thread (the Node port's stand-in for the unix port's SIGINT handler in
// ports/unix/unix_mphal.c). The interpreter runs on the main thread and blocks the event loop, so
// this worker reads fd 0 and passes the bytes through a shared ring buffer (see repl_io.ts); while
// Python code runs, a Ctrl-C byte instead sets the shared interrupt flag the VM polls.
import * as fs from 'node:fs';
import { workerData } from 'node:worker_threads';
import { CTL, RING_SIZE } from './repl_io.js';

const { ctlBuf, ringBuf, echoCtrlC, fd } = workerData as {
  ctlBuf: SharedArrayBuffer;
  ringBuf: SharedArrayBuffer;
  echoCtrlC: boolean;
  fd: number;
};
const ctl = new Int32Array(ctlBuf);
const ring = new Uint8Array(ringBuf);
const buf = Buffer.alloc(4096);
const sleeper = new Int32Array(new SharedArrayBuffer(4));

function put(b: number): void {
  const head = Atomics.load(ctl, CTL.HEAD);
  for (;;) {
    const tail = Atomics.load(ctl, CTL.TAIL);
    if (((head - tail) | 0) < RING_SIZE) break;
    Atomics.wait(ctl, CTL.TAIL, tail, 100); // full: wait for the interpreter to read
  }
  ring[head & (RING_SIZE - 1)] = b;
  Atomics.store(ctl, CTL.HEAD, (head + 1) | 0);
}

// The descriptor is non-blocking (Node's own stdin handle): a thread blocked in read() would keep
// process.exit() waiting for it forever. So poll, quickly while input flows and at most every 16 ms
// when idle.
let idle = 0;
for (;;) {
  let n: number;
  try {
    n = fs.readSync(fd, buf, 0, buf.length, null);
    idle = 0;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EAGAIN') {
      idle = idle === 0 ? 0.125 : Math.min(idle * 2, 16);
      Atomics.wait(sleeper, 0, 0, idle);
      continue;
    }
    if (code === 'EINTR') continue;
    n = 0;
  }
  if (n === 0) {
    Atomics.store(ctl, CTL.EOF, 1);
    Atomics.notify(ctl, CTL.HEAD);
    break;
  }
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 3 && Atomics.load(ctl, CTL.EXEC) !== 0) {
      // Ctrl-C while code runs: KeyboardInterrupt at the VM's next check
      if (echoCtrlC) fs.writeSync(1, '^C'); // what the terminal echoes for the unix port (ECHOCTL)
      if (Atomics.load(ctl, CTL.INTR) !== 0) {
        // a second Ctrl-C before the first was taken: the VM is stuck, end the process
        // (as the unix port's signal handler does)
        process.kill(process.pid, 'SIGTERM');
      }
      Atomics.store(ctl, CTL.INTR, 1);
      continue;
    }
    put(b);
  }
  Atomics.notify(ctl, CTL.HEAD);
}
