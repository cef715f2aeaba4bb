"""The seed fixtures: they load cleanly, twice, and every quote sits at its offsets in its article."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from claims.models import MAX_ACTOR_DEPTH, Actor, ActorAlias, Article, Attribution, Claim, Review

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED_FIXTURES = [FIXTURES / name for name in ("actors.json", "articles.json", "claims.json")]
DEMO_FIXTURE = FIXTURES / "demo" / "reviews.json"
# What the fixtures hold; the same on SQLite and PostgreSQL.
EXPECTED_COUNTS = {Actor: 38, ActorAlias: 86, Article: 5, Claim: 48, Attribution: 94}


def load(*paths):
    call_command("loaddata", *[str(path) for path in paths], stdout=StringIO())


def counts():
    return {model: model.objects.count() for model in EXPECTED_COUNTS}


@pytest.fixture
def seed(db):
    load(*SEED_FIXTURES)


def test_the_seed_fixtures_load_with_the_expected_counts(seed):
    assert counts() == EXPECTED_COUNTS


def test_loading_the_fixtures_twice_creates_nothing_new(seed):
    before = {model: sorted(model.objects.values_list("pk", flat=True)) for model in EXPECTED_COUNTS}

    load(*SEED_FIXTURES)

    assert {model: sorted(model.objects.values_list("pk", flat=True)) for model in EXPECTED_COUNTS} == before


def test_every_quote_is_the_article_text_at_its_offsets(seed):
    mismatches = [
        (attribution.article.slug, attribution.quote)
        for attribution in Attribution.objects.select_related("article")
        if attribution.article.body[attribution.start : attribution.end] != attribution.quote
    ]
    assert mismatches == []


def test_every_seed_article_has_attributions(seed):
    assert list(Article.objects.filter(attributions__isnull=True).values_list("slug", flat=True)) == []
    assert sorted(Article.objects.values_list("source_file", flat=True)) == sorted(
        path.name for path in (ROOT / "seeds").glob("*.txt")
    )


def test_every_claim_has_an_attribution(seed):
    assert list(Claim.objects.filter(attributions__isnull=True).values_list("slug", flat=True)) == []


def test_the_seed_claims_all_start_unreviewed(seed):
    assert set(Claim.objects.values_list("status", flat=True)) == {Claim.Status.UNREVIEWED}
    assert Review.objects.count() == 0


def test_every_alias_and_name_resolves_to_exactly_its_actor(seed):
    wrong = [
        (alias.alias, str(Actor.objects.resolve(alias.alias)))
        for alias in ActorAlias.objects.select_related("actor")
        if Actor.objects.resolve(alias.alias) != alias.actor
    ]
    wrong += [
        (actor.name, str(Actor.objects.resolve(actor.name)))
        for actor in Actor.objects.all()
        if Actor.objects.resolve(actor.name) != actor
    ]
    assert wrong == []


@pytest.mark.parametrize(
    "name, slug",
    [
        ("Moscou", "gouvernement-russe"),
        ("le Kremlin", "gouvernement-russe"),
        ("Pyongyang", "gouvernement-nord-coreen"),
        ("la Maison Blanche", "gouvernement-americain"),
        ("La Maison-Blanche", "gouvernement-americain"),
        ("Séoul", "gouvernement-sud-coreen"),
        ("Kyiv", "gouvernement-ukrainien"),
        ("Sergei K. Shoigu", "serguei-choigou"),
        ("Choïgou", "serguei-choigou"),
        ("Kim Young-un", "kim-jong-un"),
        ("Kim Jong Un", "kim-jong-un"),
        ("M. Poutine", "vladimir-poutine"),
        ("Vladimir V. Poutine", "vladimir-poutine"),
        ("Denis Manutrov", "denis-manturov"),
        ("les observateurs de l’ONU", "groupe-d-experts-de-l-onu"),
    ],
)
def test_the_ways_the_articles_name_an_actor_resolve_to_it(seed, name, slug):
    assert Actor.objects.resolve(name).slug == slug


def test_spokespeople_count_with_their_government_as_one_source(seed):
    for slug, source in [
        ("john-kirby", "gouvernement-americain"),
        ("adrienne-watson", "gouvernement-americain"),
        ("pentagone", "gouvernement-americain"),
        ("dmitri-peskov", "gouvernement-russe"),
        ("serguei-choigou", "gouvernement-russe"),
        ("ministere-sud-coreen-de-la-defense", "gouvernement-sud-coreen"),
    ]:
        actor = Actor.objects.get(slug=slug)
        assert (actor.ancestors() or [actor])[-1].slug == source


def test_every_seed_record_passes_its_own_validation(seed):
    for model in EXPECTED_COUNTS:
        for record in model.objects.all():
            record.full_clean()
    assert max(len(actor.ancestors()) + 1 for actor in Actor.objects.all()) <= MAX_ACTOR_DEPTH


def test_a_statement_made_by_two_actors_at_once_is_one_attribution_each(seed):
    denials = Attribution.objects.filter(
        quote="Moscou et Pyongyang nient tous deux cette accusation",
        claim__slug="coree-du-nord-fournit-armes-et-munitions-a-la-russie",
    )
    assert sorted(denials.values_list("actor__slug", "stance")) == [
        ("gouvernement-nord-coreen", "denies"),
        ("gouvernement-russe", "denies"),
    ]


def test_a_claim_asserted_by_some_and_denied_by_others_is_contested(seed):
    claim = Claim.objects.get(slug="coree-du-nord-fournit-armes-et-munitions-a-la-russie")

    assert (claim.asserting_sources, claim.denying_sources) == (2, 2)
    assert Claim.objects.contested().filter(pk=claim.pk).exists()


def test_a_relayed_statement_points_at_its_relay_in_the_same_article(seed):
    relayed = Attribution.objects.select_related("via__actor").get(
        actor__slug="serguei-choigou", via__isnull=False
    )

    assert relayed.via.actor.slug == "interfax"
    assert relayed.via.article_id == relayed.article_id


def test_the_articles_fixture_is_what_import_articles_makes_of_the_seeds(db):
    call_command(
        "import_articles", *sorted(str(p) for p in (ROOT / "seeds").glob("*.txt")), stdout=StringIO()
    )
    imported = {article.slug: article for article in Article.objects.select_related("outlet")}
    expected = json.loads((FIXTURES / "articles.json").read_text(encoding="utf-8"))

    assert sorted(imported) == sorted(row["fields"]["slug"] for row in expected)
    for row in expected:
        fields, article = row["fields"], imported[row["fields"]["slug"]]
        outlet = [article.outlet.slug] if article.outlet else None
        for name, value in fields.items():
            actual = outlet if name == "outlet" else getattr(article, name)
            actual = actual.isoformat() if hasattr(actual, "isoformat") else actual
            assert (name, actual) == (name, value)


def test_the_fixtures_use_natural_keys_in_a_deterministic_order():
    for path in [*SEED_FIXTURES, DEMO_FIXTURE]:
        rows = json.loads(path.read_text(encoding="utf-8"))
        assert all("pk" not in row for row in rows), path.name
        models = [row["model"] for row in rows]
        # one block per model, dependencies first
        assert models == sorted(models, key=models.index), path.name


def test_the_demo_reviews_leave_each_claim_at_its_latest_review(seed, django_user_model):
    django_user_model.objects.create_user(username="editeur")

    load(DEMO_FIXTURE)

    reviewed = Claim.objects.filter(reviews__isnull=False).distinct()
    assert reviewed.count() == 4
    for claim in reviewed:
        assert claim.status == claim.latest_review.status
        assert claim.latest_review.rationale.strip()
    assert Claim.objects.exclude(pk__in=reviewed).exclude(status=Claim.Status.UNREVIEWED).count() == 0


def test_load_seed_data_loads_everything_and_twice_changes_nothing(db, django_user_model):
    django_user_model.objects.create_user(username="editeur")

    call_command("load_seed_data", stdout=StringIO())
    first = {**counts(), Review: Review.objects.count()}
    call_command("load_seed_data", stdout=StringIO())

    assert {**counts(), Review: Review.objects.count()} == first == {**EXPECTED_COUNTS, Review: 4}


def test_the_seed_fixtures_are_byte_for_byte_what_export_claims_writes(seed, tmp_path):
    call_command("export_claims", "--output-dir", str(tmp_path), stderr=StringIO())

    for path in SEED_FIXTURES:
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name
