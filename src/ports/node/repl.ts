// The Node port's interactive REPL (ports/unix/main.c do_repl and input.c's history file): puts the
// terminal in raw mode, runs the port-independent REPL (src/py/repl.ts) on the bytes the reader
// thread delivers, lets Ctrl-C interrupt running code, and gives input() MicroPython's line editing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { fileURLToPath } from 'node:url';
import { hal, setHal, type Hal } from '../../py/mphal.js';
import { PyException, KeyboardInterrupt, EOFError, newException } from '../../py/objexcept.js';
import { vmState } from '../../py/vm.js';
import { newModule, type PyModule } from '../../py/objmodule.js';
import { sysModules, MICROPY_TS_VERSION } from '../../py/modsys.js';
import { Repl, PYEXEC_FORCED_EXIT, autocomplete } from '../../py/repl.js';
import { Readline, CHAR_CTRL_C, CHAR_CTRL_D } from '../../py/readline.js';
import { TerminalIO } from './repl_io.js';
import { flushStdout } from './hal.js';

export interface ReplOptions {
  /** Where the history is kept (default ~/.micropython.history, as the unix port). null: none. */
  historyFile?: string | null;
}

function buildDate(): string {
  try {
    return fs.statSync(fileURLToPath(import.meta.url)).mtime.toISOString().slice(0, 10);
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}

/** `MicroPython-ts v0.1.0 on 2026-01-01; Node.js v20.11.0 with x64` (MICROPY_BANNER_*). */
export function bannerLine(): string {
  return `MicroPython-ts v${MICROPY_TS_VERSION} on ${buildDate()}; Node.js ${process.version} with ${process.arch}`;
}

function defaultHistoryFile(): string | null {
  const home = process.env.HOME ?? os.homedir();
  return home ? path.join(home, '.micropython.history') : null;
}

function readHistory(file: string | null, rl: Readline): void {
  if (file === null) return;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return;
  }
  // the file holds the oldest entry first
  for (const line of text.split('\n')) rl.pushHistory(line);
}

function writeHistory(file: string | null, rl: Readline): void {
  if (file === null) return;
  try {
    fs.writeFileSync(file, rl.history.slice().reverse().map((l) => l + '\n').join(''), { mode: 0o644 });
  } catch {
    // not writable: keep going, as the unix port does
  }
}

/** The __main__ module a script (micropython -i) has already run in, or a fresh one. */
function mainModule(): PyModule {
  const m = sysModules.get('__main__');
  if (m !== undefined && (m as PyModule).globals !== undefined) return m as PyModule;
  const mod = newModule('__main__');
  sysModules.set('__main__', mod);
  return mod;
}

/**
 * Let the VM see a Ctrl-C taken by the reader thread: its periodic poll (vmState.pollInterrupt,
 * every few hundred calls or backward jumps) does one Atomics.load.
 */
function hookInterrupt(io: TerminalIO): void {
  vmState.pollInterrupt = () => {
    if (vmState.pendingException === null && io.takeInterrupt()) vmState.pendingException = newException(KeyboardInterrupt);
  };
}

/**
 * Run MicroPython's REPL on stdin/stdout until Ctrl-D, sys.exit() or end of input; returns the exit
 * status. Used when `micropython` has nothing to run and stdin is a terminal, or with -i.
 */
export function runRepl(opts: ReplOptions = {}): number {
  flushStdout();
  const io = new TerminalIO();
  hookInterrupt(io);
  const prevHal = hal;
  const history: string[] = [];
  const main = mainModule();

  const port = {
    write: (s: string) => io.write(s),
    writeBytes: (b: Uint8Array) => io.writeBytes(b),
    writeErr: (s: string) => prevHal.stderr(s),
    setInterrupt: (on: boolean): PyException | null => {
      const had = io.setInterrupt(on);
      if (on) {
        vmState.pendingException = null;
        return null;
      }
      let p = vmState.pendingException;
      vmState.pendingException = null;
      if (p === null && io.takeInterrupt()) p = newException(KeyboardInterrupt); // one that came in just now
      return p ?? (had ? newException(KeyboardInterrupt) : null);
    },
    banner: bannerLine(),
  };
  const repl = new Repl(port, main, history);
  const rl = repl.rl;

  /** One input byte as the unix port reads it: '\n' arrives as '\r', end of input as Ctrl-D. */
  const getChar = (editing: Readline | null): number => {
    const b = io.readByte();
    if (b === 10) return 13;
    if (b >= 0) return b;
    // End of input: Ctrl-D, but finish a half-typed line first (Ctrl-D on it would only delete).
    if (editing !== null && editing.line.length > editing.origLen) return 13;
    return CHAR_CTRL_D;
  };

  // input() reads through the same line editor and history (mp_hal_readline)
  const replHal: Hal = {
    ...prevHal,
    stdout: (s: string) => io.write(s),
    readLine: (prompt: string): string | null => {
      if (prompt) io.write(prompt);
      io.setExec(false); // Ctrl-C is a key for the line editor now
      const inputRl = new Readline((s) => io.write(s), (line, print) => autocomplete(line, main, print), history);
      inputRl.init('', '');
      let r: number;
      for (;;) {
        r = inputRl.processChar(getChar(inputRl));
        if (r >= 0) break;
      }
      io.setExec(true);
      if (r === CHAR_CTRL_C) throw newException(KeyboardInterrupt);
      if (r === CHAR_CTRL_D && inputRl.line.length === 0) throw newException(EOFError);
      return inputRl.line;
    },
  };
  setHal(replHal);

  const historyFile = opts.historyFile === undefined ? defaultHistoryFile() : opts.historyFile;
  readHistory(historyFile, rl);

  io.setRaw(true);
  let ret = 0;
  try {
    repl.start();
    for (;;) {
      const c = getChar(repl.inRawRepl ? null : rl);
      const r = repl.processChar(c);
      if (r & PYEXEC_FORCED_EXIT) {
        ret = r & 0xff;
        break;
      }
    }
  } finally {
    io.setRaw(false);
    writeHistory(historyFile, rl);
    setHal(prevHal);
  }
  io.close();
  return ret;
}
