import io
import sys
from optparse import OptionParser, OptionGroup, OptionValueError

def check_port(option, opt, value, parser):
    if not 0 < value < 65536:
        raise OptionValueError(f"{opt}: port out of range: {value}")
    setattr(parser.values, option.dest, value)

def build():
    parser = OptionParser(usage="%prog [options] HOST...", version="%prog 0.9", prog="pinger")
    parser.add_option("-c", "--count", type="int", default=4, help="packets to send (default %default)")
    parser.add_option("-p", "--port", type="int", action="callback", callback=check_port, dest="port", help="target port")
    parser.add_option("-t", "--timeout", type="float", default=1.0, metavar="SECS")
    parser.add_option("-v", "--verbose", action="count", default=0)
    parser.add_option("-6", dest="family", action="store_const", const="inet6", default="inet")
    out = OptionGroup(parser, "Output")
    out.add_option("--format", choices=["text", "json"], default="text")
    out.add_option("-o", "--output", metavar="FILE")
    parser.add_option_group(out)
    return parser

def main(argv):
    parser = build()
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        opts, hosts = parser.parse_args(argv)
    except SystemExit as e:
        msg = sys.stderr.getvalue().strip().splitlines()[-1]
        sys.stderr = saved
        print(f"error (status {e.code}): {msg}")
        return
    sys.stderr = saved
    if not hosts:
        print("no hosts given")
        return
    for h in hosts:
        line = {"host": h, "count": opts.count, "port": opts.port, "timeout": opts.timeout,
                "family": opts.family, "verbose": opts.verbose}
        if opts.format == "json":
            import json
            print(json.dumps(line, sort_keys=True))
        else:
            print(" ".join(f"{k}={v}" for k, v in line.items()))

main(["example.com"])
main(["-c", "10", "-p", "8080", "-vv", "a", "b", "--format=json"])
main(["-6", "-t", "0.25", "host", "-o", "log.txt"])
main(["-p", "70000", "x"])
main(["--count", "many"])
main(["--format", "xml", "h"])
main([])
print(build().format_help())
