# Realistic form: a number parser tries int, then a fallback; when the fallback
# fails too it re-raises the first error with `raise first`.
def parse_number(text):
    try:
        return int(text)
    except ValueError as first:
        try:
            return float(text.replace(",", "."))
        except ValueError:
            raise first


def total(cells):
    return sum(parse_number(c) for c in cells)


print(total(["1", "2,5", "3"]))
print(total(["4", "x"]))
