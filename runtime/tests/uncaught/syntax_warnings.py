# SyntaxWarnings print at compile time with their source line; the program then fails.
x = 1
if x is 1:
    pass
y = [1, 2] if x is not 'a' else None
z = (1, 2)
raise SystemExit(1) if z else None
