import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from claims.models import Actor, Claim

from .conftest import make_actor, make_article, make_attribution, make_claim
from .interchange_data import empty_the_database, export_text, make_newsroom

pytestmark = pytest.mark.django_db


def _objects(text, model=None):
    return [obj for obj in json.loads(text) if model is None or obj["model"] == model]


def test_export_uses_natural_keys_and_no_numeric_ids():
    make_newsroom()
    objects = _objects(export_text())
    assert all(set(obj) == {"model", "fields"} for obj in objects)
    relayed = next(obj for obj in objects if obj["fields"].get("via"))
    assert relayed["fields"]["via"] == [
        "negociations-progressent",
        "negociations-armement",
        "ria-novosti",
        118,
    ]
    assert relayed["fields"]["actor"] == ["peskov"]


def test_export_lists_models_in_dependency_order_then_by_natural_key():
    make_newsroom()
    objects = _objects(export_text())
    models = [obj["model"] for obj in objects]
    order = [
        "auth.user",
        "claims.actor",
        "claims.actoralias",
        "claims.article",
        "claims.claim",
        "claims.attribution",
        "claims.review",
    ]
    assert sorted(models, key=order.index) == models
    slugs = [obj["fields"]["slug"] for obj in objects if obj["model"] == "claims.actor"]
    assert slugs == sorted(slugs)


def test_export_is_byte_stable_with_one_field_per_line_and_a_final_newline():
    make_newsroom()
    first = export_text()
    assert first == export_text()
    assert first.endswith("\n]\n")
    assert '\n    "model": "claims.claim",\n    "fields": {\n      "text": ' in first
    assert '"actor": ["gouvernement-russe"]' in first
    assert "Négociations" in first  # UTF-8, not \u escapes


def test_export_writes_datetimes_in_utc_with_microseconds():
    make_newsroom()
    claim = next(
        obj for obj in _objects(export_text(), "claims.claim") if obj["fields"]["slug"] == "obus-livres"
    )
    assert claim["fields"]["created_at"] == "2024-03-01T08:30:15.123456Z"


def test_export_carries_reviewers_as_inactive_accounts_without_password():
    make_newsroom()
    assert _objects(export_text(), "auth.user") == [
        {"model": "auth.user", "fields": {"username": "relectrice", "password": "!", "is_active": False}}
    ]


def test_export_of_an_empty_database_is_an_empty_list():
    assert export_text() == "[]\n"


def test_filtered_export_brings_ancestors_aliases_outlet_relays_and_reviews():
    make_newsroom()
    text = export_text("--status", "disputed")
    claims = [obj["fields"]["slug"] for obj in _objects(text, "claims.claim")]
    assert claims == ["negociations-progressent"]
    actors = [obj["fields"]["slug"] for obj in _objects(text, "claims.actor")]
    # the spokesman's ministry and government, the outlet; not Seoul, named by nobody here
    assert actors == [
        "defense-russe",
        "gouvernement-americain",
        "gouvernement-russe",
        "le-monde",
        "peskov",
        "ria-novosti",
    ]
    aliases = [obj["fields"]["alias"] for obj in _objects(text, "claims.actoralias")]
    assert aliases == ["Moscou", "Washington", "agence RIA", "le Kremlin"]
    assert len(_objects(text, "claims.review")) == 1
    assert len(_objects(text, "auth.user")) == 1


def test_filtered_export_includes_the_claim_of_a_relayed_attribution():
    article = make_article(body="Selon Yonhap, citant le renseignement sud-coréen, des obus ont été livrés.")
    yonhap = make_actor("Yonhap", kind=Actor.Kind.MEDIA)
    intelligence = make_actor("Renseignement sud-coréen")
    other = make_claim(slug="yonhap-rapporte")
    relayed = make_attribution(claim=other, article=article, actor=yonhap, quote="Selon Yonhap")
    wanted = make_claim(slug="obus-livres", text="Des obus ont été livrés.")
    make_attribution(
        claim=wanted,
        article=article,
        actor=intelligence,
        quote="citant le renseignement sud-coréen",
        via=relayed,
    )
    claims = [obj["fields"]["slug"] for obj in _objects(export_text("--q", "obus"), "claims.claim")]
    assert claims == ["obus-livres", "yonhap-rapporte"]


def test_filtered_export_loads_into_an_empty_database(tmp_path):
    make_newsroom()
    path = tmp_path / "subset.json"
    call_command("export_claims", "--actor", "Moscou", "--output", str(path), stderr=StringIO())
    exported = path.read_text()
    empty_the_database()
    call_command("loaddata", str(path), stdout=StringIO())
    assert export_text() == exported
    assert list(Claim.objects.values_list("slug", flat=True)) == ["negociations-progressent"]


def test_export_refuses_an_invalid_filter_with_the_reason():
    make_newsroom()
    with pytest.raises(CommandError, match="--actor: .*Personne"):
        call_command("export_claims", "--actor", "Personne", stdout=StringIO(), stderr=StringIO())


def test_export_dir_writes_the_repository_layout(tmp_path):
    make_newsroom()
    call_command(
        "export_claims",
        "--output-dir",
        str(tmp_path),
        "--reviews-file",
        "demo/reviews.json",
        stderr=StringIO(),
    )
    files = sorted(str(path.relative_to(tmp_path)) for path in tmp_path.rglob("*.json"))
    assert files == ["actors.json", "articles.json", "claims.json", "demo/reviews.json"]
    models = {obj["model"] for obj in json.loads((tmp_path / "claims.json").read_text())}
    assert models == {"claims.claim", "claims.attribution"}


def test_export_dir_writes_no_reviews_file_without_reviews(tmp_path):
    make_attribution()
    call_command("export_claims", "--output-dir", str(tmp_path), stderr=StringIO())
    assert not (tmp_path / "reviews.json").exists()


def test_export_query_count_does_not_grow_with_the_data(django_assert_max_num_queries):
    make_newsroom()
    for number in range(30):
        make_attribution(claim=make_claim(slug=f"extra-{number}"))
    with django_assert_max_num_queries(10):
        export_text()
