"""The bench (make bench) and the torture run (make torture) are not part of make test's
run, but they drive the app's own API: every module of theirs must still import after the
app's modules move or are renamed (the bench's session probe once did not)."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import bench
import bench.probes
import tests.torture

MODULES = sorted(
    {
        name
        for package in (bench, bench.probes, tests.torture)
        for _finder, name, _is_package in pkgutil.iter_modules(
            package.__path__, package.__name__ + "."
        )
    }
    - {"tests.torture.__main__"}
)


def test_the_bench_and_torture_modules_are_found() -> None:
    assert "bench.probes.session" in MODULES
    assert "tests.torture.harness" in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_it_imports(name: str) -> None:
    importlib.import_module(name)
