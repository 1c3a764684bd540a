# text files read by characters (code points), binary files by bytes; invalid UTF-8 text raises UnicodeError
# marker: a😀é€z
with open('file_read_chars.py') as f:
    text = f.read()
i = text.index('marker: ')
with open('file_read_chars.py') as f:
    f.read(i + 8)
    print(f.read(1), f.read(1), f.read(2), repr(f.read(0)), f.read(1))
    print(repr(f.readline()))
with open('file_read_chars.py', 'rb') as f:
    f.read(len(text[:i + 8].encode()))
    print(f.read(1), f.read(4), f.read(2))
f = open('data/invalid_utf8.txt', 'rb')
print(f.read())
f.close()
try:
    open('data/invalid_utf8.txt').read()
except UnicodeError:
    print('UnicodeError')
