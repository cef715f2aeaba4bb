import json
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from claims.interchange import import_fixtures
from claims.models import Actor, ActorAlias, Attribution, Claim, Review

from .conftest import make_actor, make_user
from .interchange_data import empty_the_database, export_text, fingerprint, make_newsroom

pytestmark = pytest.mark.django_db


@pytest.fixture
def newsroom_file(tmp_path):
    """The newsroom exported to a file, then the database emptied."""
    make_newsroom()
    path = tmp_path / "newsroom.json"
    path.write_text(export_text(), encoding="utf-8")
    empty_the_database()
    return path


def _import(*paths, **options):
    out = StringIO()
    call_command("import_claims", *[str(path) for path in paths], stdout=out, **options)
    return out.getvalue()


def _edit(path, change):
    """Rewrite a fixture file after change(objects) altered its objects."""
    objects = json.loads(path.read_text())
    change(objects)
    path.write_text(json.dumps(objects, ensure_ascii=False, indent=2))


def _first(objects, model, **fields):
    return next(
        obj
        for obj in objects
        if obj["model"] == model and all(obj["fields"].get(k) == v for k, v in fields.items())
    )


def _refused(*paths):
    """Import, expecting a refusal; returns the error lines after checking that nothing changed."""
    before = fingerprint()
    with pytest.raises(CommandError) as raised:
        _import(*paths)
    assert fingerprint() == before
    return str(raised.value).splitlines()[1:]


# Success


def test_import_creates_everything_and_reports_counts_per_model(newsroom_file):
    output = _import(newsroom_file)
    assert "claims.attribution: 5 created, 0 updated, 0 unchanged" in output
    assert "claims.actor: 7 created, 0 updated, 0 unchanged" in output
    assert Actor.objects.get(slug="peskov").ancestors()[-1].slug == "gouvernement-russe"
    assert Attribution.objects.get(actor__slug="peskov").via.actor.slug == "ria-novosti"
    assert Actor.objects.resolve("le kremlin").slug == "gouvernement-russe"


def test_importing_the_same_file_twice_changes_nothing(newsroom_file):
    _import(newsroom_file)
    before = fingerprint()
    output = _import(newsroom_file)
    assert fingerprint() == before
    assert "claims.claim: 0 created, 0 updated, 2 unchanged" in output
    assert "claims.review: 0 created, 0 updated, 1 unchanged" in output


def test_import_updates_changed_objects_by_natural_key(newsroom_file):
    _import(newsroom_file)
    _edit(
        newsroom_file,
        lambda objects: _first(objects, "claims.actor", slug="peskov")["fields"].update(
            name="Dmitri Peskov", parent=["gouvernement-russe"]
        ),
    )
    output = _import(newsroom_file)
    assert "claims.actor: 0 created, 1 updated, 6 unchanged" in output
    peskov = Actor.objects.get(slug="peskov")
    assert (peskov.name, peskov.name_key, peskov.parent.slug) == (
        "Dmitri Peskov",
        "dmitri peskov",
        "gouvernement-russe",
    )


def test_dry_run_reports_the_same_counts_and_writes_nothing(newsroom_file):
    before = fingerprint()
    output = _import(newsroom_file, dry_run=True)
    assert "claims.claim: 2 created, 0 updated, 0 unchanged" in output
    assert "Dry run: nothing was written." in output
    assert fingerprint() == before


def test_import_resolves_references_to_the_database(newsroom_file, tmp_path):
    _import(newsroom_file)
    attributions = tmp_path / "attributions.json"
    objects = json.loads(newsroom_file.read_text())
    attributions.write_text(json.dumps([obj for obj in objects if obj["model"] == "claims.attribution"]))
    Attribution.objects.all().delete()
    assert "claims.attribution: 5 created" in _import(attributions)


def test_import_never_changes_an_existing_account(newsroom_file):
    reviewer = make_user("relectrice", is_active=True)
    password = reviewer.password
    _import(newsroom_file)
    reviewer.refresh_from_db()
    assert (reviewer.password, reviewer.is_active, reviewer.is_staff) == (password, True, True)
    assert Review.objects.get().reviewer == reviewer


def test_import_creates_missing_reviewers_inactive_without_password(newsroom_file):
    _import(newsroom_file)
    reviewer = get_user_model().objects.get(username="relectrice")
    assert not reviewer.is_active
    assert not reviewer.has_usable_password()


def test_imported_files_also_load_with_plain_loaddata(newsroom_file):
    exported = newsroom_file.read_text()
    call_command("loaddata", str(newsroom_file), stdout=StringIO())
    assert export_text() == exported


# Bad input: the exact error, and the database untouched


def test_truncated_json_is_refused_with_line_and_column(newsroom_file):
    text = newsroom_file.read_text()
    newsroom_file.write_text(text[: text.index('"model": "claims.claim"') + 10])
    lines = _refused(newsroom_file)
    line = text[: text.index('"model": "claims.claim"')].count("\n") + 1
    assert lines == [
        f"{newsroom_file}: line {line}, column 14: invalid JSON: Unterminated string starting at"
    ]


def test_a_file_that_is_not_json_is_refused(tmp_path):
    path = tmp_path / "claims.csv"
    path.write_text("slug,text\nobus,La Corée du Nord a livré des obus\n")
    assert _refused(path) == [f"{path}: line 1, column 1: invalid JSON: Expecting value"]


def test_an_unknown_actor_reference_is_refused_with_object_key_and_field(newsroom_file):
    def change(objects):
        _first(objects, "claims.attribution", actor=["gouvernement-americain"])["fields"]["actor"] = [
            "maison-blanche"
        ]

    _edit(newsroom_file, change)
    assert _refused(newsroom_file) == [
        f'{newsroom_file}, object 17 (claims.attribution ["negociations-progressent", '
        '"negociations-armement", "maison-blanche", 18]), field “actor”: no claims.actor ["maison-blanche"] '
        "in the files or in the database"
    ]


def test_a_quote_altered_by_one_character_is_refused(newsroom_file):
    def change(objects):
        _first(objects, "claims.attribution", actor=["gouvernement-russe"])["fields"]["quote"] = (
            "Moscou nie tout accorD"
        )

    _edit(newsroom_file, change)
    assert _refused(newsroom_file) == [
        f'{newsroom_file}, object 18 (claims.attribution ["negociations-progressent", '
        '"negociations-armement", "gouvernement-russe", 59]), field “quote”: '
        "the quote is not the article's text at 59 → 81: the "
        'article has "Moscou nie tout accord" there'
    ]


def test_an_unknown_stance_is_refused(newsroom_file):
    _edit(
        newsroom_file,
        lambda objects: _first(objects, "claims.attribution", actor=["gouvernement-russe"])["fields"].update(
            stance="maybe"
        ),
    )
    assert _refused(newsroom_file) == [
        f'{newsroom_file}, object 18 (claims.attribution ["negociations-progressent", '
        '"negociations-armement", "gouvernement-russe", 59]), field “stance”: '
        '"maybe" is not one of: asserts, denies, suspects'
    ]


def test_a_byte_order_mark_is_refused(newsroom_file):
    newsroom_file.write_bytes(b"\xef\xbb\xbf" + newsroom_file.read_bytes())
    assert _refused(newsroom_file) == [
        f"{newsroom_file}: line 1, column 1: the file starts with a UTF-8 byte order mark (BOM); save it as "
        "UTF-8 without BOM"
    ]


def test_the_same_natural_key_twice_with_different_content_is_refused(newsroom_file, tmp_path):
    other = tmp_path / "other.json"
    objects = json.loads(newsroom_file.read_text())
    claim = dict(_first(objects, "claims.claim", slug="obus-livres"))
    claim["fields"] = {**claim["fields"], "text": "La Corée du Nord a livré des missiles à la Russie."}
    other.write_text(json.dumps([claim], ensure_ascii=False))
    index = objects.index(_first(objects, "claims.claim", slug="obus-livres")) + 1
    assert _refused(newsroom_file, other) == [
        f'{other}, object 1 (claims.claim ["obus-livres"]): the same natural key as {newsroom_file}, '
        f"object {index}, with different content (text)"
    ]


def test_the_same_object_twice_with_the_same_content_is_imported_once(newsroom_file, tmp_path):
    assert "claims.claim: 2 created" in _import(newsroom_file, newsroom_file)


def test_an_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.json"
    path.write_text("")
    assert _refused(path) == [f"{path}: the file is empty; a fixture is a JSON list, at least []"]


def test_a_50_mb_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.json"
    with open(path, "wb") as stream:
        stream.truncate(50 * 1024 * 1024)
    assert _refused(path) == [f"{path}: the file is 50.0 MB; the limit is 32 MB"]


def test_the_size_limit_can_be_raised(tmp_path):
    path = tmp_path / "padded.json"
    path.write_text("[]" + " " * 2 * 1024 * 1024)
    with pytest.raises(CommandError, match="the file is 2.0 MB; the limit is 1 MB"):
        _import(path, max_size_mb=1)
    assert "Done" in _import(path, max_size_mb=3)


def test_every_error_is_reported_at_once(newsroom_file, tmp_path):
    def change(objects):
        _first(objects, "claims.actor", slug="peskov")["fields"]["kind"] = 3
        _first(objects, "claims.claim", slug="obus-livres")["fields"]["colour"] = "red"
        _first(objects, "claims.review")["fields"]["status"] = "maybe"
        objects.append({"model": "claims.verdict", "fields": {}})
        objects.append({"model": "claims.claim", "pk": 3, "fields": {"slug": "x", "text": "X."}})

    _edit(newsroom_file, change)
    lines = _refused(newsroom_file)
    assert len(lines) == 5
    assert lines[0].endswith('(claims.actor ["peskov"]), field “kind”: expected text, found the number 3')
    assert lines[1].endswith('(claims.claim ["obus-livres"]), field “colour”: unknown field')
    assert lines[2].endswith('field “status”: "maybe" is not one of: corroborated, disputed, unreviewed')
    assert lines[3].endswith(
        'field “model”: unknown model "claims.verdict"; expected one of: auth.user, '
        "claims.actor, claims.actoralias, claims.article, claims.claim, claims.attribution, "
        "claims.review"
    )
    assert lines[4].endswith(
        "(claims.claim), field “pk”: numeric ids (“pk”) are not part of the format: "
        "natural keys identify objects"
    )


def test_an_alias_spelled_differently_from_a_stored_one_is_a_collision(newsroom_file, tmp_path):
    make_actor("Gouvernement russe", slug="gouvernement-russe", aliases=["Moscou"])
    path = tmp_path / "alias.json"
    path.write_text(
        json.dumps(
            [{"model": "claims.actoralias", "fields": {"actor": ["gouvernement-russe"], "alias": "MOSCOU"}}]
        )
    )
    assert _refused(path) == [
        f'{path}, object 1 (claims.actoralias ["MOSCOU"]), field “alias”: alias collision: the database '
        'already has “Moscou” for ["gouvernement-russe"], the same alias once case, accents and leading '
        "articles are ignored"
    ]


def test_two_aliases_colliding_within_the_files_are_refused(tmp_path):
    path = tmp_path / "aliases.json"
    path.write_text(
        json.dumps(
            [
                {
                    "model": "claims.actor",
                    "fields": {"name": "Gouvernement russe", "slug": "russie", "kind": "government"},
                },
                {
                    "model": "claims.actor",
                    "fields": {"name": "Ville de Moscou", "slug": "moscou", "kind": "government"},
                },
                {"model": "claims.actoralias", "fields": {"actor": ["russie"], "alias": "le Kremlin"}},
                {"model": "claims.actoralias", "fields": {"actor": ["moscou"], "alias": "Kremlin"}},
            ],
            ensure_ascii=False,
        )
    )
    assert _refused(path) == [
        f'{path}, object 4 (claims.actoralias ["Kremlin"]), field “alias”: alias collision: “Kremlin” and '
        f"“le Kremlin” ({path}, object 3) are the same alias once case, accents and leading articles are "
        "ignored"
    ]


def test_a_stored_review_is_never_rewritten(newsroom_file):
    _import(newsroom_file)
    _edit(
        newsroom_file,
        lambda objects: _first(objects, "claims.review")["fields"].update(status="corroborated"),
    )
    lines = _refused(newsroom_file)
    assert lines[0].endswith(
        '(claims.review ["negociations-progressent", 1]): this review is already recorded with different '
        "content; reviews are history and are never rewritten (add a review with the next number instead)"
    )


def test_a_hierarchy_deeper_than_four_levels_is_refused(tmp_path):
    path = tmp_path / "deep.json"
    chain = [
        {
            "model": "claims.actor",
            "fields": {
                "name": f"Niveau {n}",
                "slug": f"n{n}",
                "kind": "government",
                "parent": [f"n{n - 1}"] if n else None,
            },
        }
        for n in range(5)
    ]
    path.write_text(json.dumps(chain))
    assert _refused(path) == [
        f'{path}, object 5 (claims.actor ["n4"]), field “parent”: the hierarchy is 5 levels deep '
        "(n4 → n3 → n2 → n1 → n0); at most 4 are allowed"
    ]


def test_the_service_reports_errors_without_raising():
    report = import_fixtures([("upload.json", b"[{]")])
    assert not report.ok
    assert [str(error) for error in report.errors] == [
        "upload.json: line 1, column 3: invalid JSON: Expecting property name enclosed in double quotes"
    ]
    assert Claim.objects.count() == ActorAlias.objects.count() == 0
