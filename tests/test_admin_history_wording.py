"""The admin's history reads in French: field names translated, attributions named with their French verb."""

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse
from django.utils import translation

from .conftest import make_actor, make_attribution

pytestmark = pytest.mark.django_db


def test_an_attribution_is_named_in_french_even_with_translations_turned_off():
    attribution = make_attribution(actor=make_actor("Pentagone"), stance="asserts")
    with translation.override(None):  # how Django's admin records the history of inline rows
        assert str(attribution).startswith("Pentagone affirme : ")


def test_a_changed_field_is_named_in_french_in_the_history(client, editor):
    attribution = make_attribution(actor=make_actor("Pentagone"), cue="selon")
    client.force_login(editor)
    url = reverse("admin:claims_attribution_change", args=[attribution.pk])
    form = client.get(url).context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields}
    data["cue"] = "a affirmé"
    assert client.post(url, data).status_code == 302
    entry = LogEntry.objects.get(object_id=str(attribution.pk))
    assert entry.get_change_message() == "Modification : Marqueur."
    history = client.get(reverse("admin:claims_attribution_history", args=[attribution.pk])).content.decode()
    assert "Marqueur&nbsp;:</strong> selon&nbsp;&rarr;&nbsp;a affirmé" in history
    assert "Cue" not in history
    assert "Historique : " in history and "Changes" not in history


def test_an_added_row_reads_as_french_in_the_history():
    attribution = make_attribution(actor=make_actor("Pentagone"), stance="asserts")
    with translation.override(None):  # as Django records it
        recorded = f'[{{"added": {{"name": "attribution", "object": "{attribution}"}}}}]'
    entry = LogEntry(change_message=recorded)
    assert entry.get_change_message() == f"Ajout : attribution « Pentagone affirme : {attribution.claim} »."
