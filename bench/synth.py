"""A synthetic review corpus for the scale benchmark, written as JSON Lines shards.

Every text is made up here from templates: real-looking names (given names from
``data/gazetteer/first_names.txt``, surnames invented from syllables), settings drawn from
``data/gazetteer/places.tsv`` (so their hierarchy is known), themes from the SKOS scheme,
credits blocks and prose in the shapes the extractors read. Films are reviewed several times
and draw their casts from one shared pool of people, so the graph is connected the way a real
archive's is. The same ``--seed`` gives the same corpus.

    python bench/synth.py 10000 --out bench/data/synth-10k     # 10 shards of 1,000 reviews
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from filmgraph.resources import data_dir
from filmgraph.themes import theme_cues

SHARD_SIZE = 1000
_ONSETS = ["b", "br", "d", "dr", "g", "h", "k", "kr", "l", "m", "n", "p", "r", "s", "st", "t",
           "v", "w", "z", "ch", "sh", "f", "gr", "tr"]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "ie"]
_CODAS = ["", "n", "r", "s", "l", "nd", "rt", "sk", "v", "m", "ck", "th"]
_ENDINGS = ["", "son", "ov", "ova", "ez", "ski", "ini", "berg", "ley", "er", "ani", "ard"]
_TITLE_WORDS = ["Winter", "Harbour", "Silence", "Glass", "River", "Orchard", "Lantern", "Night",
                "Ashes", "Salt", "Border", "Closeness", "Mirror", "Summer", "Ferry", "Stone",
                "Garden", "Static", "Thread", "Echo", "Distance", "Feather", "Quarry", "Signal"]
_CRITICS = ["Mira Castellan", "Tomas Ferreira", "Ada Lindqvist", "Jonah Pereira", "Lena Okafor"]
_PUBLISHERS = ["The Synthetic Review", "Cinema Ledger", "The Projector", "Reel Quarterly"]
_COMPANIES = ["Kino Lorber", "Northlight Pictures", "Harbour Films", "Blue Lantern"]
_KIN = ["mother", "father", "brother", "sister", "son", "daughter", "wife", "husband"]


@dataclass(slots=True)
class Film:
    title: str
    year: int
    director: str
    writers: list[str]
    cast: list[tuple[str, str]]  # (actor, character)
    setting: str
    themes: list[str]
    minutes: int
    company: str


def _given_names() -> list[str]:
    names = (data_dir() / "gazetteer" / "first_names.txt").read_text(encoding="utf-8").split()
    return [n for n in names if n.isalpha() and len(n) > 2]


def _cities() -> list[str]:
    out = []
    table = (data_dir() / "gazetteer" / "places.tsv").read_text(encoding="utf-8")
    for line in table.splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) >= 3 and cols[1] == "city" and cols[2]:
            out.append(cols[0])
    return out


def _surname(rng: random.Random) -> str:
    parts = [rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)
             for _ in range(rng.choice((1, 2, 2)))]
    return ("".join(parts) + rng.choice(_ENDINGS)).capitalize()


class World:
    """The people, places and films the corpus talks about; sizes grow with the corpus."""

    def __init__(self, reviews: int, rng: random.Random) -> None:
        self.rng = rng
        given = _given_names()
        people_count = max(300, reviews // 2)
        people: set[str] = set()
        while len(people) < people_count:
            people.add(f"{rng.choice(given)} {_surname(rng)}")
        self.people = sorted(people)
        self.characters = given
        self.cities = _cities()
        self.themes = [cue.label for cue in theme_cues()]
        self.films = [self._film(i) for i in range(max(10, reviews // 3))]

    def _film(self, index: int) -> Film:
        rng = self.rng
        title = " ".join(rng.sample(_TITLE_WORDS, rng.choice((1, 2, 2, 3))))
        title = f"{title} {index}" if index >= len(_TITLE_WORDS) ** 2 // 4 else title
        # Casts come from a skewed pool: a few busy actors link many films together.
        cast_size = rng.randint(3, 7)
        actors: list[str] = []
        while len(actors) < cast_size:
            pick = self.people[int(len(self.people) * rng.random() ** 2)]
            if pick not in actors:
                actors.append(pick)
        characters = rng.sample(self.characters, cast_size)
        director = rng.choice(self.people)
        return Film(
            title=title,
            year=rng.randint(1950, 2024),
            director=director,
            writers=[director, *rng.sample(self.people, rng.choice((0, 1, 1, 2)))],
            cast=list(zip(actors, characters, strict=True)),
            setting=rng.choice(self.cities),
            themes=rng.sample(self.themes, rng.randint(1, 3)),
            minutes=rng.randint(78, 175),
            company=rng.choice(_COMPANIES),
        )


def _prose(film: Film, rng: random.Random) -> list[str]:
    (lead, lead_char), *rest = film.cast
    first = rng.choice([
        f"“{film.title}” ({film.year}) is set in {film.setting}, and it is the latest work of "
        f"{film.director}.",
        f"{film.director}'s film “{film.title}” takes place in {film.setting} during the winter "
        f"of {film.year - rng.randint(1, 30)}.",
        f"“{film.title}”, directed by {film.director}, unfolds in {film.setting}.",
    ])
    cast_bits = [f"{lead_char} ({lead})"]
    for actor, character in rest[:3]:
        kin = rng.choice(_KIN)
        cast_bits.append(rng.choice([f"{character} ({actor})", f"her {kin} {character} ({actor})"]))
    second = (f"{cast_bits[0]} is at the centre of it, with "
              f"{', '.join(cast_bits[1:]) or 'almost no one'} close by.")
    *most, last = film.themes
    themes = f"{', '.join(most)} and {last}" if most else last
    third = rng.choice([
        f"It is a film about {themes}, and it never looks away.",
        f"The story circles {themes} without ever raising its voice.",
        f"At heart this is a drama of {themes}.",
    ])
    fourth = rng.choice([
        f"{lead.split()[-1]} is remarkable, and the camera trusts the faces.",
        "The pacing sags in the middle hour, but the ending lands.",
        "The score is spare, the light is cold, and the performances carry it.",
    ])
    return [first, second, third, fourth]


def _credits(film: Film) -> list[str]:
    hours, minutes = divmod(film.minutes, 60)
    return [
        "Cast: " + ", ".join(actor for actor, _ in film.cast),
        f"Credits: Directed by {film.director}, screenplay by {', '.join(film.writers)}. "
        f"A {film.company} release.",
        f"Running time: {hours}:{minutes:02d}",
    ]


def reviews(count: int, *, seed: int = 7) -> Iterator[dict[str, str]]:
    """Yield ``count`` review records (the JSON Lines fields filmgraph reads)."""
    rng = random.Random(seed)
    world = World(count, rng)
    for number in range(count):
        film = world.films[int(len(world.films) * rng.random() ** 1.5)]
        critic = rng.choice(_CRITICS)
        body = [f"By {critic}", " ".join(_prose(film, rng)), "\n".join(_credits(film))]
        record = {
            "id": f"synth-{number:07d}",
            "author": critic,
            "publisher": rng.choice(_PUBLISHERS),
            "text": "\n\n".join(body),
        }
        if rng.random() < 0.7:  # most feeds carry the film's title and year as metadata
            record["film"] = film.title
            record["year"] = str(film.year)
        yield record


def write_corpus(
    count: int, out: Path, *, seed: int = 7, shard_size: int = SHARD_SIZE
) -> list[Path]:
    """Write ``count`` reviews as JSON Lines shards under ``out``; return the shard paths."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("shard-*.jsonl"):
        old.unlink()
    paths: list[Path] = []
    handle = None
    for number, record in enumerate(reviews(count, seed=seed)):
        if number % shard_size == 0:
            if handle is not None:
                handle.close()
            paths.append(out / f"shard-{len(paths):04d}.jsonl")
            handle = paths[-1].open("w", encoding="utf-8")
        assert handle is not None
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    if handle is not None:
        handle.close()
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="number of reviews (e.g. 1000, 10000, 100000)")
    parser.add_argument("--out", type=Path, required=True, help="folder for the JSONL shards")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = write_corpus(args.count, args.out, seed=args.seed)
    print(f"{args.count} reviews in {len(paths)} shards under {args.out}")


if __name__ == "__main__":
    main()
