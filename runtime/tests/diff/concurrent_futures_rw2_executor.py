from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor() as ex:
    f = ex.submit(pow, 2, 10)
    print(f.result(), list(ex.map(abs, [-1, 2, -3])))
try:
    with ThreadPoolExecutor(max_workers=1) as ex:
        raise KeyError('inside')
except KeyError as e:
    print('propagated', e)
print(ex.shutdown(), ex.__exit__(None, None, None))
