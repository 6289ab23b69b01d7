# Case methods: upper/lower/title/capitalize/swapcase/casefold, with unicode.
samples = ["hello world", "HELLO World", "they're bill's friends", "ßtraße", "ǅemal", "123abc def", "o'neil mc-donald", "ÉCOLE élève", "ΣΊΣΥΦΟΣ", "i̇stanbul", "", "a1b2 c3", "ﬁne ﬂow"]
for s in samples:
    print(repr(s), "|", s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase(), "|", s.casefold())
print("ß".upper(), "ß".casefold(), "ß".lower(), len("ß".upper()))
print("ŉ".upper(), "ǰ".upper(), "İ".lower(), len("İ".lower()))
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "STRASSE".lower())
print("hello".istitle(), "Hello World".istitle(), "Hello world".istitle(), "HELLO".isupper(), "hello1".islower(), "123".islower())
print("ABC def".swapcase().swapcase(), "mIxEd CaSe".swapcase())
print("word".capitalize(), "WORD".capitalize(), "1st place".capitalize(), "élan".capitalize())
