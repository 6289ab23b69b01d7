"""A tiny WSGI-like framework: routing, raw request parsing, cookies, JSON."""
import json
import re
from urllib.parse import parse_qs, parse_qsl, unquote, urlsplit

STATUS_TEXT = {200: "OK", 201: "Created", 204: "No Content", 301: "Moved Permanently",
               400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed",
               500: "Internal Server Error"}


class Request:
    def __init__(self, raw):
        head, _, body = raw.partition("\r\n\r\n")
        lines = head.split("\r\n")
        self.method, target, self.version = lines[0].split(" ")
        parts = urlsplit(target)
        self.path = unquote(parts.path)
        self.query = parse_qs(parts.query, keep_blank_values=True)
        self.headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            self.headers[name.strip().lower()] = value.strip()
        self.body = body
        self.cookies = {}
        for chunk in self.headers.get("cookie", "").split(";"):
            if "=" in chunk:
                k, v = chunk.split("=", 1)
                self.cookies[k.strip()] = unquote(v.strip().strip('"'))

    def form(self):
        ctype = self.headers.get("content-type", "")
        if ctype.startswith("application/x-www-form-urlencoded"):
            return dict(parse_qsl(self.body, keep_blank_values=True))
        if ctype.startswith("application/json"):
            return json.loads(self.body or "null")
        return {}


class Response:
    def __init__(self, body="", status=200, headers=None):
        self.status = status
        self.headers = list((headers or {}).items())
        if isinstance(body, (dict, list)):
            body = json.dumps(body, sort_keys=True)
            self.headers.append(("Content-Type", "application/json"))
        self.body = body

    def set_cookie(self, name, value, **attrs):
        bits = [f"{name}={value}"]
        for key, val in sorted(attrs.items()):
            key = key.replace("_", "-").title()
            bits.append(key if val is True else f"{key}={val}")
        self.headers.append(("Set-Cookie", "; ".join(bits)))

    def render(self):
        out = [f"HTTP/1.1 {self.status} {STATUS_TEXT.get(self.status, 'Unknown')}"]
        out += [f"{k}: {v}" for k, v in self.headers]
        out.append(f"Content-Length: {len(self.body.encode('utf-8'))}")
        return "\r\n".join(out) + "\r\n\r\n" + self.body


class App:
    def __init__(self):
        self.routes = []

    def route(self, pattern, methods=("GET",)):
        regex = re.sub(r"<(\w+)(?::(int|path))?>", self._convert, pattern)
        compiled = re.compile("^" + regex + "$")

        def deco(fn):
            self.routes.append((compiled, set(methods), fn))
            return fn
        return deco

    @staticmethod
    def _convert(m):
        name, kind = m.group(1), m.group(2)
        body = {"int": r"\d+", "path": r".+", None: r"[^/]+"}[kind]
        return f"(?P<{name}>{body})"

    def __call__(self, raw):
        req = Request(raw)
        allowed = set()
        for regex, methods, fn in self.routes:
            m = regex.match(req.path)
            if not m:
                continue
            if req.method not in methods:
                allowed |= methods
                continue
            kwargs = {k: int(v) if v.isdigit() else v for k, v in m.groupdict().items()}
            try:
                res = fn(req, **kwargs)
            except (KeyError, ValueError) as exc:
                res = Response({"error": type(exc).__name__, "detail": str(exc)}, 400)
            except Exception as exc:
                res = Response({"error": repr(exc)}, 500)
            return res if isinstance(res, Response) else Response(res)
        if allowed:
            return Response("", 405, {"Allow": ", ".join(sorted(allowed))})
        return Response({"error": "not found", "path": req.path}, 404)


app = App()
USERS = {1: {"name": "ada", "tags": ["math"]}, 2: {"name": "linus", "tags": []}}


@app.route("/")
def index(req):
    visits = int(req.cookies.get("visits", "0")) + 1
    res = Response(f"hello {req.cookies.get('user', 'guest')} #{visits}")
    res.set_cookie("visits", visits, max_age=3600, http_only=True, path="/")
    return res


@app.route("/users/<uid:int>")
def get_user(req, uid):
    return USERS[uid]


@app.route("/users", methods=("POST",))
def create_user(req):
    data = req.form()
    name = data["name"]
    if not name.isalpha():
        raise ValueError(f"bad name {name!r}")
    uid = max(USERS) + 1
    USERS[uid] = {"name": name, "tags": data.get("tags", "").split(",") if data.get("tags") else []}
    return Response({"id": uid}, 201, {"Location": f"/users/{uid}"})


@app.route("/search")
def search(req):
    q = req.query.get("q", [""])[0].lower()
    limit = int(req.query.get("limit", ["10"])[0])
    hits = [u["name"] for u in USERS.values() if q in u["name"]]
    return {"q": q, "hits": hits[:limit], "all_params": req.query}


@app.route("/files/<name:path>")
def files(req, name):
    return {"file": name, "parts": name.split("/")}


@app.route("/boom")
def boom(req):
    return 1 / 0


def raw(method, target, headers=(), body=""):
    lines = [f"{method} {target} HTTP/1.1", "Host: example.test"] + list(headers)
    if body:
        lines.append(f"Content-Length: {len(body)}")
    return "\r\n".join(lines) + "\r\n\r\n" + body


requests = [
    raw("GET", "/"),
    raw("GET", "/", ["Cookie: user=%C3%A9milie; visits=41"]),
    raw("GET", "/users/1"),
    raw("GET", "/users/9"),
    raw("DELETE", "/users/1"),
    raw("POST", "/users", ["Content-Type: application/x-www-form-urlencoded"], "name=grace&tags=navy%2Ccobol"),
    raw("POST", "/users", ["Content-Type: application/json"], json.dumps({"name": "x1"})),
    raw("POST", "/users", ["Content-Type: application/json"], json.dumps({"nom": "y"})),
    raw("GET", "/users/3"),
    raw("GET", "/search?q=A&limit=1&empty=&multi=1&multi=2"),
    raw("GET", "/files/docs/2024/report%20final.pdf"),
    raw("GET", "/boom"),
    raw("GET", "/nowhere?x=1"),
]
for r in requests:
    print(r.split("\r\n")[0])
    print(app(r).render().replace("\r\n", " | "))
    print("-" * 40)
