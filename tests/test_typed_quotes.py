"""Quotes typed on a keyboard are found in the body and stored as the body has them."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from claims.models import Attribution
from claims.text import AmbiguousQuote, TypedQuoteNotFound, closest_passage, locate_typed_quote

from .conftest import make_article, make_claim

BODY = (
    "Moscou nie\u00a0: «\u00a0Il n’y a rien à voir ici\u00a0», a déclaré M.\u00a0Peskov… "
    "Washington l’affirme."
)


def test_typed_apostrophes_and_quotation_marks_find_the_verbatim_passage():
    start, end = locate_typed_quote(BODY, '"Il n\'y a rien à voir ici", a déclaré M. Peskov...')
    assert BODY[start:end] == "«\u00a0Il n’y a rien à voir ici\u00a0», a déclaré M.\u00a0Peskov…"


def test_missing_or_extra_spaces_are_forgiven():
    start, end = locate_typed_quote(BODY, "Moscou nie:")
    assert BODY[start:end] == "Moscou nie\u00a0:"
    start, end = locate_typed_quote(BODY, "Washington  l' affirme")
    assert BODY[start:end] == "Washington l’affirme"


def test_a_verbatim_quote_is_found_as_before():
    assert locate_typed_quote(BODY, "Washington") == (BODY.index("Washington"), BODY.index("Washington") + 10)


def test_a_typed_quote_found_twice_asks_which():
    with pytest.raises(AmbiguousQuote) as error:
        locate_typed_quote("l’un dit oui, l’autre dit oui", "dit oui")
    assert len(error.value.occurrences) == 2


def test_an_absent_quote_names_the_closest_passage():
    with pytest.raises(TypedQuoteNotFound) as error:
        locate_typed_quote(BODY, "Il n'y a rien à voir là")
    assert error.value.closest == "Il n’y a rien à voir ici"


def test_nothing_close_gives_no_passage():
    assert closest_passage(BODY, "xyzzy plugh") == ""


@pytest.mark.django_db
def test_locate_stores_the_body_text_not_the_typed_one():
    attribution = Attribution(article=make_article(BODY), quote="Washington l'affirme")
    attribution.locate()
    assert attribution.quote == "Washington l’affirme"
    assert BODY[attribution.start : attribution.end] == attribution.quote


@pytest.mark.django_db
def test_locate_explains_an_absent_quote_with_the_closest_passage():
    attribution = Attribution(article=make_article(BODY), quote="Washington le confirme")
    with pytest.raises(ValidationError) as error:
        attribution.locate()
    assert "Washington l’affirme" in str(error.value.message_dict["quote"])


@pytest.mark.django_db
def test_the_admin_stores_a_typed_quote_verbatim(client, editor):
    article, claim = make_article(BODY), make_claim()
    client.force_login(editor)
    response = client.post(
        reverse("admin:claims_attribution_add"),
        {"claim": claim.pk, "article": article.pk, "stance": "denies", "cue": "nie", "quote": "Moscou nie :"},
    )
    assert response.status_code == 302
    assert Attribution.objects.get().quote == "Moscou nie\u00a0:"


@pytest.mark.django_db
def test_the_admin_shows_the_closest_passage_in_french(client, editor):
    article, claim = make_article(BODY), make_claim()
    client.force_login(editor)
    response = client.post(
        reverse("admin:claims_attribution_add"),
        {"claim": claim.pk, "article": article.pk, "stance": "asserts", "quote": "Washington le confirme"},
    )
    assert response.status_code == 200
    assert "Passage le plus proche : « Washington l’affirme. »" in response.content.decode()
    assert not Attribution.objects.exists()
