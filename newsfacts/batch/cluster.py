"""More than one machine: the same extraction on a ``dask.distributed`` cluster.

Two ways in. From Python, ``extract_bag`` maps a Dask bag of texts (or ``(source, text)``
pairs) to a bag of ``Document``\\ s, computed by whatever scheduler the bag uses. From the
command line, ``newsfacts extract --scheduler tcp://HOST:PORT ...`` sends each article to
the cluster and ``run_on_cluster`` streams the results back in input order.

Each worker process loads Kiwi once (``get_kiwi`` is cached per process; the ``KiwiPlugin``
loads it as the worker joins, single-threaded, since Dask already runs a task per core).
Workers need not share a filesystem with the client: the client reads each file and sends
its bytes. Dask is an optional extra: ``pip install 'newsfacts[dask]'``.
"""

from __future__ import annotations

import collections
import os
from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from ..document import Document
from .jobs import WINDOW_PER_WORKER, BatchError, Job, Options, Result, run_job

if TYPE_CHECKING:
    import dask.bag
    from distributed import Client

INSTALL_HINT = "pip install 'newsfacts[dask]'"


class ClusterError(BatchError):
    """Dask is missing or the scheduler cannot be reached; the message is one line."""


def _extract_item(item: str | tuple[str, str], options: Options) -> Document:
    from ..pipeline import extract

    if isinstance(item, tuple):
        source, text = item
    else:
        source, text = "<text>", item
    return extract(text, options.reference_date, source=source, keep_noise=options.keep_noise)


def extract_bag(
    bag: dask.bag.Bag, reference_date: date | None = None, *, keep_noise: bool = False
) -> dask.bag.Bag:
    """A bag of ``Document``\\ s, one per text, in the bag's order.

    Items are article texts, or ``(source, text)`` pairs to name them::

        import dask.bag as db
        texts = db.read_text("archive/*.txt", files_per_partition=100, linedelimiter="\\0")
        docs = extract_bag(texts.map(...))
        docs.map(lambda d: d.to_dict()).to_textfiles(...)
    """
    return bag.map(_extract_item, Options(reference_date, keep_noise))


def _load_kiwi_here() -> None:
    os.environ["NEWSFACTS_KIWI_THREADS"] = "1"
    from ..pipeline import warm_up

    warm_up()


def kiwi_plugin() -> Any:
    """A worker plugin that loads Kiwi once in each worker as it starts (or joins later)."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class KiwiPlugin(WorkerPlugin):
        name = "newsfacts-kiwi"

        def setup(self, worker: Any) -> None:
            _load_kiwi_here()

    return KiwiPlugin()


def connect(address: str) -> Client:
    """A client of the scheduler at ``address``, with Kiwi loading on every worker."""
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError(f"--scheduler needs Dask: {INSTALL_HINT}") from None
    try:
        # the wait is Dask's own setting, distributed.comm.timeouts.connect (30s by default)
        client = Client(address)
    except (OSError, TimeoutError, ValueError) as e:
        raise ClusterError(f"cannot reach the Dask scheduler at {address} ({e})") from None
    client.register_plugin(kiwi_plugin())
    return client


def run_on_cluster(
    jobs: Iterable[Job], address: str | Client, *, options: Options | None = None
) -> Iterator[Result]:
    """One result per job, in job order, computed on the cluster at ``address``.

    The client reads each file and sends its bytes: workers need not see this filesystem.
    Connects at once (``ClusterError`` if it cannot), then streams.
    """
    client = connect(address) if isinstance(address, str) else address
    return _stream(jobs, client, options or Options(), own_client=isinstance(address, str))


def _stream(jobs: Iterable[Job], client: Client, options: Options, *, own_client: bool) -> Iterator[Result]:
    threads = max(1, sum(client.nthreads().values()))
    window = threads * WINDOW_PER_WORKER
    pending: collections.deque[tuple[Job, Any]] = collections.deque()
    iterator = iter(jobs)
    try:
        while True:
            while len(pending) < window:
                job = next(iterator, None)
                if job is None:
                    break
                sent = job.with_data(options.max_chars)
                pending.append((job, client.submit(run_job, sent, options, pure=False)))
            if not pending:
                return
            job, future = pending.popleft()
            try:
                result = future.result()
            except Exception as e:  # the worker died or the cluster went away
                message = f"{job.name}: cluster error ({type(e).__name__}: {e})"
                result = Result(job.index, job.name, error=message)
            yield result
    finally:
        for _, future in pending:
            future.cancel()
        if own_client:
            client.close()
