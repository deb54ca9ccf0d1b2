"""Issue (fixed, extraction): a page of glued names with no sentence end cost time quadratic in
its length: 250 KB took 80 s. The whole page was one sentence that every name's checks scanned,
each claim was looked up by walking every claim made so far, and each glued name asked a text
search whether its surname stands alone elsewhere. Now a sentence is cut at 3,000 characters,
claims are indexed, and the review's lone capitalised words are counted once: 2.8 s."""

from __future__ import annotations

from collections.abc import Callable

Deadline = Callable[[str, float], None]  # the extracts_within fixture (conftest.py)


def test_a_hundred_kilobytes_of_glued_names_extract_within_ten_seconds(
    extracts_within: Deadline,
) -> None:
    code = (
        "import random, string\n"
        "from filmgraph import Review\n"
        "from filmgraph.extract import extract\n"
        "random.seed(1)\n"
        "def w(n): return ''.join(random.choice(string.ascii_lowercase) for _ in range(n))\n"
        "def name(): return f'and{w(1).upper()}{w(4)} {w(1).upper()}{w(8)}as the'\n"
        "page = ' '.join(name() for _ in range(4000))\n"
        "extract(Review(text='“Film” is quiet. ' + page, source='x.txt'))\n"
    )
    extracts_within(code, 10)
