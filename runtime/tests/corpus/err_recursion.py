# Ends with an uncaught RecursionError after some legitimate recursion.
import sys
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
for k in range(0, 30, 3):
    print(k, fact(k))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(100), depth(500))
def forever(n):
    return forever(n + 1) + 1
print("going deep")
forever(0)
