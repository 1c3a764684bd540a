# float methods and properties
print((0.5).is_integer() if hasattr(0.5, 'is_integer') else False, (2.0).is_integer() if hasattr(2.0, 'is_integer') else True)
print(float.__name__, isinstance(1.5, float), isinstance(1, float))
print(int(1.999999), int(-0.5), float(int(7.0)))
print((1.5).__class__.__name__)
print(hash(1.0) == hash(1), hash(2.0) == hash(2), hash(0.5) == hash(0.5))
print({1: 'int'}[1.0], {2.0: 'float'}[2])
