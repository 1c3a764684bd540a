# built-in iterators have a callable __next__ attribute
it = iter(range(3))
print(it.__next__())
f = it.__next__
print(f())
print(f())
try:
    f()
except StopIteration:
    print("StopIteration")

for obj in ([5, 6], (7,), "ab", {8: 1}):
    print(iter(obj).__next__())

print(enumerate("xy").__next__())
print(zip("a", "b").__next__())
print(map(abs, [-4]).__next__())
print(hasattr(iter([]), "__next__"))
print(hasattr([], "__next__"))
