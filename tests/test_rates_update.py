"""``newsfacts rates --update`` against a server on 127.0.0.1: the tests never reach the internet."""

from __future__ import annotations

import http.server
import io
import threading
import time
import zipfile

import pytest
from click.testing import CliRunner

from newsfacts import rates
from newsfacts.cli import cli


def zip_of(text: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("eurofxref-hist.csv", text)
    return buf.getvalue()


def ecb_zip(*rows: str) -> bytes:
    return zip_of("\n".join(["Date,USD,JPY,KRW,", *rows]) + "\n")


# a day after any bundled copy, so that the download is preferred
FRESH = ecb_zip("2099-01-30,1.1000,170.00,1650.00,", "2099-01-29,1.1000,170.00,1640.00,")

ROUTES = {
    "/eurofxref-hist.zip": FRESH,
    "/corrupt.zip": b"PK\x03\x04 this is not a zip archive",
    "/not-ecb.zip": zip_of("Day,Price\n2099-01-30,12\n"),
}


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/slow.zip":
            time.sleep(2)
        body = ROUTES.get(self.path, FRESH if self.path == "/slow.zip" else None)
        if body is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:  # quiet
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        # the slow route writes after the client has given up; socketserver would print the
        # broken pipe's traceback to whatever sys.stderr is then, inside a later test's output
        pass


@pytest.fixture(scope="module")
def server():
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def cache(tmp_path, monkeypatch):
    monkeypatch.setattr(rates, "cache_dir", lambda: tmp_path / "cache")
    rates.history.cache_clear()
    yield tmp_path / "cache"
    rates.history.cache_clear()


def test_update_downloads_and_later_runs_prefer_it(server, cache) -> None:
    result = CliRunner().invoke(cli, ["rates", "--update", "--url", f"{server}/eurofxref-hist.zip"])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"newsfacts: downloading {server}/eurofxref-hist.zip",
        f"newsfacts: saved {cache / 'eurofxref-hist.zip'} (rates 2099-01-29 to 2099-01-30)",
    ]
    assert (cache / "eurofxref-hist.zip").read_bytes() == FRESH
    got = CliRunner().invoke(cli, ["rates", "--date", "2099-01-30", "-f", "csv", "USD"])
    assert got.stdout == "currency,per,rate,date,source\nUSD,1,1500.00,2099-01-30,ECB\n"
    info = CliRunner().invoke(cli, ["rates", "--info", "-f", "csv"]).stdout
    assert "downloaded with newsfacts rates --update" in info


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/corrupt.zip", "/corrupt.zip: not the ECB's rates file (BadZipFile)"),
        ("/not-ecb.zip", "/not-ecb.zip: not the ECB's rates file (no Date and KRW columns)"),
        ("/missing.zip", "/missing.zip: HTTP 404 Not Found"),
        ("/slow.zip", "no answer within 0.5 s"),
    ],
    ids=["corrupt", "not-ecb", "missing", "timeout"],
)
def test_update_failures_are_one_line_and_keep_the_old_copy(
    server, cache, monkeypatch, path, message
) -> None:
    monkeypatch.setattr(rates, "UPDATE_TIMEOUT", 0.5)
    cache.mkdir()
    (cache / "eurofxref-hist.zip").write_bytes(FRESH)
    result = CliRunner().invoke(cli, ["rates", "--update", "--url", f"{server}{path}"])
    assert result.exit_code == 2
    *_, last = result.stderr.splitlines()
    assert last.startswith("newsfacts: error: ") and message in last
    assert (cache / "eurofxref-hist.zip").read_bytes() == FRESH  # untouched


def test_an_older_download_is_not_preferred(cache) -> None:
    cache.mkdir()
    (cache / "eurofxref-hist.zip").write_bytes(ecb_zip("2001-01-31,0.9,100,1200,"))
    found = rates.ecb_file()
    assert found is not None and found[0] == rates.bundled_file()
