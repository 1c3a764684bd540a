#!/usr/bin/env python3
"""Regenerate fixtures/expected.json from fixtures/snippets.txt and fixtures/samples/*.py.

Run with CPython 3.11 (its ast.dump format is what dump.mjs reproduces):
    python3 tests/unit/parse/regen.py
snippets.txt holds cases separated by header lines `#--- name [eval|single] [nonl]`; a case's
source is the text up to the next header (`nonl` drops its final newline).
"""
import ast
import glob
import json
import os
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit('regen.py needs CPython 3.11 (ast.dump output differs between versions)')

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures')

with open(os.path.join(here, 'snippets.txt'), encoding='utf-8', newline='') as f:
    text = f.read()

cases = []
cur = None
for line in text.split('\n')[:-1] if text.endswith('\n') else text.split('\n'):
    if line.startswith('#--- '):
        words = line[5:].split()
        cur = {'name': words[0], 'mode': 'exec', 'src': '', 'nonl': 'nonl' in words[1:]}
        for m in ('eval', 'single'):
            if m in words[1:]:
                cur['mode'] = m
        cases.append(cur)
    elif cur is not None:
        cur['src'] += line + '\n'

def positions(tree):
    """'Kind@lineno:col_offset' of every positioned node, in field order (ASCII sources only:
    CPython counts columns in UTF-8 bytes, we in UTF-16 units)."""
    acc = []

    def walk(n):
        if isinstance(n, ast.AST):
            if hasattr(n, 'lineno'):
                acc.append('%s@%d:%d' % (type(n).__name__, n.lineno, n.col_offset))
            for f in n._fields:
                walk(getattr(n, f, None))
        elif isinstance(n, list):
            for x in n:
                walk(x)

    walk(tree)
    return ' '.join(acc)


out = {'snippets': [], 'samples': []}
for c in cases:
    src = c['src'][:-1] if c['nonl'] and c['src'].endswith('\n') else c['src']
    tree = ast.parse(src, mode=c['mode'])
    entry = {'name': c['name'], 'mode': c['mode'], 'src': src, 'dump': ast.dump(tree)}
    if src.isascii():
        entry['pos'] = positions(tree)
    out['snippets'].append(entry)

for path in sorted(glob.glob(os.path.join(here, 'samples', '*.py'))):
    with open(path, encoding='utf-8', newline='') as f:
        src = f.read()
    tree = ast.parse(src)
    entry = {'file': os.path.basename(path), 'dump': ast.dump(tree)}
    if src.isascii():
        entry['pos'] = positions(tree)
    out['samples'].append(entry)

with open(os.path.join(here, 'expected.json'), 'w', encoding='utf-8') as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write('\n')
print(f"wrote {len(out['snippets'])} snippets, {len(out['samples'])} samples")
