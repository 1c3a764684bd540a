# triple-quoted strings keep newlines and quotes
s = """line1
  line2 "quoted" 'single'
line3"""
print(s)
print(len(s.splitlines()))
t = '''it's "fine"'''
print(t)
print(repr('''a
b'''))
