"""Extract HTML forms, fill them in, and encode/decode multipart/form-data bodies."""
import hashlib
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, parse_qsl

PAGE = """
<FORM Action="/login?next=%2Fhome" METHOD=post id=login>
  <Input type=hidden name=csrf value="tok&amp;en=1">
  <input type="text" name="user" value='ada' required>
  <input type="password" name="pass">
  <input type=checkbox name=remember checked value=yes>
  <input type=checkbox name=newsletter value=on>
  <SELECT name="lang"><option value=en>English<option value="fr" selected>Fran&ccedil;ais</SELECT>
  <textarea name=bio rows=3>Line one &lt;b&gt;
line two</textarea>
  <input type=submit name=go value="Log in">
  <button name=cancel value=1>Cancel</button>
</FORM>
<form action="upload" method="POST" enctype="multipart/form-data">
  <input type=file name=doc><input name="title" value="Q3 &quot;final&quot;">
  <input type="radio" name="vis" value="public"><input type="radio" name="vis" value="private" checked>
</form>
<form><input name=q value=""><input name=q2 disabled value=x></form>
<!x bogus> </ br> <a b='c' d = "e" f=g/> <p/ class=x> </>
"""


class FormExtractor(HTMLParser):
    def __init__(self, base):
        super().__init__()
        self.base = base
        self.forms = []
        self.select = None
        self.option = None
        self.textarea = None
        self.odd = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms.append({"action": urljoin(self.base, a.get("action") or ""),
                               "method": (a.get("method") or "get").upper(),
                               "enctype": a.get("enctype", "application/x-www-form-urlencoded"),
                               "fields": []})
        elif not self.forms:
            self.odd.append((tag, attrs))
        elif tag == "input" and "name" in a and "disabled" not in a:
            kind = (a.get("type") or "text").lower()
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind in ("submit", "file"):
                self.forms[-1].setdefault(kind, []).append(a["name"])
                return
            self.forms[-1]["fields"].append((a["name"], a.get("value") or ""))
        elif tag == "select":
            self.select = [a.get("name"), None, None]
        elif tag == "option" and self.select:
            if self.select[1] is None or "selected" in a:
                self.select[1 if "selected" not in a else 2] = a.get("value")
        elif tag == "textarea":
            self.textarea = [a["name"], ""]
        else:
            self.odd.append((tag, attrs))

    def handle_endtag(self, tag):
        if tag == "select" and self.select:
            name, first, chosen = self.select
            self.forms[-1]["fields"].append((name, chosen or first))
            self.select = None
        elif tag == "textarea" and self.textarea:
            self.forms[-1]["fields"].append(tuple(self.textarea))
            self.textarea = None
        elif tag not in ("form", "option", "button"):
            self.odd.append(("/" + tag,))

    def handle_data(self, data):
        if self.textarea:
            self.textarea[1] += data

    def handle_comment(self, data):
        self.odd.append(("comment", data))

    def unknown_decl(self, data):
        self.odd.append(("decl", data))


def multipart(fields, files, boundary):
    out = []
    for name, value in fields:
        out.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode() +
                   value.encode("utf-8") + b"\r\n")
    for name, (filename, ctype, data) in files.items():
        out.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
                   f'filename="{filename}"\r\nContent-Type: {ctype}\r\n\r\n'.encode() + data + b"\r\n")
    out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out)


def parse_multipart(body, boundary):
    result = []
    delim = b"--" + boundary.encode()
    for part in body.split(delim)[1:]:
        if part.startswith(b"--"):
            break
        head, _, data = part.strip(b"\r\n").partition(b"\r\n\r\n")
        info = {}
        for line in head.decode().split("\r\n"):
            key, _, val = line.partition(": ")
            info[key.lower()] = val
        params = dict(p.strip().split("=", 1) for p in info["content-disposition"].split(";")[1:])
        params = {k: v.strip('"') for k, v in params.items()}
        result.append((params["name"], params.get("filename"), info.get("content-type"), data))
    return result


fx = FormExtractor("https://site.example/account/")
fx.feed(PAGE)
fx.close()
for form in fx.forms:
    print(form["method"], form["action"], form["enctype"], form.get("submit"), form.get("file"))
    for name, value in form["fields"]:
        print(f"    {name} = {value!r}")
    if form["enctype"].startswith("application/x-www"):
        body = urlencode(form["fields"])
        print("    body:", body)
        print("    roundtrip:", parse_qsl(body, keep_blank_values=True) == form["fields"])
print("odd:", fx.odd)

upload = fx.forms[1]
payload = bytes(range(0, 256, 3)) + "ünïcode\r\n--not-a-boundary".encode()
body = multipart(upload["fields"], {"doc": ("report q3.bin", "application/octet-stream", payload)}, "XyZzY42")
print(len(body), hashlib.md5(body).hexdigest(), body[:60])
for name, filename, ctype, data in parse_multipart(body, "XyZzY42"):
    print(name, filename, ctype, len(data), data[:12], data == payload if filename else data.decode())
