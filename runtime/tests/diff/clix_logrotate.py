"""A logrotate-like tool: rotate, compress with gzip, prune old generations."""
import gzip
import io
import os
import shutil
import tempfile
from pathlib import Path


class Rotator:
    def __init__(self, path, keep=3, compress=True, min_size=0):
        self.path = Path(path)
        self.keep = keep
        self.compress = compress
        self.min_size = min_size
        self.events = []

    def _gen(self, n):
        suffix = f".{n}.gz" if (self.compress and n > 1) else f".{n}"
        return self.path.with_name(self.path.name + suffix)

    def needs_rotation(self):
        if not self.path.exists():
            self.events.append("missing, skip")
            return False
        size = self.path.stat().st_size
        if size <= self.min_size:
            self.events.append(f"size {size} <= {self.min_size}, skip")
            return False
        return True

    def rotate(self):
        if not self.needs_rotation():
            return False
        oldest = self._gen(self.keep)
        if oldest.exists():
            oldest.unlink()
            self.events.append(f"drop {oldest.name}")
        for n in range(self.keep - 1, 0, -1):
            src = self._gen(n)
            if not src.exists():
                continue
            dst = self._gen(n + 1)
            if self.compress and n == 1:
                with open(src, "rb") as fin, gzip.open(dst, "wb", compresslevel=6) as fout:
                    shutil.copyfileobj(fin, fout, length=64)
                src.unlink()
                self.events.append(f"compress {src.name} -> {dst.name}")
            else:
                src.rename(dst)
                self.events.append(f"rename {src.name} -> {dst.name}")
        shutil.copy2(self.path, self._gen(1))
        with open(self.path, "r+b") as fh:
            fh.truncate(0)
        self.events.append(f"copytruncate {self.path.name} -> {self._gen(1).name}")
        return True


def write_lines(path, tag, count):
    with open(path, "a", encoding="utf-8") as fh:
        for i in range(count):
            fh.write(f"[{tag}] request {i:03d} status={200 if i % 7 else 500}\n")


def listing(d):
    rows = []
    for p in sorted(d.iterdir()):
        if p.suffix == ".gz":
            with gzip.open(p, "rt", encoding="utf-8") as fh:
                lines = fh.read().splitlines()
            rows.append(f"{p.name}: gz, {len(lines)} lines, first={lines[0] if lines else None!r}")
        else:
            text = p.read_text(encoding="utf-8")
            rows.append(f"{p.name}: {p.stat().st_size} bytes, {text.count(chr(10))} lines")
    return rows


with tempfile.TemporaryDirectory() as tmp:
    logdir = Path(tmp) / "var" / "log"
    logdir.mkdir(parents=True)
    app = logdir / "app.log"
    rot = Rotator(app, keep=3, min_size=10)

    rot.rotate()
    app.write_text("tiny\n")
    rot.rotate()
    for cycle, tag in enumerate(["mon", "tue", "wed", "thu", "fri"], 1):
        write_lines(app, tag, 5 + cycle * 3)
        did = rot.rotate()
        print(f"cycle {cycle} ({tag}): rotated={did}")
        for row in listing(logdir):
            print("   ", row)
    print("events:")
    for e in rot.events:
        print("  -", e)

    # Verify compressed content round-trips exactly.
    gz = logdir / "app.log.3.gz"
    raw = gzip.decompress(gz.read_bytes())
    print("gz magic:", gz.read_bytes()[:2].hex(), "decompressed bytes:", len(raw))
    errors = [l for l in raw.decode().splitlines() if "status=500" in l]
    print("500s in oldest:", errors)

    # In-memory gzip round trip with mtime fixed for determinism.
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as gzf:
        gzf.write(b"hello rotated world\n" * 20)
    blob = buf.getvalue()
    print("in-memory gz: header", blob[:4].hex(), "roundtrip ok:",
          gzip.decompress(blob) == b"hello rotated world\n" * 20)
    try:
        gzip.decompress(b"not gzip data")
    except gzip.BadGzipFile as e:
        print("bad gzip:", type(e).__name__, e)
    except OSError as e:
        print("bad gzip (OSError):", e)

    # shutil helpers: disk copy of directory tree and move
    archive_dir = Path(tmp) / "archive"
    shutil.copytree(logdir, archive_dir, ignore=shutil.ignore_patterns("*.gz"))
    print("copytree (no gz):", sorted(p.name for p in archive_dir.iterdir()))
    shutil.move(str(archive_dir / "app.log.1"), str(archive_dir / "kept.log"))
    print("after move:", sorted(p.name for p in archive_dir.iterdir()))
    shutil.rmtree(archive_dir)
    print("archive exists after rmtree:", archive_dir.exists())
    usage_ok = shutil.disk_usage(tmp).total > 0
    print("disk_usage sane:", usage_ok)
    print("which python-like:", shutil.which("definitely-not-a-real-binary-xyz"))
