print('pkg init', __name__)
P = 'p'
