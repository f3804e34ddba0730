"""Dask: a real two-worker LocalCluster on loopback gives exactly the single-process output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from batch_corpus import ARTICLES
from click.testing import CliRunner

from newsfacts import batch, extract
from newsfacts.cli import cli

distributed = pytest.importorskip("distributed")
dask_bag = pytest.importorskip("dask.bag")


@pytest.fixture(scope="module")
def client():
    # Processes, as on a real cluster: each worker imports newsfacts and loads Kiwi itself.
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=40,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.fixture
def files(tmp_path: Path) -> list[str]:
    paths = []
    for i, (name, text) in enumerate(ARTICLES.items()):
        path = tmp_path / f"{i}-{name}"
        path.write_text(text, "utf-8")
        paths.append(str(path))
    missing = str(tmp_path / "missing.txt")
    return [*paths[:2], missing, *paths[2:]]


def test_cli_scheduler_output_equals_single_process(client, files) -> None:
    runner = CliRunner()
    local = runner.invoke(cli, ["extract", "-j", "1", *files])
    remote = runner.invoke(cli, ["extract", "--scheduler", client.scheduler.address, *files])
    assert remote.exit_code == local.exit_code == 2
    assert remote.stderr == local.stderr == f"newsfacts: error: {files[2]}: no such file\n"
    assert [json.loads(x)["source"] for x in remote.stdout.splitlines()] == files[:2] + files[3:]
    assert remote.stdout == local.stdout


def test_run_on_cluster_streams_results_in_order(client, files) -> None:
    from newsfacts.batch.cluster import run_on_cluster

    results = list(run_on_cluster(batch.expand(files).jobs, client))
    assert [r.index for r in results] == [0, 1, 2, 3, 4]
    assert [r.ok for r in results] == [True, True, False, True, True]
    for r in results:
        if r.document is not None:
            expected = extract(Path(r.name).read_text("utf-8"), source=r.name)
            assert r.document.to_dict() == expected.to_dict()


def test_every_worker_loaded_kiwi_once_single_threaded(client) -> None:
    def kiwi_state() -> tuple[int, str | None]:
        import os

        from newsfacts.kiwi import get_kiwi

        return get_kiwi.cache_info().currsize, os.environ.get("NEWSFACTS_KIWI_THREADS")

    assert set(client.run(kiwi_state).values()) == {(1, "1")}


def test_extract_bag_of_texts_and_named_pairs(client) -> None:
    from newsfacts.batch.cluster import extract_bag

    pairs = list(ARTICLES.items())
    bag = dask_bag.from_sequence(pairs, npartitions=2)
    docs = extract_bag(bag).compute()
    assert [d.source for d in docs] == list(ARTICLES)
    assert [d.to_dict() for d in docs] == [extract(t, source=s).to_dict() for s, t in pairs]
    plain = extract_bag(dask_bag.from_sequence([t for _, t in pairs], npartitions=2)).compute()
    assert [d.source for d in plain] == ["<text>"] * 4


def test_unreachable_scheduler_is_a_one_line_error(files) -> None:
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = CliRunner().invoke(cli, ["extract", "--scheduler", "tcp://127.0.0.1:9", files[0]])
    assert result.exit_code == 2
    assert result.stderr.startswith("newsfacts: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert result.stderr.count("\n") == 1
