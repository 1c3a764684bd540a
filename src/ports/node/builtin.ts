// Node built-in modules loaded on first use rather than at startup: node:v8 and node:worker_threads
// take ~1 ms each to load (measured on Node 20 with process.hrtime around a require), against a
// ~45 ms `node -e 0`, and most runs never need them (the heap check starts after MEMORY_CHECK_MS,
// the REPL's reader thread only in the REPL).
import { createRequire } from 'node:module';

let req: NodeJS.Require | null = null;

/** The built-in module `id` ('node:v8' ...), loaded now if it is not yet. */
export function nodeBuiltin<T>(id: string): T {
  // process.getBuiltinModule: Node >= 20.16; createRequire works everywhere (import.meta.url is
  // the bundle's own URL when bundled, see bin/micropython.mjs)
  const get = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule;
  if (typeof get === 'function') return get(id) as T;
  return (req ??= createRequire(import.meta.url))(id) as T;
}
