# nested dicts and lists
cfg = {'db': {'host': 'localhost', 'ports': [5432, 5433]}, 'debug': True}
print(cfg['db']['host'], cfg['db']['ports'][1], cfg['debug'])
cfg['db']['ports'].append(5434)
cfg.setdefault('cache', {})['size'] = 10
print(sorted(cfg), cfg['cache'], len(cfg['db']['ports']))
tree = {}
for path in ['a/b/c', 'a/b/d', 'a/e', 'f']:
    node = tree
    for part in path.split('/'):
        node = node.setdefault(part, {})
def show(node, depth=0):
    for k in sorted(node):
        print('  ' * depth + k)
        show(node[k], depth + 1)
show(tree)
m = [[0] * 3 for _ in range(3)]
for i in range(3):
    m[i][i] = 1
print(m)
