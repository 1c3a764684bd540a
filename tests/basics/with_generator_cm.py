# context managers built from classes that wrap generators
class gencm:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, t, v, tb):
        if t is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        else:
            try:
                self.gen.throw(v)
            except StopIteration:
                return True
            except BaseException as e:
                if e is v:
                    return False
                raise
def managed(tag):
    print('setup', tag)
    try:
        yield tag * 2
    except ValueError:
        print('gen handled ValueError')
    finally:
        print('teardown', tag)
with gencm(managed('a')) as v:
    print('using', v)
with gencm(managed('b')) as v:
    raise ValueError
print('continues')
try:
    with gencm(managed('c')):
        raise KeyError('k')
except KeyError:
    print('KeyError propagated')
