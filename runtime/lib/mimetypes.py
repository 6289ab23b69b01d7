"""Guessing MIME types from file names and URLs, and file extensions from types.

guess_type(url) gives (type, encoding) for a path or URL, looking at its
extension (after expanding shorthands such as .tgz, and taking compression
suffixes such as .gz as the encoding); guess_extension(type) and
guess_all_extensions(type) go the other way. The tables start from a built-in
list and are then extended from the system's mime.types files (knownfiles),
read on first use, exactly as CPython does on the same machine. Types given
with strict=False are common but not registered with IANA.
"""

import os
import posixpath
import sys

__all__ = [
    "knownfiles", "inited", "MimeTypes",
    "guess_type", "guess_all_extensions", "guess_extension",
    "add_type", "init", "read_mime_types",
    "suffix_map", "encodings_map", "types_map", "common_types",
]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None

# The built-in tables, one line per type in the manner of mime.types: the type,
# then its extensions (without dots). The order of the lines and of the
# extensions decides which extension guess_extension() prefers.
_STANDARD_TABLE = """
application/javascript js mjs
application/json json
application/manifest+json webmanifest
application/msword doc dot wiz
application/n-quads nq
application/n-triples nt
application/octet-stream bin a dll exe o obj so
application/oda oda
application/pdf pdf
application/pkcs7-mime p7c
application/postscript ps ai eps
application/trig trig
application/vnd.apple.mpegurl m3u m3u8
application/vnd.ms-excel xls xlb
application/vnd.ms-powerpoint ppt pot ppa pps pwz
application/wasm wasm
application/x-bcpio bcpio
application/x-cpio cpio
application/x-csh csh
application/x-dvi dvi
application/x-gtar gtar
application/x-hdf hdf
application/x-hdf5 h5
application/x-latex latex
application/x-mif mif
application/x-netcdf cdf nc
application/x-pkcs12 p12 pfx
application/x-pn-realaudio ram
application/x-python-code pyc pyo
application/x-sh sh
application/x-shar shar
application/x-shockwave-flash swf
application/x-sv4cpio sv4cpio
application/x-sv4crc sv4crc
application/x-tar tar
application/x-tcl tcl
application/x-tex tex
application/x-texinfo texi texinfo
application/x-troff roff t tr
application/x-troff-man man
application/x-troff-me me
application/x-troff-ms ms
application/x-ustar ustar
application/x-wais-source src
application/xml xsl rdf wsdl xpdl
application/zip zip
audio/3gpp 3gp 3gpp
audio/3gpp2 3g2 3gpp2
audio/aac aac adts loas ass
audio/basic au snd
audio/mpeg mp3 mp2
audio/opus opus
audio/x-aiff aif aifc aiff
audio/x-pn-realaudio ra
audio/x-wav wav
image/avif avif
image/bmp bmp
image/gif gif
image/ief ief
image/jpeg jpg jpe jpeg
image/heic heic
image/heif heif
image/png png
image/svg+xml svg
image/tiff tiff tif
image/vnd.microsoft.icon ico
image/x-cmu-raster ras
image/x-portable-anymap pnm
image/x-portable-bitmap pbm
image/x-portable-graymap pgm
image/x-portable-pixmap ppm
image/x-rgb rgb
image/x-xbitmap xbm
image/x-xpixmap xpm
image/x-xwindowdump xwd
message/rfc822 eml mht mhtml nws
text/css css
text/csv csv
text/html html htm
text/n3 n3
text/plain txt bat c h ksh pl srt
text/richtext rtx
text/tab-separated-values tsv
text/vtt vtt
text/x-python py
text/x-setext etx
text/x-sgml sgm sgml
text/x-vcard vcf
text/xml xml
video/mp4 mp4
video/mpeg mpeg m1v mpa mpe mpg
video/quicktime mov qt
video/webm webm
video/x-msvideo avi
video/x-sgi-movie movie
"""

_NONSTANDARD_TABLE = """
application/rtf rtf
audio/midi midi mid
image/jpg jpg
image/pict pict pct pic
image/webp webp
text/xul xul
"""


def _parse_table(text):
    table = {}
    for line in text.splitlines():
        words = line.split()
        for ext in words[1:]:
            table["." + ext] = words[0]
    return table


def _default_mime_types():
    """Resets the module's tables to the built-in ones."""
    global suffix_map, _suffix_map_default, encodings_map, _encodings_map_default
    global types_map, _types_map_default, common_types, _common_types_default
    # Shorthand suffixes, expanded before anything else (case-insensitive).
    suffix_map = _suffix_map_default = {
        ".svgz": ".svg.gz", ".tgz": ".tar.gz", ".taz": ".tar.gz",
        ".tz": ".tar.gz", ".tbz2": ".tar.bz2", ".txz": ".tar.xz",
    }
    # Suffixes naming a compression (case-sensitive).
    encodings_map = _encodings_map_default = {
        ".gz": "gzip", ".Z": "compress", ".bz2": "bzip2", ".xz": "xz", ".br": "br",
    }
    types_map = _types_map_default = _parse_table(_STANDARD_TABLE)
    common_types = _common_types_default = _parse_table(_NONSTANDARD_TABLE)


def _split_scheme(url):
    """(scheme in lower case, rest) for 'scheme:rest', else (None, url)."""
    colon = url.find(":")
    if colon > 0 and "/" not in url[:colon]:
        return url[:colon].lower(), url[colon + 1:]
    return None, url


class MimeTypes:
    """A database of MIME types: the built-in tables plus those read from
    filenames (mime.types format)."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = _encodings_map_default.copy()
        self.suffix_map = _suffix_map_default.copy()
        # Index 1 (True) holds the standard types, index 0 the others.
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, mime in _types_map_default.items():
            self.add_type(mime, ext, True)
        for ext, mime in _common_types_default.items():
            self.add_type(mime, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Maps the extension ext (with its dot) to type, replacing what ext
        meant before, and adds ext to the extensions of type."""
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) for a file name, path-like object or URL; either
        may be None. A data: URL gives its own media type."""
        url = os.fspath(url)
        scheme, rest = _split_scheme(url)
        if scheme == "data":
            # data:[<mediatype>][;base64],<data>, text/plain by default.
            comma = rest.find(",")
            if comma < 0:
                return None, None
            semi = rest.find(";", 0, comma)
            mime = rest[:semi] if semi >= 0 else rest[:comma]
            if "=" in mime or "/" not in mime:
                mime = "text/plain"
            return mime, None
        base, ext = posixpath.splitext(rest)
        while ext.lower() in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext.lower()])
        encoding = self.encodings_map.get(ext)
        if encoding is not None:
            base, ext = posixpath.splitext(base)
        ext = ext.lower()
        mime = self.types_map[True].get(ext)
        if mime is None and not strict:
            mime = self.types_map[False].get(ext)
        return mime, encoding

    def guess_all_extensions(self, type, strict=True):
        """The extensions (with dots) known for type, preferred first."""
        type = type.lower()
        found = list(self.types_map_inv[True].get(type, []))
        if not strict:
            found += [e for e in self.types_map_inv[False].get(type, [])
                      if e not in found]
        return found

    def guess_extension(self, type, strict=True):
        """The preferred extension for type, or None."""
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        """Adds the types of the mime.types file filename."""
        with open(filename, encoding="utf-8") as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Adds the types of an open mime.types file: each line names a type
        and its extensions; '#' starts a comment."""
        for line in iter(fp.readline, ""):
            words = line.split()
            for i, word in enumerate(words):
                if word.startswith("#"):
                    words = words[:i]
                    break
            if words:
                for suffix in words[1:]:
                    self.add_type(words[0], "." + suffix, strict)

    def read_windows_registry(self, strict=True):
        """Reads the types known to Windows (nothing elsewhere)."""
        return None


def guess_type(url, strict=True):
    """(type, encoding) for url, from the module's database; see
    MimeTypes.guess_type."""
    if _db is None:
        init()
    return _db.guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """The extensions known for type; see MimeTypes.guess_all_extensions."""
    if _db is None:
        init()
    return _db.guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """The preferred extension for type, or None."""
    if _db is None:
        init()
    return _db.guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Adds a mapping of extension ext to type to the module's database."""
    if _db is None:
        init()
    return _db.add_type(type, ext, strict)


def init(files=None):
    """Builds the module's database from the built-in tables and knownfiles
    (plus files); with files given after a first init, reads just those."""
    global suffix_map, types_map, encodings_map, common_types, inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        db.read_windows_registry()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    types_map, common_types = db.types_map[True], db.types_map[False]
    suffix_map, encodings_map = db.suffix_map, db.encodings_map
    _db = db


def read_mime_types(file):
    """The standard types in the mime.types file file, or None if it cannot
    be opened."""
    try:
        fp = open(file, encoding="utf-8")
    except OSError:
        return None
    with fp:
        db = MimeTypes()
        db.readfp(fp, True)
        return db.types_map[True]


_default_mime_types()


def _main():
    import getopt
    options = (("--help / -h", "print this message and exit"),
               ("--lenient / -l", "additionally search of some common, but non-standard\n"
                + " " * 25 + "types."),
               ("--extension / -e", "guess extension instead of type"))
    usage_text = "Usage: mimetypes.py [options] type\n\nOptions:\n%s\n\n%s\n" % (
        "\n".join("    %-18s-- %s" % pair for pair in options),
        "More than one type argument may be given.")

    def usage(code, msg=""):
        print(usage_text)
        if msg:
            print(msg)
        sys.exit(code)

    try:
        opts, args = getopt.getopt(sys.argv[1:], "hle", ["help", "lenient", "extension"])
    except getopt.error as msg:
        usage(1, msg)
    strict = True
    want_extension = False
    for opt, _ in opts:
        if opt in ("-h", "--help"):
            usage(0)
        elif opt in ("-l", "--lenient"):
            strict = False
        elif opt in ("-e", "--extension"):
            want_extension = True
    for arg in args:
        if want_extension:
            guess = guess_extension(arg, strict)
            if guess:
                print(guess)
            else:
                print("I don't know anything about type", arg)
        else:
            guess, encoding = guess_type(arg, strict)
            if guess:
                print("type:", guess, "encoding:", encoding)
            else:
                print("I don't know anything about type", arg)


if __name__ == "__main__":
    _main()
