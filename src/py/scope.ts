// Scopes and identifiers (MicroPython py/scope.c, py/scope.h, and scope_compute_things in py/compile.c).
//
// A scope is a "block" in Python's terms: the module, a class body, a function or lambda, or a
// comprehension. The compiler's SCOPE pass records every identifier a scope uses, in first-use
// order, and decides its kind; `computeThings` then numbers locals, cells and free variables the
// way MicroPython lays them out in a frame: free variables first, then parameters, then the other
// locals, then cells.

import { ScopeFlag } from './bc.js';
import { CodeKind, RawCode } from './emitglue.js';

export const enum ScopeKind {
  MODULE = 0,
  CLASS = 1,
  LAMBDA = 2,
  LIST_COMP = 3,
  DICT_COMP = 4,
  SET_COMP = 5,
  GEN_EXPR = 6,
  FUNCTION = 7,
}

export const enum IdKind {
  UNDECIDED = 0,
  GLOBAL_IMPLICIT = 1,
  GLOBAL_IMPLICIT_ASSIGNED = 2,
  GLOBAL_EXPLICIT = 3,
  LOCAL = 4, // written and only referenced by this function
  CELL = 6, // a local of this function read/written by a nested function
  FREE = 7, // belongs to an enclosing function
}

export const enum IdFlag {
  IS_PARAM = 0x01,
  IS_STAR_PARAM = 0x02,
  IS_DBL_STAR_PARAM = 0x04,
}

export function scopeIsFuncLike(k: ScopeKind): boolean {
  return k >= ScopeKind.LAMBDA;
}

export function scopeIsCompLike(k: ScopeKind): boolean {
  return k >= ScopeKind.LIST_COMP && k <= ScopeKind.GEN_EXPR;
}

export class IdInfo {
  kind: IdKind;
  flags = 0;
  /** Local slot for LOCAL; cell/free slot for CELL/FREE. */
  localNum = 0;
  constructor(
    public readonly qst: string,
    kind: IdKind,
  ) {
    this.kind = kind;
  }
}

const SIMPLE_NAMES: Partial<Record<ScopeKind, string>> = {
  [ScopeKind.MODULE]: '<module>',
  [ScopeKind.LAMBDA]: '<lambda>',
  [ScopeKind.LIST_COMP]: '<listcomp>',
  [ScopeKind.DICT_COMP]: '<dictcomp>',
  [ScopeKind.SET_COMP]: '<setcomp>',
  [ScopeKind.GEN_EXPR]: '<genexpr>',
};

export class Scope {
  readonly simpleName: string;
  readonly rawCode: RawCode;
  scopeFlags = 0;
  numPosArgs = 0;
  numKwonlyArgs = 0;
  numDefPosArgs = 0;
  numLocals = 0;
  stackSize = 0;
  excStackSize = 0;
  readonly ids: IdInfo[] = [];
  private readonly idMap = new Map<string, IdInfo>();

  constructor(
    public readonly kind: ScopeKind,
    /** The AST node this scope compiles (Module/Expression/Interactive, FunctionDef, ClassDef, Lambda, comprehension). */
    public readonly node: unknown,
    public readonly parent: Scope | null,
    name: string | null,
    public emitOptions = 0,
  ) {
    this.simpleName = name ?? SIMPLE_NAMES[kind] ?? '';
    this.rawCode = new RawCode(new Uint8Array(0), [], false, CodeKind.BYTECODE);
  }

  find(qst: string): IdInfo | undefined {
    return this.idMap.get(qst);
  }

  findOrAdd(qst: string, kind: IdKind): IdInfo {
    let id = this.idMap.get(qst);
    if (id === undefined) {
      id = new IdInfo(qst, kind);
      this.ids.push(id);
      this.idMap.set(qst, id);
    }
    return id;
  }

  findGlobal(qst: string): IdInfo | undefined {
    let s: Scope = this;
    while (s.parent !== null) s = s.parent;
    return s.find(qst);
  }

  /** An identifier turned out to be free here: mark it free up to the scope that owns it. */
  private closeOverInParents(qst: string): void {
    for (let s = this.parent; s !== null && s.parent !== null; s = s.parent) {
      const id = s.findOrAdd(qst, IdKind.UNDECIDED);
      if (id.kind === IdKind.UNDECIDED) {
        id.kind = IdKind.FREE;
      } else {
        if (id.kind === IdKind.LOCAL) id.kind = IdKind.CELL;
        return;
      }
    }
  }

  /** If an enclosing function binds `id`, make it free here (scope_check_to_close_over). */
  checkToCloseOver(id: IdInfo): void {
    if (this.parent === null) return;
    for (let s: Scope = this.parent; s.parent !== null; s = s.parent) {
      const id2 = s.find(id.qst);
      if (id2 !== undefined) {
        if (id2.kind === IdKind.LOCAL || id2.kind === IdKind.CELL || id2.kind === IdKind.FREE) {
          id.kind = IdKind.FREE;
          this.closeOverInParents(id.qst);
        }
        break;
      }
    }
  }

  /** Identifier use for loading (mp_emit_common_get_id_for_load). */
  idForLoad(qst: string): void {
    this.findOrAdd(qst, IdKind.GLOBAL_IMPLICIT);
  }

  /** Identifier use for storing or deleting (mp_emit_common_get_id_for_modification). */
  idForModification(qst: string): IdInfo {
    const id = this.findOrAdd(qst, IdKind.GLOBAL_IMPLICIT);
    if (id.kind === IdKind.GLOBAL_IMPLICIT) {
      id.kind = scopeIsFuncLike(this.kind) ? IdKind.LOCAL : IdKind.GLOBAL_IMPLICIT_ASSIGNED;
    }
    return id;
  }

  /** Number locals, cells and free variables (scope_compute_things in compile.c). */
  computeThings(): void {
    const ids = this.ids;
    // the *args parameter goes after all other parameters except **kwargs
    if (this.scopeFlags & ScopeFlag.VARARGS) {
      let idParam = -1;
      for (let i = ids.length - 1; i >= 0; i--) {
        const id = ids[i];
        if (id.flags & IdFlag.IS_STAR_PARAM) {
          if (idParam >= 0) {
            ids[i] = ids[idParam];
            ids[idParam] = id;
          }
          break;
        } else if (idParam < 0 && id.flags === IdFlag.IS_PARAM) {
          idParam = i;
        }
      }
    }

    this.numLocals = 0;
    for (const id of ids) {
      if (this.kind === ScopeKind.CLASS && id.qst === '__class__') continue; // becomes a cell if used
      if (scopeIsFuncLike(this.kind) && id.kind === IdKind.GLOBAL_IMPLICIT) id.kind = IdKind.GLOBAL_EXPLICIT;
      // parameters always take a local slot, even when they are cells
      if (id.kind === IdKind.LOCAL || id.flags & IdFlag.IS_PARAM) id.localNum = this.numLocals++;
    }
    for (const id of ids) {
      if (id.kind === IdKind.CELL && !(id.flags & IdFlag.IS_PARAM)) id.localNum = this.numLocals++;
    }

    // free variables come first, in the order of the parent scope
    if (this.parent !== null && ids.some((id) => id.kind === IdKind.FREE)) {
      let numFree = 0;
      for (const pid of this.parent.ids) {
        if (pid.kind === IdKind.CELL || pid.kind === IdKind.FREE) {
          for (const id of ids) {
            if (id.kind === IdKind.FREE && id.qst === pid.qst) id.localNum = numFree++;
          }
        }
      }
      if (numFree > 0) {
        for (const id of ids) {
          if (id.kind !== IdKind.FREE || id.flags & IdFlag.IS_PARAM) id.localNum += numFree;
        }
        this.numPosArgs += numFree; // free variables are passed in as arguments
        this.numLocals += numFree;
      }
    }
  }
}
