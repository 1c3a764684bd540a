# decode/encode error handlers: U+FFFD per maximal invalid sequence, real U+FFFD kept under 'ignore'
cases = [b'a\xffb', b'\xef\xbf\xbd\xff', b'\xe4\xb8', b'\xe4\xb8x', b'\xf0\x9f\x98', b'\xf0\x9f\x98\x80\x80',
         b'\xc0\x80', b'\xed\xa0\x80', b'\xf4\x90\x80\x80', b'\xe2\x82\xac\xfe\xe2']
for c in cases:
    print(repr(c.decode('utf-8', 'replace')), repr(c.decode('utf-8', 'ignore')), repr(bytearray(c).decode('utf8', 'ignore')))
    try:
        c.decode()
    except UnicodeError:
        print('UnicodeError')
print(repr(b'a\xe9b\x80'.decode('ascii', 'replace')), repr(b'a\xe9b\x80'.decode('ascii', 'ignore')), repr(str(b'x\xffy', 'utf-8', 'replace')))
print('aé€😀b'.encode('ascii', 'ignore'), 'aé€😀b'.encode('ascii', 'replace'), 'é'.encode('UTF-8'), 'é'.encode(encoding='utf_8'))
try:
    'é'.encode('ascii')
except UnicodeError:
    print('UnicodeError')
