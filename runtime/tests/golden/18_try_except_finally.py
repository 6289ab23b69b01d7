def f():
    try:
        return compute()
    except Exception:
        return None
    finally:
        log()
