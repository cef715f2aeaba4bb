"""Data and fingerprints shared by the fixture import/export tests."""

import hashlib
import json
from datetime import UTC, date, datetime
from io import StringIO

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command

from claims.models import Actor, ActorAlias, Article, Attribution, Claim, Review
from claims.services import review_claim

from .conftest import make_actor, make_article, make_attribution, make_claim, make_user

BODY = (
    "Selon Washington, les négociations d'armement progressent. Moscou nie tout accord. "
    "Le porte-parole du Kremlin dément, selon l'agence RIA. Pyongyang aurait livré des obus."
)


def make_newsroom():
    """A small newsroom's data with every kind of link the format carries."""
    russia = make_actor("Gouvernement russe", slug="gouvernement-russe", aliases=["Moscou", "le Kremlin"])
    defence = make_actor("Ministère russe de la Défense", slug="defense-russe", parent=russia)
    spokesman = make_actor("Porte-parole du Kremlin", slug="peskov", kind=Actor.Kind.PERSON, parent=defence)
    usa = make_actor("Gouvernement américain", slug="gouvernement-americain", aliases=["Washington"])
    ria = make_actor("RIA Novosti", slug="ria-novosti", kind=Actor.Kind.MEDIA, aliases=["agence RIA"])
    monde = make_actor("Le Monde", slug="le-monde", kind=Actor.Kind.MEDIA)
    make_actor("Gouvernement sud-coréen", slug="gouvernement-sud-coreen", aliases=["Séoul"])
    article = make_article(
        body=BODY,
        slug="negociations-armement",
        title="Négociations d'armement : Moscou dément",
        outlet=monde,
        published_on=date(2024, 3, 1),
        author="Élise Durand",
        url="https://www.lemonde.fr/international/negociations.html",
    )
    deal = make_claim("Les négociations d'armement progressent.", slug="negociations-progressent")
    shells = make_claim("La Corée du Nord a livré des obus à la Russie.", slug="obus-livres")
    make_attribution(claim=deal, article=article, actor=usa, quote="les négociations d'armement progressent")
    make_attribution(
        claim=deal, article=article, actor=russia, stance="denies", quote="Moscou nie tout accord"
    )
    relay = make_attribution(
        claim=deal, article=article, actor=ria, stance="denies", quote="selon l'agence RIA", cue="selon"
    )
    make_attribution(
        claim=deal,
        article=article,
        actor=spokesman,
        stance="denies",
        quote="Le porte-parole du Kremlin dément",
        cue="dément",
        via=relay,
    )
    make_attribution(
        claim=shells,
        article=article,
        stance="suspects",
        quote="Pyongyang aurait livré des obus",
        cue="aurait",
    )
    editor = make_user("relectrice")
    review_claim(
        claim=deal, status="disputed", rationale="Moscou dément, Washington affirme.", reviewer=editor
    )
    Claim.objects.filter(pk=shells.pk).update(created_at=datetime(2024, 3, 1, 8, 30, 15, 123456, tzinfo=UTC))


def export_text(*args):
    out = StringIO()
    call_command("export_claims", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def empty_the_database(*, keep_users=()):
    """Remove every record the fixtures carry, as if starting from an empty database."""
    Review.objects.all().delete()
    Attribution.objects.all().delete()
    Claim.objects.all().delete()
    Article.objects.all().delete()
    ActorAlias.objects.all().delete()
    Actor.objects.update(parent=None)
    Actor.objects.all().delete()
    get_user_model().objects.exclude(pk__in=[user.pk for user in keep_users]).delete()


def fingerprint():
    """Row count and a checksum of every table: equal fingerprints mean an untouched database."""
    result = {}
    for model in apps.get_models():
        columns = [field.attname for field in model._meta.concrete_fields]
        rows = model.objects.order_by("pk").values_list(*columns)
        digest = hashlib.sha256()
        count = 0
        for row in rows:
            digest.update(json.dumps(row, default=str, ensure_ascii=False).encode())
            count += 1
        result[model._meta.label_lower] = (count, digest.hexdigest())
    return result
