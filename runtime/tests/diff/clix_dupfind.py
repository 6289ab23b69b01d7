"""Find duplicate files by size then by content hash, like fdupes."""
import hashlib
import os
import tempfile
from collections import defaultdict
from pathlib import Path


def file_digest(path, algo="sha256", chunk=7):
    h = hashlib.new(algo)
    with open(path, "rb") as fh:
        while True:
            block = fh.read(chunk)
            if not block:
                break
            h.update(block)
    return h.hexdigest()


def quick_sig(path, n=4):
    with open(path, "rb") as fh:
        return hashlib.md5(fh.read(n)).hexdigest()[:8]


def find_dupes(root, algo="sha256"):
    by_size = defaultdict(list)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            p = os.path.join(dirpath, name)
            if os.path.islink(p):
                continue
            by_size[os.path.getsize(p)].append(p)
    stats = {"files": sum(len(v) for v in by_size.values()), "size_groups": 0, "hashed": 0}
    groups = []
    for size, paths in sorted(by_size.items()):
        if len(paths) < 2:
            continue
        stats["size_groups"] += 1
        by_quick = defaultdict(list)
        for p in paths:
            by_quick[quick_sig(p)].append(p)
        for qpaths in by_quick.values():
            if len(qpaths) < 2:
                continue
            by_hash = defaultdict(list)
            for p in qpaths:
                stats["hashed"] += 1
                by_hash[file_digest(p, algo)].append(p)
            for digest, same in sorted(by_hash.items()):
                if len(same) > 1:
                    groups.append((size, digest, sorted(same)))
    return groups, stats


with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    content = {
        "photos/a.jpg": b"\xff\xd8JPEGDATA" * 10,
        "photos/copy_of_a.jpg": b"\xff\xd8JPEGDATA" * 10,
        "backup/2023/a.jpg": b"\xff\xd8JPEGDATA" * 10,
        "photos/b.jpg": b"\xff\xd8JPEGDATB" * 10,
        "docs/report.txt": "Quarterly report\nÜnïcödé line\n".encode("utf-8"),
        "docs/report-final.txt": "Quarterly report\nÜnïcödé line\n".encode("utf-8"),
        "docs/empty1": b"",
        "docs/empty2": b"",
        "docs/same-size-diff-head": b"ABCD" + (b"\xff\xd8JPEGDATA" * 10)[4:],
        "music/song.mp3": bytes(range(256)) * 3,
        "music/song (1).mp3": bytes(range(256)) * 3,
        "music/other.mp3": bytes(reversed(range(256))) * 3,
    }
    for rel, data in content.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    os.symlink(root / "photos/a.jpg", root / "photos/link.jpg")

    for algo in ("md5", "sha1", "sha256"):
        groups, stats = find_dupes(root, algo)
        print(f"== {algo}: {stats}")
        wasted = 0
        for size, digest, paths in groups:
            rels = [os.path.relpath(p, root) for p in paths]
            print(f"  {size:>4}B {digest[:16]}… x{len(paths)}: {rels}")
            wasted += size * (len(paths) - 1)
        print(f"  reclaimable: {wasted} bytes")

    # Hash API tour on known inputs
    data = b"The quick brown fox jumps over the lazy dog"
    for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s", "sha3_256"):
        h = hashlib.new(name, data)
        print(f"{name:>8} size={h.digest_size:>2} block={h.block_size:>3} {h.hexdigest()[:24]}")
    h = hashlib.sha256()
    h.update(b"The quick brown fox ")
    h2 = h.copy()
    h.update(b"jumps over the lazy dog")
    h2.update(b"jumped")
    print("incremental == one-shot:", h.hexdigest() == hashlib.sha256(data).hexdigest())
    print("copy diverged:", h2.hexdigest() != h.hexdigest(), h.name, h2.name)
    print("blake2b digest_size=16:", hashlib.blake2b(data, digest_size=16).hexdigest())
    print("blake2b keyed:", hashlib.blake2b(data, key=b"secret", digest_size=8).hexdigest())
    print("pbkdf2:", hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000, dklen=16).hex())
    print("md5 digest bytes:", hashlib.md5(b"").digest()[:4], len(hashlib.md5(b"").digest()))
    print("shake_128(10):", hashlib.shake_128(data).hexdigest(10))
    print("guaranteed subset:", sorted(a for a in hashlib.algorithms_guaranteed if not a.startswith("sha3") and not a.startswith("shake")))
    try:
        hashlib.new("nope-hash")
    except ValueError as e:
        print("unknown algo:", e)
    try:
        hashlib.sha256("text not bytes")
    except TypeError as e:
        print("str input:", e)
