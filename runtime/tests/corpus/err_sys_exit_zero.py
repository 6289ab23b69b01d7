# sys.exit(0) and sys.exit(None) end the program successfully; output before them is kept.
import sys
print("start")
try:
    sys.exit(5)
except SystemExit as e:
    print("caught inner exit", e.code)
for i in range(3):
    print("line", i)
sys.stdout.write("no newline at the end")
sys.exit(None)
