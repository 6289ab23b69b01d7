try:
    work()
finally:
    cleanup()
