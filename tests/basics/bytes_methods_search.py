# bytes find/rfind/index/rindex/count/startswith/endswith
b = b'abcabcabc'
print(b.find(b'c'), b.find(b'c', 3), b.rfind(b'a'), b.find(b'z'), b.find(b''))
print(b.index(b'bc'), b.rindex(b'bc'), b.count(b'ab'), b.count(b'a', 1))
print(b.startswith(b'abc'), b.startswith(b'bc', 1), b.endswith(b'bc'), b.endswith(b'x'))
try:
    b.index(b'q')
except ValueError:
    print('ValueError')
print(b'aaaa'.count(b'aa'), b''.count(b''))
