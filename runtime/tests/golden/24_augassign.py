x += 1
o.attr -= 2
c[k] *= 3
c[i:j] |= m
