# gettext.find: language lists from the environment or given, 'C' ends the search,
# all=True; textdomain / bindtextdomain.
import gettext, os, tempfile

d = tempfile.mkdtemp()
for lang in ("de", "fr_FR", "en"):
    os.makedirs(os.path.join(d, lang, "LC_MESSAGES"))
    open(os.path.join(d, lang, "LC_MESSAGES", "app.mo"), "wb").close()
def rel(p):
    if p is None:
        return None
    if isinstance(p, list):
        return [rel(x) for x in p]
    return os.path.relpath(p, d)

for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
    os.environ.pop(var, None)
print(rel(gettext.find("app", d)), rel(gettext.find("app", d, all=True)))
os.environ["LANG"] = "fr_FR.UTF-8"
print(rel(gettext.find("app", d)), rel(gettext.find("app", d, all=True)))
os.environ["LC_MESSAGES"] = "xx:de"
print(rel(gettext.find("app", d)), rel(gettext.find("app", d, all=True)))
os.environ["LANGUAGE"] = "en:C:de"
print(rel(gettext.find("app", d)), rel(gettext.find("app", d, all=True)))
os.environ["LANGUAGE"] = ""
print(rel(gettext.find("app", d, all=True)))
print(rel(gettext.find("app", d, ["C", "de"])), rel(gettext.find("app", d, ["C", "de"], all=True)))
print(rel(gettext.find("app", d, ["pt", "de", "en"], all=True)))
print(rel(gettext.find("app", d, ["fr_FR@euro"], all=True)))
print(rel(gettext.find("app", d, [], all=True)), rel(gettext.find("app", d, [])))
print(rel(gettext.find("nothere", d, ["de"])), rel(gettext.find("nothere", d, ["de"], all=True)))
print(gettext.find("app", os.path.join(d, "missing"), ["de"]))

print(gettext.textdomain(), gettext.textdomain("app"), gettext.textdomain(), gettext.textdomain(None))
print(gettext.bindtextdomain("app", d) == d, gettext.bindtextdomain("app") == d)
print(gettext.dgettext("nothere", "Hello"))
for root, dirs, files in os.walk(d, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    os.rmdir(root)
