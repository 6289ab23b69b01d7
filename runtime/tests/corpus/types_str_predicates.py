# isdigit family, isalpha, isalnum, isspace, isidentifier, isprintable, isascii.
samples = ["123", "12.3", "-1", "", " ", "\t\n", "abc", "abc123", "ABC", "½", "²", "٣", "Ⅻ", "一二三", "é", "a b", "_id", "2x", "class", "\x07", "ok!", "\u00a0", "ǅ", "Ab Cd"]
print("sample isdigit isdecimal isnumeric isalpha isalnum isspace isidentifier isprintable isascii isupper islower istitle")
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isidentifier(), s.isprintable(), s.isascii(), s.isupper(), s.islower(), s.istitle())
print(int("٣"), int("１２"), float("١.٥"))
try:
    int("½")
except ValueError as e:
    print("ValueError", e)
