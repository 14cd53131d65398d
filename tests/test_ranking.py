"""The usefulness model that ranks candidate pairs: its features, its fitting, and the bundled weights."""
import importlib.util
import sys

import numpy as np
import pytest

from conftest import ROOT
from factcheck.records import LABELS
from factcheck.pairing.ranking import neighbourhood_features, pair_features
from test_suggest import C, figure
from tests.pairing_helpers import pair_usefulness


def test_each_candidate_knows_its_place_among_its_claims_other_candidates():
    rows_a, rows_b = np.array([0, 0, 1, 2]), np.array([1, 2, 2, 3])
    around = neighbourhood_features(rows_a, rows_b, np.array([0.9, 0.5, 0.7, 0.1]), 4)
    # claim 0's closest is 1; claim 2's closest is 1, then 0; claim 3 has only 2
    assert np.expm1(around["similarity rank"]).round().tolist() == [0, 1, 0, 0]
    assert around["closest partner"].tolist() == [1, 0, 1, 1]
    assert np.expm1(around["candidates of the two"]).round().tolist() == [4, 5, 5, 4]  # degrees 2, 2, 3, 1


def test_the_bundled_weights_name_only_features_the_ranking_reads():
    from factcheck.pairing.candidates import DatedClaim
    from factcheck.pairing.suggest import suggest_label
    from factcheck.pairing.usefulness_weights import WEIGHTS
    from factcheck.records import StoredClaim

    a = DatedClaim.of(StoredClaim(1, 1, 0, 0, 9, "9,000 porters struck in Harwell.", "", "reporter", 0.8, ""))
    b = DatedClaim.of(StoredClaim(2, 2, 0, 0, 9, "Porters in Harwell struck.", "", "union", 0.8, ""))
    names = set(pair_features(a, b, 0.5, suggest_label(a, b, 0.5), True).named())
    names |= set(neighbourhood_features(np.array([0]), np.array([1]), np.array([0.5]), 2))
    one_hot = {n for n in WEIGHTS if n.startswith("basis: ") or n.startswith("label: ")}
    assert {n.removeprefix("label: ") for n in one_hot if n.startswith("label: ")} <= set(LABELS)
    assert WEIGHTS and set(WEIGHTS) - one_hot <= names


def fitting_tool():
    spec = importlib.util.spec_from_file_location("fit_usefulness", ROOT / "tools" / "fit_usefulness.py")
    tool = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = tool  # its dataclasses look their module up
    spec.loader.exec_module(tool)
    return tool


def test_fitting_finds_the_feature_that_tells_the_pairs_readers_compare():
    tool = fitting_tool()
    rng = np.random.default_rng(7)
    x = rng.normal(size=(2000, 2))
    y = (x[:, 0] + 0.3 * rng.normal(size=2000) > 0.5).astype(float)  # the first column tells, the second is noise
    model = tool.fit(x, y, ["tells", "noise"])
    assert model.weights["tells"] > 2 and abs(model.weights.get("noise", 0.0)) < 0.5
    assert model.intercept < 0  # fewer pairs are positives than negatives


def test_a_positive_counted_twice_weighs_twice_in_the_fit():
    tool = fitting_tool()
    x = np.array([[0.0], [0.0], [0.0], [0.0], [1.0], [1.0], [1.0], [1.0]])
    y = np.array([1.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0])
    once = tool.fit(x, y, ["tells"])
    twice = tool.fit(x, y, ["tells"], np.where(y > 0, 2.0, 1.0))
    assert once.probability(np.zeros(1), {})[0] < twice.probability(np.zeros(1), {})[0]  # where "tells" is 0
    assert tool.LABEL_WEIGHT["agree"] < tool.LABEL_WEIGHT["conflict"] == tool.LABEL_WEIGHT["unverifiable"]


def test_two_outlets_giving_one_figure_rank_above_two_claims_merely_alike():
    count = figure("Some 9,000 porters walked out at Harbourline.", "9,000", "count", 9000, "people", counted="porters")
    again = figure("About 9,000 porters are on strike at Harbourline.", "9,000", "count", 9000, "people",
                   "approximately", "porters", document_id=2)
    alike = C("Porters at Harbourline say they are tired of waiting.", document_id=3)
    assert pair_usefulness(count, again, 0.6) > pair_usefulness(count, alike, 0.6, ids=(1, 3))
