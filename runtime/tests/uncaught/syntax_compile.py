x = 1
compile("def f(:\n  pass", "bad.py", "exec")
