# user exception hierarchies and catching by base class
class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, msg):
        super().__init__(msg)
        self.table = table
class NotFound(DbError):
    pass
for exc in (NotFound('users', 'no row'), DbError('t', 'bad'), AppError('generic'), ValueError('other')):
    try:
        try:
            raise exc
        except NotFound as e:
            print('NotFound', e.table, e)
        except DbError as e:
            print('DbError', e.table, e.args)
        except AppError as e:
            print('AppError', e)
    except Exception as e:
        print('outer', type(e).__name__, e)
print(issubclass(NotFound, AppError), isinstance(NotFound('a', 'b'), Exception))
