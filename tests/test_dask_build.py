"""A build on a Dask LocalCluster (and on a local process pool) writes the same records."""

from pathlib import Path

import pytest

from storyline.cli import sample_corpus_path
from storyline.distributed import connect, worker_setup
from storyline.export import export_jsonl
from storyline.pipeline import BuildOptions, build
from storyline.store import Store

pytestmark = pytest.mark.model


def _export(tmp_path: Path, name: str, options: BuildOptions) -> dict[str, str]:
    store = Store(tmp_path / f"{name}.db")
    report = build([sample_corpus_path()], store, options)
    assert report.processed > 5 and report.failed == 0
    out = tmp_path / name
    export_jsonl(store, out)
    store.close()
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(out.iterdir())}


@pytest.fixture(scope="module")
def local(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The export of a single-process build of the samples."""
    return _export(tmp_path_factory.mktemp("local"), "local", BuildOptions(processes=1))


def test_dask_local_cluster_and_process_pool_give_the_records_of_a_local_run(
    tmp_path: Path, local: dict[str, str]
) -> None:
    on_dask = _export(tmp_path, "dask", BuildOptions(dask="local", dask_workers=1, batch_size=4))
    pooled = _export(tmp_path, "pool", BuildOptions(processes=2, batch_size=3))
    assert set(local) == {"documents.jsonl", "actors.jsonl", "events.jsonl", "quotes.jsonl"}
    assert on_dask == local
    assert pooled == local


def test_dask_scheduler_address_runs_the_build_and_loads_the_model_once_per_worker(
    tmp_path: Path, local: dict[str, str]
) -> None:
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=None) as cluster:
        address = cluster.scheduler_address
        assert address.startswith("tcp://")
        remote = _export(tmp_path, "remote", BuildOptions(dask=address, batch_size=5))
        with connect(address) as client:
            loads = client.run(worker_setup, None, ())
    assert remote == local
    assert list(loads.values()) == [1]  # after two builds' batches: loaded once


def test_dask_failed_batch_becomes_skipped_documents() -> None:
    from concurrent.futures import Future
    from types import SimpleNamespace

    from storyline.distributed import _collect

    future: Future = Future()
    future.set_exception(RuntimeError("worker killed"))
    items = [SimpleNamespace(name="a"), SimpleNamespace(name="b")]
    outcomes = list(_collect(items, future))
    assert [item.name for item, _ in outcomes] == ["a", "b"]
    assert all(error.code.name == "E016" and "worker killed" in str(error) for _, error in outcomes)
