import json
import os
import pathlib

import pytest

SOURCE_DIR = pathlib.Path(os.environ.get("GOVPLAN_SOURCE_DIR", pathlib.Path(__file__).parents[2]))
DATA_DIR = SOURCE_DIR / "tests" / "data"


@pytest.fixture
def seed_text() -> str:
    return (SOURCE_DIR / "examples" / "plans" / "chanh-lo-2024.txt").read_text(encoding="utf-8")


@pytest.fixture
def corpus_references() -> list:
    with open(DATA_DIR / "corpus" / "references.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture
def cli() -> str:
    path = os.environ.get("GOVPLAN_CLI")
    if not path:
        pytest.skip("the govplan CLI was not built (GOVPLAN_BUILD_CLI=OFF)")
    return path
