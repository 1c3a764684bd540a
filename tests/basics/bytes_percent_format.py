# bytes formatting via str and encode (MicroPython lacks bytes %)
n = 42
print(('%d:%s' % (n, 'x')).encode(), '{:04x}'.format(n).encode())
print(b'%s' if False else str(b'ab', 'ascii'))
print(bytes(str(123), 'ascii'), b'' + str(7).encode())
