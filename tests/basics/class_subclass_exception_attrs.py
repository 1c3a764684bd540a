# exception subclasses with extra attributes and custom __init__
class HttpError(Exception):
    def __init__(self, code, reason='unknown'):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason
try:
    raise HttpError(404, 'not found')
except HttpError as e:
    print(e.code, e.reason, e.args)
try:
    raise HttpError(500)
except Exception as e:
    print(type(e).__name__, e.code, e.reason)
