"""The evaluation harness, and the gold sets run as a conformance suite.

The held-out floors below are the levels extraction actually reaches on the held-out Ebert
set (tests/gold/ebert_test.json), set just under the measured figure; where that is below the
issue's target (director F1 ≥ 0.90, actor F1 ≥ 0.80, role F1 ≥ 0.80, setting F1 ≥ 0.70,
precision ≥ 0.85 for director and actor) the gap is stated in the closing report.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from filmgraph.cli import main
from filmgraph.errors import InputError
from filmgraph.eval import EvalReport, evaluate, format_report, load_gold, parse_gold, run_eval
from filmgraph.extract import extract
from filmgraph.model import Review
from filmgraph.wikiplots import iter_plots, plot_gold

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "tests" / "gold"
CORPUS = REPO.parent / "shared" / "corpus"

needs_corpus = pytest.mark.skipif(
    not (CORPUS / "ebert").is_dir(), reason="../shared/corpus is not beside the repository"
)


def _review(text: str, source: str = "r.txt") -> dict[str, Review]:
    return {source: Review(text=text, source=source)}


def _score(gold: dict[str, object], text: str) -> dict[str, dict[str, float]]:
    gold_set = parse_gold({"reviews": [{"source": "r.txt", **gold}]})
    extractions = {s: extract(r) for s, r in _review(text).items()}
    return {k: v.as_dict() for k, v in evaluate(gold_set, extractions).scores.items()}


# -- the harness -----------------------------------------------------------------------------
def test_names_match_across_case_and_accents() -> None:
    scores = _score({"director": ["josé ferrer"]}, "“Example” (1950) was directed by Jose Ferrer.")
    assert scores["director"]["tp"] == 1 and scores["director"]["fp"] == 0


def test_a_wrong_prediction_is_a_false_positive_and_a_miss_a_false_negative() -> None:
    scores = _score({"director": ["Someone Else"]}, "“Example” (1950) was directed by Jose Ferrer.")
    assert (scores["director"]["tp"], scores["director"]["fp"], scores["director"]["fn"]) == (
        0,
        1,
        1,
    )


def test_an_empty_list_means_none_stated_and_an_absent_key_is_not_scored() -> None:
    text = "“Example” (1950) was directed by Jose Ferrer."
    assert _score({"director": []}, text)["director"]["fp"] == 1
    absent = _score({}, text)["director"]
    assert (absent["tp"], absent["fp"], absent["fn"]) == (0, 0, 0)


def test_a_surname_counts_only_when_it_resolves_to_the_full_name() -> None:
    alone = _score({"actor": ["Peter Falk"]}, "“Example” is a caper. It stars Falk.")
    assert alone["actor"]["tp"] == 0
    joined = _score(
        {"actor": ["Peter Falk"]},
        "“Example” is a caper with Peter Falk, who plays Tony Pino. It stars Falk.",
    )
    assert joined["actor"]["tp"] == 1 and joined["actor"]["fp"] == 0


def test_roles_pair_actor_and_character_and_variants_are_accepted() -> None:
    scores = _score(
        {"role": [[["Forrest Whitaker", "Forest Whitaker"], "Garnett"]]},
        "“Two Men” is a drama. Forrest Whitaker plays Garnett, a paroled con.",
    )
    assert scores["role"]["tp"] == 1


def test_a_place_counts_for_the_gold_place_that_contains_it() -> None:
    scores = _score({"setting": ["New York City"]}, "“Example” is set in Manhattan.")
    assert scores["setting"]["tp"] == 1


def test_a_place_around_the_gold_place_is_no_mistake_and_no_hit() -> None:
    # Gold names the town only; the review also names its state. True of the story, so not
    # a false positive, and not a hit either: gold did not ask for it.
    scores = _score({"setting": ["Nome"]}, "“Example” is set in Nome, Alaska, in winter.")
    assert (scores["setting"]["tp"], scores["setting"]["fp"]) == (1, 0)
    elsewhere = _score({"setting": ["Nome"]}, "“Example” is set in Nome and in Texas.")
    assert elsewhere["setting"]["fp"] == 1


def test_periods_are_compared_as_years_and_a_vaguer_true_one_is_no_mistake() -> None:
    # "the 1950s" is the gold 1950/1959, however the text words it
    decade = _score({"time_setting": ["1950/1959"]}, "“Example” is set in the late 1950s.")
    assert (decade["time_setting"]["tp"], decade["time_setting"]["fp"]) == (1, 0)
    # gold dates the story to 1944; "during World War II" is true and vaguer: neither
    vaguer = _score({"time_setting": ["1944"]}, "“Example” is set during World War II.")
    assert vaguer["time_setting"] == {**vaguer["time_setting"], "tp": 0, "fp": 0, "fn": 1}
    wrong = _score({"time_setting": ["1944"]}, "“Example” is set in the 1970s.")
    assert (wrong["time_setting"]["fp"], wrong["time_setting"]["fn"]) == (1, 1)


def test_only_the_films_own_year_is_scored_as_its_year() -> None:
    own = _score({"year": ["1960"]}, "“Example” was made in 1960, in Paris.")
    assert own["year"]["tp"] == 1
    other = _score({"year": []}, "“Example” is a sequel. In the original 1980 movie, all died.")
    assert other["year"]["fp"] == 0


def test_a_gold_period_must_be_an_iso_year_or_interval(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"reviews": [{"source": "a.txt", "time_setting": ["the fifties"]}]}')
    with pytest.raises(InputError, match=r"reviews\[0\]\.time_setting.*not a year"):
        load_gold(bad)


def test_bad_gold_files_name_the_file_and_record(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"reviews": [{"source": "a.txt", "role": [["only one"]]}]}', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.json: reviews\[0\]\.role"):
        load_gold(bad)
    with pytest.raises(InputError, match="not JSON"):
        (tmp_path / "x.json").write_text("{", encoding="utf-8")
        load_gold(tmp_path / "x.json")


def test_the_table_lists_each_scored_relation_and_the_micro_average() -> None:
    gold = parse_gold({"reviews": [{"source": "r.txt", "director": ["Jose Ferrer"]}]})
    report = evaluate(
        gold, {"r.txt": extract(Review(text="Directed by Jose Ferrer.", source="r.txt"))}
    )
    table = format_report(report)
    assert table.splitlines()[0].split() == [
        "relation",
        "tp",
        "fp",
        "fn",
        "precision",
        "recall",
        "f1",
    ]
    assert any(line.startswith("micro") for line in table.splitlines())


def test_cli_prints_json_scores(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "reviews").mkdir()
    (tmp_path / "reviews" / "a.txt").write_text(
        "“Example” (1950), directed by Jose Ferrer, stars Jane Doe as Alice.", encoding="utf-8"
    )
    gold = tmp_path / "gold.json"
    gold.write_text(
        json.dumps(
            {
                "reviews": [
                    {
                        "source": "reviews/a.txt",
                        "film": "Example",
                        "director": ["José Ferrer"],
                        "actor": ["Jane Doe"],
                        "role": [["Jane Doe", "Alice"]],
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    assert main(["eval", str(gold), "--root", str(tmp_path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["relations"]["director"]["f1"] == 1.0
    assert out["relations"]["role"]["f1"] == 1.0
    assert out["film_title_accuracy"] == 1.0


def test_cli_can_score_the_text_alone_without_an_extractor(
    hitchcock_gold: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = hitchcock_gold  # named with no cue: only known-credits finds him
    root = gold.parent
    base = ["eval", str(gold), "--root", str(root), "--json"]
    assert main(base) == 0
    assert json.loads(capsys.readouterr().out)["relations"]["director"]["recall"] == 1.0
    assert main([*base, "--without", "known-credits"]) == 0
    assert json.loads(capsys.readouterr().out)["relations"]["director"]["recall"] == 0.0
    assert main([*base, "--without", "known-credit"]) == 1
    err = capsys.readouterr().err
    assert "known-credit" in err and "known: " in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("options", "said"),
    [
        (["--compare-without", "known-credit"], "--compare-without: no extractor known-credit"),
        (["--without", "dates", "--compare-without", "dates"], "dates is left out already"),
    ],
)
def test_cli_names_the_option_a_bad_extractor_name_came_with(
    hitchcock_gold: Path, capsys: pytest.CaptureFixture[str], options: list[str], said: str
) -> None:
    root = hitchcock_gold.parent
    assert main(["eval", str(hitchcock_gold), "--root", str(root), *options]) == 1
    out = capsys.readouterr()
    assert said in out.err and len(out.err.strip().splitlines()) == 1
    assert out.out == ""  # refused before any scoring is printed


def test_cli_names_a_missing_gold_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text('{"reviews": [{"source": "nope.txt"}]}', encoding="utf-8")
    assert main(["eval", str(gold), "--root", str(tmp_path)]) == 1
    assert "nope.txt" in capsys.readouterr().err


def test_wikiplots_rows_become_reviews_with_their_film(tmp_path: Path) -> None:
    csv = tmp_path / "plots.csv"
    csv.write_text(
        "Release Year,Title,Director,Cast,Plot\n"
        '1915,The Example,Ann Lee,"Bo Day, Cy Fox","Jim (Bo Day) meets Sal (Cy Fox)."\n'
        "1916,Empty,,,\n",
        encoding="utf-8",
    )
    (review,) = iter_plots(csv, name="plots.csv")
    assert (review.film_title, review.film_year, review.source) == (
        "The Example",
        "1915",
        "plots.csv#0",
    )
    ex = extract(review)
    assert ex.film_title == "The Example"
    gold = plot_gold(csv, name="plots.csv")
    assert gold == [
        {
            "source": "plots.csv#0",
            "film": "The Example",
            "director": [],
            "actor": ["Bo Day", "Cy Fox"],
        }
    ]
    assert "Plot" not in json.dumps(gold) and "meets" not in json.dumps(gold)


# -- conformance: the gold sets --------------------------------------------------------------
@needs_corpus
def test_seed_review_is_extracted_perfectly() -> None:
    report = run_eval(GOLD / "seed.json", root=CORPUS)
    assert report.reviews == 1 and report.film_correct == 1
    for relation in ("director", "writer", "actor", "role", "setting", "theme"):
        s = report.scores[relation]
        assert (s.precision, s.recall) == (1.0, 1.0), relation


@needs_corpus
def test_dev_set_figures() -> None:
    report = run_eval(GOLD / "ebert_dev.json", root=CORPUS)
    assert report.reviews == 139 and not report.missing
    s = report.scores
    # measured: director 0.957 F1 / 0.947 P, writer 0.960, actor 0.936 / 0.987, role 0.917,
    # setting 0.917 (0.826 before the ninth stop's film table, 0.881 before the tenth's; the
    # setting model is trained here; 0.893 since it is trained on plots sample 3 as well).
    # One director "false positive" is the table's full name for a director the text and the
    # gold name by surname alone (Lerner, ebert/109).
    assert s["director"].f1 >= 0.94 and s["director"].precision >= 0.94
    assert s["writer"].f1 >= 0.94
    assert s["actor"].f1 >= 0.92 and s["actor"].precision >= 0.98
    assert s["role"].f1 >= 0.90
    assert s["setting"].f1 >= 0.88
    # measured 0.950 / 0.514 / 0.667 and 1.000 / 0.900 / 0.947 (sixteenth stop: the dates
    # extractor; 0.383 and 0.333 before it); time setting 0.926 / 0.676 / 0.781 with the
    # eighteenth stop's period model (trained here; 5-fold F1 over candidates 0.826);
    # 0.897 / 0.703 / 0.788 once retrained with the twenty-second stop's places (one story
    # year more found, and "until Watergate set us to thinking" taken for the story's years)
    assert s["time_setting"].f1 >= 0.77 and s["time_setting"].precision >= 0.88
    assert s["year"].f1 >= 0.90


# Measured on the held-out set (160 reviews: batches A and B, C annotated blind in the third
# stop, D annotated blind in the fourth and scored once at its end); floors sit just under.
HELD_OUT_FLOORS = {
    # measured 0.749 / 0.828 when D was scored, 0.756 / 0.836 at the end of that stop, 0.782 /
    # 0.860 at the end of the fifth (no blind data left: judged on dev and written sentences),
    # 0.803 / 0.866 with the ninth stop's film table, 0.838 / 0.879 with the tenth's rows,
    # 0.849 / 0.882 with the eleventh's, 0.853 / 0.883 with the twelfth's; 0.871 / 0.921
    # once confirmed table entries withdraw loose director guesses (thirteenth stop)
    # 0.886 / 0.923 at the twenty-sixth stop's look
    "director": {"f1": 0.87, "precision": 0.91},  # (target 0.90 / 0.85)
    # measured 0.685 before the film table's screenwriters, 0.795 with, 0.824 with more rows,
    # 0.830 with the twenty-first stop's co-writer rules
    "writer": {"f1": 0.81},
    "actor": {"f1": 0.83, "precision": 0.93},  # measured 0.839 / 0.940 (target 0.80 / 0.85)
    "role": {"f1": 0.85},  # measured 0.856, 0.854 at the eighth stop's end, 0.857 (target 0.80)
    # measured 0.572 at the sixth stop's end, 0.602 at the seventh's, 0.616 at the eighth's,
    # 0.652 with the ninth's film table and the setting model's known-place features, 0.671
    # with the tenth's rows, 0.675 with the eleventh's and the model trained on more plots,
    # 0.679 with the twelfth's rows, 0.689 with the fourteenth's qualified place names,
    # 0.690 (P 0.709) with the twenty-second's grown place table
    "setting": {"f1": 0.68},
    # measured 0.571 / 0.143 / 0.229 and 0.857 / 0.429 / 0.571 at the one look of the
    # sixteenth stop (0.188 and 0.526 with the rules before its dates extractor); time setting
    # 0.562 / 0.161 / 0.250 once the extractor shared the places' story judgement; 0.500 /
    # 0.214 / 0.300 with the eighteenth stop's period model (its one look); 0.536 / 0.268 /
    # 0.357 at the twenty-second stop's look
    "time_setting": {"f1": 0.33},
    "year": {"f1": 0.5},
}


@needs_corpus
def test_held_out_set_reaches_the_measured_levels() -> None:
    report = run_eval(GOLD / "ebert_test.json", root=CORPUS)
    assert report.reviews == 160 and not report.missing
    _reaches(report, HELD_OUT_FLOORS)


@needs_corpus
@pytest.mark.slow
def test_wikiplots_dev_set_cast_recall() -> None:
    # The Cast column lists only leads, so precision here is a lower bound; recall is the check.
    report = run_eval(GOLD / "wikiplots_dev.json", root=CORPUS)
    assert report.reviews > 800 and report.film_correct == report.film_total
    assert report.scores["actor"].recall >= 0.90


# Plots annotated blind in the sixth stop (settings, performers, parts): sample 1 is tuned on,
# sample 2 held out (measured at that stop's start: actor 0.687, role 0.670, setting 0.705).
# Sample 3, annotated blind in the eleventh stop, scored once (actor 0.897, role 0.861,
# setting 0.702) and then tuned on. Sample 4 (twelfth stop) is held out.
PLOT_FLOORS = {
    # measured: setting 0.829, actor 0.935 (P 0.982), role 0.900 (P 0.988); with the
    # eleventh stop's bracket fixes actor 0.953 (P 0.993), role 0.918 (P 1.000), setting 0.837
    # time setting (annotated in the seventeenth stop): 0.750 / 0.273 / 0.400 with the
    # sixteenth stop's rules, 0.800 / 0.364 / 0.500 with the period-opening rule, 0.700 /
    # 0.636 / 0.667 with the period model (trained here); setting 0.854 with the
    # twenty-second stop's places
    "wikiplots_sample1_dev.json": {
        "setting": {"f1": 0.84},
        "time_setting": {"f1": 0.64, "precision": 0.68},
        "actor": {"f1": 0.94, "precision": 0.98},
        "role": {"f1": 0.90, "precision": 0.98},
    },
    # measured at the eleventh stop's end: actor 0.933 (P 0.990), role 0.898 (P 0.989),
    # setting 0.718; at the twelfth's 0.936 / 0.902 / 0.721
    # time setting (seventeenth stop): 1.000 / 0.269 / 0.424; 1.000 / 0.769 / 0.870 with the
    # period model (trained here)
    "wikiplots_sample3_dev.json": {
        "setting": {"f1": 0.70},
        "time_setting": {"f1": 0.85, "precision": 0.95},
        "actor": {"f1": 0.92, "precision": 0.98},
        "role": {"f1": 0.88, "precision": 0.98},
    },
    # measured: setting 0.708, actor 0.871 (P 0.943), role 0.862 (P 0.950); in the ninth stop
    # actor 0.873, role 0.864, and setting 0.696: the model retrained with the film table's
    # features (which know no film of these plots) traded 0.012 here for 0.040 on the reviews;
    # in the eleventh, with its bracket fixes and the model trained on sample 3 too, actor
    # 0.914 (P 0.968), role 0.907 (P 0.976), setting 0.739; time setting, annotated blind
    # in the sixteenth stop and scored once, 1.000 / 0.357 / 0.526 (0 with the rules before);
    # 1.000 / 0.429 / 0.600 at the seventeenth stop's one look; 0.833 / 0.714 / 0.769 with
    # the eighteenth stop's period model, at its one look; setting 0.744 with the
    # twenty-second stop's places (its one look)
    "wikiplots_sample2_test.json": {
        "setting": {"f1": 0.73},
        "time_setting": {"f1": 0.75, "precision": 0.8},
        "actor": {"f1": 0.90, "precision": 0.95},
        "role": {"f1": 0.89, "precision": 0.96},
    },
    # annotated blind in the twelfth stop and scored once with its final code: actor 0.910
    # (P 0.981), role 0.883 (P 0.983), setting 0.736 (P 0.804); held out, never tuned on;
    # setting 0.748 with the fourteenth stop's qualified place names; time setting (blind,
    # sixteenth stop, scored once) 1.000 / 0.071 / 0.133; 1.000 / 0.143 / 0.250 at the
    # seventeenth stop's one look; 0.714 / 0.714 / 0.714 with the eighteenth stop's period
    # model, at its one look; setting 0.761 with the twenty-second stop's places (its look)
    "wikiplots_sample4_test.json": {
        "setting": {"f1": 0.75},
        "time_setting": {"f1": 0.69, "precision": 0.69},
        "actor": {"f1": 0.90, "precision": 0.97},
        "role": {"f1": 0.87, "precision": 0.97},
    },
}


@needs_corpus
@pytest.mark.parametrize("gold", sorted(PLOT_FLOORS))
def test_plot_samples_reach_the_measured_levels(gold: str) -> None:
    report = run_eval(GOLD / gold, root=CORPUS)
    assert report.reviews >= 100 and not report.missing
    _reaches(report, PLOT_FLOORS[gold])


# The 73 CMU plot summaries (modern films of many countries), settings annotated blind in the
# seventh stop and never tuned on. Measured: 0.607 (the place rules alone: 0.586); 0.635 with
# the eighth stop's larger gazetteer; 0.640 with the ninth's film table, 0.651 with the tenth's,
# 0.667 with the eleventh's, 0.681 with the twenty-second's grown place table.
@needs_corpus
def test_cmu_summaries_settings_reach_the_measured_level() -> None:
    report = run_eval(GOLD / "cmu_settings_test.json", root=CORPUS)
    assert report.reviews == 73 and not report.missing
    _reaches(report, {"setting": {"f1": 0.67}})


# Reviews of invented films, written for the project with their gold (twenty-first stop),
# split by writer. Blind figures before that stop's changes, dev / held-out: director 0.678 /
# 0.842, writer 0.583 / 0.761, actor 0.827 / 0.796, role 0.633 / 0.704, setting 0.622 /
# 0.647. At its end (held-out scored in aggregate): director 0.911 / 0.900, writer 0.877 /
# 0.869, actor 0.892 / 0.847, role 0.813 / 0.794, setting 0.655 / 0.656. At the
# twenty-second stop's end (the untitled film, the grown gazetteer): director 0.928 / 0.900,
# writer 0.899 / 0.869, actor 0.912 / 0.847, role 0.823 / 0.794, setting 0.778 / 0.722.
# Twenty-third stop: a second dev set (writers j-m, 80 reviews, blind: director 0.707, actor
# 0.809, role 0.685, setting 0.640) and a second held-out set (g-i, 60 reviews, blind with
# the stop's starting code: director 0.654, actor 0.798, role 0.682, setting 0.648). At its
# end: invented dev director 0.977, second dev 0.813, held-out 0.944, second held-out 0.761.
# Twenty-fourth stop: the ~6,000 merged given names cost the second held-out set one director
# (0.761 -> 0.743, precision 0.860 -> 0.840), seen in aggregate by this floor and located by
# commit, not by text; the merge stays for its dev gains (writer, role).
# Twenty-fifth stop: a third dev set (writers n-r, 100 reviews, blind with the stop's
# starting code: director 0.894 / 0.771 / 0.828, actor 0.811, role 0.701, setting 0.673,
# titles 66/100).
INVENTED_FLOORS = {
    "invented_dev.json": {
        "director": {"f1": 0.96, "precision": 0.97},
        "writer": {"f1": 0.91},  # 0.928 at the twenty-seventh stop's end
        "actor": {"f1": 0.91, "precision": 0.97},
        "role": {"f1": 0.83},  # 0.850 at the twenty-sixth stop's end
        "setting": {"f1": 0.76},
    },
    "invented_test.json": {
        "director": {"f1": 0.93, "precision": 0.95},
        "writer": {"f1": 0.86},
        "actor": {"f1": 0.84, "precision": 0.95},
        "role": {"f1": 0.82},  # 0.849 at the twenty-sixth stop's look
        "setting": {"f1": 0.71},
    },
    "invented_dev2.json": {
        "director": {"f1": 0.90, "precision": 0.95},  # 0.913 at the twenty-seventh stop's end
        "writer": {"f1": 0.76},  # 0.772 at the twenty-seventh stop's end
        "actor": {"f1": 0.86, "precision": 0.96},
        "role": {"f1": 0.82},  # 0.838 at the twenty-sixth stop's end
        "setting": {"f1": 0.65},
    },
    # measured at the twenty-sixth stop's end: director 0.952 / 0.908 / 0.930, writer 0.866,
    # actor 0.970 / 0.789 / 0.870, role 0.814, setting 0.693; at the twenty-seventh's:
    # director 0.953 / 0.936 / 0.944, writer 0.879, setting 0.700
    "invented_dev3.json": {
        "director": {"f1": 0.93, "precision": 0.94},
        "writer": {"f1": 0.86},
        "actor": {"f1": 0.85, "precision": 0.96},
        "role": {"f1": 0.79},
        "setting": {"f1": 0.69},
    },
    "invented_test2.json": {
        "director": {"f1": 0.74, "precision": 0.83},
        "writer": {"f1": 0.72},
        "actor": {"f1": 0.85, "precision": 0.96},
        "role": {"f1": 0.82},  # 0.842 at the twenty-sixth stop's look
        "setting": {"f1": 0.64},
    },
}
_INVENTED_REVIEWS = {"invented_dev2.json": 80, "invented_dev3.json": 100}


@pytest.mark.parametrize("gold", sorted(INVENTED_FLOORS))
def test_invented_reviews_reach_the_measured_levels(gold: str) -> None:
    # The texts ship with the project (tests/corpus/invented): no shared corpus needed.
    report = run_eval(GOLD / gold)
    assert report.reviews == _INVENTED_REVIEWS.get(gold, 60) and not report.missing
    _reaches(report, INVENTED_FLOORS[gold])


def _reaches(report: EvalReport, floors: dict[str, dict[str, float]]) -> None:
    for relation, measures in floors.items():
        score = report.scores[relation]
        for measure, floor in measures.items():
            assert getattr(score, measure) >= floor, (relation, measure, getattr(score, measure))


def test_cli_can_give_each_review_its_gold_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The review quotes another film first and more often, so the title extractor picks it;
    # given the gold title, the credits of the reviewed film are found.
    (tmp_path / "a.txt").write_text(
        "“Chinatown” was daring, and “Chinatown” still is; “Chinatown” is a classic. "
        "Then came “Vertigo” (1958). Here is Hitchcock at his most obsessive.",
        encoding="utf-8",
    )
    gold = tmp_path / "gold.json"
    gold.write_text(
        json.dumps(
            {"reviews": [{"source": "a.txt", "film": "Vertigo", "director": ["Alfred Hitchcock"]}]}
        ),
        encoding="utf-8",
    )
    base = ["eval", str(gold), "--root", str(tmp_path), "--json"]
    assert main(base) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["film_title_accuracy"] == 0.0
    assert out["relations"]["director"]["recall"] == 0.0
    assert main([*base, "--gold-titles"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["film_title_accuracy"] == 1.0
    assert out["relations"]["director"]["recall"] == 1.0


def test_gold_titles_with_no_film_in_the_gold_is_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("“Vertigo” (1958) is Hitchcock's.", encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"reviews": [{"source": "a.txt", "director": ["X"]}]}))
    assert main(["eval", str(gold), "--root", str(tmp_path), "--gold-titles"]) == 1
    err = capsys.readouterr().err.strip()
    assert str(gold) in err and "names its film" in err and len(err.splitlines()) == 1
