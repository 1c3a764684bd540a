# bytearray shares bytes' methods and returns bytearray
ba = bytearray(b'  Hello, World  ')
print(ba.strip(), type(ba.strip()).__name__)
print(ba.split(b','), ba.find(b'World'), ba.count(b'l'), ba.upper(), ba.lower())
print(ba.replace(b'l', b'L'), ba.startswith(b'  H'), ba.decode().strip())
print(bytearray(b'a-b').partition(b'-'))
