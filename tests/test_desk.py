"""The annotation desk: recording attributions from suggestions and selections, safely for two editors."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from claims import services
from claims.extraction import Suggestion as Found
from claims.models import Actor, Article, Attribution, Claim, Suggestion

from .conftest import assert_statuses_match_reviews, make_actor, make_article, make_attribution, make_claim

pytestmark = pytest.mark.django_db

BODY = (
    "Le Kremlin a déclaré qu’aucun accord n’avait été conclu.\n\n"
    "Selon Washington, Moscou cherche à acheter des obus à Pyongyang. "
    "M. Akopov affirme que les livraisons ont commencé."
)


def make_suggestion(article, quote, *, actor=None, actor_text="", stance="asserts", cue="", **overrides):
    start = article.body.index(quote)
    return Suggestion.objects.create(
        article=article,
        start=start,
        end=start + len(quote),
        quote=quote,
        cue=cue,
        stance=stance,
        actor=actor,
        actor_text=actor_text or (actor.name if actor else ""),
        **overrides,
    )


@pytest.fixture
def russia():
    return make_actor("Gouvernement russe", slug="gouvernement-russe", aliases=["le Kremlin", "Moscou"])


@pytest.fixture
def article():
    return make_article(BODY)


def desk_url(article):
    return reverse("admin:claims_article_desk", args=[article.pk])


def record_url(article):
    return reverse("admin:claims_article_desk_record", args=[article.pk])


def form_data(article, suggestion=None, **values):
    data = {"seen_version": article.version, "stance": "asserts"}
    if suggestion is not None:
        data |= {
            "suggestion": suggestion.pk,
            "start": suggestion.start,
            "end": suggestion.end,
            "quote": suggestion.quote,
            "stance": suggestion.stance,
            "cue": suggestion.cue,
            "actor": suggestion.actor_id or "",
        }
    return data | values


# -- services ----------------------------------------------------------------------------------------


def test_accepting_a_suggestion_records_its_quote_offsets_cue_stance_and_actor(article, russia, editor):
    suggestion = make_suggestion(
        article,
        "Le Kremlin a déclaré qu’aucun accord n’avait été conclu",
        actor=russia,
        stance="denies",
        cue="a déclaré",
    )
    attribution = services.accept_suggestion(
        suggestion=suggestion, user=editor, claim_text="La Russie et la Corée du Nord ont conclu un accord."
    )
    assert (attribution.start, attribution.end, attribution.quote) == (
        suggestion.start,
        suggestion.end,
        suggestion.quote,
    )
    assert article.body[attribution.start : attribution.end] == attribution.quote
    assert (attribution.actor, attribution.stance, attribution.cue) == (russia, "denies", "a déclaré")
    assert attribution.claim.text == "La Russie et la Corée du Nord ont conclu un accord."
    assert attribution.claim.attribution_count == 0 or Claim.objects.get().attribution_count == 1
    suggestion.refresh_from_db()
    assert suggestion.state == Suggestion.State.ACCEPTED


def test_accepting_refreshes_the_claims_stored_figures(article, russia, editor):
    suggestion = make_suggestion(article, "Le Kremlin a déclaré", actor=russia)
    attribution = services.accept_suggestion(
        suggestion=suggestion, user=editor, claim_text="Un accord existe."
    )
    assert Claim.objects.get(pk=attribution.claim_id).attribution_count == 1


def test_an_unknown_speaker_becomes_the_pre_filled_new_actor(article, editor):
    suggestion = make_suggestion(
        article,
        "M. Akopov affirme que les livraisons ont commencé",
        actor_text="M. Akopov",
        proposed_kind="person",
    )
    attribution = services.accept_suggestion(
        suggestion=suggestion, user=editor, claim_text="Les livraisons ont commencé."
    )
    assert (attribution.actor.name, attribution.actor.kind) == ("M. Akopov", "person")


def test_a_new_actor_already_named_so_is_not_created_twice(article, russia, editor):
    attribution = services.attribute_passage(
        article=article, quote="Le Kremlin", stance="asserts", user=editor,
        claim_text="Une affirmation.", new_actor_name="Moscou", new_actor_kind="government",
    )  # fmt: skip
    assert attribution.actor == russia
    assert Actor.objects.count() == 1


def test_the_editors_changes_win_over_the_suggestion(article, russia, editor):
    suggestion = make_suggestion(
        article, "Le Kremlin a déclaré qu’aucun accord n’avait été conclu", actor=russia
    )
    attribution = services.accept_suggestion(
        suggestion=suggestion,
        user=editor,
        claim_text="Un accord a été conclu.",
        stance="denies",
        cue="a déclaré",
    )
    assert (attribution.stance, attribution.cue) == ("denies", "a déclaré")


def test_clearing_the_suggested_actor_records_the_outlets_own_voice(article, russia, editor):
    suggestion = make_suggestion(article, "Le Kremlin a déclaré", actor=russia)
    attribution = services.accept_suggestion(
        suggestion=suggestion, user=editor, claim_text="Un accord.", actor=None
    )
    assert attribution.actor is None


def test_clearing_the_actor_on_the_desk_form_records_the_outlets_own_voice(client, editor, article, russia):
    suggestion = make_suggestion(article, "Le Kremlin a déclaré", actor=russia)
    client.force_login(editor)
    client.post(record_url(article), form_data(article, suggestion, actor="", claim_text="Un accord."))
    assert Attribution.objects.get().actor is None


def test_an_existing_claim_gets_a_second_attribution(article, russia, editor):
    claim = make_claim("Moscou achète des obus à Pyongyang.")
    make_attribution(claim=claim, quote="Selon Washington", actor=make_actor("Washington"))
    suggestion = make_suggestion(article, "Moscou cherche à acheter des obus à Pyongyang", actor=russia)
    services.accept_suggestion(suggestion=suggestion, user=editor, claim=claim)
    claim.refresh_from_db()
    assert claim.attribution_count == 2
    assert Claim.objects.count() == 1


def reviewed_claim(editor):
    claim = make_claim("Moscou achète des obus à Pyongyang.")
    make_attribution(claim=claim, quote="Selon Washington", actor=make_actor("Washington"))
    services.review_claim(claim=claim, status="corroborated", rationale="Deux sources.", reviewer=editor)
    return claim


def test_a_contributor_cannot_add_an_attribution_to_a_reviewed_claim(article, russia, editor, contributor):
    claim = reviewed_claim(editor)
    suggestion = make_suggestion(article, "Moscou cherche à acheter des obus à Pyongyang", actor=russia)
    with pytest.raises(ValidationError, match="seul un éditeur peut lui ajouter une attribution"):
        services.accept_suggestion(suggestion=suggestion, user=contributor, claim=claim)
    claim.refresh_from_db()
    assert (claim.attribution_count, claim.status) == (1, "corroborated")
    assert_statuses_match_reviews()


def test_an_editor_adding_an_attribution_to_a_reviewed_claim_must_say_why(article, russia, editor):
    claim = reviewed_claim(editor)
    suggestion = make_suggestion(article, "Moscou cherche à acheter des obus à Pyongyang", actor=russia)
    with pytest.raises(ValidationError) as refused:
        services.accept_suggestion(suggestion=suggestion, user=editor, claim=claim)
    assert "reopen_rationale" in refused.value.message_dict
    assert Attribution.objects.filter(claim=claim).count() == 1
    assert_statuses_match_reviews()


def test_an_attribution_added_by_an_editor_reopens_the_reviewed_claim(article, russia, editor):
    claim = reviewed_claim(editor)
    version = Claim.objects.get(pk=claim.pk).version
    suggestion = make_suggestion(article, "Moscou cherche à acheter des obus à Pyongyang", actor=russia)
    services.accept_suggestion(
        suggestion=suggestion, user=editor, claim=claim, reopen_rationale="Moscou confirme à son tour."
    )
    claim.refresh_from_db()
    assert (claim.attribution_count, claim.status) == (2, "unreviewed")
    assert claim.version > version
    latest = claim.reviews.order_by("-number").first()
    assert latest.reviewer == editor and "Moscou confirme à son tour." in latest.rationale
    assert_statuses_match_reviews()


def test_the_same_new_claim_text_written_twice_makes_one_claim(article, russia, editor):
    first = services.attribute_passage(
        article=article,
        quote="Le Kremlin",
        stance="asserts",
        user=editor,
        actor=russia,
        claim_text="Un accord.",
    )
    second = services.attribute_passage(
        article=article,
        quote="Moscou cherche",
        stance="asserts",
        user=editor,
        actor=russia,
        claim_text=" Un  accord. ",
    )
    assert first.claim_id == second.claim_id


def test_accepting_a_suggestion_a_colleague_already_accepted_is_refused(article, russia, editor, contributor):
    suggestion = make_suggestion(article, "Le Kremlin a déclaré", actor=russia)
    services.accept_suggestion(suggestion=suggestion, user=contributor, claim_text="Un accord.")
    stale = Suggestion.objects.get(pk=suggestion.pk)
    with pytest.raises(services.DeskConflict, match="Un collègue a déjà traité cette suggestion"):
        services.accept_suggestion(suggestion=stale, user=editor, claim_text="Un autre accord.")
    assert Attribution.objects.count() == 1
    assert not Claim.objects.filter(text="Un autre accord.").exists()


def test_recording_the_same_attribution_twice_is_refused_and_writes_nothing(article, russia, editor):
    claim = make_claim("Un accord.")
    services.attribute_passage(
        article=article, quote="Le Kremlin", stance="asserts", user=editor, actor=russia, claim=claim
    )
    with pytest.raises(services.DeskConflict, match="déjà enregistrée"):
        services.attribute_passage(
            article=article, quote="Le Kremlin", stance="asserts", user=editor, actor=russia, claim=claim,
            new_actor_name="", claim_text="",
        )  # fmt: skip
    assert Attribution.objects.count() == 1


def test_a_failed_accept_leaves_the_suggestion_pending_and_creates_nothing(article, editor):
    suggestion = make_suggestion(article, "M. Akopov affirme", actor_text="M. Akopov", proposed_kind="person")
    with pytest.raises(ValidationError):
        services.accept_suggestion(suggestion=suggestion, user=editor, claim_text="", stance="nonsense")
    suggestion.refresh_from_db()
    assert suggestion.state == Suggestion.State.PENDING
    assert not Actor.objects.exists()
    assert not Claim.objects.exists()


def test_a_body_changed_since_the_desk_was_opened_is_refused(article, russia, editor):
    seen = article.version
    Article.objects.filter(pk=article.pk).update(version=seen + 1)
    with pytest.raises(services.DeskConflict, match="Le texte de l’article a changé"):
        services.attribute_passage(
            article=article, quote="Le Kremlin", stance="asserts", user=editor, actor=russia,
            claim_text="Un accord.", seen_version=seen,
        )  # fmt: skip
    assert not Attribution.objects.exists()


def test_a_typed_quote_is_stored_as_the_body_has_it(article, russia, editor):
    attribution = services.attribute_passage(
        article=article, quote="aucun accord n'avait été conclu", stance="denies", user=editor, actor=russia,
        claim_text="Un accord.",
    )  # fmt: skip
    assert attribution.quote == "aucun accord n’avait été conclu"


def test_offsets_that_no_longer_hold_the_quote_fall_back_to_finding_it(article, russia, editor):
    attribution = services.attribute_passage(
        article=article, quote="Le Kremlin", start=3, end=13, stance="asserts", user=editor, actor=russia,
        claim_text="Un accord.",
    )  # fmt: skip
    assert (attribution.start, attribution.end) == (0, 10)


def test_a_quote_typed_twice_in_the_body_takes_the_occurrence_nearest_the_selection(editor, russia):
    article = make_article("Moscou nie. Plus loin, Moscou nie encore.")
    attribution = services.attribute_passage(
        article=article, quote="Moscou  nie", start=20, end=31, stance="denies", user=editor, actor=russia,
        claim_text="Un accord.",
    )  # fmt: skip
    assert attribution.start == article.body.index("Moscou nie", 5)


def test_a_rejected_suggestion_never_comes_back(article, russia, editor):
    suggestion = make_suggestion(article, "Le Kremlin a déclaré", actor=russia)
    services.reject_suggestion(suggestion=suggestion, user=editor)
    found = Found(
        suggestion.start, suggestion.end, suggestion.quote, "", "asserts", suggestion.actor_text, russia
    )
    services.refresh_suggestions(article, suggestions=[found])  # the engine reads it again
    assert Suggestion.objects.get(pk=suggestion.pk).state == Suggestion.State.REJECTED
    assert Suggestion.objects.filter(article=article).count() == 1


def test_rejecting_a_suggestion_a_colleague_accepted_is_refused(article, russia, editor):
    suggestion = make_suggestion(article, "Le Kremlin a déclaré", actor=russia)
    services.accept_suggestion(suggestion=suggestion, user=editor, claim_text="Un accord.")
    with pytest.raises(services.DeskConflict, match="déjà accepté"):
        services.reject_suggestion(suggestion=suggestion, user=editor)


def test_outlet_named_finds_or_creates_a_media_outlet():
    figaro = services.outlet_named("Le Figaro")
    assert figaro.kind == Actor.Kind.MEDIA
    assert services.outlet_named("le figaro") == figaro


# -- pages -------------------------------------------------------------------------------------------


def test_desk_shows_the_body_with_recorded_and_suggested_passages(client, editor, article, russia):
    make_attribution(article=article, quote="Le Kremlin", actor=russia, stance="denies")
    suggestion = make_suggestion(article, "Selon Washington", actor_text="Washington")
    client.force_login(editor)
    html = client.get(desk_url(article)).content.decode()
    assert "selon-stance-denies" in html
    assert f'class="desk-piece desk-suggested" data-suggestion="{suggestion.pk}"' in html
    assert "1 suggestion à examiner" in html
    assert "Annoter :" in html


def test_desk_body_keeps_every_character_of_the_article(client, editor):
    article = make_article("Avant <b>gras</b> & «\u00a0après\u00a0».\nFin.")
    make_suggestion(article, "<b>gras</b>")
    client.force_login(editor)
    html = client.get(desk_url(article)).content.decode()
    assert "&lt;b&gt;gras&lt;/b&gt;" in html
    assert "<b>gras</b>" not in html


def test_desk_has_no_inline_script_or_event_attribute(client, editor, article):
    make_suggestion(article, "Selon Washington")
    client.force_login(editor)
    html = client.get(desk_url(article)).content.decode()
    assert "onclick" not in html
    for chunk in html.split("<script")[1:]:
        assert (
            chunk.split(">")[0].strip().startswith(("src=", 'type="application/json"'))
            or " src=" in chunk.split(">")[0]
        )


def test_recording_from_a_suggestion_through_the_desk(client, editor, article, russia):
    suggestion = make_suggestion(
        article, "Le Kremlin a déclaré qu’aucun accord n’avait été conclu", actor=russia, stance="denies"
    )
    client.force_login(editor)
    response = client.post(
        record_url(article), form_data(article, suggestion, claim_text="Un accord a été conclu.")
    )
    assert response.status_code == 302
    assert response["Location"] == f"{desk_url(article)}?focus={suggestion.start}"
    attribution = Attribution.objects.get()
    assert (attribution.actor, attribution.stance, attribution.claim.text) == (
        russia,
        "denies",
        "Un accord a été conclu.",
    )


def test_recording_a_selected_passage_through_the_desk(client, contributor, article, russia):
    claim = make_claim("Moscou achète des obus.")
    start = BODY.index("Moscou cherche")
    client.force_login(contributor)
    response = client.post(
        record_url(article),
        form_data(
            article, start=start, end=start + 14, quote="Moscou cherche", actor=russia.pk, claim=claim.pk
        ),
    )
    assert response.status_code == 302
    assert Attribution.objects.get().claim == claim


def test_a_refused_record_keeps_the_editors_input_and_explains_in_french(client, editor, article):
    client.force_login(editor)
    response = client.post(
        record_url(article),
        form_data(article, quote="Pékin dément formellement", claim_text="Mon texte soigné."),
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "La citation ne figure pas dans le texte de l’article" in html
    assert "Mon texte soigné." in html
    assert not Claim.objects.exists()


def test_a_record_without_claim_is_refused(client, editor, article):
    client.force_login(editor)
    response = client.post(record_url(article), form_data(article, quote="Le Kremlin"))
    assert response.status_code == 400
    assert "Choisissez une affirmation ou rédigez-en une nouvelle." in response.content.decode()


def test_a_suggestion_of_another_article_is_refused(client, editor, article, russia):
    other = make_article(BODY)
    foreign = make_suggestion(other, "Le Kremlin", actor=russia)
    client.force_login(editor)
    response = client.post(record_url(article), form_data(article, foreign, claim_text="Un accord."))
    assert response.status_code == 400
    assert Suggestion.objects.get(pk=foreign.pk).state == Suggestion.State.PENDING


def test_rejecting_through_the_desk(client, editor, article):
    suggestion = make_suggestion(article, "Selon Washington")
    client.force_login(editor)
    response = client.post(
        reverse("admin:claims_article_desk_reject", args=[article.pk]), {"suggestion": suggestion.pk}
    )
    assert response.status_code == 302
    assert Suggestion.objects.get().state == Suggestion.State.REJECTED
    assert "Selon Washington" not in client.get(desk_url(article)).content.decode().split('id="desk-body"')[0]


def test_staff_without_a_role_cannot_open_the_desk(client, outsider, article):
    client.force_login(outsider)
    assert client.get(desk_url(article)).status_code == 403
    assert client.post(record_url(article), form_data(article, quote="Le Kremlin")).status_code == 403


def test_article_pages_link_to_the_desk(client, contributor, article):
    client.force_login(contributor)
    assert desk_url(article) in client.get(reverse("admin:claims_article_changelist")).content.decode()
    assert (
        desk_url(article)
        in client.get(reverse("admin:claims_article_change", args=[article.pk])).content.decode()
    )


def test_desk_query_count_does_not_grow_with_suggestions(
    client, editor, django_assert_max_num_queries, russia
):
    for size in (2, 40):
        body = " ".join(f"Le Kremlin affirme le point {number}." for number in range(size))
        article = make_article(body)
        for number in range(size):
            quote = f"Le Kremlin affirme le point {number}."
            make_suggestion(article, quote, actor=russia if number % 2 else None, actor_text="le Kremlin")
            if number % 3 == 0:
                make_attribution(article=article, quote=quote, actor=russia)
        client.force_login(editor)
        with django_assert_max_num_queries(12):
            response = client.get(desk_url(article))
        assert response.content.decode().count('desk-suggestion"') == size


def test_article_search_finds_articles_by_outlet_name(client, editor):
    make_article(title="Sans rapport")
    wanted = make_article(title="Poutine à Pyongyang", outlet=make_actor("Le Figaro", kind="media"))
    client.force_login(editor)
    html = client.get(reverse("admin:claims_article_changelist"), {"q": "Figaro"}).content.decode()
    assert wanted.title in html
    assert "Sans rapport" not in html


NEW_ARTICLE = {
    "title": "Un article",
    "slug": "un-article",
    "language": "fr",
    "body": "Texte.",
    "attributions-TOTAL_FORMS": 0,
    "attributions-INITIAL_FORMS": 0,
}


def test_an_outlet_typed_on_the_article_form_is_created_without_a_popup(client, editor):
    client.force_login(editor)
    response = client.post(
        reverse("admin:claims_article_add"),
        NEW_ARTICLE | {"new_outlet": "Le Soir"},
    )
    assert response.status_code == 302
    assert Article.objects.get().outlet.name == "Le Soir"


def test_an_outlet_name_taken_by_another_kind_of_actor_is_refused(client, editor):
    make_actor("Le Soir", kind="person")
    client.force_login(editor)
    response = client.post(
        reverse("admin:claims_article_add"),
        NEW_ARTICLE | {"new_outlet": "Le Soir"},
    )
    assert response.status_code == 200
    assert "« Le Soir » est déjà un acteur qui n’est pas un média." in response.content.decode()
    assert not Article.objects.exists()


def test_the_article_autocomplete_finds_articles_by_outlet_name(client, contributor):
    wanted = make_article(title="Poutine à Pyongyang", outlet=make_actor("Le Figaro", kind="media"))
    make_article(title="Sans rapport")
    client.force_login(contributor)
    response = client.get(
        reverse("admin:autocomplete"),
        {"app_label": "claims", "model_name": "attribution", "field_name": "article", "term": "Figaro"},
    )
    assert [row["id"] for row in response.json()["results"]] == [str(wanted.pk)]
