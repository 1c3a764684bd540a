print('mod_raises executing')
raise ValueError('failed during import')
