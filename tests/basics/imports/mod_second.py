# imports a sibling module at load time
import mod_simple
def double_value():
    return mod_simple.VALUE * 2
