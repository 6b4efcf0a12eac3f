#!/usr/bin/python3
"""Enriches a corpus with sqlite-nlp on Dask distributed: workers write shards.

    /usr/bin/python3 tests/scale/dask_enrich.py [--workers N] [--limit L]
        [--partitions P] [--kill] [--measure] [--ext build/nlp.so]
        [--data ../shared/data/news/bbc.jsonl] [--keep DIR]
    /usr/bin/python3 tests/scale/dask_enrich.py --scheduler tcp://HOST:8786 \\
        --corpus /shared/corpus.db --shards /shared/shards [--keep DIR]

The recipe (docs/scale-out.md):
  1. The corpus is a table articles(id INTEGER PRIMARY KEY, body TEXT) in a
     database file every worker can read (here: the BBC articles in a
     temporary directory; on several hosts: a shared or copied file).
  2. The ids are cut into P partitions [lo, hi]; each is one Dask task,
     enrich_partition(), which runs in a worker process. There, each worker
     process opens its own connection (once, kept for its next tasks): the
     corpus read-only, the extension loaded, and its own shard database
     ATTACHed (shard-HOST-PID.db). In one transaction it deletes the
     partition's articles from its shard and inserts their entities, quotes
     and a row per article: a task done again (its worker died before its
     result came back) replaces its own rows, never adds to them.
  3. The driver collects the task results, each naming the shard that holds
     the partition, and copies each partition from that shard only into the
     result database. The result tables have the article id in their primary
     key and are filled with plain INSERTs, so an article copied twice would
     fail the merge; an article missing is caught by the count check.
Without --scheduler the script starts its own cluster: a scheduler and N
workers (dask-scheduler / dask-worker, one thread each, no nanny) as separate
processes on 127.0.0.1. --kill kills one worker (SIGKILL) while partitions
are still running; the others finish its work. The result is compared with
one process doing the same SQL over the whole corpus (identical rows).
--measure times 1 worker, then N workers, then the one process, on the same
corpus. Exits 77 when Dask or the data is absent.
"""
import argparse
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
DATA_DIR = os.environ.get("NLP_DATA_DIR", os.path.join(ROOT, "..", "shared", "data"))

SCHEMA = """
CREATE TABLE IF NOT EXISTS {s}done(article_id INTEGER PRIMARY KEY, part INTEGER,
  sentences INTEGER, entities INTEGER, quotes INTEGER);
CREATE TABLE IF NOT EXISTS {s}entities(article_id INTEGER, idx INTEGER, entity TEXT,
  label TEXT, canonical TEXT, value TEXT, sentence INTEGER, char_start INTEGER,
  char_end INTEGER, PRIMARY KEY (article_id, idx)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS {s}quotes(article_id INTEGER, idx INTEGER, quote TEXT,
  speaker TEXT, speaker_mention TEXT, verb TEXT, sentence INTEGER,
  char_start INTEGER, char_end INTEGER, PRIMARY KEY (article_id, idx)) WITHOUT ROWID;
"""
TABLES = ("done", "entities", "quotes")

# The work of one partition: articles :lo..:hi, partition :part.
WORK = [
    """INSERT INTO {s}entities SELECT a.id, e.idx, e.entity, e.label, e.canonical,
         e.value, e.sentence, e.char_start, e.char_end
       FROM articles a, nlp_entities(a.body) e WHERE a.id BETWEEN :lo AND :hi""",
    """INSERT INTO {s}quotes SELECT a.id, q.idx, q.quote, q.speaker, q.speaker_mention,
         q.verb, q.sentence, q.char_start, q.char_end
       FROM articles a, nlp_quotes(a.body) q WHERE a.id BETWEEN :lo AND :hi""",
    """INSERT INTO {s}done SELECT a.id, :part, nlp_sentence_count(a.body),
         (SELECT count(*) FROM {s}entities WHERE article_id = a.id),
         (SELECT count(*) FROM {s}quotes WHERE article_id = a.id)
       FROM articles a WHERE a.id BETWEEN :lo AND :hi""",
]

_CONNECTIONS = {}  # in a worker process: (corpus, ext, shards) -> (db, shard path)


def connect(path, ext, readonly=False):
    uri = "file:" + path + ("?mode=ro" if readonly else "")
    db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    db.enable_load_extension(True)
    db.load_extension(os.path.splitext(os.path.abspath(ext))[0])
    db.enable_load_extension(False)
    return db


def worker_connection(corpus, ext, shards):
    """This process's connection: corpus read-only, extension, own shard."""
    key = (corpus, ext, shards)
    if key not in _CONNECTIONS:
        db = connect(corpus, ext, readonly=True)
        path = os.path.join(shards, f"shard-{socket.gethostname()}-{os.getpid()}.db")
        db.execute("ATTACH ? AS shard", (path,))
        # A killed worker leaves a hot journal that the next reader rolls
        # back: committed partitions survive, a half-written one does not.
        db.execute("PRAGMA shard.synchronous = OFF")
        db.executescript(SCHEMA.format(s="shard."))
        _CONNECTIONS[key] = (db, path)
    return _CONNECTIONS[key]


def enrich_partition(corpus, ext, shards, part, lo, hi):
    """A Dask task: articles lo..hi into this worker's shard, idempotently."""
    t, c = time.perf_counter(), time.process_time()
    db, path = worker_connection(corpus, ext, shards)
    db.execute("BEGIN IMMEDIATE")
    try:
        for table in TABLES:
            db.execute(f"DELETE FROM shard.{table} WHERE article_id BETWEEN ?1 AND ?2", (lo, hi))
        for sql in WORK:
            db.execute(sql.format(s="shard."), {"lo": lo, "hi": hi, "part": part})
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return {"part": part, "lo": lo, "hi": hi, "shard": path, "pid": os.getpid(),
            "wall": time.perf_counter() - t, "cpu": time.process_time() - c}


def partitions(corpus, n):
    """n id ranges [lo, hi] with the same number of articles each."""
    db = sqlite3.connect(corpus)
    ids = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")]
    db.close()
    cuts = [len(ids) * k // n for k in range(n + 1)]
    return [(ids[cuts[k]], ids[cuts[k + 1] - 1]) for k in range(n) if cuts[k] < cuts[k + 1]]


class LocalCluster:
    """A scheduler and n workers, each its own process on 127.0.0.1."""

    def __init__(self, n, tmp):
        self.tmp = tmp
        self.file = os.path.join(tmp, f"scheduler-{time.time_ns()}.json")
        env = dict(os.environ, PYTHONPATH=HERE + os.pathsep + os.environ.get("PYTHONPATH", ""))
        quiet = {"stdout": subprocess.DEVNULL, "stderr": open(os.path.join(tmp, "dask.log"), "ab")}
        self.scheduler = subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
             "--port", "0", "--no-dashboard", "--scheduler-file", self.file,
             "--idle-timeout", "300s"], env=env, **quiet)
        self.workers = [subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_worker", "--scheduler-file", self.file,
             "--nthreads", "1", "--no-nanny", "--no-dashboard", "--memory-limit", "0",
             "--local-directory", tmp, "--name", f"w{k}", "--death-timeout", "60"],
            env=env, **quiet) for k in range(n)]

    def client(self, n):
        from distributed import Client
        deadline = time.time() + 60
        while not os.path.exists(self.file) and time.time() < deadline:
            time.sleep(0.1)
        client = Client(scheduler_file=self.file, timeout=60)
        client.wait_for_workers(n, timeout=60)
        return client

    def kill(self, pid):
        os.kill(pid, signal.SIGKILL)

    def close(self):
        for p in self.workers + [self.scheduler]:
            if p.poll() is None:
                p.terminate()
        for p in self.workers + [self.scheduler]:
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()


def run_dask(client, corpus, ext, shards, nparts, kill=None):
    """Submits every partition; returns the results (one per partition) and
    what the kill did. kill(results so far) may kill a worker and say so."""
    from distributed import as_completed
    import dask_enrich  # by reference: the workers import it (PYTHONPATH)
    futures = [client.submit(dask_enrich.enrich_partition, corpus, ext, shards, k, lo, hi,
                             key=f"part-{k}", pure=False)
               for k, (lo, hi) in enumerate(partitions(corpus, nparts))]
    results, killed = [], None
    for _, res in as_completed(futures, with_results=True):
        results.append(res)
        if kill and killed is None:
            killed = kill(results)
    return results, killed


def merge(results, out):
    """Copies each partition from the shard its result names into a new out."""
    if os.path.exists(out):
        os.remove(out)
    db = sqlite3.connect(out, isolation_level=None)
    db.executescript(SCHEMA.format(s=""))
    db.execute("BEGIN")
    for shard in sorted({r["shard"] for r in results}):
        db.execute("ATTACH ? AS s", (shard,))
        for r in sorted((r for r in results if r["shard"] == shard), key=lambda r: r["part"]):
            for table in TABLES:
                db.execute(f"INSERT INTO {table} SELECT * FROM s.{table} "
                           "WHERE article_id BETWEEN ?1 AND ?2", (r["lo"], r["hi"]))
        db.execute("COMMIT")
        db.execute("DETACH s")
        db.execute("BEGIN")
    db.execute("COMMIT")
    db.close()


def single(corpus, ext, out):
    """The reference: one process, the same SQL over the whole corpus."""
    db = connect(corpus, ext, readonly=True)
    db.execute("ATTACH ? AS r", (out,))
    db.executescript(SCHEMA.format(s="r."))
    db.execute("BEGIN")
    for sql in WORK:
        db.execute(sql.format(s="r."), {"lo": -2**63, "hi": 2**63 - 1, "part": 0})
    db.execute("COMMIT")
    db.close()


def differences(a, b, corpus):
    """Problems found comparing result databases a and b (b the reference)."""
    db = sqlite3.connect(a)
    db.execute("ATTACH ? AS b", (b,))
    db.execute("ATTACH ? AS c", (corpus,))
    bad = []
    for table in TABLES:
        cols = "*" if table != "done" else "article_id, sentences, entities, quotes"
        extra = db.execute(f"SELECT count(*) FROM (SELECT {cols} FROM main.{table} "
                           f"EXCEPT SELECT {cols} FROM b.{table})").fetchone()[0]
        lost = db.execute(f"SELECT count(*) FROM (SELECT {cols} FROM b.{table} "
                          f"EXCEPT SELECT {cols} FROM main.{table})").fetchone()[0]
        if extra or lost:
            bad.append(f"{table}: {extra} rows not in the reference, {lost} missing")
    n, done = db.execute("SELECT (SELECT count(*) FROM c.articles), "
                         "(SELECT count(*) FROM main.done)").fetchone()
    if n != done:
        bad.append(f"{done} articles done of {n}")
    db.close()
    return bad


def merge_refuses_twice(results, out):
    """The merge of a partition twice must fail (primary keys): problems."""
    try:
        merge(results + results[:1], out)
    except sqlite3.IntegrityError:
        return []
    return ["a partition merged twice did not fail the merge"]


def counts(path):
    db = sqlite3.connect(path)
    r = db.execute("SELECT (SELECT count(*) FROM done), (SELECT count(*) FROM entities), "
                   "(SELECT count(*) FROM quotes)").fetchone()
    db.close()
    return r


def make_corpus(data, limit, path):
    with open(data, encoding="utf-8") as f:
        bodies = [json.loads(line)["text"] for line in f]
    bodies = bodies[:limit] if limit else bodies
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE articles(id INTEGER PRIMARY KEY, body TEXT)")
    db.executemany("INSERT INTO articles(body) VALUES (?)", ((b,) for b in bodies))
    db.commit()
    n, size = db.execute("SELECT count(*), sum(length(CAST(body AS BLOB))) FROM articles").fetchone()
    db.close()
    return n, size


def dask_pass(corpus, ext, tmp, workers, nparts, tag, kill=False, scheduler=None):
    """One enrichment on Dask into tmp/TAG-result.db; returns (seconds from
    submit to merged, result path, results, what the kill did)."""
    shards = os.path.join(tmp, f"{tag}-shards")
    os.makedirs(shards, exist_ok=True)
    cluster = None if scheduler else LocalCluster(workers, tmp)
    client = None
    try:
        if cluster:
            client = cluster.client(workers)
        else:
            from distributed import Client
            client = Client(scheduler, timeout=60)
        victim = cluster.workers[-1] if cluster and kill else None

        def kill_one(results):
            # Once some partitions are in, more than one per worker is left
            # and the victim is running one (the scheduler says which).
            if len(results) < 2 or nparts - len(results) <= workers:
                return None
            addr = [a for a, w in client.scheduler_info()["workers"].items()
                    if w.get("name") == f"w{workers - 1}"]
            running = client.processing().get(addr[0], []) if addr else []
            if not running:
                return None
            cluster.kill(victim.pid)
            return {"pid": victim.pid, "after": len(results), "running": sorted(running)}

        t = time.perf_counter()
        results, killed = run_dask(client, corpus, ext, shards, nparts,
                                   kill_one if victim else None)
        t_work = time.perf_counter() - t
        out = os.path.join(tmp, f"{tag}-result.db")
        merge(results, out)
        seconds = time.perf_counter() - t
        cpu = {}
        for r in results:
            cpu[r["pid"]] = cpu.get(r["pid"], 0) + r["cpu"]
        print(f"dask, {workers or 'the cluster'} worker(s): {t_work:.2f} s processing, "
              f"{seconds - t_work:.2f} s merge, {seconds:.2f} s in all; worker CPU "
              f"{', '.join(f'{c:.2f}' for c in cpu.values())} s "
              f"(load average {os.getloadavg()[0]:.1f})")
    finally:
        if client:
            client.close()
        if cluster:
            cluster.close()
    return seconds, out, results, killed


def report_kill(killed, results, victim_alive):
    """Says what the kill did; returns problems."""
    if not killed:
        return ["no worker was killed while partitions were left"]
    if victim_alive:
        return [f"worker {killed['pid']} still runs after SIGKILL"]
    by_victim = [r["part"] for r in results if r["pid"] == killed["pid"]]
    shard = next((r["shard"] for r in results if r["pid"] == killed["pid"]), None)
    committed = set()
    if shard and os.path.exists(shard):
        db = sqlite3.connect(shard)
        committed = {p for (p,) in db.execute("SELECT DISTINCT part FROM done")}
        db.close()
    redone = sorted(committed - set(by_victim))
    print(f"killed worker pid {killed['pid']} (SIGKILL) after {killed['after']} of "
          f"{len(results)} partitions, while it held {', '.join(killed['running'])}; "
          f"it had returned {len(by_victim)}; the others did "
          f"{len(results) - len(by_victim)}, of which {len(redone)} it had already "
          f"committed to its own shard (ignored by the merge)")
    return []


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--partitions", type=int, help="default: 8 per worker")
    ap.add_argument("--limit", type=int, help="use only the first LIMIT articles")
    ap.add_argument("--kill", action="store_true", help="kill a worker mid-run")
    ap.add_argument("--measure", action="store_true", help="time 1 worker, N workers, 1 process")
    ap.add_argument("--rounds", type=int, default=1, help="with --measure: rounds of each")
    ap.add_argument("--ext", default=os.environ.get("NLP_EXT", os.path.join(ROOT, "build", "nlp.so")))
    ap.add_argument("--data", default=os.path.join(DATA_DIR, "news", "bbc.jsonl"))
    ap.add_argument("--scheduler", help="a running scheduler (tcp://HOST:PORT)")
    ap.add_argument("--corpus", help="with --scheduler: the corpus database")
    ap.add_argument("--shards", help="with --scheduler: a directory the workers share")
    ap.add_argument("--keep", help="directory to keep the databases in")
    args = ap.parse_args()
    try:
        import distributed  # noqa: F401
    except ImportError:
        print("SKIP: Dask distributed is not installed (apt-get install -y python3-distributed; "
              "./run.sh test installs it)")
        return 77
    ext = os.path.abspath(args.ext)
    nparts = args.partitions or 8 * args.workers
    sys.path.insert(0, HERE)
    if args.scheduler:
        tmp = os.path.abspath(args.keep or ".")
        secs, out, results, _ = dask_pass(os.path.abspath(args.corpus), ext, args.shards, 0,
                                          nparts, "cluster", scheduler=args.scheduler)
        print(f"{len(results)} partitions; result {out}: "
              f"articles, entities, quotes = {counts(out)}")
        return 0
    if not os.path.exists(args.data):
        print(f"SKIP: {args.data} not found")
        return 77
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = os.path.abspath(args.keep or tmpdir)
        os.makedirs(tmp, exist_ok=True)
        corpus = os.path.join(tmp, "corpus.db")
        if os.path.exists(corpus):
            os.remove(corpus)
        n, size = make_corpus(args.data, args.limit, corpus)
        print(f"corpus: {n} articles, {size / 1e6:.2f} MB; {nparts} partitions; "
              f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
        problems = []
        times = {}
        for _ in range(args.rounds if args.measure else 0):
            for w in sorted({1, args.workers}):
                secs, _, _, _ = dask_pass(corpus, ext, tmp, w, nparts, f"w{w}")
                times.setdefault(w, []).append(secs)
        t = time.perf_counter()
        ref = os.path.join(tmp, "single-result.db")
        single(corpus, ext, ref)
        t_single = time.perf_counter() - t
        print(f"one process, no Dask: {t_single:.2f} s; articles, entities, quotes = {counts(ref)}")
        if args.measure:
            for w, secs in times.items():
                problems += [f"{w} workers: {p}" for p in
                             differences(os.path.join(tmp, f"w{w}-result.db"), ref, corpus)]
            if len(times) > 1:
                best = {w: min(v) for w, v in times.items()}
                print(f"best of {args.rounds}: 1 worker {best[1]:.2f} s, {args.workers} workers "
                      f"{best[args.workers]:.2f} s: speed-up {best[1] / best[args.workers]:.2f}x")
        else:
            secs, out, results, killed = dask_pass(corpus, ext, tmp, args.workers, nparts,
                                                   "run", kill=args.kill)
            print(f"articles, entities, quotes = {counts(out)}")
            if args.kill:
                alive = killed is not None and _alive(killed["pid"])
                problems += report_kill(killed, results, alive)
            problems += differences(out, ref, corpus)
            problems += merge_refuses_twice(results, os.path.join(tmp, "twice.db"))
        for p in problems:
            print("FAIL", p)
        if problems and os.path.exists(os.path.join(tmp, "dask.log")):
            with open(os.path.join(tmp, "dask.log"), errors="replace") as f:
                print("dask.log (scheduler and workers), last lines:\n" + "".join(f.readlines()[-30:]))
        print("dask: " + ("ok, the same rows as one process" if not problems else "FAILED"))
        return 1 if problems else 0


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie (killed, not yet reaped) counts as dead
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split()[2] != "Z"
    except OSError:
        return False


if __name__ == "__main__":
    sys.exit(main())
