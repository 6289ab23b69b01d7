# GetoptError's attributes, args and str.
import getopt

for argv, short, long in ((["-z"], "a", []), (["--nope"], "", ["yes"]),
                          (["-a"], "a:", []), (["--yes=1"], "", ["yes"]),
                          (["--y"], "", ["yes", "yak"])):
    try:
        getopt.getopt(argv, short, long)
    except getopt.GetoptError as e:
        print(type(e).__name__, str(e), e.args, repr(e.msg), repr(e.opt))
e = getopt.GetoptError("just msg")
print(e.args, repr(e.opt), str(e), repr(e))
e = getopt.error("m", "o")
print(e.args, e.msg, e.opt, getopt.error is getopt.GetoptError)
print(getopt.GetoptError.msg == "", getopt.GetoptError.opt == "")
