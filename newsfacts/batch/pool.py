"""Worker processes for a batch: each is sent jobs on a pipe of its own and sends results back.

This is not ``concurrent.futures.ProcessPoolExecutor``. The parent here knows which worker
holds which jobs, in the order the worker runs them, so when a worker dies the job it died on
is known (the first of its jobs without a result) and only that worker is replaced; the
others go on. There is no manager thread: every wait is on this thread, on pipes and process
sentinels, and a worker that will not stop when told is killed. (Python 3.11's executor once
hung here at shutdown after a worker crash, its manager thread joining a worker that was alive
and idle; it was not reproduced, and this module leaves no such thread to hang.)

On Linux the workers are forked from multiprocessing's fork server, which has imported
``newsfacts.batch.preload``: Kiwi is built and has analysed an article before any worker exists, so
a worker starts in milliseconds and all of them share one copy of Kiwi's model (on two cores,
two forked workers run about a tenth faster than two that each load their own, since they
read one model through the shared cache). Elsewhere workers are spawned and load Kiwi each.
The fork server is multiprocessing's own: it stays, with its Kiwi (about 270 MB), until the
program that started it ends, so a second batch in the same program starts at once.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import multiprocessing
import multiprocessing.connection
import multiprocessing.context
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .jobs import Job, Options, Result

#: jobs sent to a worker ahead of their results: one running, one waiting in its pipe, so
#: that it never waits for the parent, and a slow article holds up at most one other
QUEUED_PER_WORKER = 2
#: how often a job may be running in a worker that dies before it counts as the cause
ATTEMPTS = 2
#: tries to start a worker in place of a dead one, and seconds between them
RESTART_ATTEMPTS, RESTART_PAUSE = 3, 0.2
#: seconds a worker has to finish after it is told to stop, and then after SIGTERM
STOP_TIMEOUT = 5.0

_READY = "ready"
#: the exit code multiprocessing's forkserver Popen gives when it lost the fork server
_FORK_SERVER_LOST = 255
#: What the fork server extracts before forking workers (``newsfacts.batch.preload``): one short
#: article with every kind of fact, so that every extractor has built what it caches.
WARM_UP_TEXT = (
    "정부 “수출 5% 늘 것”\n"
    "입력 2025.03.02 06:00\n"
    "산업통상자원부는 지난달 수출이 558만 달러(약 78억1200만 원)로 전년 대비 5.2% 늘었다고 "
    "2일 밝혔다. 한 관계자는 “올해 1분기에도 증가세가 이어질 것”이라고 말했다.\n"
)

Work = Callable[["Job", "Options"], "Result"]


class WorkerStartError(Exception):
    """A worker process died before it was ready (Kiwi could not load, no memory, ...)."""


def context() -> multiprocessing.context.SpawnContext | multiprocessing.context.ForkServerContext:
    """The fork server with ``newsfacts.batch.preload`` on Linux; a fresh interpreter elsewhere.

    A fork server that the program using newsfacts has already started keeps its own preload
    list; its workers then build Kiwi themselves, as spawned ones do (``init_worker``).
    """
    if sys.platform.startswith("linux"):
        forkserver = multiprocessing.get_context("forkserver")
        forkserver.set_forkserver_preload(["__main__", "newsfacts.batch.preload"])
        return forkserver
    return multiprocessing.get_context("spawn")


def _receive(jobs: Connection, inbox: queue.SimpleQueue[Any]) -> None:
    # Jobs are read on their own thread so that the parent never blocks sending one while
    # this worker blocks sending a result the parent has not read yet.
    try:
        while True:
            job = jobs.recv()
            inbox.put(job)
            if job is None:
                return
    except (EOFError, OSError):
        inbox.put(None)


def serve(
    jobs: Connection, results: Connection, options: Options, work: Work, init: Callable[[], None]
) -> None:
    """A worker's life: start up, then run jobs in the order they come until told to stop."""
    init()
    results.send(_READY)
    inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
    threading.Thread(target=_receive, args=(jobs, inbox), daemon=True).start()
    while (job := inbox.get()) is not None:
        result = work(job, options)
        try:
            results.send(result)
        except OSError:  # the parent is gone (killed, or it gave this worker up): nobody to tell
            return


@dataclasses.dataclass(eq=False)
class Worker:
    process: multiprocessing.process.BaseProcess
    jobs: Connection  # the parent's end: jobs go out
    results: Connection  # the parent's end: results come in
    queued: collections.deque[Job] = dataclasses.field(default_factory=collections.deque)
    ready: bool = False
    #: when the first queued job started (monotonic seconds): when it was sent to an idle
    #: worker, or when the result before it came back; None while idle
    started: float | None = None

    @classmethod
    def start(
        cls,
        ctx: multiprocessing.context.SpawnContext | multiprocessing.context.ForkServerContext,
        args: tuple[Any, ...],
    ) -> Worker:
        """A new worker process running ``serve`` with ``args`` (options, work, init)."""
        job_out, job_in = ctx.Pipe(duplex=False)  # (receiving end, sending end)
        result_out, result_in = ctx.Pipe(duplex=False)
        process = ctx.Process(target=serve, args=(job_out, result_in, *args), daemon=True)
        try:
            process.start()
        except (OSError, EOFError) as e:  # the fork server could not start, or has died
            for end in (job_out, job_in, result_out, result_in):
                end.close()
            why = str(e) or type(e).__name__
            raise WorkerStartError(f"a worker process could not start ({why})") from None
        job_out.close()  # the worker's ends: closed here so that its death reads as EOF
        result_in.close()
        return cls(process, job_in, result_out)

    def send(self, job: Job) -> None:
        if not self.queued:
            self.started = time.monotonic()
        self.queued.append(job)
        # A worker that has just died cannot take it (EPIPE); the job stays queued, and the
        # next wait sees the death and gives the queue to the worker that replaces it.
        with contextlib.suppress(OSError):
            self.jobs.send(job)

    def stop(self) -> None:
        """Tell it to finish, or terminate it at once if it still holds jobs (the batch was cut
        short: their results would go unread). One that has not ended ``STOP_TIMEOUT``
        seconds later is terminated, then killed."""
        ends: tuple[Callable[[], None], ...] = (self.process.terminate, self.process.kill)
        if not self.queued:
            with contextlib.suppress(OSError):  # dead already
                self.jobs.send(None)
            ends = (lambda: None, *ends)
        self.jobs.close()
        for end in ends:
            end()
            self.process.join(STOP_TIMEOUT)
            if self.process.exitcode is not None:
                break
        self.results.close()


class Pool:
    """``workers`` processes running ``work`` on jobs; ``map`` yields results in job order.

    Each worker runs ``init`` first (default ``jobs.init_worker``: Kiwi single-threaded).
    A job that runs longer than ``options.timeout`` seconds becomes an error result, and
    its worker is killed (SIGKILL: it may be stuck in Kiwi's C code, or stopped) and replaced.
    """

    def __init__(
        self,
        workers: int,
        options: Options,
        work: Work,
        init: Callable[[], None] | None = None,
        warn: Callable[[str], None] | None = None,
    ) -> None:
        if init is None:
            from .jobs import init_worker as init
        self.ctx = context()
        self.args = (options, work, init)
        self.timeout: float | None = options.timeout
        #: told, once, of trouble the batch survives (a lost fork server): one line, no newline
        self.warn: Callable[[str], None] = warn or (lambda message: None)
        self.server_lost = False
        self.crashes: collections.Counter[int] = collections.Counter()  # job index -> deaths
        self.workers: list[Worker] = []
        try:
            for _ in range(workers):
                self.workers.append(Worker.start(self.ctx, self.args))
        except WorkerStartError:
            self.close()
            raise

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def map(self, jobs: Iterator[Job], window: int) -> Iterator[Result]:
        """A result per job, in job order; at most ``window`` jobs read ahead of the output."""
        done: dict[int, Result] = {}
        order: collections.deque[Job] = collections.deque()  # read, not yet yielded
        exhausted = False
        while True:
            while not exhausted and len(order) < window:
                worker = min(self.workers, key=lambda w: len(w.queued))
                if len(worker.queued) >= QUEUED_PER_WORKER:
                    break
                job = next(jobs, None)
                if job is None:
                    exhausted = True
                    break
                order.append(job)
                worker.send(job)
            while order and order[0].index in done:
                yield done.pop(order.popleft().index)
            if not order:
                return
            for result in self._wait():
                done[result.index] = result

    def _wait(self) -> list[Result]:
        """Block until some worker has sent results or died, or a job has run out of time;
        what arrived, errors included."""
        by_handle: dict[Any, Worker] = {}
        for w in self.workers:
            by_handle[w.results] = w
            by_handle[w.process.sentinel] = w
        arrived: list[Result] = []
        for handle in multiprocessing.connection.wait(list(by_handle), self._time_left()):
            worker = by_handle[handle]
            if worker in self.workers:  # not already replaced by an earlier handle of this round
                arrived.extend(self._drain(worker))
        if self.timeout is not None:
            now = time.monotonic()
            for worker in list(self.workers):
                if worker.queued and worker.started is not None and now - worker.started >= self.timeout:
                    arrived.extend(self._time_out(worker))
        return arrived

    def _time_left(self) -> float | None:
        """Seconds until the first running job is out of time; None: no limit, or none running."""
        if self.timeout is None:
            return None
        running = [w.started for w in self.workers if w.queued and w.started is not None]
        if not running:
            return None
        return max(0.0, min(running) + self.timeout - time.monotonic())

    def _time_out(self, worker: Worker) -> list[Result]:
        """Kill a worker whose job has run out of time; that job is an error, the others it held
        go to a new worker."""
        from .jobs import Result

        worker.process.kill()  # not terminate: a stopped (SIGSTOP) process only dies of SIGKILL
        worker.process.join(STOP_TIMEOUT)
        worker.jobs.close()
        worker.results.close()
        job = worker.queued.popleft()
        error = f"{job.name}: took longer than {self.timeout:g} s (--timeout); skipped"
        fresh = self._restart()
        self.workers[self.workers.index(worker)] = fresh
        for held in worker.queued:
            fresh.send(held)
        return [Result(job.index, job.name, error=error)]

    def _drain(self, worker: Worker) -> list[Result]:
        arrived: list[Result] = []
        try:
            while worker.results.poll():
                message = worker.results.recv()
                if message == _READY:
                    worker.ready = True
                    continue
                worker.queued.popleft()
                worker.started = time.monotonic() if worker.queued else None  # the next one runs
                arrived.append(message)
        except (EOFError, OSError):
            pass
        else:
            if worker.process.exitcode is None:
                return arrived
        arrived.extend(self._replace(worker))
        return arrived

    def _replace(self, dead: Worker) -> list[Result]:
        """Start a worker in the place of ``dead`` and give it the jobs ``dead`` held, except
        one it has now died on ``ATTEMPTS`` times, which becomes an error result."""
        dead.process.join(STOP_TIMEOUT)
        orphan = False
        if dead.process.exitcode == _FORK_SERVER_LOST:
            # Each worker's exit status comes through the fork server; when that is killed,
            # every worker reads as dead with 255 while it may still be running a job, an
            # orphan nobody will read. (Its pid cannot be reused while it lives.)
            assert dead.process.pid is not None  # it has an exit code: it was started
            try:
                os.kill(dead.process.pid, signal.SIGTERM)
                orphan = True
            except OSError:
                pass
            if orphan and not self.server_lost:
                self.server_lost = True
                self.warn("the worker processes' fork server died; starting a new one")
        dead.jobs.close()
        dead.results.close()
        if not dead.ready:
            code = dead.process.exitcode
            raise WorkerStartError(f"a worker process died while starting (exit code {code})")
        from .jobs import Result

        failed: list[Result] = []
        held = dead.queued
        if held and not orphan:  # an orphan's job did not kill it
            self.crashes[held[0].index] += 1
            if self.crashes[held[0].index] >= ATTEMPTS:
                job = held.popleft()
                failed.append(Result(job.index, job.name, error=f"{job.name}: worker process crashed on it"))
        fresh = self._restart()
        self.workers[self.workers.index(dead)] = fresh
        for job in held:
            fresh.send(job)
        return failed

    def _restart(self) -> Worker:
        """A new worker. When the fork server was killed, this can meet it still dying (its
        socket accepts, then closes); multiprocessing starts a new server on the next try."""
        for attempt in range(RESTART_ATTEMPTS):
            try:
                return Worker.start(self.ctx, self.args)
            except WorkerStartError:
                if attempt + 1 == RESTART_ATTEMPTS:
                    raise
                time.sleep(RESTART_PAUSE)
        raise AssertionError("unreachable")

    def close(self) -> None:
        for worker in self.workers:
            worker.stop()
