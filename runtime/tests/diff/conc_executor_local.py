"""Per-worker connections with threading.local in a ThreadPoolExecutor,
an initializer per worker thread, and results aggregated in input order."""
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed
import itertools

_conn_ids = itertools.count(1)
opened = []
_state = threading.local()


class FakeConnection:
    def __init__(self, owner):
        self.id = next(_conn_ids)
        self.owner = owner
        self.queries = 0
        opened.append(self)

    def query(self, sql):
        self.queries += 1
        words = sql.split()
        return {"verb": words[0].upper(), "table": words[-1], "conn": self.id}


def get_conn():
    conn = getattr(_state, "conn", None)
    if conn is None:
        conn = _state.conn = FakeConnection(threading.current_thread().name)
    return conn


def init_worker(app):
    _state.app = app
    _state.started = threading.current_thread().name


def run_query(sql):
    conn = get_conn()
    row = conn.query(sql)
    row["thread_is_worker"] = threading.current_thread() is not threading.main_thread()
    row["app"] = _state.app
    return row


QUERIES = [
    "select * from users",
    "select id from orders",
    "delete from sessions",
    "update stock",
    "insert into audit",
    "select name from products",
]

with ThreadPoolExecutor(max_workers=1, thread_name_prefix="db", initializer=init_worker,
                        initargs=("billing",)) as pool:
    rows = list(pool.map(run_query, QUERIES))
for r in rows:
    print(r)
print("connections opened:", [(c.id, c.owner, c.queries) for c in opened])
print("main thread has conn:", hasattr(_state, "conn"), "app:", getattr(_state, "app", None))

# Same with several workers: only thread-independent facts are printed.
opened.clear()
with ThreadPoolExecutor(max_workers=3, initializer=init_worker, initargs=("reports",)) as pool:
    futs = {pool.submit(run_query, q): i for i, q in enumerate(QUERIES * 2)}
    by_index = {}
    for f in as_completed(futs):
        by_index[futs[f]] = f.result()
print("results:", len(by_index), [by_index[i]["verb"] for i in sorted(by_index)])
print("apps:", {r["app"] for r in by_index.values()})
print("all on workers:", all(r["thread_is_worker"] for r in by_index.values()))
print("queries counted:", sum(c.queries for c in opened))
print("owners look like pool threads:",
      all(c.owner.startswith("ThreadPoolExecutor-") for c in opened))
print("owner prefixes:", sorted({c.owner.rsplit("_", 1)[0] for c in opened}))
print("at most 3 connections:", 1 <= len(opened) <= 3)


# Name of the thread running a task, with a single worker and a custom prefix
def whoami(tag):
    t = threading.current_thread()
    return f"{tag}:{t.name}:{t.daemon}"

with ThreadPoolExecutor(1, thread_name_prefix="fetch") as pool:
    print(list(pool.map(whoami, "ab")))
    print(pool.submit(whoami, "c").result())
print("main:", whoami("m"))
print("alive threads after pools closed:", threading.active_count())
with ThreadPoolExecutor(1) as pool:
    print(pool.submit(whoami, "d").result())
