# iterating and building strings
s = 'héllo wörld'
print(len(s), [c for c in s if c in 'éö'], s.upper() == 'H' + s.upper()[1] + 'LLO W' + s.upper()[7] + 'RLD', s[1], s[-4])
print(''.join(reversed(s)), ''.join(sorted('dcba')))
acc = ''
for ch in 'abc':
    acc = ch + acc
print(acc)
print(list('日本語'), len('日本語'.encode()), '日本語'.encode().decode() == '日本語')
print('\U0001F600'.encode(), len('\U0001F600'), len('a\U0001F600b'[1]))
counts = {}
for c in 'mississippi':
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items()))
