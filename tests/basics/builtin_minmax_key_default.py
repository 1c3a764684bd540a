# min/max with key= and default=, multiple args vs one iterable
words = ['kiwi', 'fig', 'banana', 'apple']
print(max(words), min(words), max(words, key=len), min(words, key=len))
print(max([], default='none'), min((), default=0), max([3], default=9))
print(max(3, 1, 2), min(3, 1, 2), max('b', 'a', key=ord), min([(2, 'x'), (1, 'y')]))
print(max({'a': 3, 'b': 1}, key=lambda k: {'a': 3, 'b': 1}[k]))
print(max(-5, 4, key=abs), min(range(10), key=lambda x: (x - 6) ** 2))
for bad in (lambda: max([]), lambda: min(()), lambda: max(1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
