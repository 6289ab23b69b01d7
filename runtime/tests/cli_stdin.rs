//! The command line's program sources and flags beside files: a program on stdin (no
//! arguments, or `-` with arguments), the interactive loop (`-i`: prompts on stderr,
//! expression values shown, errors reported and the loop going on, SystemExit ending
//! it), `-W` warning options, combined one-letter flags, attached arguments (`-cCODE`)
//! and `-x`. Each case's stdout, stderr and status were recorded from CPython 3.11
//! (`/usr/bin/python3.11`), and are checked against it again where it is installed.

use std::io::Write;
use std::process::{Command, Stdio};

const EMBER: &str = env!("CARGO_BIN_EXE_ember");
const CPYTHON: &str = "/usr/bin/python3.11";

struct Case {
    args: &'static [&'static str],
    stdin: &'static str,
    stdout: &'static str,
    stderr: &'static str,
    status: i32,
}

fn run(exe: &str, args: &[&str], stdin: &str) -> (String, String, i32) {
    let mut child = Command::new(exe)
        .args(args)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

fn check(name: &str, c: &Case) {
    if std::path::Path::new(CPYTHON).exists() {
        let got = run(CPYTHON, c.args, c.stdin);
        assert_eq!(
            (got.0.as_str(), got.1.as_str(), got.2),
            (c.stdout, c.stderr, c.status),
            "{name}: the recorded expectation no longer matches CPython"
        );
    }
    let got = run(EMBER, c.args, c.stdin);
    assert_eq!(
        (got.0.as_str(), got.1.as_str(), got.2),
        (c.stdout, c.stderr, c.status),
        "{name}: ember differs from CPython"
    );
}

#[test]
fn program_from_stdin() {
    check(
        "no arguments",
        &Case {
            args: &[],
            stdin: "import sys\nprint(repr(__file__), sys.argv, repr(sys.path[0]), __name__)\n\
                    def f():\n    raise ValueError('x')\nf()\n",
            stdout: "'<stdin>' [''] '' __main__\n",
            stderr:
                "Traceback (most recent call last):\n  File \"<stdin>\", line 5, in <module>\n  \
                     File \"<stdin>\", line 4, in f\nValueError: x\n",
            status: 1,
        },
    );
    check(
        "dash with arguments",
        &Case {
            args: &["-", "a", "b"],
            stdin: "import sys\nprint(sys.argv)\nraise SystemExit(4)\n",
            stdout: "['-', 'a', 'b']\n",
            stderr: "",
            status: 4,
        },
    );
}

#[test]
fn interactive_loop_after_the_program() {
    check(
        "statements, blocks, brackets, errors, SystemExit",
        &Case {
            args: &["-i", "-c", "pass"],
            stdin: "print(1)\nx = (1,\n2)\nx\nfor i in range(2):\n    i\n\nif 1:\n  pass\nelse:\n  pass\n\n\
                    \"\"\"a\nb\"\"\"\nx y\n1/0\nraise SystemExit(3)\nprint('no')\n",
            stdout: "1\n(1, 2)\n0\n1\n'a\\nb'\n",
            stderr: ">>> >>> ... >>> >>> ... ... >>> ... ... ... ... >>> ... >>>   File \"<stdin>\", line 1\n    \
                     x y\n      ^\nSyntaxError: invalid syntax\n>>> Traceback (most recent call last):\n  \
                     File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n>>> ",
            status: 3,
        },
    );
    check(
        "the program's SystemExit is reported, the loop follows",
        &Case {
            args: &["-i", "-c", "raise SystemExit(5)"],
            stdin: "",
            stdout: "",
            stderr:
                "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n\
                     SystemExit: 5\n>>> \n",
            status: 0,
        },
    );
    check(
        "names the program made, end of input",
        &Case {
            args: &["-q", "-i", "-c", "y = 2"],
            stdin: "y * 21\n",
            stdout: "42\n",
            stderr: ">>> >>> \n",
            status: 0,
        },
    );
}

#[test]
fn warning_options_and_flag_forms() {
    check(
        "-W error and -W action::Category",
        &Case {
            args: &[
                "-W",
                "ignore::DeprecationWarning",
                "-Werror::RuntimeWarning",
                "-c",
                "import warnings, sys\nprint(sys.warnoptions)\n\
                 warnings.warn('d', DeprecationWarning)\n\
                 try:\n    warnings.warn('r', RuntimeWarning)\n\
                 except RuntimeWarning as e:\n    print('raised', e)",
            ],
            stdin: "",
            stdout: "['ignore::DeprecationWarning', 'error::RuntimeWarning']\nraised r\n",
            stderr: "",
            status: 0,
        },
    );
    check(
        "a bad -W option is reported and ignored",
        &Case {
            args: &["-W", "bogus", "-c", "print('still')"],
            stdin: "",
            stdout: "still\n",
            stderr: "Invalid -W option ignored: invalid action: 'bogus'\n",
            status: 0,
        },
    );
    check(
        "combined flags, attached -c",
        &Case {
            args: &["-uBq", "-cprint(7)"],
            stdin: "",
            stdout: "7\n",
            stderr: "",
            status: 0,
        },
    );
}

#[test]
fn dash_x_skips_the_first_line() {
    let d = std::env::temp_dir().join(format!("ember-cli-x-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    let f = d.join("x.py");
    std::fs::write(
        &f,
        "#!/bin/sh not python\nimport sys\nprint('line', sys._getframe().f_lineno)\n",
    )
    .unwrap();
    let p = f.to_str().unwrap().to_string();
    let leaked: &'static str = Box::leak(p.into_boxed_str());
    check(
        "-x",
        &Case {
            args: Box::leak(vec!["-x", leaked].into_boxed_slice()),
            stdin: "",
            stdout: "line 3\n",
            stderr: "",
            status: 0,
        },
    );
}
