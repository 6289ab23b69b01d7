class C:
    __slots = 1
    def __m(self):
        return self.__slots
    def __dunder__(self):
        return self.__m()
