# repr keeps printable non-ASCII characters as they are
print(repr('\xe9'), repr('\u20ac'), repr('\u4e2d\u6587'))
print(repr('\x00'), repr('\x1f'), repr('\x7f'))
print(repr('caf\xe9\n'))
print(['\xe9', '\u20ac'])
print(('\u03a9',))
