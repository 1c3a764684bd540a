# gc: enable/disable, collect, memory figures and threshold (MicroPython's gc module)
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()))
f, a = gc.mem_free(), gc.mem_alloc()
print(type(f), type(a), f > 0, a > 0)
print(gc.threshold())
gc.threshold(100)
print(gc.threshold())
gc.threshold(-5)
print(gc.threshold())
try:
    gc.collect(1)
except TypeError as e:
    print("TypeError", e)
