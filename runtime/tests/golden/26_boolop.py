a = x and y
b = x or y or z
if (x and y) or not z:
    go()
