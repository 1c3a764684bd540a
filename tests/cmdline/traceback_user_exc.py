# uncaught user-defined exception with several arguments
class AppError(Exception):
    pass
def run():
    raise AppError('code', 42)
print('starting')
run()
