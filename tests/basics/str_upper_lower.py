# upper/lower conversions and round trips
for s in ['hello', 'WORLD', 'MiXeD 123 !?', '', 'a_b-c']:
    print(s.upper(), s.lower(), s.upper().lower() == s.lower())
