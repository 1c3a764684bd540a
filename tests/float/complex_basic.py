# complex numbers
z = 3 + 4j
print(z, z.real, z.imag, abs(z), type(z).__name__)
print(1j * 1j, (1 + 2j) * (3 - 1j), (1 + 2j) + (2 - 2j), (4 + 2j) / 2, (1 + 1j) / (1 - 1j))
print(complex(1, 2), complex(3), complex(), complex('1+2j'), complex(2.5, -1))
print(-z, +z, z == 3 + 4j, z != 4j, 2j, 0j)
print((1 + 2j) * (1 + 2j), 1j * 1j, abs(-2j))
print((2 + 0j) == 2, (1j).real, (1j).imag)
print(repr(1 + 1j), str(1.5 - 2.5j), repr(complex(0, 0)))
try:
    (1 + 1j) < (2 + 2j)
except TypeError:
    print('TypeError ordering complex')
try:
    1 / 0j
except ZeroDivisionError:
    print('ZeroDivisionError complex')
print(z.conjugate() if hasattr(z, 'conjugate') else (3 - 4j))
print(hash(1 + 0j) == hash(1))
