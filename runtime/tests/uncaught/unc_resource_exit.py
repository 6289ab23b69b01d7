# Resources managed by `with`: a transaction whose __exit__ fails while an
# error from the body is propagating, plus a __del__ that raises (reported as
# "Exception ignored") before the final traceback.
import sys


class Connection:
    def __init__(self, name):
        self.name = name
        self.log = []

    def execute(self, sql, *params):
        if "DROP" in sql:
            raise PermissionError(f"{self.name}: refusing {sql.split()[0]} statement")
        self.log.append((sql, params))
        return len(self.log)


class Transaction:
    def __init__(self, conn):
        self.conn = conn
        self.depth = 0

    def __enter__(self):
        self.depth += 1
        self.conn.execute("BEGIN")
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        self.depth -= 1
        if exc_type is None:
            self.conn.execute("COMMIT")
            return False
        print(f"rolling back after {exc_type.__name__}", file=sys.stderr)
        self.conn.execute("ROLLBACK")
        if isinstance(exc, PermissionError):
            raise ConnectionAbortedError(f"{self.conn.name} aborted during rollback")
        return False


class LockCheck:
    """A shared finalizer: complains when a table is dropped while locked."""

    def __init__(self, table):
        self.table = table

    def __call__(self):
        raise OSError(f"temp table {self.table} still locked")

    def __repr__(self):
        return f"<lock check for {self.table}>"


class TempTable:
    __del__ = LockCheck("tmp_orders")

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"TempTable({self.name!r})"


def migrate(conn, steps):
    done = 0
    with Transaction(conn) as c:
        for sql in steps:
            c.execute(sql)
            done += 1
    return done


def scratch():
    t = TempTable("tmp_orders")
    print("using", t)
    del t
    print("after del", file=sys.stderr)


conn = Connection("main-db")
print(migrate(conn, ["CREATE TABLE a", "INSERT INTO a"]))
print([s for s, _ in conn.log])
scratch()
print(migrate(conn, ["ALTER TABLE a", "DROP TABLE a", "VACUUM"]))
