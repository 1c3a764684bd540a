# the builtins module: overriding a builtin, __build_class__ and __import__
import builtins

print(builtins.len("abc"))
orig_len = builtins.len
builtins.len = lambda x: 99
print(len([1, 2]))
builtins.len = orig_len
print(len([1, 2]))

orig_build_class = builtins.__build_class__
builtins.__build_class__ = lambda body, name, *bases: ("class", name, len(bases))


class A:
    pass


class B(A, int):
    pass


print(A, B)
builtins.__build_class__ = orig_build_class


class C:
    x = 1


print(C.x)


def fake_import(name, globals=None, locals=None, fromlist=(), level=0):
    print("import", name, fromlist, level)
    return builtins


orig_import = builtins.__import__
builtins.__import__ = fake_import
import foo
import foo.bar
from foo import len as l2

print(foo is builtins, l2 is orig_len)
builtins.__import__ = orig_import
import sys

print(type(sys).__name__)
