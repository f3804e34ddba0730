from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED_DIR = ROOT.parent / "shared" / "seed-article"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The real article the project started from; only beside a checkout, never in the repo."""
    files = sorted(SEED_DIR.glob("*.txt")) if SEED_DIR.is_dir() else []
    if not files:
        pytest.skip("../shared/seed-article is not beside this checkout")
    return files[0].read_text("utf-8")
