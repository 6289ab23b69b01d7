import pickle
for p in range(6):
    print(p, pickle.dumps('abc', p), pickle.dumps(b'ab', p), pickle.dumps(bytearray(b'ab'), p))
    print(p, pickle.dumps({1,2}, p), pickle.dumps(frozenset([3]), p), pickle.dumps((), p), pickle.dumps((1,(2,)), p))
    print(p, pickle.dumps([True, None, -1, 1.5, 2**70, -2**70, 300, 70000, 2**31, -129], p))
    print(p, pickle.dumps({'a': [], 'b': {}}, p), pickle.dumps(set, p), pickle.dumps(len,p))
    print(p, pickle.dumps(b'', p), pickle.dumps(bytearray(), p), pickle.dumps('a\\b\nc\u20ac\x00', p))
