# bytes split/rsplit/partition/strip/join/replace
print(b'a,b,,c'.split(b','), b' a  b '.split(), b'a b c'.split(None, 1))
print(b'a,b,c'.rsplit(b',', 1), b'k=v=w'.partition(b'='), b'k=v=w'.rpartition(b'='))
print(b'  pad  '.strip(), b'xxhixx'.strip(b'x'), b'  l'.lstrip(), b'r  '.rstrip())
print(b'-'.join([b'a', b'b', b'c']), b''.join([]), b'.'.join([bytearray(b'x'), b'y']))
print(b'hello'.replace(b'l', b'L'), b'aaa'.replace(b'a', b'b', 2))
print(b'l1\nl2\r\nl3'.splitlines())
