"""The HTML report in a real browser: hostile documents run nothing, and the seed corpus's conflicts show.

Headless Chromium renders each page and dumps the DOM after scripts would have
run; a screenshot of each page is kept under the test's tmp_path.
`tools/ensure-chromium.sh` installs the browser; without one these tests skip.
"""
from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from report_fixtures import IMG, SCRIPT, add_pair, build_dispute

from factcheck.report import ReportOptions, build_report, render
from factcheck.store import Store

SHARED = Path(__file__).resolve().parents[2] / "shared"
FACTCHECK = Path(sys.executable).with_name("factcheck")
CHROMIUM = next(
    (found for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable") if (found := shutil.which(name))),
    None,
)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium not found (tools/ensure-chromium.sh installs it)")

DESKTOP, PHONE = "1200,2400", "390,2400"


def chromium(tmp_path: Path, page: Path, *args: str) -> str:
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        "--virtual-time-budget=3000",  # lets any script and image error handler run before the DOM is dumped
        *args,
        page.resolve().as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def dump_dom(tmp_path: Path, page: Path) -> str:
    return chromium(tmp_path, page, "--dump-dom")


def screenshot(tmp_path: Path, page: Path, name: str, size: str) -> Path:
    shot = tmp_path / name
    chromium(tmp_path, page, f"--screenshot={shot}", f"--window-size={size}")
    assert shot.stat().st_size > 10_000  # a rendered page, not a blank one
    return shot


def title(dom: str) -> str:
    found = re.search(r"<title>(.*?)</title>", dom, re.S)
    return found.group(1) if found else ""


def test_hostile_document_runs_nothing_in_the_browser(tmp_path):
    # The control page carries the same payload unescaped: it proves the browser would show a script that ran.
    control = tmp_path / "control.html"
    control.write_text(f"<!DOCTYPE html><html><head><title>Control</title></head><body>{SCRIPT}{IMG}</body></html>")
    control_dom = dump_dom(tmp_path, control)
    assert "PWNED" in title(control_dom) and "<blink>" in control_dom

    db = tmp_path / "hostile.db"
    build_dispute(db, hostile=True)
    page = tmp_path / "report.html"
    with Store(db, create=True) as store:
        page.write_text(render(build_report(store, ReportOptions(include=("agree", "unverifiable"))), "html"))
    dom = dump_dom(tmp_path, page)
    assert title(dom) == "Contradiction report"
    assert "<blink" not in dom and "<img" not in dom and "<script" not in dom
    assert "&lt;script&gt;document.title='PWNED'" in dom  # shown as text, where a reader can see it
    assert "<mark>$20 an hour</mark>" in dom
    screenshot(tmp_path, page, "report.png", DESKTOP)
    screenshot(tmp_path, page, "report-phone.png", PHONE)


def squash(text: str) -> str:
    for a, b in (("\u201c", '"'), ("\u201d", '"'), ("\u2018", "'"), ("\u2019", "'")):
        text = text.replace(a, b)
    return re.sub(r"\s+", " ", text).strip().lower()


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared is not beside the checkout")
def test_seed_report_shows_gold_conflicts(tmp_path):
    db = tmp_path / "seed.db"
    env = {**os.environ, "FACTCHECK_DB": str(db)}
    for step in (["ingest", str(SHARED / "seeds")], ["pair"]):
        done = subprocess.run([str(FACTCHECK), *step], capture_output=True, text=True, env=env, timeout=600)
        assert done.returncode == 0, done.stderr[-2000:]

    gold = [json.loads(line) for line in (SHARED / "eval" / "seed_pairs.jsonl").read_text().splitlines() if line.strip()]
    shown = _label_gold_conflicts(db, [g for g in gold if g["label"] == "conflict"])
    assert len(shown) >= 3, f"only {len(shown)} gold conflict pairs have both claims extracted"

    page = tmp_path / "report.html"
    done = subprocess.run([str(FACTCHECK), "report", "-o", str(page)], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    dom = dump_dom(tmp_path, page)
    seen = 0
    for pair_id, claims in shown.items():
        article = re.search(rf'<article [^>]*id="pair-{pair_id}".*?</article>', dom, re.S)
        assert article, f"pair {pair_id} is not on the page"
        for claim in claims:
            for q in claim.quantities:
                assert f"<mark>{html.escape(q.text, quote=False)}</mark>" in article.group(), q.text
            # Text between figures reads as the claim does.
            assert html.escape(claim.text[: claim.quantities[0].start if claim.quantities else 40], quote=False) in article.group()
        seen += 1
    assert seen >= 3
    screenshot(tmp_path, page, "report.png", DESKTOP)
    screenshot(tmp_path, page, "report-phone.png", PHONE)


def _label_gold_conflicts(db: Path, gold: list[dict]) -> dict[int, tuple]:
    """pair id -> its two claims, for the gold conflicts whose claims were extracted, labelled as reviewers would.

    A gold pair the pairing stage missed is added as a pair row: this test checks what the report shows,
    the pairing stage has its own yardstick.
    """
    with Store(db, create=True) as store:
        claims = store.claims()

        def find(quote: str):
            q = squash(quote)
            return next((c for c in claims if squash(c.text) and (squash(c.text) in q or q in squash(c.text))), None)

        pairs = {(p.claim_a, p.claim_b): p.id for p in store.pairs()}
        shown = {}
        for g in gold:
            a, b = find(g["quote_a"]), find(g["quote_b"])
            if a is None or b is None or a.id == b.id:
                continue
            key = (min(a.id, b.id), max(a.id, b.id))
            pair_id = pairs.get(key) or add_pair(store, a.id, b.id, "conflict", g["topic"], 0.5, (g["why"],))
            pairs[key] = pair_id
            store.add_label(pair_id, "conflict", "gold", note=g["why"])
            shown[pair_id] = (a, b)
        return shown
