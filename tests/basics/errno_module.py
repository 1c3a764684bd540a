# errno: the codes, errorcode (a fixed dict), and OSError's rendering of known codes
import errno

print(sorted(n for n in dir(errno) if n.startswith("E")))
print(errno.ENOENT, errno.EINVAL, errno.EAGAIN, errno.ETIMEDOUT)
print(errno.errorcode[errno.EEXIST], errno.errorcode.get(9999))
print(len(errno.errorcode), list(errno.errorcode.items())[:3])
print(str(OSError(errno.ENOENT, "no such file")), str(OSError(errno.EPERM)))
c = errno.errorcode.copy()
c[0] = "x"
print(c[0], 0 in errno.errorcode)
for op in (lambda d: d.__setitem__(1, "y"), lambda d: d.pop(1), lambda d: d.clear(), lambda d: d.update({})):
    try:
        op(errno.errorcode)
    except TypeError:
        print("TypeError")
