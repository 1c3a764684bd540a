1
'doc'
None
...
()
x
-1
1.5
(1, 2)
f'x'
