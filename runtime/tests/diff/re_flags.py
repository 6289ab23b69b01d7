# Differential test: the RegexFlag class (members, iteration, lookup, reprs).
import re
print(list(re.RegexFlag), len(re.RegexFlag), list(re.RegexFlag.__members__), re.RegexFlag(2), re.RegexFlag(0), re.RegexFlag['DOTALL'])
print(re.RegexFlag(512|2), re.I in (re.I|re.M), re.S in (re.I|re.M), re.RegexFlag.IGNORECASE, re.RegexFlag)
print(re.M.__class__, re.sub(r'\s+', ' ', 'a \n\t b'), re.RegexFlag.I is re.I)
