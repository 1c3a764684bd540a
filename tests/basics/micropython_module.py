# micropython: const, opt_level, heap_lock/heap_unlock, kbd_intr, schedule, stack_use, mem_* figures
import micropython

print(micropython.const(123), micropython.const("s"))
print(micropython.opt_level())
micropython.opt_level(2)
print(micropython.opt_level())
micropython.opt_level(0)
micropython.heap_lock()
micropython.heap_lock()
print(micropython.heap_unlock(), micropython.heap_unlock())
print(micropython.kbd_intr(-1), micropython.kbd_intr(3))
print(type(micropython.stack_use()), type(micropython.mem_total()), type(micropython.mem_current()), type(micropython.mem_peak()))
for i in range(4):
    micropython.schedule(print, i)
try:
    micropython.schedule(print, 4)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    micropython.const()
except TypeError as e:
    print("TypeError", e)
print(hasattr(micropython, "native"), hasattr(micropython, "viper"))
