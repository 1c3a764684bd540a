# invalid UTF-8 raises UnicodeError
for b in (b'\xff', b'\xc3', b'\xe2\x82', b'\x80abc'):
    try:
        b.decode()
        print('ok', b)
    except UnicodeError:
        print('UnicodeError', b)
print(b'\xc3\xa9'.decode())
