"""The reader-facing pages: claim list, claim, actor and article pages."""

import datetime
import html as html_module
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.http import QueryDict

from claims import counting
from claims.models import Actor, Claim
from claims.services import review_claim

from .conftest import make_actor, make_article, make_attribution, make_claim, make_user

pytestmark = pytest.mark.django_db

MARKUP = "<b>gras</b><script>alert(1)</script>"


def quoted(claim, actor, stance, body, **article):
    return make_attribution(
        claim=claim, actor=actor, stance=stance, article=make_article(body, **article), quote=body
    )


@pytest.fixture
def scenario():
    """Washington asserts, through its spokesperson, a deal that Moscou denies; the newsroom disputes it."""
    monde = make_actor("Le Monde", slug="le-monde", kind=Actor.Kind.MEDIA)
    usa = make_actor("Gouvernement des États-Unis", slug="etats-unis", aliases=["Washington"])
    kirby = make_actor("John Kirby", slug="john-kirby", kind=Actor.Kind.PERSON, parent=usa)
    russia = make_actor("Gouvernement russe", slug="russie", aliases=["Moscou", "le Kremlin"])
    deal = make_claim("La Russie et la Corée du Nord ont conclu un accord d'armement.", slug="accord")
    body = "Selon John Kirby, un accord d'armement a été conclu. Moscou nie tout accord."
    article = make_article(
        body, slug="accord-nie", title="Accord nié", outlet=monde, published_on=datetime.date(2024, 3, 2)
    )
    make_attribution(
        claim=deal, actor=kirby, article=article, quote="un accord d'armement a été conclu", cue="selon"
    )
    make_attribution(
        claim=deal, actor=russia, stance="denies", article=article, quote="Moscou nie tout accord", cue="nie"
    )
    other = make_claim("La Corée du Nord a livré des obus à la Russie.", slug="obus")
    quoted(other, usa, "asserts", "Washington affirme que des obus ont été livrés.")
    review_claim(
        claim=deal,
        status="disputed",
        rationale="Aucune preuve indépendante d'un accord signé.",
        reviewer=make_user("editrice"),
    )
    return {"deal": deal, "article": article, "usa": usa, "kirby": kirby, "russia": russia}


def test_home_leads_to_the_claim_list(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/claims/"


def test_the_list_is_in_french_with_every_claim(client, scenario):
    response = client.get("/claims/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert "Contesté" in html
    assert "La Corée du Nord a livré des obus à la Russie." in html


def test_what_washington_asserts_that_moscou_denies_and_the_verdict_is_one_click_away(client, scenario):
    response = client.get("/claims/", {"asserted_by": "Washington", "denied_by": "Moscou"})
    assert [claim.slug for claim in response.context["claims"]] == ["accord"]
    claim_page = client.get(response.context["claims"][0].get_absolute_url()).content.decode()
    assert "Aucune preuve indépendante d&#x27;un accord signé." in claim_page


def test_every_control_of_the_filter_form_has_a_label(client, scenario):
    form = client.get("/claims/").context["filter"].form
    html = client.get("/claims/").content.decode()
    for bound in form:
        # The cursor is not a control: pagination links carry it, the form drops it.
        if bound.is_hidden or (bound.field.widget.input_type == "checkbox" and bound.name == "status"):
            continue
        assert f'for="{bound.id_for_label}"' in html, bound.name
    assert "<legend" in html


def test_active_filters_are_shown_each_with_a_link_removing_only_it(client, scenario):
    response = client.get("/claims/?status=disputed&status=corroborated&actor=Washington&page=1")
    active = response.context["active_filters"]
    assert [(str(item["label"]), str(item["value"])) for item in active] == [
        ("Statut", "Contesté"),
        ("Statut", "Corroboré"),
        ("Acteur", "Washington"),
    ]
    removal = {str(item["value"]): QueryDict(item["remove_url"].lstrip("?")) for item in active}
    assert removal["Washington"].getlist("status") == ["disputed", "corroborated"]
    assert "actor" not in removal["Washington"]
    assert "page" not in removal["Washington"]


def test_the_list_pages_by_fifty_in_a_stable_order(client):
    for number in range(120):
        make_claim(slug=f"claim-{number:03d}")
    first = client.get("/claims/").context
    second = client.get("/claims/" + first["links"]["next"]).context
    third = client.get("/claims/" + second["links"]["next"]).context
    slugs = [c.slug for page in (first, second, third) for c in page["claims"]]
    assert len(first["claims"]) == 50 and len(third["claims"]) == 20
    assert slugs == sorted(slugs) and len(set(slugs)) == 120
    assert "next" not in third["links"]


def test_old_numbered_page_links_still_work(client):
    for number in range(120):
        make_claim(slug=f"claim-{number:03d}")
    second = client.get("/claims/?page=2").context
    assert [c.slug for c in second["claims"]] == [f"claim-{number:03d}" for number in range(50, 100)]
    assert "page" not in second["links"]["next"]


def test_pagination_links_keep_the_filters(client):
    for number in range(60):
        make_claim(slug=f"claim-{number:03d}")
    links = client.get("/claims/?status=unreviewed").context["links"]
    params = QueryDict(links["next"].lstrip("?"))
    assert params["status"] == "unreviewed" and params["cursor"] and "page" not in params


@pytest.mark.parametrize(
    "query",
    [
        "published_after=2024-02-31",
        "published_before=demain",
        "status=faux",
        "stance=hurle",
        "min_sources=beaucoup",
        "contested=peut-etre",
        "ordering=hasard",
        "actor=Atlantide",
        "q=" + "x" * 10_000,
    ],
)
def test_bad_filter_values_give_a_form_error_and_no_claims(client, scenario, query):
    response = client.get(f"/claims/?{query}")
    assert response.status_code == 200
    assert response.context["claims"] == []
    assert response.context["filter"].form.errors
    assert 'role="alert"' in response.content.decode()


@pytest.mark.parametrize("page", ["999", "0", "-1", "deux", "1e9", "21"])
def test_a_page_out_of_range_is_explained_not_an_error(client, scenario, page):
    response = client.get("/claims/", {"page": page})
    assert response.status_code == 200
    assert response.context["claims"] == []
    assert "Cette page n’existe pas." in response.content.decode()


def test_an_unknown_format_shows_the_list_with_a_message(client, scenario):
    response = client.get("/claims/?format=xlsx")
    assert response.status_code == 200
    assert response.context["format_error"]
    assert len(response.context["claims"]) == 2


@pytest.mark.parametrize(
    "parameter", ["q", "actor", "asserted_by", "denied_by", "outlet", "article", "status", "page", "format"]
)
def test_markup_and_sql_in_parameters_are_never_rendered_raw(client, scenario, parameter):
    for value in [MARKUP, "' OR 1=1; DROP TABLE claims_claim; --", "\x00"]:
        response = client.get("/claims/", {parameter: value})
        assert response.status_code == 200
        html = response.content.decode()
        assert "<script>alert(1)</script>" not in html
        assert "<b>gras</b>" not in html


def test_a_quote_full_of_markup_is_escaped_everywhere(client):
    body = f"Il a dit : {MARKUP} hier."
    attribution = quoted(
        make_claim(f"Affirmation {MARKUP}", slug="balises"),
        make_actor(f"Acteur {MARKUP}", slug="x"),
        "asserts",
        body,
    )
    for url in ["/claims/", "/claims/balises/", "/actors/x/", attribution.article.get_absolute_url()]:
        html = client.get(url).content.decode()
        assert "<script>alert(1)</script>" not in html, url
        assert "&lt;script&gt;" in html, url


@pytest.mark.parametrize(
    "url", ["/claims/inconnue/", "/actors/inconnu/", "/articles/inconnu/", "/claims/a/b/"]
)
def test_an_unknown_slug_gives_the_site_404_page(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_the_claim_page_shows_verdict_attributions_by_stance_and_sources(client, scenario):
    response = client.get("/claims/accord/")
    html = response.content.decode()
    assert [stance for stance, _label, _items in response.context["stance_groups"]] == ["asserts", "denies"]
    assert "Aucune preuve indépendante" in html
    assert 'href="/articles/accord-nie/#q-' in html
    assert 'href="/actors/john-kirby/"' in html
    sources = dict(response.context["sources"])
    assert [actor.slug for actor in sources["affirme"]] == ["etats-unis"]


def test_the_claim_page_lists_the_review_history(client, scenario):
    review_claim(
        claim=scenario["deal"],
        status="corroborated",
        rationale="Un document a été publié.",
        reviewer=make_user("r2"),
    )
    html = client.get("/claims/accord/").content.decode()
    assert html.index("Un document a été publié.") < html.index("Aucune preuve indépendante")


def test_the_actor_page_shows_aliases_hierarchy_and_claims_by_stance(client, scenario):
    response = client.get("/actors/etats-unis/")
    html = response.content.decode()
    assert "Washington" in html
    assert 'href="/actors/john-kirby/"' in html
    assert [group["stance"] for group in response.context["stance_groups"]] == ["asserts"]
    asserted = [claim.slug for claim, _attributions in response.context["stance_groups"][0]["claims"]]
    assert sorted(asserted) == ["accord", "obus"]


def test_the_spokesperson_page_names_its_government(client, scenario):
    html = client.get("/actors/john-kirby/").content.decode()
    assert 'href="/actors/etats-unis/"' in html


def test_the_article_page_highlights_every_quote_and_links_it_to_its_claim(client, scenario):
    response = client.get("/articles/accord-nie/")
    html = response.content.decode()
    body_html = html[html.index('<div class="body">') :]
    assert body_html.count('<mark class="stance-') == 2
    assert '<a href="/claims/accord/"' in html
    for attribution in scenario["article"].attributions.all():
        assert f'id="q-{attribution.pk}"' in html


def test_overlapping_quotes_give_well_formed_markup(client):
    body = "Selon Séoul, Pyongyang a tiré trois missiles hier soir."
    article = make_article(body, slug="tirs")
    outer = make_attribution(
        claim=make_claim(slug="tirs"), article=article, quote="Pyongyang a tiré trois missiles"
    )
    inner = make_attribution(claim=make_claim(slug="trois"), article=article, quote="trois missiles hier")
    html = client.get("/articles/tirs/").content.decode()
    body_html = html[
        html.index('<div class="body">') : html.index("</div>", html.index('<div class="body">'))
    ]
    assert body_html.count('<mark class="stance-') == body_html.count("</mark>") == 3
    assert body_html.count("<a ") == body_html.count("</a>") == 3
    assert f'id="q-{outer.pk}"' in body_html and f'id="q-{inner.pk}"' in body_html
    assert html_module.unescape(re.sub(r"<[^>]+>", "", body_html)) == body


def populate(count):
    usa = make_actor(f"USA {count}", slug=f"usa-{count}", aliases=[f"Washington {count}"])
    editor = make_user(f"editor-{count}")
    for number in range(count):
        claim = make_claim(slug=f"q{count}-{number:03d}")
        article = make_article(
            f"Washington affirme la chose {number}.", published_on=datetime.date(2024, 1, 1)
        )
        make_attribution(claim=claim, actor=usa, article=article, quote=article.body)
        review_claim(claim=claim, status="corroborated", rationale="Vu.", reviewer=editor)
    return usa


@pytest.mark.parametrize("count", [3, 40])
def test_the_list_runs_a_fixed_number_of_queries(client, django_assert_num_queries, count):
    populate(count)
    # the actor named, the level below it (empty), the matching ids (the count), the page, its
    # attributions, its reviews
    with django_assert_num_queries(6):
        client.get("/claims/", {"actor": f"Washington {count}"})


@pytest.mark.parametrize("count", [3, 40])
def test_the_claim_page_runs_a_fixed_number_of_queries(client, django_assert_num_queries, count):
    claim = make_claim(slug="many")
    for number in range(count):
        quoted(
            claim,
            make_actor(f"Acteur {count}-{number}", slug=f"a{count}-{number}"),
            "asserts",
            f"Texte {number}.",
        )
    review_claim(claim=claim, status="corroborated", rationale="Vu.", reviewer=make_user("e"))
    # the claim, its attributions, its reviews, its independent sources (two)
    with django_assert_num_queries(5):
        client.get("/claims/many/")


@pytest.mark.parametrize("count", [3, 40])
def test_the_actor_page_runs_a_fixed_number_of_queries(client, django_assert_num_queries, count):
    usa = populate(count)
    # the actor with its parents, its aliases, its children, the one level of its lineage, a capped
    # count per stance (three), the quotes of the one stance quoted (counted below the cap: read
    # directly, without the newest article dates)
    with django_assert_num_queries(8):
        client.get(usa.get_absolute_url())


@pytest.mark.parametrize("count", [3, 40])
def test_an_actor_page_with_every_stance_finds_the_newest_articles_once(
    client, django_assert_num_queries, count, monkeypatch
):
    monkeypatch.setattr(counting, "COUNT_CAP", 2)  # every stance quoted past the cap
    usa = populate(count)
    for stance in ("denies", "suspects"):
        for number in range(count):
            article = make_article(f"Washington {stance} {number}.", published_on=datetime.date(2024, 2, 1))
            make_attribution(actor=usa, article=article, stance=stance, quote=article.body)
    # as above, with one quote query for each of the three stances but one cutoff query for all
    with django_assert_num_queries(11):
        response = client.get(usa.get_absolute_url())
    groups = response.context["stance_groups"]
    assert [group["stance"] for group in groups] == ["asserts", "denies", "suspects"]
    assert all(group["total"] == 2 and group["total_kind"] == "at_least" for group in groups)


def test_on_the_seed_data_the_list_answers_what_washington_asserts_that_moscou_denies(client):
    call_command("loaddata", "actors.json", "articles.json", "claims.json", stdout=StringIO())
    response = client.get("/claims/", {"asserted_by": "Washington", "denied_by": "Moscou"})
    usa, russia = Actor.objects.resolve("Washington"), Actor.objects.resolve("Moscou")
    expected = Claim.objects.asserted_by(usa).denied_by(russia)
    assert response.context["claims"]
    assert {claim.slug for claim in response.context["claims"]} == set(
        expected.values_list("slug", flat=True)
    )


def test_the_actor_page_shows_the_newest_quotes_and_links_to_the_rest(client, monkeypatch):
    monkeypatch.setattr("claims.views.ACTOR_PAGE_QUOTES", 2)
    usa = populate(5)
    response = client.get(usa.get_absolute_url())
    [group] = response.context["stance_groups"]
    assert group["total"] == 5 and len(group["claims"]) == 2
    assert f'href="/claims/?actor={usa.slug}&amp;stance=asserts"' in response.content.decode()


def test_the_actor_page_counts_a_stance_up_to_the_cap_and_says_so(client, monkeypatch):
    monkeypatch.setattr("claims.counting.COUNT_CAP", 3)
    usa = populate(5)
    response = client.get(usa.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="fr")
    [group] = response.context["stance_groups"]
    assert (group["total"], group["total_kind"]) == (3, "at_least")
    html = response.content.decode()
    assert "(plus de 3)" in html and "Les voir toutes (plus de 3) dans la liste" in html


def test_the_actor_page_counts_claims_not_quotes_and_includes_those_below_it(client):
    government = make_actor("Gouvernement", kind="government")
    ministry = make_actor("Ministère", kind="government", parent=government)
    spokesman = make_actor("Porte-parole", kind="person", parent=ministry)
    claim = make_claim("Une seule affirmation.")
    first = make_article("Premier article.", published_on=datetime.date(2024, 1, 5))
    second = make_article("Second article.", published_on=datetime.date(2024, 3, 1))
    make_attribution(claim=claim, actor=spokesman, article=first, quote="Premier")
    make_attribution(claim=claim, actor=government, article=second, quote="Second")
    make_attribution(actor=make_actor("Autre"), stance="denies")
    [group] = client.get(government.get_absolute_url()).context["stance_groups"]
    assert (group["stance"], group["total"], group["total_kind"]) == ("asserts", 1, "exact")
    [(shown, quotes)] = group["claims"]
    assert shown == claim and [quote.actor for quote in quotes] == [government, spokesman]


def test_further_filters_fold_away_unless_one_of_them_is_set(client, scenario):
    assert not client.get("/claims/").context["secondary_open"]
    assert not client.get("/claims/", {"actor": "Washington"}).context["secondary_open"]
    assert client.get("/claims/", {"outlet": "le-monde"}).context["secondary_open"]
    assert client.get("/claims/", {"published_after": "hier"}).context["secondary_open"]


def test_the_article_page_colours_each_quote_by_stance_with_a_legend(client, scenario):
    html = client.get("/articles/accord-nie/").content.decode()
    legend = html[html.index('class="stance-legend"') : html.index('<div class="body">')]
    assert "affirme" in legend and "nie" in legend and "soupçonne" in legend
    body_html = html[html.index('<div class="body">') :]
    assert '<mark class="stance-asserts">' in body_html
    assert '<mark class="stance-denies">' in body_html


def test_active_date_filters_read_as_french_dates_and_a_bad_date_as_typed(client, scenario):
    response = client.get("/claims/?published_after=2024-06-19&published_before=19%2F13%2F2024")
    shown = [(str(item["label"]), str(item["value"])) for item in response.context["active_filters"]]
    assert shown == [("Publié à partir du", "19 juin 2024"), ("Publié jusqu’au", "19/13/2024")]
    assert response.status_code == 200
