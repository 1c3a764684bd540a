#!/usr/bin/env python3
"""Regenerate expected.json: the output of every cases/*.py under the oracle.

cases/mp_*.py hold MicroPython's error wording: they run on MicroPython's unix build (path in
$MICROPYTHON, default /tmp/mpsrc/ports/unix/build-standard/micropython); every other case runs on
CPython 3.11 (this interpreter). Run once after changing a case; the tests read only the JSON.
"""
import json, os, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
mp = os.environ.get('MICROPYTHON', '/tmp/mpsrc/ports/unix/build-standard/micropython')
out = {}
for name in sorted(os.listdir(os.path.join(here, 'cases'))):
    if not name.endswith('.py'):
        continue
    path = os.path.join(here, 'cases', name)
    exe = mp if name.startswith('mp_') else sys.executable
    r = subprocess.run([exe, path], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f'{name} failed under {exe}:\n{r.stderr}')
    out[name[:-3]] = r.stdout
with open(os.path.join(here, 'expected.json'), 'w') as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write('\n')
print(f'{len(out)} cases')

# format(value, spec) table for the API test: values are encoded as ['int', text] / ['float', text] / ['str', text]
values = [('int', '0'), ('int', '42'), ('int', '-42'), ('int', '123456789'), ('int', str(2**70)), ('int', str(-2**64)),
          ('float', '0.0'), ('float', '-0.0'), ('float', '3.14159'), ('float', '-2.5'), ('float', '1e20'), ('float', '1.5e-7'),
          ('float', '1234567.891'), ('float', 'inf'), ('float', 'nan'), ('str', 'abc'), ('str', 'é😀x'), ('str', '')]
specs = ['', '10', '<10', '>10', '^10', '*^9', '0>8', '+', ' ', '-', '08', '+08', '=+9', ',', '_', '012,', '.3', '10.2',
         'x', 'X', '#x', '#o', 'b', '#b', '_x', 'o', 'c', 'd', 'n', 'e', 'E', '.2e', 'f', 'F', '.0f', '#.0f', '.2f', ',.2f',
         'g', 'G', '.3g', '#g', '%', '.1%', 's', '.2s', '10s', 'z.1f', '#010x', '<05', '^+8.1f', 'ü^7']
table = []
for kind, text in values:
    v = int(text) if kind == 'int' else float(text) if kind == 'float' else text
    for spec in specs:
        try:
            r = ['ok', format(v, spec)]
        except (ValueError, TypeError, OverflowError) as e:
            r = ['error', type(e).__name__]
        table.append([kind, text, spec, r])
with open(os.path.join(here, 'format_table.json'), 'w') as f:
    json.dump(table, f, ensure_ascii=False)
    f.write('\n')
print(f'{len(table)} format cases')
