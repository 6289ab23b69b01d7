class D(*bases, **kw):
    pass
