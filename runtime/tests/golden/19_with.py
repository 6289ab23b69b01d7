with open(p) as f, lock:
    data = f.read()
