# an unclosed bracket: MicroPython reports the token where parsing fails
values = [1,
          2,
          3
total = 6
