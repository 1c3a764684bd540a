# order of try/except/else/finally blocks
def run(fail):
    log = []
    try:
        log.append('try')
        if fail:
            raise RuntimeError
    except RuntimeError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
    return log
print(run(False))
print(run(True))
