"""The admin reads as French a newsroom wrote: no English left, articles that agree, refusals that explain."""

import re

import pytest
from django.contrib import admin
from django.urls import reverse

from claims.services import review_claim

from .conftest import make_actor, make_attribution, make_user

pytestmark = pytest.mark.django_db

# What Django's admin says when it pastes a French noun into an English sentence, and English
# left over: each was seen on an editor's or a contributor's page.
KNOWN_BAD = [
    "Administration de Django",
    "Site d’administration de Django",
    "Ajout de ",
    "Modification de acteur",
    "Modification de affirmation",
    "Modification de article",
    "Modification de attribution",
    "Affichage de vérification",
    "Sélectionnez l’objet",
    "Ajouter acteur",
    "Ajouter affirmation",
    "Ajouter article",
    "Ajouter attribution",
    "affirmations sélectionnés",
    "attributions sélectionnés",
    "Ajouter un objet",
    "Affirmations › Affirmations",
    "inchangés",
    "fixture",
    "Fixture",
    "403 Forbidden",
    "asserts",
    "denies",
    "suspects",
    "unreviewed",
    "Seen version",
    "Par publié le",
]


def visible_text(response):
    html = response.content.decode()
    html = re.sub(r"(?s)<script.*?</script>|<style.*?</style>|<template.*?</template>", " ", html)
    html = re.sub(r'(?s)<div class="form-row[^"]*\bhidden\b.*?</div>', " ", html)
    text = re.sub(r"<[^>]+>", " ", html)
    return re.sub(r"\s+", " ", text.replace("&rsaquo;", "›").replace("&nbsp;", " "))


@pytest.fixture
def one_of_each():
    actor = make_actor("Gouvernement russe", aliases=["Moscou"])
    attribution = make_attribution(actor=actor, quote="Selon Washington")
    review_claim(claim=attribution.claim, status="disputed", rationale="Démenti.", reviewer=make_user("e"))
    return attribution


def admin_pages(attribution):
    urls = [reverse("admin:index"), reverse("admin:claims_claim_import_fixtures")]
    for model in admin.site._registry:
        if model._meta.app_label != "claims":
            continue
        name = model._meta.model_name
        obj = model.objects.order_by("pk").first()
        urls += [
            reverse(f"admin:claims_{name}_changelist"),
            reverse(f"admin:claims_{name}_add"),
            reverse(f"admin:claims_{name}_change", args=[obj.pk]),
            reverse(f"admin:claims_{name}_history", args=[obj.pk]),
        ]
    return urls + [reverse("admin:claims_claim_review", args=[attribution.claim_id])]


@pytest.mark.parametrize("role", ["editor", "contributor"])
def test_no_known_english_or_broken_agreement_on_the_admin_pages(client, role, request, one_of_each):
    client.force_login(request.getfixturevalue(role))
    found = {}
    for url in admin_pages(one_of_each):
        text = visible_text(client.get(url))
        bad = [phrase for phrase in KNOWN_BAD if phrase in text]
        if bad:
            found[url] = bad
    assert found == {}


def test_the_admin_is_branded_selon(client, editor):
    client.force_login(editor)
    text = visible_text(client.get(reverse("admin:index")))
    assert "Selon" in text
    assert "Tableau de bord de la rédaction" in text


def test_titles_agree_with_the_noun(client, editor, one_of_each):
    client.force_login(editor)
    assert "<h1>Ajouter un article</h1>" in client.get(reverse("admin:claims_article_add")).content.decode()
    change = client.get(reverse("admin:claims_claim_change", args=[one_of_each.claim_id]))
    assert "<h1>Modifier l’affirmation</h1>" in change.content.decode()
    assert "<h1>Affirmations</h1>" in client.get(reverse("admin:claims_claim_changelist")).content.decode()


def test_a_contributor_refused_the_import_page_is_told_which_role_may_open_it(client, contributor):
    client.force_login(contributor)
    response = client.get(reverse("admin:claims_claim_import_fixtures"))
    assert response.status_code == 403
    text = visible_text(response)
    assert "Accès refusé" in text
    assert "Cette page est réservée au rôle Éditeurs, que votre compte n’a pas." in text


def test_a_contributor_refused_the_review_page_is_told_who_may_open_it(client, contributor, one_of_each):
    client.force_login(contributor)
    response = client.get(reverse("admin:claims_claim_review", args=[one_of_each.claim_id]))
    assert response.status_code == 403
    assert "réservée au rôle Éditeurs" in visible_text(response)


def test_a_page_nobody_may_open_says_so_instead_of_naming_a_role(client, editor):
    client.force_login(editor)
    response = client.get(reverse("admin:claims_review_add"))
    assert response.status_code == 403
    assert "Aucun compte ne peut faire cela ici." in visible_text(response)


def test_a_contributor_sees_on_a_claim_page_who_gives_verdicts(client, contributor, one_of_each):
    client.force_login(contributor)
    response = client.get(reverse("admin:claims_claim_change", args=[one_of_each.claim_id]))
    text = visible_text(response)
    assert 'id="review-form"' not in response.content.decode()
    assert "Les verdicts sont rendus par le rôle Éditeurs" in text


def test_an_editor_gets_the_verdict_form_inside_the_claim_page(client, editor, one_of_each):
    client.force_login(editor)
    html = client.get(reverse("admin:claims_claim_change", args=[one_of_each.claim_id])).content.decode()
    review_form = html.index('id="review-form"')
    claim_form = html.index('id="claim_form"')
    verdict_fields = html.index('name="review-rationale"')
    assert claim_form < verdict_fields < review_form  # shown in the page's layout, posted on its own
    assert 'form="review-form"' in html
