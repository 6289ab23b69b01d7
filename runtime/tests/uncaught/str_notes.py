e = ValueError(1); e.__notes__ = "ab"; raise e
