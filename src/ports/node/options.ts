// Command-line implementation options (-X heapsize=, -X emit=, -O, -v), as the unix port parses them.
import { setHeapSize } from '../../py/modgc.js';
import { vmState } from '../../py/vm.js';

export const options = {
  /** Heap limit in bytes (MicroPython's -X heapsize), enforced approximately by the memory accounting. */
  heapSize: 8 * 1024 * 1024,
  emit: 'bytecode' as 'bytecode' | 'native' | 'viper',
  optLevel: 0,
  verbose: 0,
};
setHeapSize(options.heapSize);

/** Parse one -X option; unknown options are ignored, as MicroPython's unix port does. */
export function setOptions(opt: string): void {
  const m = /^heapsize=(\d+)(w?)([kKmM]?)$/.exec(opt);
  if (m) {
    let n = Number(m[1]);
    if (m[2] === 'w') n *= 8;
    if (m[3] === 'k' || m[3] === 'K') n *= 1024;
    if (m[3] === 'm' || m[3] === 'M') n *= 1024 * 1024;
    options.heapSize = n;
    setHeapSize(n); // gc.mem_free() / micropython.mem_info() report this heap
    return;
  }
  const e = /^emit=(bytecode|native|viper)$/.exec(opt);
  if (e) options.emit = e[1] as typeof options.emit;
  // our own: the VM's compiled tier (vmjit.ts) off, on for hot code (the default), or for all code
  const j = /^jit=(off|auto|always)$/.exec(opt);
  if (j) vmState.jit = j[1] === 'off' ? 0 : j[1] === 'auto' ? 1 : 2;
}
