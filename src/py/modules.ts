// The registry of built-in modules (MicroPython's MP_REGISTER_MODULE lists, gathered by
// py/makemoduledefs.py into moduledefs.h). Importing this file once at start-up registers every
// module the core and extmod provide; each is created on its first import. `sys` registers itself
// in builtinimport.ts. Extensible modules (a same-named .py file on sys.path wins) pass true.
import { registerBuiltinModule } from './builtinimport.js';
import { makeMathModule } from './modmath.js';
import { makeCmathModule } from './modcmath.js';
import { makeMicropythonModule } from './modmicropython.js';
import { makeGcModule } from './modgc.js';
import { makeErrnoModule } from '../extmod/moderrno.js';
import { makeCollectionsModule } from './modcollections.js';
import { makeStructModule } from './modstruct.js';
import { makeIoModule } from './modio.js';
import { makeArrayModule } from './modarray.js';
import { makeBuiltinsModule } from './modbuiltins.js';

registerBuiltinModule('builtins', makeBuiltinsModule);
registerBuiltinModule('math', makeMathModule);
registerBuiltinModule('cmath', makeCmathModule);
registerBuiltinModule('micropython', makeMicropythonModule);
registerBuiltinModule('gc', makeGcModule);
registerBuiltinModule('errno', makeErrnoModule, true);
registerBuiltinModule('collections', makeCollectionsModule, true);
registerBuiltinModule('struct', makeStructModule, true);
registerBuiltinModule('io', makeIoModule, true);
registerBuiltinModule('array', makeArrayModule, true);
