# getattr, setattr, hasattr, delattr, vars-free attribute access
class A:
    cls_attr = 'c'
    def m(self):
        return 'method'
a = A()
print(getattr(a, 'cls_attr'), getattr(a, 'm')(), getattr(A, 'm')(a))
setattr(a, 'dyn', 5)
print(a.dyn, hasattr(a, 'dyn'), hasattr(a, 'nothing'))
delattr(a, 'dyn')
print(hasattr(a, 'dyn'))
print(getattr(a, 'nothing', None), getattr(5, 'real', 'x') if False else 'int-attr-skip')
print(hasattr('s', 'upper'), hasattr([], 'append'), hasattr(1, 'zzz'))
print(getattr('abc', 'upper')())
try:
    getattr(a, 5)
except TypeError:
    print('TypeError name must be str')
import sys
print(getattr(sys, 'nonexistent_attr', 'no'))
