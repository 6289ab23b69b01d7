def f():
    return 1
    print("never")

while True:
    pass
