# struct: every supported typecode, byte orders, repeat counts, native alignment, pack_into/unpack_from
import struct

for order in '<>!':
    for code, v in (('b', -5), ('B', 200), ('h', -300), ('H', 60000), ('i', -70000), ('I', 4000000000),
                    ('l', -2), ('L', 3000000000), ('q', -(2 ** 40)), ('Q', 2 ** 63 + 5)):
        fmt = order + code
        b = struct.pack(fmt, v)
        print(fmt, struct.calcsize(fmt), b, struct.unpack(fmt, b))

for fmt, v in (('<f', 1.5), ('>f', -0.25), ('<d', 3.141592653589793), ('>d', -1e300), ('<e', 0.5), ('>e', -2.0)):
    b = struct.pack(fmt, v)
    print(fmt, b, struct.unpack(fmt, b))
print(struct.unpack('<f', struct.pack('<f', 0.1))[0] == 0.1)
print(struct.pack('>d', float('inf')), struct.pack('<f', float('-inf')))

# native: sizes and alignment as on a 64-bit little-endian machine
for fmt in ('b', 'h', 'i', 'l', 'q', 'bh', 'bi', 'bq', 'hbi', 'bd', 'xi', '3si', 'ib', 'iq'):
    print(fmt, struct.calcsize(fmt), struct.calcsize('@' + fmt))
print(struct.pack('bi', 1, 2), struct.pack('<bi', 1, 2))
print(struct.unpack('bhi', struct.pack('bhi', -1, -2, -3)))

# repeat counts, strings and padding
print(struct.calcsize('<3h2x5s'), struct.pack('<3h2x5s', 1, 2, 3, b'ab'))
print(struct.unpack('<3h2x5s', struct.pack('<3h2x5s', 1, 2, 3, b'abcdefg')))
print(struct.pack('<0s', b'q'), struct.unpack('<2s0s', b'xy'))
print(struct.pack('4x'), struct.calcsize('10x'))

# pack_into / unpack_from, with offsets from either end
buf = bytearray(12)
struct.pack_into('<HH', buf, 2, 0x4142, 0x4344)
print(buf)
struct.pack_into('>I', buf, -4, 0x61626364)
print(buf)
print(struct.unpack_from('<HH', buf, 2), struct.unpack_from('>I', buf, -4), struct.unpack_from('<B', buf))
mv = memoryview(buf)
print(struct.unpack_from('<B', mv, 3))

# errors
for f, args in ((struct.calcsize, ('z',)), (struct.pack, ('<z', 1)), (struct.unpack, ('<I', b'123')),
                (struct.unpack_from, ('<H', b'1234', 3)), (struct.unpack_from, ('<H', b'1234', -5)),
                (struct.pack_into, ('<I', bytearray(3), 0, 1)), (struct.pack_into, ('<b', bytearray(3), 3, 1))):
    try:
        f(*args)
        print('no error')
    except Exception:
        print('error')
try:
    struct.pack('<i', 1.5)
except Exception:
    print('error')
