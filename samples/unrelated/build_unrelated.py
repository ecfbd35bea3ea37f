#!/usr/bin/env python3
"""Write a corpus of real articles from unrelated stories, for measuring how many flags the judge raises on news
where almost no pair truly conflicts (issue #10: flags per 100 articles and their precision, read by hand).

Nothing is copied into the repository: the articles are assembled from ../shared/data at run time into OUT.
- French: the 78 French Wikinews stories (2005) of samples/gold/build_wikinews_gold.py, each a run of consecutive
  lines of ../shared/data/news-fr-wikinews/frwikinews-test-1000.txt (CC BY 2.5); the story's first line is used
  as its headline line, as in the sample corpus.
- English: the 84 PolNeAR dev articles (2016 US campaign news), ../shared/data/polnear-en/data/dev/text.
Publication dates: PolNeAR file names carry them; Wikinews stories get 2005-01-01 plus their story number in days
(so the judging window admits every pair, as it would for one busy year of news).

Usage: python3 samples/unrelated/build_unrelated.py OUT
"""
import datetime
import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / ".." / "shared" / "data"


def wikinews_stories():
    spec = importlib.util.spec_from_file_location("gold", ROOT / "samples" / "gold" / "build_wikinews_gold.py")
    gold = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gold)
    lines = (DATA / "news-fr-wikinews" / "frwikinews-test-1000.txt").read_text(encoding="utf-8").splitlines()
    for number, (story_id, first, last, _) in enumerate(gold.STORIES):
        body = [l.strip() for l in lines[first - 1:last] if l.strip()]
        if not body:
            continue
        date = datetime.date(2005, 1, 1) + datetime.timedelta(days=number)
        yield f"fr_{story_id}.txt", body[0] + "\n\n" + "\n\n".join(body[1:]) + "\n", date.isoformat()


def polnear_dev():
    for path in sorted((DATA / "polnear-en" / "data" / "dev" / "text").glob("*.txt")):
        match = re.search(r"_(\d{4}-\d{2}-\d{2})_", path.name)
        yield f"en_{path.name}", path.read_text(encoding="utf-8"), match.group(1) if match else "2016-09-01"


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    dates = []
    for name, text, date in [*wikinews_stories(), *polnear_dev()]:
        (out / name).write_text(text, encoding="utf-8")
        dates.append(f"{name}\t{date}")
    (out / "published.tsv").write_text("# file<TAB>date\n" + "\n".join(dates) + "\n", encoding="utf-8")
    print(f"{len(dates)} articles in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
