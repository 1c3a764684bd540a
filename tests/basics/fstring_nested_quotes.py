# f-string fields holding strings in the f-string's own quotes (Python 3.12, MicroPython)
x = 1
d = {"k": 3}
print(f"a{"b"}c")
print(f'a{f'{x}'}b')
print(f"{d["k"]} {d[f"{"k"}"]}")
print(f"""a{"""b"""}c{x!r:>3}""")
print(f"{x:{"5"}}|")
print(f"{x if"a"else 2}")
print(f"a{f"b{f"c{f"d{x}e"}f"}g"}h")
print(f"{"a" "b"}{{}}")
# not closed by a nested string: the pre-3.12 errors still apply
for src in ('f"{"', 'f"{x!}"', "f'{x'", 'f"{3#}"'):
    try:
        eval(src)
    except SyntaxError as e:
        print("SyntaxError")
