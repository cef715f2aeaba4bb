"""Stored suggestions (idempotent, rejected ones never back) and the two commands around the engine."""

import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims.management.commands.evaluate_extraction import _held_out
from claims.models import Article, Suggestion
from claims.services import refresh_suggestions
from tests.conftest import make_actor, make_article, make_attribution

ROOT = Path(__file__).resolve().parent.parent
BODY = (
    "Le Kremlin a déclaré qu'aucun accord n'avait été conclu.\n\n"
    "Selon Washington, Moscou cherche à acheter des obus à Pyongyang."
)
KEYS = {"start", "end", "quote", "cue", "stance", "actor_text", "actor", "confidence"}


@pytest.fixture
def actors(db):
    russia = make_actor("Gouvernement russe", slug="gouvernement-russe", aliases=["Moscou", "le Kremlin"])
    usa = make_actor("Gouvernement des États-Unis", slug="gouvernement-americain", aliases=["Washington"])
    return {"russia": russia, "usa": usa}


def rows(article):
    return sorted(
        Suggestion.objects.filter(article=article).values_list("start", "actor_text", "stance", "state")
    )


# -- storage -----------------------------------------------------------------------------------------


def test_suggestions_are_stored_with_their_resolved_actor(actors):
    article = make_article(BODY)
    counts = refresh_suggestions(article)
    assert counts["created"] == 2
    stored = {s.actor.slug: s for s in Suggestion.objects.filter(article=article)}
    assert stored["gouvernement-russe"].stance == "denies"
    assert stored["gouvernement-americain"].stance == "asserts"
    for suggestion in stored.values():
        assert article.body[suggestion.start : suggestion.end] == suggestion.quote
        assert suggestion.state == Suggestion.State.PENDING


def test_reading_an_article_again_changes_nothing(actors):
    article = make_article(BODY)
    refresh_suggestions(article)
    before = rows(article)
    counts = refresh_suggestions(article)
    assert counts == {"created": 0, "updated": 0, "removed": 0, "kept": 0}
    assert rows(article) == before


def test_a_rejected_suggestion_never_comes_back(actors):
    article = make_article(BODY)
    refresh_suggestions(article)
    rejected = Suggestion.objects.get(article=article, actor__slug="gouvernement-russe")
    rejected.state = Suggestion.State.REJECTED
    rejected.save()
    counts = refresh_suggestions(article)
    assert counts["kept"] == 1 and counts["created"] == 0
    assert Suggestion.objects.filter(article=article, actor__slug="gouvernement-russe").count() == 1
    assert Suggestion.objects.get(pk=rejected.pk).state == Suggestion.State.REJECTED


def test_pending_suggestions_the_engine_no_longer_finds_go_and_decided_ones_stay(actors):
    article = make_article(BODY)
    refresh_suggestions(article)
    accepted = Suggestion.objects.get(article=article, actor__slug="gouvernement-americain")
    accepted.state = Suggestion.State.ACCEPTED
    accepted.save()
    counts = refresh_suggestions(article, suggestions=[])
    assert counts["removed"] == 1
    assert list(Suggestion.objects.filter(article=article)) == [accepted]


def test_deleting_an_article_deletes_its_suggestions(actors):
    article = make_article(BODY)
    refresh_suggestions(article)
    article.delete()
    assert not Suggestion.objects.exists()


# -- import_articles hook ----------------------------------------------------------------------------


def write_article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Moscou nie tout accord avec Pyongyang\n\n" + BODY + "\n", encoding="utf-8")
    return path


def test_importing_an_article_proposes_its_attributions(actors, tmp_path):
    path = write_article(tmp_path)
    call_command("import_articles", str(path), stdout=StringIO())
    article = Article.objects.get()
    assert Suggestion.objects.filter(article=article).count() == 2
    call_command("import_articles", str(path), stdout=StringIO())
    assert Suggestion.objects.filter(article=article).count() == 2


def test_importing_with_no_suggest_proposes_nothing(actors, tmp_path):
    call_command("import_articles", str(write_article(tmp_path)), "--no-suggest", stdout=StringIO())
    assert Article.objects.count() == 1
    assert not Suggestion.objects.exists()


# -- suggest_attributions ----------------------------------------------------------------------------


def test_suggest_attributions_prints_the_agreed_json_shape(actors, tmp_path):
    path = write_article(tmp_path)
    article = make_article(BODY)
    out = StringIO()
    call_command("suggest_attributions", str(path), article.slug, "--format", "json", stdout=out)
    result = json.loads(out.getvalue())
    assert [entry["source"] for entry in result] == [str(path), article.slug]
    for entry in result:
        assert set(entry) == {"source", "suggestions"}
        assert entry["suggestions"]
        for suggestion in entry["suggestions"]:
            assert set(suggestion) == KEYS
    by_actor = {s["actor"]: s for s in result[1]["suggestions"]}
    assert by_actor["gouvernement-russe"]["stance"] == "denies"
    first = by_actor["gouvernement-russe"]
    assert BODY[first["start"] : first["end"]] == first["quote"]
    assert not Suggestion.objects.exists()  # printing saves nothing


def test_suggest_attributions_prints_a_table(actors):
    article = make_article(BODY)
    out = StringIO()
    call_command("suggest_attributions", article.slug, "--format", "table", stdout=out)
    assert "Le Kremlin" in out.getvalue() and "denies" in out.getvalue()


def test_suggest_attributions_refuses_an_unknown_format_in_french(db):
    with pytest.raises(CommandError, match="Format « xml » inconnu"):
        call_command("suggest_attributions", "x", "--format", "xml", stdout=StringIO())


def test_suggest_attributions_needs_a_source(db):
    with pytest.raises(CommandError, match="Indiquez au moins un fichier"):
        call_command("suggest_attributions", stdout=StringIO())


def test_suggest_attributions_reports_an_unknown_source_and_still_prints_the_others(actors):
    article = make_article(BODY)
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match="1 source\\(s\\) sur 2"):
        call_command("suggest_attributions", "pas-un-article", article.slug, stdout=out, stderr=err)
    assert "« pas-un-article » n’est ni un fichier ni le slug d’un article" in err.getvalue()
    assert [entry["source"] for entry in json.loads(out.getvalue())] == [article.slug]


def test_suggest_attributions_reports_an_unreadable_file(db, tmp_path):
    path = tmp_path / "vide.txt"
    path.write_text("", encoding="utf-8")
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("suggest_attributions", str(path), stdout=StringIO(), stderr=err)
    assert "Impossible de lire" in err.getvalue()


def test_bad_arguments_end_with_a_french_message_and_no_traceback():
    result = subprocess.run(
        [sys.executable, "manage.py", "suggest_attributions", "x", "--format", "xml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "Format « xml » inconnu" in result.stderr
    assert "Traceback" not in result.stderr


# -- evaluate_extraction -----------------------------------------------------------------------------


def test_evaluate_extraction_scores_fixture_files_at_three_levels(db, tmp_path):
    output = tmp_path / "extraction.md"
    out = StringIO()
    seeds = [str(ROOT / "fixtures" / name) for name in ("actors.json", "articles.json", "claims.json")]
    call_command("evaluate_extraction", *seeds, "--output", str(output), stdout=out)
    report = out.getvalue()
    assert "P span+actor+stance" in report and "Misses" in report
    assert "89 recorded attributions" in report
    assert "| **all** |" in output.read_text(encoding="utf-8")


def test_evaluate_extraction_reports_each_held_out_set_apart(db):
    out = StringIO()
    call_command("evaluate_extraction", "--no-write", stdout=out)
    report = out.getvalue()
    rows = [
        "| **development** |",
        "| **held out (unseen)** |",
        "| **held out (unseen-2)** |",
        "| **held out (unseen-3)** |",
        "| **held out (unseen-4)** |",
        "| (unseen-2) proces-dupond-moretti-le-ministre-se-defend |",
        "| (unseen) mali-la-france-soutiendrait-une-intervention |",
        "| (unseen-3) le-meurtrier-de-tikehau-condamne-a-la-perpetuite |",
        "| (unseen-4) legault-refuse-de-repondre-aux-questions-bilan-de-session |",
    ]
    # Only the missing rows are shown on failure: the per-article scores stay unread.
    assert [row for row in rows if row not in report] == []


def test_held_out_sets_are_read_from_every_unseen_key_of_sources():
    meta = {"articles": [], "unseen": ["a"], "unseen_2": ["b"], "unseen_3": ["c", "d"], "description": ""}
    assert _held_out(meta) == {"a": "unseen", "b": "unseen-2", "c": "unseen-3", "d": "unseen-3"}
    with pytest.raises(KeyError):
        _held_out({"articles": [], "unseen_2": ["b"]})


def test_evaluate_extraction_scores_the_database(actors):
    article = make_article(BODY)
    quote = "Le Kremlin a déclaré qu'aucun accord n'avait été conclu"
    make_attribution(article=article, actor=actors["russia"], stance="denies", quote=quote)
    out = StringIO()
    call_command("evaluate_extraction", "--database", "--no-write", stdout=out)
    assert "| **all** | 2 | 1 | 0.50 | 1.00 | 0.50 | 1.00 | 0.50 | 1.00 |" in out.getvalue()


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "fichier introuvable"),
        ("{pas du json", "ce n’est pas un fichier JSON lisible"),
        ('{"model": "claims.article"}', "une fixture est une liste d’objets"),
        ('[{"model": "claims.article", "fields": {"slug": "a"}}]', "objet 1 : objet de fixture mal formé"),
    ],
)
def test_evaluate_extraction_refuses_a_bad_fixture_in_french(db, tmp_path, content, message):
    path = tmp_path / "bad.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(CommandError, match=message):
        call_command("evaluate_extraction", str(path), "--no-write", stdout=StringIO())


def test_evaluate_extraction_refuses_files_and_database_together(db):
    with pytest.raises(CommandError, match="pas les deux"):
        call_command("evaluate_extraction", "a.json", "--database", stdout=StringIO())


def test_evaluate_extraction_needs_recorded_attributions(db):
    with pytest.raises(CommandError, match="Aucune attribution enregistrée"):
        call_command("evaluate_extraction", "--database", "--no-write", stdout=StringIO())
