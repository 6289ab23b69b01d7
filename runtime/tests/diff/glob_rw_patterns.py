"""glob rewrite check: magic detection, escaping, hidden files, recursion, root_dir, bytes."""
import glob
import os
import tempfile

base = tempfile.mkdtemp()
layout = ["a.txt", "b.py", "c.txt", ".hid.txt", "sub/x.txt", "sub/y.py", "sub/deep/z.txt",
          "sub/.hdir/q.txt", ".top/w.txt", "br[ack]et.txt", "q?.txt", "sub2/a.txt"]
for rel in layout:
    p = os.path.join(base, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w") as f:
        f.write(rel)
os.symlink(os.path.join(base, "missing"), os.path.join(base, "dangling"))


def rel(paths):
    return sorted(p.replace(base, "<B>") for p in paths)


def g(pat, **kw):
    r = glob.glob(os.path.join(base, pat), **kw)
    print(repr(pat), kw, rel(r))


for pat in ["*", "*.txt", "?.py", "[ab].*", "sub/*", "sub/*/*", "*/*.txt", "**", "**/*.txt",
            "sub/**", "sub/**/", "*/", ".*", "sub/.*", "nothere", "a.txt", "sub/", "sub/nothere",
            "dangling", "d*", "[!a]*.txt", "*/deep", "s*/x.txt", "br[[]ack]et.txt", "q[?].txt"]:
    g(pat)
for pat in ["**", "**/*.txt", "sub/**", "**/", "sub/**/*.txt", "**/deep/*", "**/**"]:
    g(pat, recursive=True)
    g(pat, recursive=True, include_hidden=True)
g("*", include_hidden=True)
g("*/*", include_hidden=True)

old = os.getcwd()
os.chdir(base)
print(sorted(glob.glob("*.txt")), sorted(glob.glob("**/*.py", recursive=True)))
print(sorted(glob.glob("**", recursive=True)))
print(sorted(glob.glob("**/", recursive=True)))
print(sorted(glob.glob(b"*.py")), sorted(glob.glob(b"sub/*")), sorted(glob.glob(b"**", recursive=True)))
print(glob.glob(""), glob.glob(b""), glob.glob("sub"), glob.glob(b"sub/"))
it = glob.iglob("*.py")
print(type(it).__name__ in ("generator", "chain", "itertools.chain"), sorted(it))
os.chdir(old)
print(sorted(glob.glob("*", root_dir=base)))
print(sorted(glob.glob("sub/*.txt", root_dir=base)), sorted(glob.glob("**/*.txt", root_dir=base, recursive=True)))
print(sorted(glob.glob("**", root_dir=os.path.join(base, "sub"), recursive=True)))
print(glob.glob("", root_dir=base), glob.glob("sub", root_dir=base), glob.glob("nope", root_dir=base))
print(sorted(glob.glob(b"*.py", root_dir=base.encode())))
import pathlib
print(sorted(glob.glob("sub/*", root_dir=pathlib.Path(base))))

for s in ["abc", "a*c", "a?c", "a[b]c", "[", "", "a]b", "**"]:
    print(repr(s), glob.has_magic(s), glob.has_magic(s.encode()), glob.escape(s), glob.escape(s.encode()))
print(glob.escape("//?/c:/Quo*vadis?.txt"), glob.escape("c:/[x]*"))
print(glob.magic_check.pattern, glob.magic_check_bytes.pattern)
print(sorted(glob.glob1(base, "*.py")), glob.glob0(base, "a.txt"), glob.glob0(base, ""), glob.glob0(base, "zz"))
print(sorted(glob.glob1(base, ".*")))
print(glob.__all__)
try:
    glob.glob(base + "/*", bogus=1)
except TypeError as e:
    print("TypeError")
import shutil
shutil.rmtree(base)
