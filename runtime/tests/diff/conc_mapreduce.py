"""Map-reduce over text shards with a thread pool: shard mappers, a merge
step guarded by a lock, partial functions, and a retry wrapper for flaky shards."""
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION
from collections import Counter, defaultdict
from functools import partial, wraps
import threading
import string

SHARDS = [
    "It was the best of times, it was the worst of times",
    "it was the age of wisdom, it was the age of foolishness",
    "it was the epoch of belief, it was the epoch of incredulity",
    "",
    "it was the season of Light, it was the season of Darkness",
    None,
]

attempts = defaultdict(int)
attempts_lock = threading.Lock()


def retry(times):
    def deco(fn):
        @wraps(fn)
        def wrapper(idx, *args, **kwargs):
            last = None
            for n in range(1, times + 1):
                with attempts_lock:
                    attempts[idx] += 1
                try:
                    return fn(idx, *args, **kwargs)
                except ConnectionError as e:
                    last = e
            raise RuntimeError(f"shard {idx} failed after {times} tries") from last
        return wrapper
    return deco


flaky_budget = {2: 2, 4: 5}


@retry(times=3)
def map_shard(idx, text, *, min_len=1):
    with attempts_lock:
        if flaky_budget.get(idx, 0) > 0:
            flaky_budget[idx] -= 1
            raise ConnectionError(f"shard {idx} timed out")
    if text is None:
        raise ValueError(f"shard {idx} is missing")
    table = str.maketrans("", "", string.punctuation)
    words = [w for w in text.lower().translate(table).split() if len(w) >= min_len]
    return idx, Counter(words)


merged = Counter()
merge_lock = threading.Lock()
shard_sizes = {}
errors = {}

with ThreadPoolExecutor(max_workers=4) as pool:
    mapper = partial(map_shard, min_len=3)
    futures = {pool.submit(mapper, i, text): i for i, text in enumerate(SHARDS)}
    for fut in as_completed(futures):
        i = futures[fut]
        try:
            idx, counts = fut.result()
        except (ValueError, RuntimeError) as e:
            cause = e.__cause__
            errors[i] = f"{type(e).__name__}: {e}" + (f" <- {cause}" if cause else "")
            continue
        with merge_lock:
            merged.update(counts)
            shard_sizes[idx] = sum(counts.values())

print("top words:", sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
print("distinct:", len(merged), "total:", sum(merged.values()))
print("shard sizes:", dict(sorted(shard_sizes.items())))
for i in sorted(errors):
    print("error", i, errors[i])
print("attempts:", dict(sorted(attempts.items())))
print("wrapper name:", map_shard.__name__, map_shard.__wrapped__.__name__)

# map with several iterables stops at the shortest
with ThreadPoolExecutor(max_workers=2) as pool:
    labels = list(pool.map("{}={}".format, "abcde", range(3)))
    print("labels:", labels)
    lengths = list(pool.map(len, filter(None, SHARDS)))
    print("lengths:", lengths)

# FIRST_EXCEPTION over a batch where one task fails
def check(n):
    if n == 3:
        raise ArithmeticError("three is not allowed")
    return n * 10

with ThreadPoolExecutor(max_workers=3) as pool:
    fs = [pool.submit(check, n) for n in range(6)]
    done, pending = wait(fs, return_when=FIRST_EXCEPTION)
    failed = [f for f in done if f.exception() is not None]
    print("failed:", [str(f.exception()) for f in failed])
    print("ok results:", sorted(f.result() for f in fs if f.exception() is None))

# reduce step: merge per-letter counts from per-word futures
with ThreadPoolExecutor() as pool:
    letter_counts = [pool.submit(Counter, w) for w in sorted(merged)]
    total_letters = sum((f.result() for f in letter_counts), Counter())
print("letters:", "".join(k for k, _ in total_letters.most_common(5)),
      sum(total_letters.values()))
