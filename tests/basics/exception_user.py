# user-defined exception classes with extra state
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
try:
    raise ValidationError('age', 'negative')
except ValidationError as e:
    print(e.field, e.problem, e.args)
class Code(Exception):
    code = 7
try:
    raise Code()
except Exception as e:
    print(type(e).__name__, e.code)
class Hier(ValueError):
    def describe(self):
        return 'Hier with ' + str(len(self.args)) + ' args'
try:
    raise Hier(1, 2, 3)
except ValueError as e:
    print(e.describe())
def check(x):
    if x < 0:
        raise ValidationError('x', 'below zero')
    return x
for v in (1, -1):
    try:
        print('ok', check(v))
    except ValidationError as e:
        print('invalid', e.field)
