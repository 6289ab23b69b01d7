"""Mailing-list admin: normalise recipients from form fields and headers."""
import re
from collections import OrderedDict
from email.utils import (formataddr, getaddresses, parseaddr, quote, unquote,
                         formatdate, parsedate_tz, decode_rfc2231, encode_rfc2231)
import email.utils

VALID = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")

signup_form = [
    "Ada Lovelace <ada@analytical.example>",
    '"Hopper, Grace" <grace@navy.example>',
    "linus@kernel.example (Linus T.)",
    "  bob@example.com  ",
    "Bob Again <BOB@Example.COM>",
    "José Martí <jose@cuba.example>",
    "not an address",
    "broken <missing-end@example.com",
    "two@a.example, three@b.example",
    "eve@evil.example <ada@analytical.example>",
    '"Quote \\"Q\\" Person" <q@quotes.example>',
    "(just a comment)",
    "",
    "alice@[10.0.0.1]",
    "weird (unbalanced <w@x.example>",
]

members = OrderedDict()
for raw in signup_form:
    name, addr = parseaddr(raw)
    loose = parseaddr(raw, strict=False)
    ok = bool(VALID.match(addr))
    print(f"{raw!r:48} strict={(name, addr)!r} loose={loose!r} valid={ok}")
    if ok:
        key = addr.lower()
        if key in members:
            print("    duplicate of", members[key])
        else:
            members[key] = formataddr((name, addr))

print("--- member list")
for key, shown in members.items():
    print(f"{key:28} {shown}")

print("--- header fields")
headers = {
    "To": ["list@lists.example", "Ada <ada@analytical.example>, grace@navy.example"],
    "Cc": ['"Smith, J." <js@x.example>, "O\'Brien" <ob@x.example>'],
    "Bcc": ["Undisclosed recipients:;"],
    "Reply-To": ["Team: a@t.example, b@t.example;, boss@t.example"],
    "From": ["broken (comment <x@y.example>"],
}
for field, values in headers.items():
    print(field, getaddresses(values))
    print(field, "loose", getaddresses(values, strict=False))

print("--- formatting names")
for pair in [("Ada", "ada@a.example"), ("Lovelace, Ada", "ada@a.example"), ("A. B. Smith", "ab@x.example"),
             ('Say "hi"', "hi@x.example"), ("back\\slash", "bs@x.example"), ("", "bare@x.example"),
             ("Zoë Ærø", "z@x.example"), ("山田太郎", "yamada@x.example"), ("Émile", "e@x.example")]:
    print(repr(pair[0]), "->", formataddr(pair), "|", formataddr(pair, charset="iso-8859-1") if all(ord(c) < 256 for c in pair[0]) else "-")
try:
    formataddr(("Name", "bad@exämple.com"))
except UnicodeEncodeError as exc:
    print("UnicodeEncodeError", exc.reason)

print("--- quoting helpers")
for s in ['"quoted"', "<angle>", '"esc \\" and \\\\"', "plain", '"', "<>", '""']:
    print(repr(s), repr(unquote(s)), repr(quote(s)))
print(decode_rfc2231("utf-8''na%C3%AFve.txt"), decode_rfc2231("plain.txt"))
print(encode_rfc2231("naïve file.txt", "utf-8"), encode_rfc2231("x y", language="en"), encode_rfc2231("abc"))
digest_header = formatdate(1_234_567_890, usegmt=True)
print(digest_header, parsedate_tz(digest_header))
print(sorted(n for n in email.utils.__all__ if not n.startswith("_"))[:6], email.utils.supports_strict_parsing)
