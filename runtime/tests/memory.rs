//! Resident memory: mimalloc's arena is committed as it is used, with no transparent huge
//! pages asked for, so a small program holds a few MiB, not a 2 MiB page per first touch.

use std::process::Command;

const EMBER: &str = env!("CARGO_BIN_EXE_ember");

/// Prints the process's anonymous resident KiB and the mappings advised for huge pages
/// (`hg` in `VmFlags`).
const PROBE: &str = r#"
anon = 0
hg = []
cur = None
for line in open('/proc/self/smaps'):
    head = line.split()
    if '-' in head[0] and not head[0].endswith(':'):
        cur = head[0]
    elif head[0] == 'Anonymous:':
        anon += int(head[1])
    elif head[0] == 'VmFlags:' and 'hg' in head[1:]:
        hg.append(cur)
print(anon, hg)
"#;

#[test]
#[cfg(target_os = "linux")]
fn heap_is_committed_as_used_without_huge_pages() {
    let out = Command::new(EMBER).args(["-c", PROBE]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let (anon, hg) = text.trim().split_once(' ').unwrap();
    assert_eq!(hg, "[]", "mappings advised for huge pages");
    // Start-up objects take about 2.3 MiB here (CPython 3.11: 6.9); the eagerly committed,
    // huge-page arena held 6.4.
    let anon: u64 = anon.parse().unwrap();
    assert!(anon < 4608, "{anon} KiB anonymous memory after start-up");
}
