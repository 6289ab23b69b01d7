# A tiny static-file server's content-type logic: choose Content-Type and
# Content-Encoding headers for request paths, register site-specific types,
# load an extra mime.types file, and pick extensions for uploaded content.
import io
import mimetypes
import os
import tempfile

REQUESTS = [
    "/index.html", "/INDEX.HTM", "/css/site.css", "/js/app.js", "/js/module.mjs",
    "/img/logo.png", "/img/photo.JPEG", "/img/icon.svg", "/img/icon.svgz",
    "/fonts/body.woff2", "/downloads/report.pdf", "/downloads/data.csv",
    "/downloads/dump.tar.gz", "/downloads/dump.tgz", "/downloads/old.tar.Z",
    "/downloads/backup.tar.bz2", "/downloads/logs.txz", "/api/schema.json",
    "/feed.xml", "/README", "/Makefile", "/.htaccess", "/notes.md",
    "/video/intro.mp4", "/audio/theme.mp3", "/doc/manual.docx", "/src/main.py",
    "/src/main.c", "/photos/IMG_0001.webp", "/misc/file.xyz123",
    "data:image/png;base64,iVBORw0KGgo=", "data:,plain%20text",
    "https://cdn.example.com/lib/vendor.min.js?v=3", "/styles/print.CSS",
]


def headers(path, db=None, strict=True):
    guess = (db or mimetypes).guess_type(path, strict=strict)
    ctype, encoding = guess
    out = {"Content-Type": ctype or "application/octet-stream"}
    if ctype and ctype.startswith("text/"):
        out["Content-Type"] += "; charset=utf-8"
    if encoding:
        out["Content-Encoding"] = encoding
    return out


print("== module-level database (built-in tables + system mime.types)")
for path in REQUESTS:
    print("%-45s %s" % (path[:45], headers(path)))

print("== built-in tables only (a fresh MimeTypes)")
fresh = mimetypes.MimeTypes()
for path in REQUESTS:
    strict = fresh.guess_type(path)
    loose = fresh.guess_type(path, strict=False)
    if strict != loose or strict[0] is None:
        print("%-45s strict=%s loose=%s" % (path[:45], strict, loose))
print("fresh sizes:", len(fresh.types_map[True]), len(fresh.types_map[False]))

print("== extensions for uploads")
for ctype in ["image/jpeg", "image/png", "text/plain", "text/html", "application/json",
              "application/octet-stream", "audio/mpeg", "video/mp4", "application/zip",
              "image/jpg", "audio/midi", "application/x-unknown", "TEXT/CSV",
              "application/xml", "application/javascript"]:
    print("%-26s %-6s %-6s %s" % (ctype, fresh.guess_extension(ctype),
                                  fresh.guess_extension(ctype, strict=False),
                                  fresh.guess_all_extensions(ctype, strict=False)))
print("system:", mimetypes.guess_extension("image/jpeg"),
      mimetypes.guess_all_extensions("text/plain")[:6],
      mimetypes.guess_extension("application/vnd.ms-excel"))

print("== site-specific types")
fresh.add_type("application/x-ember-bundle", ".ebundle")
fresh.add_type("text/x-site-notes", ".snote", strict=False)
fresh.add_type("text/plain", ".log")
fresh.add_type("text/x-log", ".log")
for path in ["/a.ebundle", "/a.snote", "/server.log", "/A.EBUNDLE"]:
    print(path, fresh.guess_type(path), fresh.guess_type(path, strict=False))
print(fresh.guess_all_extensions("text/plain")[-2:], fresh.guess_all_extensions("text/x-log"))
print("module unaffected:", mimetypes.guess_type("/a.ebundle"))

print("== reading mime.types files")
with tempfile.TemporaryDirectory() as tmp:
    extra = os.path.join(tmp, "site.types")
    with open(extra, "w", encoding="utf-8") as f:
        f.write("# site additions\n")
        f.write("application/x-site-config   sitecfg scfg   # our configs\n")
        f.write("\n   text/x-template tmpl\n")
        f.write("image/png png2\n")
    custom = mimetypes.MimeTypes([extra])
    print(custom.guess_type("x.scfg"), custom.guess_type("t.tmpl"), custom.guess_type("p.png2"))
    print(custom.guess_all_extensions("image/png"), custom.guess_all_extensions("application/x-site-config"))
    table = mimetypes.read_mime_types(extra)
    print(sorted(ext for ext in table if table[ext] != fresh.types_map[True].get(ext)))
    print(mimetypes.read_mime_types(os.path.join(tmp, "missing.types")))
    loose = mimetypes.MimeTypes()
    loose.readfp(io.StringIO("text/x-loose lse\n"), strict=False)
    print(loose.guess_type("a.lse"), loose.guess_type("a.lse", strict=False))
    mimetypes.init([extra])
    print("after init:", mimetypes.guess_type("x.sitecfg"), mimetypes.inited)

print("== tables")
print(sorted(mimetypes.suffix_map.items()))
print(sorted(mimetypes.encodings_map.items()))
print(mimetypes.types_map[".json"], mimetypes.common_types.get(".rtf"), ".xul" in mimetypes.common_types)
