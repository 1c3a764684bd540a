# __str__ and __repr__
class A:
    def __repr__(self):
        return 'A()'
class B:
    def __str__(self):
        return 'B as str'
    def __repr__(self):
        return 'B as repr'
class C:
    def __str__(self):
        return 'only str'
print(A(), str(A()), repr(A()))
print(B(), str(B()), repr(B()))
print([A(), B()])
print((B(),))
print({'k': B()})
print(C())
print('%s %r' % (B(), B()))
print('{} {!r}'.format(B(), B()))
print(f'{B()} {B()!r}')
