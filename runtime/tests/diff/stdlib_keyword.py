import keyword
print(keyword.kwlist, keyword.softkwlist, len(keyword.kwlist))
print(keyword.iskeyword('if'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.iskeyword(3))
try: keyword.iskeyword([])
except TypeError as e: print('TypeError', e)
print(sorted(keyword.__all__))
for w in ['for', 'For', 'async', 'await', 'print', 'None', 'case', '_', 'type', '']:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(type(keyword.kwlist).__name__, keyword.kwlist == sorted(keyword.kwlist))
