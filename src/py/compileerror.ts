// A syntax error found by the lexer, parser, scope pass or compiler.
// The core's compile driver turns it into a Python SyntaxError/IndentationError with file and line;
// kept as a plain class so the front end does not depend on the object model.
export type CompileErrorKind = 'SyntaxError' | 'IndentationError';

export class CompileError {
  constructor(
    public readonly kind: CompileErrorKind,
    public readonly message: string,
    public readonly line: number,
    public readonly col: number = 0,
  ) {}

  /** The scope being compiled, for errors found by the compiler (MicroPython's traceback says `in <name>`). */
  scopeName = '';
}
