"""REST handler layer built on http.HTTPStatus / http.HTTPMethod."""
import json
from http import HTTPMethod, HTTPStatus
from itertools import groupby


class HTTPError(Exception):
    def __init__(self, status, detail=None):
        self.status = HTTPStatus(status)
        self.detail = detail or self.status.description or self.status.phrase
        super().__init__(f"{self.status.value} {self.status.phrase}")


def status_line(status, version="HTTP/1.1"):
    status = HTTPStatus(status)
    return f"{version} {status} {status.phrase}"


class Resource:
    def __init__(self):
        self.items = {}
        self.next_id = 1

    def allowed(self):
        return sorted(m for m in HTTPMethod if hasattr(self, "do_" + m.lower()))

    def dispatch(self, method, item_id=None, body=None):
        try:
            method = HTTPMethod(method.upper())
        except ValueError:
            raise HTTPError(HTTPStatus.NOT_IMPLEMENTED, f"unknown method {method!r}") from None
        handler = getattr(self, "do_" + method.lower(), None)
        if handler is None:
            raise HTTPError(405)
        return handler(item_id, body)

    def do_get(self, item_id, body):
        if item_id is None:
            return HTTPStatus.OK, sorted(self.items.values(), key=lambda r: r["id"])
        if item_id not in self.items:
            raise HTTPError(HTTPStatus.NOT_FOUND, f"no item {item_id}")
        return HTTPStatus.OK, self.items[item_id]

    def do_head(self, item_id, body):
        status, _ = self.do_get(item_id, body)
        return status, None

    def do_post(self, item_id, body):
        if not isinstance(body, dict) or "title" not in body:
            raise HTTPError(HTTPStatus.UNPROCESSABLE_ENTITY, "title required")
        if any(r["title"] == body["title"] for r in self.items.values()):
            raise HTTPError(HTTPStatus.CONFLICT)
        rec = {"id": self.next_id, "title": body["title"]}
        self.items[self.next_id] = rec
        self.next_id += 1
        return HTTPStatus.CREATED, rec

    def do_delete(self, item_id, body):
        if self.items.pop(item_id, None) is None:
            raise HTTPError(404)
        return HTTPStatus.NO_CONTENT, None

    def do_options(self, item_id, body):
        return HTTPStatus.OK, {"allow": [str(m) for m in self.allowed()]}


def handle(res, method, item_id=None, body=None):
    try:
        status, payload = res.dispatch(method, item_id, body)
    except HTTPError as err:
        status, payload = err.status, {"error": err.detail, "code": err.status}
    text = "" if payload is None else json.dumps(payload, sort_keys=True)
    print(f"{method:7} {str(item_id):4} -> {status_line(status)} {text}")
    return status


res = Resource()
log = [
    handle(res, "post", body={"title": "write docs"}),
    handle(res, "POST", body={"title": "ship it"}),
    handle(res, "POST", body={"title": "ship it"}),
    handle(res, "POST", body=["nope"]),
    handle(res, "GET"),
    handle(res, "GET", 2),
    handle(res, "HEAD", 7),
    handle(res, "DELETE", 1),
    handle(res, "DELETE", 1),
    handle(res, "PUT", 2),
    handle(res, "BREW", 2),
    handle(res, "options"),
]
print("statuses:", [int(s) for s in log], sum(log), max(log), repr(min(log)))
print("success:", [s.name for s in log if 200 <= s < 300])
print("errors:", sorted({s.phrase for s in log if s >= HTTPStatus.BAD_REQUEST}))

print("--- table by class")
for klass, members in groupby(HTTPStatus, key=lambda s: s // 100):
    members = list(members)
    print(f"{klass}xx: {len(members):2} first={members[0]!r} last={members[-1].name}")
print(len(HTTPStatus), len(HTTPStatus.__members__), HTTPStatus(418).phrase, HTTPStatus["IM_A_TEAPOT"].description)
print([s.value for s in HTTPStatus if not s.description])
print(HTTPStatus.OK == 200, HTTPStatus.OK is HTTPStatus(200), 200 in {HTTPStatus.OK: 1}, hash(HTTPStatus.OK) == hash(200))
print("%s %d %r %5d|%-5s|" % (HTTPStatus.FOUND, HTTPStatus.FOUND, HTTPStatus.FOUND, HTTPStatus.FOUND, HTTPStatus.FOUND))
print(f"{HTTPStatus.NOT_FOUND} {HTTPStatus.NOT_FOUND!s} {HTTPStatus.NOT_FOUND:>6} {HTTPStatus.NOT_FOUND:#x} {HTTPStatus.NOT_FOUND.name.title()}")
print(json.dumps({"status": HTTPStatus.ACCEPTED, "method": HTTPMethod.PATCH}), HTTPStatus.OK + 1, type(HTTPStatus.OK + 1).__name__)
print(isinstance(HTTPStatus.OK, int), type(HTTPStatus.OK).__mro__[1].__name__, HTTPStatus.OK.__class__.__name__)
for bad in (299, 999, "200"):
    try:
        HTTPStatus(bad)
    except ValueError as exc:
        print("ValueError:", exc)

print("--- methods")
print(list(HTTPMethod), [m.value for m in HTTPMethod])
for m in HTTPMethod:
    print(f"{m:8}|{m.name:8}|{len(m.description):3}|{m.description}")
safe = {HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS, HTTPMethod.TRACE}
print(sorted(safe), "GET" in safe, HTTPMethod("GET") in safe, HTTPMethod["POST"] in safe)
print(HTTPMethod.GET == "GET", HTTPMethod.GET.lower(), HTTPMethod.DELETE + "!", "-".join(HTTPMethod)[:20])
try:
    HTTPMethod("get")
except ValueError as exc:
    print("ValueError:", exc)
