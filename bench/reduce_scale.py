"""How far the reduce scales on one machine: replicate a run's shards k times and time
the reduce.

Usage: reduce_scale.py WORK_DIR [--copies 1 4 16]. WORK_DIR is the `.work`
folder of a finished `newsner run` (e.g. of the News Articles corpus from
`make bench`). Each copy gets distinct article and mention ids, so resolution
sees k times the articles and mentions. The reduce of each size runs in a
fresh process; its wall time and peak RSS are printed and written to
bench/reduce_results.json.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
ID_COLUMNS = {
    "articles": ["article_id"],
    "mentions": ["article_id", "mention_id"],
    "dates": ["article_id", "mention_id"],
    "role_candidates": ["article_id"],
    "relation_candidates": ["article_id"],
}


def replicate(src: Path, dst: Path, copies: int) -> None:
    """Write `copies` suffixed copies of every shard of `src` into a new work dir
    `dst`.
    """
    manifest = json.loads((src / "manifest.json").read_text())
    shards = {}
    for key, info in manifest["shards"].items():
        for c in range(copies):
            new_key = f"{key}c{c}"
            out = dst / "shards" / new_key
            out.mkdir(parents=True)
            for name, cols in ID_COLUMNS.items():
                df = pd.read_parquet(src / "shards" / key / f"{name}.parquet")
                for col in cols:
                    df[col] = df[col].astype(str) + f"~{c}"
                if (
                    name == "mentions" and "honorific" not in df
                ):  # work dirs from before that column
                    df["honorific"] = ""
                df.to_parquet(out / f"{name}.parquet", index=False)
            shards[new_key] = {**info, "index": info["index"] * copies + c}
    (dst / "manifest.json").write_text(json.dumps({"shards": shards}))


def child(work: str, out: str) -> None:
    """Run the reduce alone and print its seconds and this process's peak RSS."""
    from pipeline.reduce import reduce_to_tables
    from pipeline.runner.manifest import Manifest

    m = Manifest.load(work)
    keys = sorted(m.shards, key=lambda k: m.shards[k]["index"])
    t0 = time.perf_counter()
    shards = {k: m.shard_dir(k) for k in keys}
    n_mentions = sum(int(m.shards[k]["rows"]["mentions"]) for k in keys)
    counts, *_ = reduce_to_tables(shards, n_mentions, Path(out), "csv")
    print(
        json.dumps(
            {
                "seconds": round(time.perf_counter() - t0, 1),
                "counts": counts,
                "peak_rss_mb": round(
                    resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1
                ),
            }
        )
    )


def main() -> int:
    """Measure the reduce at each size."""
    ap = argparse.ArgumentParser()
    ap.add_argument("work_dir", nargs="?")
    ap.add_argument("--copies", type=int, nargs="+", default=[1, 4, 16])
    ap.add_argument("--child", nargs=2)
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return 0
    results = []
    for k in args.copies:
        with tempfile.TemporaryDirectory(prefix="newsner-reduce-") as tmp:
            work, out = Path(tmp) / "work", Path(tmp) / "out"
            replicate(Path(args.work_dir), work, k)
            res = subprocess.run(
                [sys.executable, __file__, "--child", str(work), str(out)],
                check=True,
                capture_output=True,
                text=True,
            )
            r = json.loads(res.stdout.strip().splitlines()[-1])
            r["copies"] = k
            results.append(r)
            print(
                f"x{k:<3} mentions {r['counts']['mentions']:>9} organisations "
                f"{r['counts']['organisations']:>7} "
                f"people {r['counts']['people']:>7}  {r['seconds']:>7.1f}s  peak "
                f"{r['peak_rss_mb']:>7.1f} MB"
            )
    (HERE / "reduce_results.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
