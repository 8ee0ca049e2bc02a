"""The Python package itself: version, exports, typing marker, and stubs that match the build."""

import importlib.util
import pathlib
import sys

import pytest

import govplan

from conftest import SOURCE_DIR


def test_the_package_has_the_librarys_version():
    cmake = (SOURCE_DIR / "CMakeLists.txt").read_text(encoding="utf-8")
    assert f"VERSION {govplan.__version__}" in cmake


def test_every_public_name_of_the_core_is_exported_in_all():
    import govplan._core as core

    public = {n for n in dir(core) if not n.startswith("_")} | {"__version__"}
    assert set(govplan.__all__) == public
    for name in govplan.__all__:
        assert hasattr(govplan, name)


def test_the_package_is_marked_typed():
    assert (pathlib.Path(govplan.__file__).parent / "py.typed").exists()


def test_the_committed_stub_matches_the_built_extension():
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy (Debian python3-mypy) is not installed: its stubgen writes the stub")
    sys.path.insert(0, str(SOURCE_DIR / "scripts"))
    import generate_stubs

    committed = (SOURCE_DIR / "bindings" / "python" / "govplan" / "_core.pyi").read_text(encoding="utf-8")
    assert generate_stubs.generate() == committed, (
        "the stub is stale: run scripts/generate_stubs.py bindings/python/govplan/_core.pyi")


def test_the_examples_in_the_package_docstring_run():
    import doctest

    result = doctest.testmod(govplan, verbose=False)
    assert result.attempted >= 2 and result.failed == 0
