x = 1
y = x + 2
a = b = y
del x
