# MicroPython's struct: ValueError messages, int truncation, lenient argument counts, O and P typecodes
import struct

def t(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

t(struct.calcsize, 'z')
t(struct.calcsize, '1')
t(struct.calcsize, '=i')
t(struct.calcsize, '?')
t(struct.calcsize, ' i')
t(struct.pack, 1, 2)
t(struct.pack, 'i', 'a')
t(struct.pack, 'i', 1.5)
t(struct.pack, '<3s', 5)
t(struct.unpack, '<I', b'123')
t(struct.unpack_from, '<b', b'0123', -5)
t(struct.pack_into, '<I', bytearray(2), 0, 1)
t(struct.pack_into, '<I', b'1234', 0, 1)
t(struct.unpack, 'i', 12)

# ints are truncated to the field
t(struct.pack, '<B', 300)
t(struct.pack, '<H', -1)
t(struct.pack, '<i', 2 ** 40 + 7)
t(struct.pack, '<Q', 2 ** 64 + 5)
t(struct.pack, '<q', 2 ** 70)

# too few values leave zeros; extra values are ignored; unpack takes a longer buffer
t(struct.pack, '<2I', 1)
t(struct.pack, '<i', 1, 2, 3)
t(struct.unpack, '<H', b'\x01\x02\x03')
t(struct.unpack, '<2s', 'ab')

# O packs an object reference, P a pointer-sized int
o = [1, 2]
b = struct.pack('<O', o)
print(len(b), struct.unpack('<O', b)[0] is o)
t(struct.calcsize, 'P')
t(struct.pack, '<P', -1)
t(struct.pack, '<e', 70000.0)
