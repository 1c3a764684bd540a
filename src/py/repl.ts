// The REPL, port-independent: when a statement needs more lines, tab completion (MicroPython's
// py/repl.c), and the friendly REPL, paste mode, raw REPL and raw-paste protocol (the event-driven
// form of shared/runtime/pyexec.c), fed one input byte at a time. A port supplies byte I/O and the
// interrupt switch (ReplPort); the bytes written match pyexec.c's so tools written for a board
// (mpremote, Thonny, rshell, ampy) talk to us unchanged.
import { type Obj, None } from './obj.js';
import { PyDict } from './objdict.js';
import { PyException, SystemExit, KeyboardInterrupt, newException } from './objexcept.js';
import { getAttr, str, toPyException, call, isType } from './runtime.js';
import { execSource, formatException } from './execute.js';
import { builtinModuleNames, importModule } from './builtinimport.js';
import { builtinsDict } from './modbuiltins.js';
import { PyModule } from './objmodule.js';
import { Readline, CHAR_CTRL_A, CHAR_CTRL_B, CHAR_CTRL_C, CHAR_CTRL_D, CHAR_CTRL_E } from './readline.js';

// ---- py/repl.c: continuation ----

function startsWithWord(s: string, head: string): boolean {
  if (!s.startsWith(head)) return false;
  return s.length === head.length || !isIdentChar(s[head.length]);
}

function isIdentChar(ch: string): boolean {
  return /^[\p{L}\p{N}_]$/u.test(ch) || ch.charCodeAt(0) >= 0x80;
}

const Q_NONE = 0;
const Q_1_SINGLE = 1;
const Q_1_DOUBLE = 2;
const Q_3_SINGLE = 3;
const Q_3_DOUBLE = 4;

/**
 * Whether the REPL should read another line before compiling `input` (mp_repl_continue_with_input):
 * an open bracket or triple quote, a trailing backslash, or a compound statement (if/while/for/
 * try/with/def/class/async/@) not yet ended by an empty line.
 */
export function continueWithInput(input: string): boolean {
  if (input.length === 0) return false;
  const compound =
    input[0] === '@' ||
    startsWithWord(input, 'if') ||
    startsWithWord(input, 'while') ||
    startsWithWord(input, 'for') ||
    startsWithWord(input, 'try') ||
    startsWithWord(input, 'with') ||
    startsWithWord(input, 'def') ||
    startsWithWord(input, 'class') ||
    startsWithWord(input, 'async');
  let nParen = 0;
  let nBrack = 0;
  let nBrace = 0;
  let q = Q_NONE;
  const n = input.length;
  for (let i = 0; i < n; i++) {
    const c = input[i];
    if (c === "'") {
      if ((q === Q_NONE || q === Q_3_SINGLE) && input[i + 1] === "'" && input[i + 2] === "'") {
        i += 2;
        q = Q_3_SINGLE - q;
      } else if (q === Q_NONE || q === Q_1_SINGLE) {
        q = Q_1_SINGLE - q;
      }
    } else if (c === '"') {
      if ((q === Q_NONE || q === Q_3_DOUBLE) && input[i + 1] === '"' && input[i + 2] === '"') {
        i += 2;
        q = Q_3_DOUBLE - q;
      } else if (q === Q_NONE || q === Q_1_DOUBLE) {
        q = Q_1_DOUBLE - q;
      }
    } else if (c === '\\' && (input[i + 1] === "'" || input[i + 1] === '"' || input[i + 1] === '\\')) {
      if (q !== Q_NONE) i++;
    } else if (q === Q_NONE) {
      if (c === '(') nParen++;
      else if (c === ')') nParen--;
      else if (c === '[') nBrack++;
      else if (c === ']') nBrack--;
      else if (c === '{') nBrace++;
      else if (c === '}') nBrace--;
    }
  }
  if (q === Q_3_SINGLE || q === Q_3_DOUBLE) return true;
  if ((nParen > 0 || nBrack > 0 || nBrace > 0) && q === Q_NONE) return true;
  const last = input[n - 1];
  if (last === '\\') return true;
  if (compound && last !== '\n') return true;
  return false;
}

// ---- py/repl.c: completion ----

function getAttrProtected(o: Obj, name: string): Obj | undefined {
  try {
    return getAttr(o, name);
  } catch {
    return undefined;
  }
}

/** Candidate names of an object's attributes (MicroPython walks every qstr; we ask the object). */
function attrNames(o: Obj): string[] {
  if (o instanceof PyModule) return o.globals.keys().filter((k): k is string => typeof k === 'string');
  const names = new Set<string>();
  try {
    const dir = builtinsDict.get('dir');
    if (dir !== undefined) {
      const r = call(dir, [o]);
      const items = (r as unknown as { items?: Obj[] }).items;
      if (Array.isArray(items)) for (const k of items) if (typeof k === 'string') names.add(k);
    }
  } catch {
    // no names
  }
  if (isType(o)) for (const t of o.mro) for (const k of t.locals.keys()) if (typeof k === 'string') names.add(k);
  return [...names];
}

function isWordChar(ch: string): boolean {
  return /^[\p{L}\p{N}_.]$/u.test(ch);
}

const WORD_SLOT_LEN = 16;
const MAX_LINE_LEN = 4 * WORD_SLOT_LEN;

/**
 * Complete the name or dotted attribute chain ending `line` (mp_repl_autocomplete), looking names
 * up in `main` (the __main__ module). Returns the text to insert, '' for no match, or null after
 * printing the matches in 16-column slots.
 */
export function autocomplete(line: string, main: PyModule, print: (s: string) => void): string | null {
  let start = 0;
  for (let i = line.length - 1; i >= 0; i--) {
    if (!isWordChar(line[i])) {
      start = i + 1;
      break;
    }
  }
  const words = line.slice(start).split('.');
  const partial = words.pop()!;
  let obj: Obj | null = main;
  for (const w of words) {
    if (w.length === 0) return '';
    const v: Obj | undefined = getAttrProtected(obj!, w);
    if (v === undefined) return '';
    obj = v;
  }
  // after "import", complete built-in module names
  if (line.startsWith('import ')) obj = null;

  const pool = obj === null ? builtinModuleNames() : attrNames(obj);
  const matches: string[] = [];
  for (const name of pool) {
    if (partial.length === 0 && name[0] === '_') continue;
    if (!name.startsWith(partial)) continue;
    if (obj !== null && getAttrProtected(obj, name) === undefined) continue;
    matches.push(name);
  }
  matches.sort();
  if (matches.length === 0) {
    // nothing else fits the first word of a line: offer "import "
    const imp = 'import ';
    if (start === 0 && words.length === 0 && partial.length > 0 && partial.length < imp.length && imp.startsWith(partial)) {
      return imp.slice(partial.length);
    }
    return '';
  }
  let common = matches[0];
  for (const m of matches) {
    let j = partial.length;
    while (j < common.length && j < m.length && common[j] === m[j]) j++;
    common = common.slice(0, j);
  }
  if (matches.length === 1 || common.length > partial.length) return common.slice(partial.length);

  let lineLen = MAX_LINE_LEN; // forces a newline before the first word
  let out = '';
  for (const m of matches) {
    let gap = Math.floor((lineLen + WORD_SLOT_LEN - 1) / WORD_SLOT_LEN) * WORD_SLOT_LEN - lineLen;
    if (gap < 2) gap += WORD_SLOT_LEN;
    if (lineLen + gap + m.length <= MAX_LINE_LEN) {
      out += ' '.repeat(gap) + m;
      lineLen += gap + m.length;
    } else {
      out += '\n' + m;
      lineLen = m.length;
    }
  }
  print(out + '\n');
  return null;
}

// ---- shared/runtime/pyexec.c ----

/** pyexec's result bits: FORCED_EXIT means leave the REPL, with the exit status in the low byte. */
export const PYEXEC_FORCED_EXIT = 0x100;
export const PYEXEC_NORMAL_EXIT = 0;
export const PYEXEC_UNHANDLED_EXCEPTION = 1;
export const PYEXEC_KEYBOARD_INTERRUPT = 128 + 2;

/** What a port gives the REPL. */
export interface ReplPort {
  /** Text to the terminal (the Python stdout stream). */
  write(s: string): void;
  /** Bytes to the terminal as they are (the raw-paste window size). */
  writeBytes(b: Uint8Array): void;
  /** Text to stderr (a SystemExit message). */
  writeErr(s: string): void;
  /** While code runs, Ctrl-C raises KeyboardInterrupt. Turning it off returns a pending interrupt. */
  setInterrupt(on: boolean): PyException | null;
  /** The banner's first line, e.g. `MicroPython-ts v0.1.0 on 2026-01-01; Node.js v20.0.0 with x64`. */
  banner: string;
}

/** The name the raw-paste window is built from: half of MICROPY_REPL_STDIN_BUFFER_MAX (256). */
export const REPL_STDIN_BUFFER_MAX = 256;

const enum Mode {
  Friendly,
  Raw,
}

export interface ReplOptions {
  /** Print the banner on start (the unix port does; -i after a script too). */
  banner?: boolean;
}

function psx(name: 'ps1' | 'ps2', dflt: string): string {
  try {
    const v = getAttrProtected(importModule('sys'), name);
    if (v === undefined) return dflt;
    return typeof v === 'string' ? v : '';
  } catch {
    return dflt;
  }
}

/** Source bytes as text: UTF-8, with \r\n and \r as newlines (as MicroPython's lexer reads them). */
function sourceText(bytes: number[]): string {
  return new TextDecoder().decode(new Uint8Array(bytes)).replace(/\r\n?/g, '\n');
}

export class Repl {
  mode = Mode.Friendly;
  readonly rl: Readline;
  private contLine = false;
  private pasteMode = false;
  private paste: number[] = [];
  private raw: number[] = [];
  // raw-paste reader state
  private rawPaste = false;
  private rawPasteEof = false;
  private windowMax = 0;
  private windowRemain = 0;

  constructor(
    readonly port: ReplPort,
    readonly main: PyModule,
    history: string[] = [],
  ) {
    this.rl = new Readline((s) => port.write(s), (line, print) => autocomplete(line, main, print), history);
  }

  /** Start (pyexec_event_repl_init): banner and prompt, or the raw REPL's greeting. */
  start(raw = false): void {
    this.rl.init('', '');
    if (raw) {
      this.mode = Mode.Raw;
      this.rawChar(CHAR_CTRL_A);
    } else {
      this.mode = Mode.Friendly;
      this.printBanner();
      this.inputRestart();
    }
  }

  get inRawRepl(): boolean {
    return this.mode === Mode.Raw;
  }

  /** Feed one input byte. Returns 0, or PYEXEC_FORCED_EXIT | status when the REPL should end. */
  processChar(c: number): number {
    return this.mode === Mode.Raw ? this.rawChar(c) : this.friendlyChar(c);
  }

  private printBanner(): void {
    this.port.write(this.port.banner + '\r\nType "help()" for more information.\r\n');
  }

  /** parse_compile_execute: run source in __main__, print its traceback; EOF markers in the raw REPL. */
  execute(source: string, kind: 'single' | 'exec', printEof: boolean): number {
    const port = this.port;
    let ret = PYEXEC_NORMAL_EXIT;
    let exc: PyException | null = null;
    port.setInterrupt(true);
    try {
      execSource(source, '<stdin>', this.main.globals, kind);
      const pending = port.setInterrupt(false);
      if (pending !== null) throw pending;
    } catch (e) {
      port.setInterrupt(false);
      exc = toPyException(e);
    }
    if (printEof) port.write('\x04');
    if (exc !== null) {
      if (exc.type.isSubtypeOf(SystemExit)) {
        const v: Obj = exc.args.length > 0 ? exc.args[0] : None;
        if (v === None) ret = PYEXEC_NORMAL_EXIT;
        else if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
          ret = Number(BigInt.asIntN(32, BigInt(v)));
        } else {
          port.writeErr(str(v) + '\n');
          ret = PYEXEC_UNHANDLED_EXCEPTION;
        }
        return PYEXEC_FORCED_EXIT | (ret & 0xff);
      }
      port.write(formatException(exc));
      ret = exc.type.isSubtypeOf(KeyboardInterrupt) ? PYEXEC_KEYBOARD_INTERRUPT : PYEXEC_UNHANDLED_EXCEPTION;
    }
    if (printEof) port.write('\x04');
    return ret;
  }

  // ---- raw REPL ----

  private rawChar(c: number): number {
    const port = this.port;
    if (this.rawPaste) return this.rawPasteChar(c);
    if (c === CHAR_CTRL_A) {
      if (this.raw.length === 2 && this.raw[0] === CHAR_CTRL_E) {
        // raw-paste request: ESC-E, command byte, Ctrl-A
        const cmd = this.raw[1];
        this.raw = [];
        if (cmd !== 0x41) {
          port.writeBytes(new Uint8Array([0x52, 0x00])); // "R\x00": unsupported
          port.write('>');
          return 0;
        }
        port.writeBytes(new Uint8Array([0x52, 0x01])); // "R\x01": accepted
        // flow control: a window of half the buffer, and report two windows free
        const window = REPL_STDIN_BUFFER_MAX >> 1;
        port.writeBytes(new Uint8Array([window & 0xff, window >> 8, 0x01]));
        this.rawPaste = true;
        this.rawPasteEof = false;
        this.windowMax = window;
        this.windowRemain = window;
        return 0;
      }
      port.write('raw REPL; CTRL-B to exit\r\n');
      this.raw = [];
      port.write('>');
      return 0;
    } else if (c === CHAR_CTRL_B) {
      this.mode = Mode.Friendly;
      this.raw = [];
      this.contLine = false;
      this.pasteMode = false;
      this.rl.line = '';
      this.rl.origLen = 0;
      this.rl.cursor = 0;
      return this.friendlyChar(CHAR_CTRL_B);
    } else if (c === CHAR_CTRL_C) {
      this.raw = [];
      return 0;
    } else if (c !== CHAR_CTRL_D) {
      this.raw.push(c);
      return 0;
    }
    // Ctrl-D: run what was sent
    port.write('OK');
    if (this.raw.length === 0) {
      // soft reset: the unix port exits
      port.write('\r\n');
      return PYEXEC_FORCED_EXIT;
    }
    const src = sourceText(this.raw);
    this.raw = [];
    const ret = this.execute(src, 'exec', true);
    if (ret & PYEXEC_FORCED_EXIT) return ret;
    port.write('>');
    return 0;
  }

  private rawPasteChar(c: number): number {
    const port = this.port;
    if (this.rawPasteEof) {
      // after an early end, swallow input up to the host's Ctrl-C/Ctrl-D
      if (c === CHAR_CTRL_C || c === CHAR_CTRL_D) this.rawPaste = false;
      return 0;
    }
    if (c === CHAR_CTRL_C || c === CHAR_CTRL_D) {
      this.rawPaste = false;
      port.write('\x04'); // end of data acknowledged
      const bytes = this.raw;
      this.raw = [];
      let ret: number;
      if (c === CHAR_CTRL_C) {
        port.write('\x04');
        port.write(formatException(newException(KeyboardInterrupt)));
        port.write('\x04');
        ret = PYEXEC_KEYBOARD_INTERRUPT;
      } else {
        ret = this.execute(sourceText(bytes), 'exec', true);
      }
      if (ret & PYEXEC_FORCED_EXIT) return ret;
      port.write('>');
      return 0;
    }
    this.raw.push(c);
    if (--this.windowRemain === 0) {
      port.write('\x01');
      this.windowRemain = this.windowMax;
    }
    return 0;
  }

  // ---- friendly REPL ----

  private inputRestart(): number {
    this.contLine = false;
    this.pasteMode = false;
    this.rl.init('', psx('ps1', '>>> '));
    return 0;
  }

  private friendlyChar(c: number): number {
    const port = this.port;
    const rl = this.rl;
    if (this.pasteMode) {
      if (c === CHAR_CTRL_C) {
        port.write('\r\n');
        return this.inputRestart();
      } else if (c === CHAR_CTRL_D) {
        port.write('\r\n');
        const ret = this.execute(sourceText(this.paste), 'exec', false);
        this.paste = [];
        if (ret & PYEXEC_FORCED_EXIT) return ret;
        return this.inputRestart();
      }
      this.paste.push(c);
      if (c === 13) port.write('\r\n=== ');
      else port.writeBytes(new Uint8Array([c]));
      return 0;
    }

    const ret = rl.processChar(c);
    if (!this.contLine) {
      if (ret === CHAR_CTRL_A) {
        this.mode = Mode.Raw;
        port.write('\r\n');
        return this.rawChar(CHAR_CTRL_A);
      } else if (ret === CHAR_CTRL_B) {
        port.write('\r\n');
        this.printBanner();
        return this.inputRestart();
      } else if (ret === CHAR_CTRL_C) {
        port.write('\r\n');
        return this.inputRestart();
      } else if (ret === CHAR_CTRL_D) {
        port.write('\r\n');
        return PYEXEC_FORCED_EXIT;
      } else if (ret === CHAR_CTRL_E) {
        port.write('\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ');
        this.paste = [];
        this.pasteMode = true;
        return 0;
      }
      if (ret < 0) return 0;
      if (rl.line.length === 0) return this.inputRestart();
      if (continueWithInput(rl.line)) {
        // the unix port's blocking REPL starts a fresh readline for each continuation line
        this.contLine = true;
        rl.init(rl.line + '\n', psx('ps2', '... '));
        return 0;
      }
    } else {
      if (ret === CHAR_CTRL_C) {
        port.write('\r\n');
        return this.inputRestart();
      } else if (ret !== CHAR_CTRL_D) {
        if (ret < 0) return 0;
        if (continueWithInput(rl.line)) {
          rl.init(rl.line + '\n', psx('ps2', '... '));
          return 0;
        }
      }
    }
    const r = this.execute(rl.line, 'single', false);
    if (r & PYEXEC_FORCED_EXIT) return r;
    return this.inputRestart();
  }
}
