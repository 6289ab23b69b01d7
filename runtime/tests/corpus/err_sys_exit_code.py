# Exits with sys.exit(3) after output; finally blocks still run.
import sys
def main():
    for i in range(5):
        print("working", i)
    try:
        print("about to exit")
        sys.exit(3)
    finally:
        print("cleanup in finally")
main()
print("not printed")
