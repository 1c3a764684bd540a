// Line editing for the REPL and input(): MicroPython's shared/readline/readline.c, as a state machine
// fed one input byte at a time that writes VT100 output through a callback. No I/O of its own, so
// the Node terminal and a web terminal drive the same code.
//
// Keys (the unix port's configuration: emacs keys, word moves, auto-indent, 50 history entries):
//   Ctrl-A..Ctrl-E on an empty line are returned to the caller (raw REPL, banner, cancel, exit, paste);
//   otherwise Ctrl-A/Home start of line, Ctrl-E/End end of line, Ctrl-B/Left, Ctrl-F/Right,
//   Ctrl-D/Delete delete at cursor, Ctrl-K kill to end, Ctrl-U kill to start, Ctrl-W/Alt-Backspace
//   kill word back, Alt-B/Alt-F/Ctrl-Left/Ctrl-Right word moves, Alt-D kill word forward,
//   Ctrl-P/Up and Ctrl-N/Down history, Tab completion, Backspace (4 spaces at once in an indent).
// One difference: bytes of a UTF-8 sequence are assembled and inserted as one character
// (MicroPython's readline drops bytes outside 32..126).

export const CHAR_CTRL_A = 1;
export const CHAR_CTRL_B = 2;
export const CHAR_CTRL_C = 3;
export const CHAR_CTRL_D = 4;
export const CHAR_CTRL_E = 5;
export const CHAR_CTRL_F = 6;
export const CHAR_CTRL_K = 11;
export const CHAR_CTRL_N = 14;
export const CHAR_CTRL_P = 16;
export const CHAR_CTRL_U = 21;
export const CHAR_CTRL_W = 23;

/** Unix port's MICROPY_READLINE_HISTORY_SIZE. */
export const HISTORY_SIZE = 50;

/**
 * Tab completion: given the current line up to the cursor, return the text to insert (one match or a
 * longer common prefix), null when several matches were printed (the caller redraws the prompt), or
 * '' for no match. `print` writes the list of matches.
 */
export type Completer = (line: string, print: (s: string) => void) => string | null;

const enum Esc {
  None,
  Esc,
  Bracket,
  BracketDigit,
  O,
}

const AUTO_INDENT_ENABLED = 1;
const AUTO_INDENT_JUST_ADDED = 2;

function isAlnum(ch: string): boolean {
  return /^[\p{L}\p{N}]$/u.test(ch);
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v';
}

/** Cursor moves: up to 4 backspaces, else ESC [ n D (as readline.c). */
export function cursorBack(n: number): string {
  if (n <= 0) return '';
  if (n <= 4) return '\b\b\b\b'.slice(0, n);
  return `\x1b[${n}D`;
}

export class Readline {
  /** The whole input so far: earlier continuation lines (each ending in '\n') then the line being edited. */
  line = '';
  /** Length of `line` before the line being edited. */
  origLen = 0;
  cursor = 0;
  prompt = '';
  private escape = Esc.None;
  private escDigit = '';
  private histCur = -1;
  private lastNl = 0;
  private autoIndent = 0;
  // UTF-8 assembly
  private utf8Need = 0;
  private utf8Bytes: number[] = [];

  constructor(
    public write: (s: string) => void,
    public completer: Completer | null = null,
    /** Most recent first. Shared between the REPL and input(). */
    public history: string[] = [],
  ) {}

  /** Start a new edit (readline_init): `line` may hold earlier lines of a statement. */
  init(line: string, prompt: string): void {
    this.line = line;
    this.origLen = line.length;
    this.escape = Esc.None;
    this.escDigit = '';
    this.histCur = -1;
    this.cursor = this.origLen;
    this.prompt = prompt;
    this.utf8Need = 0;
    this.write(prompt);
    if (line.length === 0) this.autoIndent = AUTO_INDENT_ENABLED;
    this.doAutoIndent();
  }

  /** A continuation line begins (readline_note_newline). */
  noteNewline(prompt: string): void {
    this.origLen = this.line.length;
    this.cursor = this.origLen;
    this.prompt = prompt;
    this.write(prompt);
    this.doAutoIndent();
  }

  /** Add a line to the history unless empty or equal to the newest entry. */
  pushHistory(s: string): void {
    if (s.length === 0 || this.history[0] === s) return;
    this.history.unshift(s);
    if (this.history.length > HISTORY_SIZE) this.history.length = HISTORY_SIZE;
  }

  /** The line being edited (without earlier continuation lines). */
  current(): string {
    return this.line.slice(this.origLen);
  }

  private processNl(c: number): boolean {
    if ((c === 13 || c === 10) && (this.lastNl === 0 || this.lastNl === c)) {
      this.lastNl = c;
      return true;
    }
    this.lastNl = 0;
    return false;
  }

  private wordCount(forward: boolean): number {
    const s = this.line;
    let pos = this.cursor;
    let inWord = false;
    for (;;) {
      if (!forward && pos === this.origLen) break;
      if (forward && pos === s.length) break;
      if (isAlnum(s[forward ? pos : pos - 1])) inWord = true;
      else if (inWord) break;
      pos += forward ? 1 : -1;
    }
    return forward ? pos - this.cursor : this.cursor - pos;
  }

  /**
   * Feed one input byte. Returns -1 while editing, 0 when a line was entered, or a control
   * character (Ctrl-A..Ctrl-E on an empty line, Ctrl-C any time) for the caller to act on.
   */
  processChar(c: number): number {
    const lastLen = this.line.length;
    let stepBack = 0;
    let fromCursor = false;
    let stepForward = 0;
    let key = '';

    if (this.utf8Need > 0) {
      if ((c & 0xc0) === 0x80) {
        this.utf8Bytes.push(c);
        if (--this.utf8Need > 0) return -1;
        const ch = new TextDecoder().decode(new Uint8Array(this.utf8Bytes));
        this.line = this.line.slice(0, this.cursor) + ch + this.line.slice(this.cursor);
        fromCursor = true;
        stepForward = ch.length;
        return this.redraw(lastLen, stepBack, fromCursor, stepForward);
      }
      this.utf8Need = 0; // malformed: drop the partial sequence, process this byte afresh
    }

    if (this.escape === Esc.None) {
      if (c >= CHAR_CTRL_A && c <= CHAR_CTRL_E && this.line.length === this.origLen) {
        return c;
      } else if (c === CHAR_CTRL_A) {
        key = 'home';
      } else if (c === CHAR_CTRL_B) {
        key = 'left';
      } else if (c === CHAR_CTRL_C) {
        return c;
      } else if (c === CHAR_CTRL_D) {
        key = 'delete';
      } else if (c === CHAR_CTRL_E) {
        key = 'end';
      } else if (c === CHAR_CTRL_F) {
        key = 'right';
      } else if (c === CHAR_CTRL_K) {
        this.line = this.line.slice(0, this.cursor);
        fromCursor = true;
      } else if (c === CHAR_CTRL_N) {
        key = 'down';
      } else if (c === CHAR_CTRL_P) {
        key = 'up';
      } else if (c === CHAR_CTRL_U) {
        this.line = this.line.slice(0, this.origLen) + this.line.slice(this.cursor);
        stepBack = this.cursor - this.origLen;
        fromCursor = true;
      } else if (c === CHAR_CTRL_W) {
        key = 'killwordback';
      } else if (this.processNl(c)) {
        this.write('\r\n');
        this.pushHistory(this.current());
        return 0;
      } else if (c === 27) {
        this.escape = Esc.Esc;
      } else if (c === 8 || c === 127) {
        if (this.cursor > this.origLen) {
          // in a run of spaces of 4 or more from the line start, remove a whole indent level
          let nspace = 0;
          for (let i = this.origLen; i < this.cursor; i++) {
            if (this.line[i] !== ' ') {
              nspace = 0;
              break;
            }
            nspace++;
          }
          nspace = nspace < 4 ? 1 : 4;
          this.line = this.line.slice(0, this.cursor - nspace) + this.line.slice(this.cursor);
          stepBack = nspace;
          fromCursor = true;
        }
      } else if (this.autoIndent & AUTO_INDENT_JUST_ADDED && (c === 9 || c === 32)) {
        // Tab or space straight after an auto-indent disables auto-indent; a space also takes
        // back 3 of the 4 spaces, so typing one space after ':' indents by one.
        this.autoIndent = 0;
        if (c === 32) {
          stepBack = 3;
          this.line = this.line.slice(0, this.line.length - 3);
        }
      } else if (c === 9) {
        let compl: string | null;
        if (this.line.length !== 0 && this.cursor > 0 && isSpace(this.line[this.cursor - 1])) {
          compl = '    ';
        } else if (this.completer !== null) {
          compl = this.completer(this.line.slice(this.origLen, this.cursor), this.write);
        } else {
          compl = '';
        }
        if (compl === null) {
          // several matches were listed: redraw the prompt and the line
          this.write(this.prompt);
          this.write(this.line.slice(this.origLen, this.cursor));
          fromCursor = true;
        } else if (compl.length > 0) {
          this.line = this.line.slice(0, this.cursor) + compl + this.line.slice(this.cursor);
          fromCursor = true;
          stepForward = compl.length;
        }
      } else if (c >= 32 && c <= 126) {
        this.line = this.line.slice(0, this.cursor) + String.fromCharCode(c) + this.line.slice(this.cursor);
        fromCursor = true;
        stepForward = 1;
      } else if (c >= 0xc2 && c <= 0xf4) {
        this.utf8Need = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
        this.utf8Bytes = [c];
        return -1;
      }
    } else if (this.escape === Esc.Esc) {
      this.escape = Esc.None;
      switch (c) {
        case 91: // [
          this.escape = Esc.Bracket;
          break;
        case 79: // O
          this.escape = Esc.O;
          break;
        case 98: // b
          key = 'wordleft';
          break;
        case 102: // f
          key = 'wordright';
          break;
        case 100: // d
          this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + this.wordCount(true));
          fromCursor = true;
          break;
        case 127:
          key = 'killwordback';
          break;
      }
    } else if (this.escape === Esc.Bracket) {
      if (c >= 48 && c <= 57) {
        this.escape = Esc.BracketDigit;
        this.escDigit = String.fromCharCode(c);
      } else {
        this.escape = Esc.None;
        if (c === 65) key = 'up';
        else if (c === 66) key = 'down';
        else if (c === 67) key = 'right';
        else if (c === 68) key = 'left';
        else if (c === 72) key = 'home';
        else if (c === 70) key = 'end';
      }
    } else if (this.escape === Esc.BracketDigit) {
      this.escape = Esc.None;
      const d = this.escDigit;
      if (c === 126) {
        // ~
        if (d === '1' || d === '7') key = 'home';
        else if (d === '4' || d === '8') key = 'end';
        else if (d === '3') key = 'delete';
      } else if (c === 59 && d === '1') {
        // ESC [ 1 ; ... (modified keys such as Ctrl-Left): read the rest as a new sequence
        this.escape = Esc.Bracket;
        return this.redraw(lastLen, 0, false, 0);
      } else if (d === '5' && c === 67) {
        key = 'wordright';
      } else if (d === '5' && c === 68) {
        key = 'wordleft';
      }
    } else if (this.escape === Esc.O) {
      this.escape = Esc.None;
      if (c === 72) key = 'home';
      else if (c === 70) key = 'end';
    } else {
      this.escape = Esc.None;
    }

    switch (key) {
      case '':
        break;
      case 'home':
        stepBack = this.cursor - this.origLen;
        break;
      case 'end':
        stepForward = this.line.length - this.cursor;
        break;
      case 'left':
        if (this.cursor > this.origLen) stepBack = 1;
        break;
      case 'right':
        if (this.cursor < this.line.length) stepForward = 1;
        break;
      case 'delete':
        if (this.cursor < this.line.length) {
          this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + 1);
          fromCursor = true;
        }
        break;
      case 'wordleft':
        stepBack = this.wordCount(false);
        break;
      case 'wordright':
        stepForward = this.wordCount(true);
        break;
      case 'killwordback':
        stepBack = this.wordCount(false);
        this.line = this.line.slice(0, this.cursor - stepBack) + this.line.slice(this.cursor);
        fromCursor = true;
        break;
      case 'up':
        if (this.histCur + 1 < HISTORY_SIZE && this.histCur + 1 < this.history.length) {
          this.histCur++;
          this.line = this.line.slice(0, this.origLen) + this.history[this.histCur];
          stepBack = this.cursor - this.origLen;
          fromCursor = true;
          stepForward = this.line.length - this.origLen;
        }
        break;
      case 'down':
        if (this.histCur >= 0) {
          this.histCur--;
          this.line = this.line.slice(0, this.origLen) + (this.histCur >= 0 ? this.history[this.histCur] : '');
          stepBack = this.cursor - this.origLen;
          fromCursor = true;
          stepForward = this.line.length - this.origLen;
        }
        break;
    }
    return this.redraw(lastLen, stepBack, fromCursor, stepForward);
  }

  /** Update the terminal with as little output as readline.c writes. */
  private redraw(lastLen: number, stepBack: number, fromCursor: boolean, stepForward: number): number {
    if (stepBack > 0) {
      this.write(cursorBack(stepBack));
      this.cursor -= stepBack;
    }
    if (fromCursor) {
      if (this.line.length < lastLen) this.write('\x1b[K');
      this.write(this.line.slice(this.cursor));
      this.write(cursorBack(this.line.length - (this.cursor + stepForward)));
      this.cursor += stepForward;
    } else if (stepForward > 0) {
      this.write(this.line.slice(this.cursor, this.cursor + stepForward));
      this.cursor += stepForward;
    }
    this.autoIndent &= ~AUTO_INDENT_JUST_ADDED;
    return -1;
  }

  /** After ':' add one more indent level than the previous line's (readline_auto_indent). */
  private doAutoIndent(): void {
    if (!(this.autoIndent & AUTO_INDENT_ENABLED)) return;
    const line = this.line;
    const len = line.length;
    if (len > 1 && line[len - 1] === '\n') {
      let i: number;
      for (i = len - 1; i > 0; i--) if (line[i - 1] === '\n') break;
      let j: number;
      for (j = i; j < len; j++) if (line[j] !== ' ') break;
      // i = start of the previous line, j = its first non-space
      if (i > 0 && j + 1 === len) {
        // the previous line is all spaces and not the first: stop if the one before is too
        for (let k = i - 1; k > 0; --k) {
          if (line[k - 1] === '\n') return;
          if (line[k - 1] !== ' ') break;
        }
      }
      let n = ((j - i) / 4) | 0;
      if (line[len - 2] === ':') n++;
      while (n-- > 0) {
        this.line += '    ';
        this.write('    ');
        this.cursor += 4;
        this.autoIndent |= AUTO_INDENT_JUST_ADDED;
      }
    }
  }
}
