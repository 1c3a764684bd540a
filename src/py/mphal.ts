// The hardware (host) abstraction: what a port gives the core (MicroPython's mphal.h + the VFS hooks).
// The core never touches process, document or fs directly; the Node and web ports install their own.

export interface Hal {
  /** Write text to stdout / stderr (no newline added). */
  stdout(s: string): void;
  stderr(s: string): void;
  /** Read a line from stdin (without the newline), or null at EOF. Synchronous for now. */
  readLine(prompt: string): string | null;
  /** File system: the contents of a file as bytes, or null if it does not exist. */
  readFile(path: string): Uint8Array | null;
  /** 'file', 'dir' or null (absent). */
  stat(path: string): 'file' | 'dir' | null;
  /** Milliseconds, monotonic. */
  ticksMs(): number;
  /** Optional: bytes of heap in use now (the VM compares it with memoryLimit every few ms). */
  memoryUsed?(): number;
  /** Optional: heap use (as memoryUsed counts it) past which the VM raises MemoryError. */
  memoryLimit?(): number;
}

const nullHal: Hal = {
  stdout: () => {},
  stderr: () => {},
  readLine: () => null,
  readFile: () => null,
  stat: () => null,
  ticksMs: () => Date.now(),
};

/** The installed HAL. Ports call setHal() once at start-up. */
export let hal: Hal = nullHal;

export function setHal(h: Hal): void {
  hal = h;
}
