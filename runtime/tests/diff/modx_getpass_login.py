# A deploy tool asks for credentials with getpass. The test drives it as a
# child process in a new session (so it has no terminal) with the answers
# piped into its standard input, and checks prompts, warnings and results.
import os
import subprocess
import sys
import tempfile

TOOL = r'''
import getpass
import io
import sys
import warnings

def show(message, category, filename, lineno, file=None, line=None):
    print("warning:", category.__name__, "-", message)

warnings.showwarning = show
mode = sys.argv[1]
if mode == "login":
    user = getpass.getuser()
    print("user:", user)
    token = getpass.getpass("Token for %s: " % user)
    print("token length:", len(token), "starts:", token[:3])
elif mode == "quiet":
    warnings.simplefilter("ignore", getpass.GetPassWarning)
    first = getpass.getpass()
    again = getpass.getpass("Repeat: ")
    print("match:", first == again, repr(first))
elif mode == "stream":
    log = io.StringIO()
    secret = getpass.getpass("Secret? ", stream=log)
    print("secret:", secret)
    print("stream got:", repr(log.getvalue()))
elif mode == "eof":
    try:
        getpass.getpass("Pin: ")
    except EOFError:
        print("EOFError: no input")
elif mode == "stdin-object":
    sys.stdin = io.StringIO("from-string-io\nsecond\n")
    print("got:", getpass.getpass("Key: "))
    print("then:", getpass.getpass("Key: "))
elif mode == "no-env":
    name = getpass.getuser()
    print("from password database:", type(name).__name__, len(name) > 0)
elif mode == "no-newline":
    print(repr(getpass.getpass("Last: ")))
print("is warning class:", issubclass(getpass.GetPassWarning, UserWarning))
'''


def run(mode, feed, **env_changes):
    env = dict(os.environ)
    for key in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        env.pop(key, None)
    env.update(env_changes)
    proc = subprocess.run([sys.executable, tool, mode], input=feed,
                          capture_output=True, text=True, env=env,
                          start_new_session=True)
    print("== %s (exit %d)" % (mode, proc.returncode))
    for line in proc.stdout.splitlines():
        print("   out:", line)
    for line in proc.stderr.splitlines():
        print("   err:", line)


with tempfile.TemporaryDirectory() as tmp:
    tool = os.path.join(tmp, "deploy_tool.py")
    with open(tool, "w") as f:
        f.write(TOOL)
    run("login", "abc-123-xyz\n", USER="deploy", LOGNAME="")
    run("login", "tok\n", LOGNAME="ops", USER="ignored")
    run("login", "tok2\n", LNAME="lname-user")
    run("login", "tok3\n", USERNAME="win-style")
    run("quiet", "hunter2\nhunter2\n", USER="x")
    run("quiet", "one\ntwo\n", USER="x")
    run("stream", "s3cr3t\n", USER="x")
    run("eof", "", USER="x")
    run("stdin-object", "ignored\n", USER="x")
    run("no-env", "")
    run("no-newline", "no newline at end", USER="x")
    run("no-newline", "  spaces kept  \r\n", USER="x")
