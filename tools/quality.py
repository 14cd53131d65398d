#!/usr/bin/env python3
"""Score every evaluation set with ../shared/eval/score.py and print the README's quality table.

    .venv/bin/python tools/quality.py            # table (Markdown) on stdout, scores in tests/data/quality.json
    .venv/bin/python tools/quality.py --floors   # also the floors for tests/test_eval_held_out.py

Each set in tests/data/ (a folder with corpus/, figures.jsonl, pairs.jsonl, parties.toml) is scored for
figures with and without its parties file and for pairs without it (with --exhaustive where its
first_contact.json says the gold lists every same-fact pair). Only totals are kept: the misses of a
frozen set (a FROZEN file in its folder) are never printed, so that nobody tunes rules on it.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SHARED = ROOT.parent / "shared"
SCORE = SHARED / "eval" / "score.py"
FACTCHECK = Path(sys.executable).with_name("factcheck")
LABELS = ("agree", "conflict", "unverifiable")


def sets() -> list[Path]:
    return sorted(p for p in DATA.iterdir() if (p / "corpus").is_dir() and (p / "figures.jsonl").is_file())


def is_frozen(folder: Path) -> bool:
    return (folder / "FROZEN").exists()


def first_contact(folder: Path) -> dict | None:
    path = folder / "first_contact.json"
    return json.loads(path.read_text()) if path.is_file() else None


def is_exhaustive(folder: Path) -> bool:
    return bool((first_contact(folder) or {}).get("exhaustive"))


def score(folder: Path, kind: str, parties: bool, factcheck: Path = FACTCHECK, env: dict | None = None) -> dict:
    """score.py's totals for one set (never its misses); `env` adds to the environment factcheck runs in."""
    command = [sys.executable, str(SCORE), kind, str(folder / "corpus"), str(folder / f"{kind}.jsonl"),
               "--factcheck", str(factcheck)]
    if parties:
        command += ["--parties", str(folder / "parties.toml")]
    if kind == "pairs" and is_exhaustive(folder):
        command.append("--exhaustive")
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env={**os.environ, **(env or {})})
    if done.returncode != 0:
        raise RuntimeError(f"score.py {kind} {folder.name} failed:\n{done.stderr[-2000:]}")
    result = json.loads(done.stdout)
    result.pop("misses", None)
    result.pop("false_conflicts", None)
    return result


def score_set(folder: Path) -> dict:
    """The three scorings of a set, run side by side (each is a subprocess)."""
    runs = {"figures_without_parties": ("figures", False), "figures_with_parties": ("figures", True),
            "pairs_without_parties": ("pairs", False)}
    with ThreadPoolExecutor(max_workers=len(runs)) as pool:
        futures = {key: pool.submit(score, folder, kind, parties) for key, (kind, parties) in runs.items()}
        return {key: future.result() for key, future in futures.items()}


def seeds() -> dict:
    """The seed articles, as the set they are (figures and pairs with the Kaiser parties file)."""
    out = {}
    for kind, with_parties in (("figures", False), ("figures", True), ("pairs", False)):
        out[f"{kind}_{'with' if with_parties else 'without'}_parties"] = seed_score(kind, with_parties)
    return out


def seed_score(kind: str, with_parties: bool, env: dict | None = None) -> dict:
    parties = ROOT / "examples" / "kaiser-parties.toml"
    command = [sys.executable, str(SCORE), kind, str(SHARED / "seeds"), str(SHARED / "eval" / f"seed_{kind}.jsonl"),
               "--factcheck", str(FACTCHECK)] + (["--parties", str(parties)] if with_parties else [])
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True, env={**os.environ, **(env or {})})
    result = json.loads(done.stdout)
    result.pop("misses", None)
    result.pop("false_conflicts", None)
    return result


def pair_score(name: str, env: dict | None = None) -> dict:
    """The pairs of one set (or "seeds"), without its parties file, in an environment of its own."""
    return seed_score("pairs", False, env) if name == "seeds" else score(DATA / name, "pairs", False, env=env)


def cell(first, today, total=None) -> str:
    now = "-" if today is None else str(today)
    total = f"/{total}" if total is not None else ""
    if first is None or first == today:
        return f"{now}{total}"
    return f"{first} → {now}{total}"


def right(result: dict, label: str) -> tuple[int, int]:
    row = result.get("per_label", {}).get(label, {})
    return row.get("right", 0), row.get("gold", 0)


def table(results: dict[str, dict]) -> str:
    lines = [
        "| set | dispute | frozen | figures: value | strict | side | side, parties file | pairs: found | right | agree right | conflict right | unverifiable right | precision: pairs | conflicts | pairs per claim |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, r in results.items():
        folder = DATA / name
        first = first_contact(folder) or {} if folder.is_dir() else {}
        f, fp, p = r["figures_without_parties"], r["figures_with_parties"], r["pairs_without_parties"]
        f0, fp0, p0 = (first.get(k, {}) for k in ("figures_without_parties", "figures_with_parties", "pairs_without_parties"))
        title = _title(folder) if folder.is_dir() else "Kaiser Permanente (the seed articles)"
        per_label = [cell(right(p0, lab)[0] if p0 else None, right(p, lab)[0], right(p, lab)[1]) for lab in LABELS]
        precision = " | ".join(
            cell(p0.get(key), p.get(key)) if key in p else "" for key in ("pair_precision", "conflict_precision")
        )
        per_claim = f"{p['pairs'] / max(p['claims'], 1):.2f}"
        lines.append(
            f"| {name} | {title} | {'yes' if folder.is_dir() and is_frozen(folder) else ''} "
            f"| {cell(f0.get('found'), f['found'], f['gold'])} | {cell(f0.get('strict'), f['strict'], f['gold'])} "
            f"| {cell(f0.get('side_right'), f['side_right'], f['gold'])} | {cell(fp0.get('side_right'), fp['side_right'], fp['gold'])} "
            f"| {cell(p0.get('found'), p['found'], p['gold'])} | {cell(p0.get('right'), p['right'], p['gold'])} "
            f"| {' | '.join(per_label)} | {precision} | {per_claim} |"
        )
    return "\n".join(lines)


def _title(folder: Path) -> str:
    readme = folder / "README.md"
    heading = readme.read_text(encoding="utf-8").splitlines()[0].lstrip("# ").strip() if readme.is_file() else folder.name
    return heading.replace("|", "/")


def floors(results: dict[str, dict]) -> str:
    """Floors one item under today's scores, as tests/test_eval_held_out.py writes them."""
    out = ["FLOORS = {"]
    for name, r in results.items():
        f, fp, p = r["figures_without_parties"], r["figures_with_parties"], r["pairs_without_parties"]
        values = {
            "strict": f["strict"], "side": f["side_right"], "side_parties": fp["side_right"], "found": p["found"],
            **{lab: right(p, lab)[0] for lab in LABELS},
        }
        floor = {k: max(0, v - 1) for k, v in values.items()}
        floor["max_pairs"] = p["pairs"] + max(3, p["pairs"] // 10)
        out.append(f"    {name!r}: {floor!r},")
    out.append("}")
    return "\n".join(out)


def main() -> None:
    folders = sets()
    with ThreadPoolExecutor(max_workers=2) as pool:
        scored = dict(zip([f.name for f in folders], pool.map(score_set, folders)))
    results = {"seeds": seeds(), **scored} if (SHARED / "seeds").is_dir() else scored
    (DATA / "quality.json").write_text(json.dumps(results, indent=1, sort_keys=True) + "\n")
    print(table(results))
    if "--floors" in sys.argv:
        print()
        print(floors(results))


if __name__ == "__main__":
    main()
