# numeric literal forms
print(0, 00, 123, 0x7f, 0X7F, 0o17, 0O17, 0b1010, 0B1010)
print(1_000, 0x_ff, 0b_1_0, 1_0.5 if False else 10.5)
print(1.0, 1., .5, 1e3, 1E3, 1e-3, 1.5e+2, 0e0)
print(1j, 2.5j, 1e2j)
print(0xffffffffffffffffffff, 0b1111111111111111111111111111111111111111111111111111111111111111)
print(-0, -0x10, +0o7)
print(type(1e3).__name__, type(0x10).__name__, type(1j).__name__)
