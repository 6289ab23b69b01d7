"""Session handling with http.cookies: parse Cookie headers, emit Set-Cookie."""
import pickle
from http import cookies
from http.cookies import CookieError, Morsel, SimpleCookie, BaseCookie

incoming = [
    'session=abc123; theme=dark; lang="en-GB"',
    'a=1; b="quoted value; with semicolon"; c=3',
    'keebler="E=mc2; L=\\"Loves\\"; fudge=\\012;";',
    'id=7; Path=/app; Domain=.example.com; Secure; HttpOnly; Max-Age=60',
    'pref=compact; expires=Wed, 09 Jun 2021 10:18:14 GMT; samesite=Lax',
    'Path=/nocookie; a=1',
    'a=1; flagless; b=2',
    '$Version=1; Customer="WILE_E_COYOTE"; $Path="/acme"',
    'x=; y=""; z=\\"odd',
    'ünicode=1; ok=2',
    'dup=first; dup=second',
    '',
]
for header in incoming:
    jar = SimpleCookie()
    jar.load(header)
    print(repr(header))
    print("   ", repr(jar), sorted(jar.keys()))
    for name, morsel in sorted(jar.items()):
        attrs = {k: v for k, v in morsel.items() if v != ""}
        print(f"    {name}: value={morsel.value!r} coded={morsel.coded_value!r} attrs={attrs}")

print("--- outgoing")
resp = SimpleCookie()
resp["session"] = "s3cr3t"
resp["session"]["path"] = "/"
resp["session"]["httponly"] = True
resp["session"]["samesite"] = "Strict"
resp["cart"] = 'apple, "pear"; plum'
resp["cart"]["max-age"] = 3600
resp["cart"]["comment"] = "fruit basket"
resp["n"] = 42
resp["n"]["secure"] = False
resp["n"]["domain"] = "shop.example"
resp["n"]["expires"] = "Thu, 01 Jan 2026 00:00:00 GMT"
resp["emoji"] = "caf\u00e9 \u2615"
print(resp.output())
print(resp.output(attrs=["path", "max-age"], header="Cookie:", sep=" || "))
print(str(resp["cart"]))
print(repr(resp["session"]), repr(resp))
print(resp["session"].OutputString(["httponly"]))
print(resp["n"].js_output().strip().splitlines()[2].strip())

print("--- morsel API")
m = Morsel()
m.set("token", "v a l", '"v a l"')
print(m.key, m.value, m.coded_value, list(m.keys()), m.isReservedKey("PATH"), m.isReservedKey("token"))
m["Path"] = "/x"
m.update({"Max-Age": 10, "domain": "d.example"})
print(m.setdefault("comment", "hi"), m.setdefault("path", "/ignored"), m.OutputString())
c = m.copy()
print(c == m, c is m, type(c).__name__, c != m)
c["path"] = "/y"
print(c == m, m == "token", m.get("path"), c["path"])
for bad in [lambda: m.__setitem__("colour", "red"), lambda: m.set("expires", "v", "v"),
            lambda: m.set("bad key", "v", "v"), lambda: m.update({"nope": 1}),
            lambda: m.setdefault("x"), lambda: resp.__setitem__("bad;name", "v")]:
    try:
        bad()
        print("no error")
    except CookieError as exc:
        print("CookieError:", exc)
clone = pickle.loads(pickle.dumps(resp["cart"]))
print(clone == resp["cart"], clone.value, clone["max-age"])

print("--- quoting")
for raw in ["plain", "with space", 'q"uote', "back\\slash", "semi;colon", "tab\there", "\u00e9", "a,b", "{}[]"]:
    q = cookies._quote(raw)
    print(repr(raw), repr(q), cookies._unquote(q) == raw)
print(repr(cookies._unquote('"\\101\\102C"')), repr(cookies._unquote('"x')), cookies._unquote(None))


class JsonCookie(BaseCookie):
    def value_encode(self, val):
        import json
        return val, json.dumps(val, sort_keys=True).replace('"', "'").replace(" ", "")

    def value_decode(self, val):
        import json
        return json.loads(val.replace("'", '"')), val


jc = JsonCookie()
jc["prefs"] = {"cols": 3, "dark": True}
jc["list"] = [1, 2]
print(jc.output())
back = JsonCookie(jc.output(header="").replace("\r\n", ";"))
print(sorted((k, v.value) for k, v in back.items()))
print(BaseCookie({"k": 5, "j": "x y"}), len(SimpleCookie("a=1; b=2")), SimpleCookie[str])
