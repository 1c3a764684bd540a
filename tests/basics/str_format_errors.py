# str.format error cases
for fmt, args, kw in [('{}', (), {}), ('{1}', (0,), {}), ('{x}', (), {}), ('{', (), {}), ('}', (), {}), ('{0}{}', (1, 2), {})]:
    try:
        print(fmt.format(*args, **kw))
    except IndexError:
        print('IndexError')
    except KeyError:
        print('KeyError')
    except ValueError:
        print('ValueError')
