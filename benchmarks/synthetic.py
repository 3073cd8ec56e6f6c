"""Generate realistic synthetic news articles from the sample corpora, for scale benchmarks.

Each article is a plain-text page dump like the real inputs: a headline, a dateline, a
publication line, 5 to 12 body paragraphs drawn from the bundled samples and
../shared/corpus (read at run time, never copied into the repo) with the people, places,
weekdays and years swapped, and the usual page furniture (menu, related links, copyright).
Articles are deterministic for a seed and differ enough not to count as near duplicates.

    python benchmarks/synthetic.py --count 1000 --out /tmp/synthetic-1k [--jsonl]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "src" / "storyline" / "samples", ROOT.parent / "shared" / "corpus"]

PEOPLE = [
    ["Mike Pompeo", "John Bolton", "Stephen Biegun", "Rex Tillerson", "Antony Blinken"],
    ["Moon Jae-in", "Yoon Suk Yeol", "Lee Jae-myung"],
    ["Kim Yong Chol", "Choe Son Hui", "Ri Yong Ho", "Kim Yo Jong"],
    ["Shinzo Abe", "Fumio Kishida", "Yoshihide Suga"],
    ["Xi Jinping", "Wang Yi"],
]
PLACES = [
    ["Pyongyang", "Seoul", "Beijing", "Tokyo", "Washington", "Hanoi", "Singapore", "Stockholm"],
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
FURNITURE = [
    "Home | World | Asia | Politics | Business | Opinion",
    "Sign in to read more",
    "Related: Talks stall as envoys trade blame",
    "Read next: What the summit means for the region",
    "Copyright {year} Pacific Wire. All rights reserved.",
    "Share this article on social media",
]


def load_paragraphs() -> list[str]:
    """Body-length paragraphs of every sample and shared corpus file."""
    paragraphs: list[str] = []
    for folder in SOURCES:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.suffix not in {".txt", ".html", ".jsonl"}:
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            if path.suffix == ".jsonl":
                text = "\n\n".join(json.loads(line).get("text", "") for line in text.splitlines())
            text = re.sub(r"<[^>]+>", "\n", text)
            for block in re.split(r"\n\s*\n|\n(?=[A-Z\"])", text):
                block = " ".join(block.split())
                if len(block.split()) >= 18 and not block.startswith(("http", "{")):
                    paragraphs.append(block)
    if not paragraphs:
        sys.exit("no sample paragraphs found")
    return sorted(set(paragraphs))


def _swap(text: str, rng: random.Random, groups: list[list[str]]) -> str:
    for group in groups:
        mapping = dict(zip(group, rng.sample(group, len(group)), strict=True))
        pattern = re.compile("|".join(re.escape(name) for name in group))
        text = pattern.sub(lambda m, mp=mapping: mp[m.group(0)], text)
    return text


def article(index: int, paragraphs: list[str], seed: int = 7) -> tuple[str, str]:
    """(title, page text) of synthetic article ``index``."""
    rng = random.Random(seed * 1_000_003 + index)
    year = rng.randint(2000, 2023)
    body = rng.sample(paragraphs, rng.randint(5, 12))
    body = [_swap(p, rng, PEOPLE + PLACES + [WEEKDAYS, MONTHS]) for p in body]
    body = [re.sub(r"\b(19|20)\d\d\b", lambda _m: str(year + rng.randint(-1, 0)), p) for p in body]
    title = " ".join(body[0].split()[: rng.randint(6, 11)]).rstrip(",.;:")
    place = rng.choice(PLACES[0]).upper()
    month = rng.choice(MONTHS)
    day = rng.randint(1, 28)
    lines = [FURNITURE[0], "", title, "", f"Published {month} {day}, {year}", ""]
    body[0] = f"{place} - {body[0]}"
    for n, paragraph in enumerate(body):
        lines += [paragraph, ""]
        if n == 2 and rng.random() < 0.5:
            lines += [rng.choice(FURNITURE[2:4]), ""]
    lines += [rng.choice(FURNITURE[4:]).format(year=year), ""]
    lines.append(f"story-id {index:07d}")
    return title, "\n".join(lines) + "\n"


def generate(count: int, seed: int = 7) -> Iterator[tuple[str, str]]:
    """``count`` synthetic (title, text) articles."""
    paragraphs = load_paragraphs()
    for index in range(count):
        yield article(index, paragraphs, seed)


def write(count: int, out: Path, seed: int = 7, jsonl: bool = False) -> int:
    """Write ``count`` articles to ``out`` (one .txt each, or one articles.jsonl); words."""
    out.mkdir(parents=True, exist_ok=True)
    words = 0
    handle = (out / "articles.jsonl").open("w", encoding="utf-8") if jsonl else None
    try:
        for index, (title, text) in enumerate(generate(count, seed)):
            words += len(text.split())
            if handle is not None:
                handle.write(json.dumps({"title": title, "text": text}) + "\n")
            else:
                sub = out / f"{index // 1000:04d}"
                sub.mkdir(exist_ok=True)
                (sub / f"{index:07d}.txt").write_text(text, encoding="utf-8")
    finally:
        if handle is not None:
            handle.close()
    return words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--jsonl", action="store_true", help="one JSONL file, not .txt files")
    args = parser.parse_args()
    words = write(args.count, args.out, args.seed, args.jsonl)
    print(f"wrote {args.count} articles, {words} words, to {args.out}")


if __name__ == "__main__":
    main()
