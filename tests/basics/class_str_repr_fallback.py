# str() falls back to __repr__; containers use __repr__
class OnlyRepr:
    def __repr__(self):
        return 'R()'
class Both:
    def __repr__(self):
        return 'B-repr'
    def __str__(self):
        return 'B-str'
print(str(OnlyRepr()), repr(OnlyRepr()), [OnlyRepr()])
print(str(Both()), repr(Both()), [Both()], (Both(),), '%s %r' % (Both(), Both()), '{} {!r}'.format(Both(), Both()))
print(f'{Both()} {Both()!r}')
