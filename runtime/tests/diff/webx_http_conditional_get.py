"""Static-file responder: HTTP dates, conditional GET, ranges, content types."""
import hashlib
import mimetypes
from datetime import datetime, timedelta, timezone
from email.utils import (format_datetime, formatdate, mktime_tz, parsedate,
                         parsedate_to_datetime, parsedate_tz)
from http import HTTPStatus

FILES = {
    "index.html": (b"<h1>hi</h1>\n" * 3, 1_699_990_000),
    "app.min.js": (b"console.log(1);" * 10, 1_600_000_000.9),
    "photo.JPG": (bytes(range(256)) * 4, 1_500_000_000),
    "data.tar.gz": (b"\x1f\x8b" + b"\0" * 98, 1_650_000_000),
    "notes": (b"plain words", 1_000_000_000),
    "report.csv": (b"a,b\n1,2\n", 1_690_000_000),
}
NOW = 1_700_000_000


def http_date(ts):
    return formatdate(ts, usegmt=True)


def etag(body):
    return '"%s"' % hashlib.sha1(body).hexdigest()[:12]


def parse_range(header, size):
    unit, _, spec = header.partition("=")
    if unit.strip() != "bytes" or "," in spec:
        return None
    start, _, end = spec.strip().partition("-")
    if not start:
        n = int(end)
        return (max(size - n, 0), size - 1)
    start = int(start)
    end = min(int(end), size - 1) if end else size - 1
    if start > end:
        return "unsatisfiable"
    return (start, end)


def respond(name, headers):
    if name not in FILES:
        return HTTPStatus.NOT_FOUND, {}, b""
    body, mtime = FILES[name]
    ctype, encoding = mimetypes.guess_type(name)
    out = {
        "Content-Type": ctype or "application/octet-stream",
        "Last-Modified": http_date(mtime),
        "ETag": etag(body),
        "Date": http_date(NOW),
        "Expires": format_datetime(datetime.fromtimestamp(NOW, timezone.utc) + timedelta(hours=1), usegmt=True),
    }
    if encoding:
        out["Content-Encoding"] = encoding
    inm = headers.get("If-None-Match")
    if inm is not None:
        tags = [t.strip() for t in inm.split(",")]
        if out["ETag"] in tags or "*" in tags:
            return HTTPStatus.NOT_MODIFIED, out, b""
    ims = headers.get("If-Modified-Since")
    if ims is not None and inm is None:
        try:
            since = parsedate_to_datetime(ims)
        except (TypeError, ValueError) as exc:
            out["X-Bad-Date"] = str(exc)
        else:
            if since.tzinfo is None:
                since = since.replace(tzinfo=timezone.utc)
            if int(mtime) <= since.timestamp():
                return HTTPStatus.NOT_MODIFIED, out, b""
    rng = headers.get("Range")
    if rng:
        got = parse_range(rng, len(body))
        if got == "unsatisfiable":
            out["Content-Range"] = f"bytes */{len(body)}"
            return HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE, out, b""
        if got:
            a, b = got
            out["Content-Range"] = f"bytes {a}-{b}/{len(body)}"
            return HTTPStatus.PARTIAL_CONTENT, out, body[a:b + 1]
    return HTTPStatus.OK, out, body


scenarios = [
    ("index.html", {}),
    ("index.html", {"If-None-Match": etag(FILES["index.html"][0])}),
    ("index.html", {"If-None-Match": '"stale", *'}),
    ("app.min.js", {"If-Modified-Since": "Sun, 13 Sep 2020 12:26:40 GMT"}),
    ("app.min.js", {"If-Modified-Since": "Sun, 13 Sep 2020 12:26:39 GMT"}),
    ("app.min.js", {"If-Modified-Since": "Sunday, 13-Sep-20 14:26:41 +0200"}),
    ("app.min.js", {"If-Modified-Since": "yesterday-ish"}),
    ("photo.JPG", {"Range": "bytes=10-19"}),
    ("photo.JPG", {"Range": "bytes=-5"}),
    ("photo.JPG", {"Range": "bytes=1020-"}),
    ("photo.JPG", {"Range": "bytes=2000-3000"}),
    ("photo.JPG", {"Range": "bytes=0-1,5-6"}),
    ("data.tar.gz", {}),
    ("notes", {}),
    ("report.csv", {"If-Modified-Since": "Sat, 22 Jul 2023 04:26:40 -0000"}),
    ("missing.txt", {}),
]
for name, hdrs in scenarios:
    status, out, body = respond(name, hdrs)
    print(f"{name} {hdrs} -> {status.value} {status.phrase} len={len(body)} {body[:6]!r}")
    for k in sorted(out):
        print(f"    {k}: {out[k]}")

print("--- date parsing")
samples = ["Wed, 15 Nov 2023 22:13:20 GMT", "Wed, 15 Nov 2023 17:13:20 -0500",
           "15 Nov 2023 22:13 +0000", "Wed Nov 15 22:13:20 2023", "Tue, 1 Jan 80 00:00:00 EST",
           "Fri, 31 Dec 1999 23:59:59 -0000", "Mon, 20 Nov 1995 19:12:08 CDT", "nonsense", ""]
for s in samples:
    tz = parsedate_tz(s)
    print(repr(s), parsedate(s), tz and tz[9], tz and mktime_tz(tz))
    try:
        dt = parsedate_to_datetime(s)
        print("   ", dt.isoformat(), dt.utcoffset(), format_datetime(dt))
    except (TypeError, ValueError) as exc:
        print("   ", type(exc).__name__, exc)
for ts in (0, 86399.99, 951782400, 4102444800):
    print(formatdate(ts), "|", formatdate(ts, usegmt=True))
naive = datetime(2024, 2, 29, 6, 7, 8)
aware = naive.replace(tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
print(format_datetime(naive), "|", format_datetime(aware), "|", format_datetime(aware.astimezone(timezone.utc), True))
try:
    format_datetime(aware, usegmt=True)
except ValueError as exc:
    print("ValueError:", exc)
for ext in [".svg", ".json", ".wasm", ".mp4", ".py", ".tar.bz2", ".css", ".txt", ".unknownext"]:
    print(ext, mimetypes.guess_type("file" + ext), mimetypes.guess_extension(mimetypes.guess_type("f" + ext)[0] or "x/y"))
