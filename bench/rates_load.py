"""What loading the reference rates costs the first check of a process (issue 21: at most 0.3 s).

    python bench/rates_load.py   # prints the load time, then an extraction with and without it
"""

from __future__ import annotations

import subprocess
import sys

CODE = """
import time
from datetime import date
import newsfacts
from newsfacts import rates
newsfacts.extract("기사\\n입력 2025.01.31 03:00\\n수출이 5% 늘었다.\\n")  # Kiwi built, no rate needed
assert rates.history.cache_info().currsize == 0, "an extract without conversions loaded the rates"
t = time.perf_counter()
rates.history().on("USD", date(2025, 1, 31))
print(f"{time.perf_counter() - t:.3f}")
"""

runs = sorted(float(subprocess.check_output([sys.executable, "-c", CODE], text=True)) for _ in range(5))
print(f"loading the ECB history, first use in a fresh process: median {runs[2]:.3f} s, max {runs[-1]:.3f} s")
