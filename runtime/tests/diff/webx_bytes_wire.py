"""Byte-level HTTP/1.1 wire handling: request parsing, chunked bodies, bytes URLs."""
import io
import json
import zlib
from urllib.parse import parse_qs, parse_qsl, unquote_to_bytes, urljoin, urlparse, urlsplit, urlunsplit


class ProtocolError(Exception):
    pass


def read_line(stream, limit=1024):
    line = stream.readline(limit + 1)
    if len(line) > limit:
        raise ProtocolError("line too long")
    if not line.endswith(b"\r\n"):
        raise ProtocolError(f"unterminated line {line[:20]!r}")
    return line[:-2]


def read_chunked(stream):
    body = bytearray()
    while True:
        size_line = read_line(stream).split(b";", 1)[0].strip()
        try:
            size = int(size_line, 16)
        except ValueError:
            raise ProtocolError(f"bad chunk size {size_line!r}") from None
        if size == 0:
            trailers = {}
            while (line := read_line(stream)):
                k, _, v = line.partition(b":")
                trailers[k.strip().lower()] = v.strip()
            return bytes(body), trailers
        body += stream.read(size)
        if stream.read(2) != b"\r\n":
            raise ProtocolError("chunk not followed by CRLF")


def parse_request(data):
    stream = io.BytesIO(data)
    method, target, version = read_line(stream).split(b" ", 2)
    if not version.startswith(b"HTTP/1."):
        raise ProtocolError(f"unsupported version {version!r}")
    headers = []
    while (line := read_line(stream)):
        if line[:1] in b" \t":
            name, value = headers[-1]
            headers[-1] = (name, value + b" " + line.strip())
            continue
        name, sep, value = line.partition(b":")
        if not sep or name != name.strip():
            raise ProtocolError(f"bad header {line!r}")
        headers.append((name.lower(), value.strip()))
    hdrs = dict(headers)
    trailers = {}
    if hdrs.get(b"transfer-encoding", b"").lower() == b"chunked":
        body, trailers = read_chunked(stream)
    else:
        body = stream.read(int(hdrs.get(b"content-length", b"0")))
    if hdrs.get(b"content-encoding") == b"deflate":
        body = zlib.decompress(body)
    url = urlsplit(target)
    return method, url, hdrs, body, trailers


payload = json.dumps({"msg": "héllo", "n": [1, 2, 3]}).encode()
squeezed = zlib.compress(payload, 9)
chunks = b"".join(b"%x;ext=1\r\n%s\r\n" % (len(c), c) for c in [squeezed[:7], squeezed[7:20], squeezed[20:]])
messages = [
    b"GET /search?q=tea%20time%21&page=2&tag=a&tag=b HTTP/1.1\r\nHost: shop.example\r\nAccept: */*\r\n\r\n",
    b"POST /api/items?dry_run HTTP/1.1\r\nHost: api.example:8443\r\nContent-Type: application/json\r\n"
    b"Transfer-Encoding: chunked\r\nContent-Encoding: deflate\r\n\r\n" + chunks + b"0\r\nX-Checksum: abc\r\n\r\n",
    b"PUT http://proxy.example:3128/abs/path;v=2?x=%2F HTTP/1.0\r\nX-Long: part one\r\n  part two\r\n"
    b"Content-Length: 5\r\n\r\nhello-extra",
    b"GET / HTTP/2.0\r\n\r\n",
    b"GET / HTTP/1.1\r\nBad Header : x\r\n\r\n",
    b"POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    b"GET /no-crlf HTTP/1.1\n",
]
for raw in messages:
    try:
        method, url, hdrs, body, trailers = parse_request(raw)
    except ProtocolError as exc:
        print("ProtocolError:", exc)
        continue
    print(method, url)
    print("   host/port:", url.hostname, url.port, "path bytes:", unquote_to_bytes(url.path))
    print("   query:", parse_qs(url.query, keep_blank_values=True), parse_qsl(url.query))
    print("   headers:", sorted(hdrs.items()))
    print("   body:", body[:60], "trailers:", trailers)
    full = urlunsplit((b"https", hdrs.get(b"host", b"default.example"), url.path, url.query, b""))
    print("   rebuilt:", full, urljoin(full, b"../up?z=1"), urlparse(full).params)
    print("   decoded:", url.decode(), url.decode().encode() == url)
