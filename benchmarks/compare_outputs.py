"""Byte-for-byte check that a speed change changed no output of ``redact --jsonl``.

    python benchmarks/compare_outputs.py --base DIR [--head DIR] [SET.jsonl ...]

Runs ``python -m bot redact --jsonl`` of two checkouts (``--base``, e.g. a ``git worktree`` of
the commit before the change, and ``--head``, this checkout by default) over every set — by
default ``benchmarks/data/*.jsonl`` and ``../shared/eval/{dev,airbnb_dev}.jsonl`` — and
compares standard output, standard error and exit status exactly. Prints one line per set and
exits 1 when any differs. Only counts and positions are printed, never message text.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"


def default_sets() -> list[Path]:
    sets = sorted((ROOT / "benchmarks" / "data").glob("*.jsonl"))
    sets += [p for p in (SHARED_EVAL / "dev.jsonl", SHARED_EVAL / "airbnb_dev.jsonl") if p.exists()]
    return sets


def run(checkout: Path, path: Path) -> tuple[bytes, bytes, int]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRIVACYWACHT_")}
    env["PYTHONPATH"] = str(checkout)
    with path.open("rb") as source:
        done = subprocess.run(
            [sys.executable, "-m", "bot", "redact", "--jsonl"],
            stdin=source,
            capture_output=True,
            cwd=checkout,
            env=env,
            check=False,
        )
    return done.stdout, done.stderr, done.returncode


def first_difference(a: bytes, b: bytes) -> str:
    for number, (x, y) in enumerate(zip(a.splitlines(), b.splitlines(), strict=False), 1):
        if x != y:
            return f"first at output line {number}"
    return f"{len(a.splitlines())} vs {len(b.splitlines())} lines"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--base", type=Path, required=True, help="checkout to compare against")
    parser.add_argument("--head", type=Path, default=ROOT, help="checkout under test")
    parser.add_argument("--jobs", type=int, default=2, help="sets run at once")
    args = parser.parse_args(argv)
    sets = args.sets or default_sets()

    def both(path: Path) -> tuple[Path, tuple, tuple]:
        return path, run(args.base, path), run(args.head, path)

    differing = 0
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for path, base, head in pool.map(both, sets):
            parts = [
                name
                for name, x, y in zip(("stdout", "stderr", "status"), base, head, strict=True)
                if x != y
            ]
            if parts:
                differing += 1
                detail = first_difference(base[0], head[0]) if "stdout" in parts else ""
                print(f"DIFFERS  {path.name}: {', '.join(parts)} {detail}".rstrip())
            else:
                print(f"same     {path.name}: {len(head[0].splitlines())} lines, exit {head[2]}")
    print(f"{len(sets) - differing} of {len(sets)} sets identical")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
