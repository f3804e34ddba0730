"""Throughput and memory of newsfacts against bare Kiwi, in one run.

Run from the project root: ``python bench/throughput.py [--docs 1000]``. It builds a corpus of
``--docs`` articles from ``samples/*.txt`` (digits varied and paragraphs borrowed between
samples so no two documents are the same), writes it to a temporary directory, and measures:

  (a) bare Kiwi: ``split_into_sents(text, return_tokens=True)`` once per whole text, with
      the Kiwi newsfacts uses (``newsfacts.kiwi.get_kiwi``: no optional dictionaries) and
      with a default ``Kiwi()``;
  (b) ``newsfacts.extract(text)`` per text, in-process, Kiwi single-threaded and default;
  (c) ``newsfacts extract -j 1 -r CORPUS`` as a process (one core: Kiwi single-threaded);
  (d) ``newsfacts extract -j 2 -r CORPUS`` as a process (two workers of one thread each);
  (e) one article end to end, ``newsfacts extract sample.txt``, against
      ``python -c "from kiwipiepy import Kiwi; Kiwi()"`` (and Kiwi() plus one analysis).

(a) and (b) are timed in the same process, document by document: on each document every
pass runs in turn, who goes first rotating, so that a ratio compares passes made under the
same load on a shared machine. The corpus is gone over ``--rounds`` times and the median of
the rounds' ratios is reported, by wall clock and by CPU time.
Their rates exclude loading Kiwi (one warm-up document first). Peak memory of (a) and (b)
comes from separate fresh processes, so that each one's is its own. (c) and (d) are
wall-clock rates of the whole command, start-up included, as a user sees them, and their
steady rate, from the first document written to the last. They run in ``--runs`` pairs, who
goes first alternating, and the ratio is the median of the pairs' ratios; likewise (e) runs
its three commands in ``--repeat`` rounds, in rotating order, and its ratios are the medians
of the rounds' ratios. Peak
memory is the largest resident set of any process in the measured tree (``wait4``, and each
process's ``VmHWM`` read from ``/proc`` every 100 ms), i.e. per worker for ``-j 2``; the
largest sum of the tree's proportional set sizes (PSS, read every second) is printed beside
it, which counts memory that forked workers share once.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
TARGETS = {"extract/kiwi": 0.85, "j2/j1": 1.7, "one article": 1.3, "worker MB": 700}


# --- the corpus ------------------------------------------------------------------------------


def _vary_digits(line: str, rng: random.Random) -> str:
    # Numbers change from document to document; the first digit of a run stays non-zero so
    # that amounts keep their size and a date line stays a date line.
    out = []
    for i, ch in enumerate(line):
        if ch.isdigit() and i > 0 and line[i - 1].isdigit():
            out.append(str(rng.randrange(10)))
        else:
            out.append(ch)
    return "".join(out)


def build_corpus(n: int, seed: int = 7) -> list[str]:
    """``n`` article texts made from the samples: same page shapes, different numbers and mixes."""
    samples = [p.read_text("utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    if not samples:
        sys.exit(f"no samples in {SAMPLES}")
    paragraphs = [
        line for text in samples for line in text.splitlines() if len(line.strip()) > 60
    ]  # body paragraphs to borrow
    rng = random.Random(seed)
    corpus = []
    for i in range(n):
        lines = samples[i % len(samples)].splitlines()
        # borrow one or two paragraphs from the others, before the page noise at the end
        at = max(1, int(len(lines) * 0.6))
        for _ in range(rng.randrange(0, 3)):
            lines.insert(at, rng.choice(paragraphs))
        corpus.append("\n".join(_vary_digits(line, rng) for line in lines) + "\n")
    return corpus


def write_corpus(texts: list[str], folder: Path) -> None:
    width = len(str(len(texts)))
    for i, text in enumerate(texts):
        (folder / f"doc{i:0{width}d}.txt").write_text(text, "utf-8")


# --- stages in fresh processes ----------------------------------------------------------------


def _maxrss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _texts(folder: Path) -> list[str]:
    return [p.read_text("utf-8") for p in sorted(folder.glob("*.txt"))]


def stage(kind: str, folder: Path) -> dict[str, float]:
    """Run in a child process: one pass of ``kind`` over the corpus, for its peak memory."""
    texts = _texts(folder)
    if kind == "kiwi":
        from newsfacts.kiwi import get_kiwi

        kiwi = get_kiwi()

        def one(text: str) -> object:
            return kiwi.split_into_sents(text, return_tokens=True)
    else:
        import newsfacts

        one = newsfacts.extract
    one(texts[0])  # Kiwi builds its model on first use
    wall, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        one(text)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"docs": len(texts), "wall": wall, "cpu": cpu, "mb": _maxrss_mb()}


PASSES = ("kiwi", "kiwi default", "kiwi options", "extract")


def pair_stage(folder: Path, rounds: int) -> dict[str, object]:
    """Run in a child process: bare Kiwi and ``newsfacts.extract``, document by document.

    Each round passes over the whole corpus once, and on every document runs each of the
    passes in turn (who goes first rotating from one document to the next), adding up
    each pass's wall and CPU seconds. The machine's load moves by tens of percent within
    seconds; timed document by document, both sides of a ratio meet the same load.
    """
    from kiwipiepy import Kiwi

    import newsfacts
    from newsfacts.kiwi import get_kiwi, tokenize_options

    texts = _texts(folder)
    ours = get_kiwi()
    options = tokenize_options()
    default = Kiwi(num_workers=ours.num_workers)
    run = {
        "kiwi": lambda text: ours.split_into_sents(text, return_tokens=True),
        "kiwi default": lambda text: default.split_into_sents(text, return_tokens=True),
        # the same pass with the options newsfacts analyses with: extract against this is
        # what the rules and the page structure cost on their own
        "kiwi options": lambda text: ours.split_into_sents(text, return_tokens=True, **options),
        "extract": newsfacts.extract,
    }
    for one in run.values():
        one(texts[0])  # Kiwi builds its model on first use
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in PASSES}
    clock, cpu_clock = time.perf_counter, time.process_time
    for r in range(rounds):
        wall = dict.fromkeys(PASSES, 0.0)
        cpu = dict.fromkeys(PASSES, 0.0)
        for i, text in enumerate(texts):
            k = (i + r) % len(PASSES)
            for name in PASSES[k:] + PASSES[:k]:
                w, c = clock(), cpu_clock()
                run[name](text)
                wall[name] += clock() - w
                cpu[name] += cpu_clock() - c
        for name in PASSES:
            times[name].append((wall[name], cpu[name]))
    return {"docs": len(texts), "threads": ours.num_workers, "times": times}


def run_pair(folder: Path, threads: str | None, rounds: int) -> dict[str, object]:
    env = _env(threads)
    out = subprocess.run(
        [sys.executable, __file__, "--stage", "pair", "--corpus", str(folder), "--rounds", str(rounds)],
        env=env, capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def run_stage(kind: str, folder: Path, threads: str | None) -> dict[str, float]:
    env = _env(threads)
    out = subprocess.run(
        [sys.executable, __file__, "--stage", kind, "--corpus", str(folder)],
        env=env, capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def _env(threads: str | None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("NEWSFACTS_KIWI_THREADS", None)
    # Python as users have it: it caches compiled modules. pip compiles kiwipiepy's at install
    # time, while newsfacts installed with -e is compiled on first import; with this set
    # (some sandboxes and CI images do) newsfacts alone would pay 0.05-0.1 s on every run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if threads is not None:
        env["NEWSFACTS_KIWI_THREADS"] = threads
    return env


_TICK = os.sysconf("SC_CLK_TCK")


def _tree(root: int) -> dict[int, float]:
    """``root`` and every process descended from it, with the CPU seconds each has used
    itself (Linux ``/proc``)."""
    children: dict[int, list[int]] = {}
    cpu: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    fields = f.read().rsplit(b")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry))
            cpu[int(entry)] = (int(fields[11]) + int(fields[12])) / _TICK  # utime + stime
    found, todo = {}, [root]
    while todo:
        pid = todo.pop()
        found[pid] = cpu.get(pid, 0.0)
        todo.extend(children.get(pid, ()))
    return found


def _peak_rss_kb(pid: int) -> int:
    """The largest resident set a process has had (``VmHWM``): one cheap read, no peak missed."""
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            for line in f:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _pss_kb(pid: int) -> int:
    """Proportional set size of one process (PSS shares a page among its users)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


class _TreeSampler(threading.Thread):
    """Samples a process tree: each process's peak resident set and CPU time every 100 ms,
    the tree's total PSS every second. ``wait4`` alone does not see a process that nobody
    in the tree waits for (a fork server's children); PSS counts memory that processes
    share once.

    PSS is read seldom because it is dear: the kernel walks the page tables, about 3 ms of
    CPU per 280 MB process. Read every 50 ms, as until session 7, it took a quarter of a
    core from ``-j 2``, whose workers had both, and nothing from ``-j 1``, whose process
    left a core idle: the ``-j 2``/``-j 1`` ratio fell from about 1.85 to 1.5.
    """

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.rss_kb, self.pss_kb = pid, 0, 0
        self.cpu: dict[int, float] = {}
        self.done = threading.Event()

    def run(self) -> None:
        samples = 0
        while not self.done.wait(0.1):
            tree = _tree(self.pid)
            self.cpu.update(tree)
            self.rss_kb = max([self.rss_kb, *map(_peak_rss_kb, tree)])
            if samples % 10 == 0:
                self.pss_kb = max(self.pss_kb, sum(map(_pss_kb, tree)))
            samples += 1


def run_process(argv: list[str], threads: str | None = None) -> dict[str, float]:
    """Wall time, CPU time and memory of the process tree of one command.

    Standard output is read line by line as it comes, so that the times of the first and
    the last line give the steady rate, start-up excluded.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, env=_env(threads), stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT
    )
    sampler = _TreeSampler(proc.pid)
    sampler.start()
    assert proc.stdout is not None and proc.stderr is not None
    lines, first, last = 0, 0.0, 0.0
    for _ in proc.stdout:
        last = time.perf_counter()
        first = first or last
        lines += 1
    err = proc.stderr.read().decode()
    sampler.done.set()
    sampler.join()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed ({proc.returncode}): {err[-500:]}")
    return {
        # wait4 counts the command and the children it waited for; the samples also count
        # processes nobody waited for (to within 100 ms each)
        "wall": wall, "cpu": max(usage.ru_utime + usage.ru_stime, sum(sampler.cpu.values())),
        "mb": max(usage.ru_maxrss, sampler.rss_kb) / 1024, "pss mb": sampler.pss_kb / 1024,
        "lines": lines, "steady": (last - first) / max(lines - 1, 1),
    }  # fmt: skip


def _median_run(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


Run = dict[str, float]


def cli_pairs(folder: Path, n: int, runs: int) -> tuple[Run, Run, list[tuple[float, float]]]:
    """``newsfacts extract -j 1`` and ``-j 2`` on the corpus, in turn, ``runs`` times.

    Who goes first alternates, so that the two runs of a pair meet about the same load;
    returns the median run of each and each pair's ratios (whole run, steady rate).
    """

    def argv(jobs: int) -> list[str]:
        command = ["newsfacts", "extract", "-q", "-f", "json", "-j", str(jobs), "-r", str(folder)]
        return [sys.executable, "-m", *command]

    done: dict[int, list[dict[str, float]]] = {1: [], 2: []}
    ratios = []
    for i in range(runs):
        for jobs in (1, 2) if i % 2 == 0 else (2, 1):
            r = run_process(argv(jobs))
            if r["lines"] != n:
                sys.exit(f"-j {jobs} wrote {r['lines']:.0f} documents, expected {n}")
            done[jobs].append({"docs": n, **r})
        one, two = done[1][-1], done[2][-1]
        ratios.append((one["wall"] / two["wall"], one["steady"] / two["steady"]))
    return _median_run(done[1]), _median_run(done[2]), ratios


def alternate(commands: dict[str, list[str]], repeat: int) -> dict[str, list[dict[str, float]]]:
    """Each command once to warm up (the page cache and the compiled-module cache, as on a
    second run), then all of them in turn ``repeat`` times, who goes first rotating."""
    for argv in commands.values():
        run_process(argv)
    names = list(commands)
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in names}
    for i in range(repeat):
        k = i % len(names)
        for name in names[k:] + names[:k]:
            runs[name].append(run_process(commands[name]))
    return runs


# --- report ------------------------------------------------------------------------------------


def _rate(r: dict[str, float]) -> str:
    docs = r["docs"]
    text = f"{docs / r['wall']:7.1f} docs/s  {docs / r['cpu']:7.1f} docs/CPU-s"
    if "mb" in r:
        text += f"  peak {r['mb']:5.0f} MB"
    if r.get("pss mb"):
        text += f" (all processes {r['pss mb']:4.0f} MB PSS)"
    if "steady" in r:
        text += f"  steady {1 / r['steady']:6.1f} docs/s"
    return text


def _check(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def _median_pass(pair: dict, name: str) -> dict[str, float]:
    times = pair["times"][name]
    return {
        "docs": pair["docs"],
        "wall": statistics.median(w for w, _ in times),
        "cpu": statistics.median(c for _, c in times),
    }


def _round_ratio(pair: dict, base: str, index: int) -> float:
    """Median over rounds of base time / extract time: extract's throughput relative to base's."""
    return statistics.median(
        b[index] / e[index] for b, e in zip(pair["times"][base], pair["times"]["extract"], strict=True)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="documents in the corpus (default 1000)")
    parser.add_argument("--rounds", type=int, default=3, help="passes over the corpus (default 3)")
    parser.add_argument("--repeat", type=int, default=5, help="rounds of the one-article commands (median)")
    parser.add_argument("--runs", type=int, default=3, help="pairs of -j 1 and -j 2 runs (median)")
    parser.add_argument("--stage", choices=("kiwi", "extract", "pair"), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage == "pair":
        print(json.dumps(pair_stage(args.corpus, args.rounds)))
        return 0
    if args.stage:
        print(json.dumps(stage(args.stage, args.corpus)))
        return 0

    began = time.perf_counter()
    texts = build_corpus(args.docs)
    chars = sum(len(t) for t in texts)
    print(f"corpus: {len(texts)} documents, {chars / len(texts):.0f} characters on average; "
          f"{os.cpu_count()} cores; Kiwi default threads = cores")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        write_corpus(texts, folder)
        n = len(texts)
        r: dict[str, dict[str, float]] = {}
        pairs = {}
        for label, threads in (("1 thread", "1"), ("default", None)):
            pair = pairs[label] = run_pair(folder, threads, args.rounds)
            r[f"a kiwi {label}"] = _median_pass(pair, "kiwi")
            r[f"a default {label}"] = _median_pass(pair, "kiwi default")
            r[f"a options {label}"] = _median_pass(pair, "kiwi options")
            r[f"b extract {label}"] = _median_pass(pair, "extract")
            print(f"(a) bare Kiwi as newsfacts, {label:8s}  {_rate(r[f'a kiwi {label}'])}")
            print(f"(a) bare Kiwi(), {label:8s}             {_rate(r[f'a default {label}'])}")
            print(f"(a) bare, newsfacts' options, {label:8s}{_rate(r[f'a options {label}'])}")
            print(f"(b) newsfacts.extract, {label:8s}       {_rate(r[f'b extract {label}'])}", flush=True)
        mem_kiwi = run_stage("kiwi", folder, "1")["mb"]
        mem_extract = run_stage("extract", folder, "1")["mb"]
        print(f"peak memory of one pass, 1 thread: bare Kiwi {mem_kiwi:.0f} MB, extract {mem_extract:.0f} MB")
        r["c j1"], r["d j2"], pair_ratios = cli_pairs(folder, n, args.runs)
        print(f"(c) extract -j 1 (median of {args.runs})     {_rate(r['c j1'])}")
        print(f"(d) extract -j 2 (median of {args.runs})     {_rate(r['d j2'])}")
        each = ", ".join(f"{w:.2f} (steady {s:.2f})" for w, s in pair_ratios)
        print(f"    -j 2 / -j 1 in each pair: {each}", flush=True)

        sample = str(sorted(SAMPLES.glob("*.txt"))[0].relative_to(ROOT))
        analyse = "from kiwipiepy import Kiwi; Kiwi().split_into_sents('가', return_tokens=True)"
        starts = alternate(
            {
                "one": [sys.executable, "-m", "newsfacts", "extract", sample],
                "load": [sys.executable, "-c", "from kiwipiepy import Kiwi; Kiwi()"],
                "first": [sys.executable, "-c", analyse],
            },
            args.repeat,
        )
        one, load, first = (_median_run(starts[name]) for name in ("one", "load", "first"))
        one_ratios = [o["wall"] / k["wall"] for o, k in zip(starts["one"], starts["load"], strict=True)]
        one_first = [o["wall"] / k["wall"] for o, k in zip(starts["one"], starts["first"], strict=True)]
        print(f"(e) newsfacts extract {sample}: {one['wall']:.2f} s, peak {one['mb']:.0f} MB")
        print(f"    python -c 'Kiwi()':                 {load['wall']:.2f} s, peak {load['mb']:.0f} MB")
        print(f"    python -c 'Kiwi() + one analysis':  {first['wall']:.2f} s, peak {first['mb']:.0f} MB")

    def speed(key: str) -> float:
        return r[key]["docs"] / r[key]["wall"]

    print("\nratios (target)")
    rows = []
    for label in ("1 thread", "default"):
        pair = pairs[label]
        rows.append((f"(b)/(a) extract vs Kiwi as newsfacts, {label}", _round_ratio(pair, "kiwi", 0),
                     _round_ratio(pair, "kiwi", 1), ">=", TARGETS["extract/kiwi"]))
        rows.append((f"(b)/(a) extract vs Kiwi(), {label}", _round_ratio(pair, "kiwi default", 0),
                     _round_ratio(pair, "kiwi default", 1), ">=", TARGETS["extract/kiwi"]))
        rows.append((f"(b)/(a) extract vs Kiwi, same options, {label}", _round_ratio(pair, "kiwi options", 0),
                     _round_ratio(pair, "kiwi options", 1), None, None))
    rows += [
        ("(d)/(c) -j 2 vs -j 1, median of pairs", statistics.median(w for w, _ in pair_ratios),
         statistics.median(s for _, s in pair_ratios), ">=", TARGETS["j2/j1"]),
        ("(e) one article vs Kiwi(), median of rounds", statistics.median(one_ratios), None, "<=",
         TARGETS["one article"]),
        ("(e) one article vs Kiwi() + one analysis", statistics.median(one_first), None, "<=",
         TARGETS["one article"]),
    ]  # fmt: skip
    for label, wall, other, op, target in rows:
        kind = "steady" if "-j" in label else "per CPU-second"
        cpu_text = f"  ({kind} {other:.2f})" if other is not None else ""
        if op is None:  # for information: no target
            print(f"  {label:50s} {wall:5.2f}  {'':15s}{cpu_text}")
            continue
        ok = wall >= target if op == ">=" else wall <= target
        print(f"  {label:50s} {wall:5.2f}  ({op} {target})  {_check(ok)}{cpu_text}")
    worker = max(r["d j2"]["mb"], r["c j1"]["mb"], mem_extract)
    print(f"  {'peak memory of any process (MB)':50s} {worker:5.0f}  (< {TARGETS['worker MB']})  "
          f"{_check(worker < TARGETS['worker MB'])}")  # fmt: skip
    print(f"\nbench took {time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
