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
    assert "claims.attribution : ajouts 5, mises à jour 0, sans changement 0" in output
    assert "claims.actor : ajouts 7, mises à jour 0, sans changement 0" in output
    assert Actor.objects.get(slug="peskov").ancestors()[-1].slug == "gouvernement-russe"
    assert Attribution.objects.get(actor__slug="peskov").via.actor.slug == "ria-novosti"
    assert Actor.objects.resolve("le kremlin").slug == "gouvernement-russe"


def test_importing_the_same_file_twice_changes_nothing(newsroom_file):
    _import(newsroom_file)
    before = fingerprint()
    output = _import(newsroom_file)
    assert fingerprint() == before
    assert "claims.claim : ajouts 0, mises à jour 0, sans changement 2" in output
    assert "claims.review : ajouts 0, mises à jour 0, sans changement 1" in output


def test_import_updates_changed_objects_by_natural_key(newsroom_file):
    _import(newsroom_file)
    _edit(
        newsroom_file,
        lambda objects: _first(objects, "claims.actor", slug="peskov")["fields"].update(
            name="Dmitri Peskov", parent=["gouvernement-russe"]
        ),
    )
    output = _import(newsroom_file)
    assert "claims.actor : ajouts 0, mises à jour 1, sans changement 6" in output
    peskov = Actor.objects.get(slug="peskov")
    assert (peskov.name, peskov.name_key, peskov.parent.slug) == (
        "Dmitri Peskov",
        "dmitri peskov",
        "gouvernement-russe",
    )


def test_dry_run_reports_the_same_counts_and_writes_nothing(newsroom_file):
    before = fingerprint()
    output = _import(newsroom_file, dry_run=True)
    assert "claims.claim : ajouts 2, mises à jour 0, sans changement 0" in output
    assert "Essai à blanc : rien n’a été écrit." in output
    assert fingerprint() == before


def test_import_resolves_references_to_the_database(newsroom_file, tmp_path):
    _import(newsroom_file)
    attributions = tmp_path / "attributions.json"
    objects = json.loads(newsroom_file.read_text())
    # Of the unreviewed claim: adding attributions to a reviewed one needs a review reopening it.
    attributions.write_text(
        json.dumps(
            [
                obj
                for obj in objects
                if obj["model"] == "claims.attribution" and obj["fields"]["claim"] == ["obus-livres"]
            ]
        )
    )
    Attribution.objects.filter(claim__slug="obus-livres").delete()
    assert "claims.attribution : ajouts 1," in _import(attributions)


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
        f"fichier {newsroom_file} : ligne {line}, colonne 14 : JSON invalide : "
        "un texte n’est pas fermé (guillemet fermant manquant)"
    ]


def test_a_file_that_is_not_json_is_refused(tmp_path):
    path = tmp_path / "claims.csv"
    path.write_text("slug,text\nobus,La Corée du Nord a livré des obus\n")
    assert _refused(path) == [f"fichier {path} : ligne 1, colonne 1 : JSON invalide : une valeur manque"]


def test_an_unknown_actor_reference_is_refused_with_object_key_and_field(newsroom_file):
    def change(objects):
        _first(objects, "claims.attribution", actor=["gouvernement-americain"])["fields"]["actor"] = [
            "maison-blanche"
        ]

    _edit(newsroom_file, change)
    assert _refused(newsroom_file) == [
        f'fichier {newsroom_file}, objet n° 17 (attribution ["negociations-progressent", '
        '"negociations-armement", "maison-blanche", 18]), champ « acteur » : aucun objet « acteur » '
        '["maison-blanche"] dans les fichiers ni dans la base'
    ]


def test_a_quote_altered_by_one_character_is_refused(newsroom_file):
    def change(objects):
        _first(objects, "claims.attribution", actor=["gouvernement-russe"])["fields"]["quote"] = (
            "Moscou nie tout accorD"
        )

    _edit(newsroom_file, change)
    assert _refused(newsroom_file) == [
        f'fichier {newsroom_file}, objet n° 18 (attribution ["negociations-progressent", '
        '"negociations-armement", "gouvernement-russe", 59]), champ « citation » : '
        "la citation n’est pas le texte de l’article en 59 → 81 : "
        'l’article y porte "Moscou nie tout accord"'
    ]


def test_an_unknown_stance_is_refused(newsroom_file):
    _edit(
        newsroom_file,
        lambda objects: _first(objects, "claims.attribution", actor=["gouvernement-russe"])["fields"].update(
            stance="maybe"
        ),
    )
    assert _refused(newsroom_file) == [
        f'fichier {newsroom_file}, objet n° 18 (attribution ["negociations-progressent", '
        '"negociations-armement", "gouvernement-russe", 59]), champ « position » : '
        '"maybe" n’est pas l’une des valeurs permises : asserts, denies, suspects'
    ]


def test_a_byte_order_mark_is_refused(newsroom_file):
    newsroom_file.write_bytes(b"\xef\xbb\xbf" + newsroom_file.read_bytes())
    assert _refused(newsroom_file) == [
        f"fichier {newsroom_file} : ligne 1, colonne 1 : le fichier commence par une marque d’ordre des "
        "octets UTF-8 (BOM) ; enregistrez-le en UTF-8 sans BOM"
    ]


def test_the_same_natural_key_twice_with_different_content_is_refused(newsroom_file, tmp_path):
    other = tmp_path / "other.json"
    objects = json.loads(newsroom_file.read_text())
    claim = dict(_first(objects, "claims.claim", slug="obus-livres"))
    claim["fields"] = {**claim["fields"], "text": "La Corée du Nord a livré des missiles à la Russie."}
    other.write_text(json.dumps([claim], ensure_ascii=False))
    index = objects.index(_first(objects, "claims.claim", slug="obus-livres")) + 1
    assert _refused(newsroom_file, other) == [
        f'fichier {other}, objet n° 1 (affirmation ["obus-livres"]) : même clé naturelle que '
        f"{newsroom_file}, objet n° {index}, avec un contenu différent (text)"
    ]


def test_the_same_object_twice_with_the_same_content_is_imported_once(newsroom_file, tmp_path):
    assert "claims.claim : ajouts 2," in _import(newsroom_file, newsroom_file)


def test_an_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.json"
    path.write_text("")
    assert _refused(path) == [
        f"fichier {path} : le fichier est vide ; un fichier d’échange est une liste JSON, au moins []"
    ]


def test_a_50_mb_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.json"
    with open(path, "wb") as stream:
        stream.truncate(50 * 1024 * 1024)
    assert _refused(path) == [f"fichier {path} : le fichier fait 50.0 Mo ; la limite est de 32 Mo"]


def test_the_size_limit_can_be_raised(tmp_path):
    path = tmp_path / "padded.json"
    path.write_text("[]" + " " * 2 * 1024 * 1024)
    with pytest.raises(CommandError, match="le fichier fait 2.0 Mo ; la limite est de 1 Mo"):
        _import(path, max_size_mb=1)
    assert "Terminé" in _import(path, max_size_mb=3)


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
    assert lines[0].endswith(
        '(acteur ["peskov"]), champ « type » : un texte était attendu, trouvé : le nombre 3'
    )
    assert lines[1].endswith('(affirmation ["obus-livres"]), champ « colour » : champ inconnu')
    assert lines[2].endswith(
        'champ « statut » : "maybe" n’est pas l’une des valeurs permises : corroborated, disputed, unreviewed'
    )
    assert lines[3].endswith(
        'champ « model » : modèle inconnu "claims.verdict" ; modèles possibles : auth.user, '
        "claims.actor, claims.actoralias, claims.article, claims.claim, claims.attribution, "
        "claims.review"
    )
    assert lines[4].endswith(
        "(affirmation), champ « pk » : les numéros (« pk ») ne font pas partie du format : "
        "les objets sont identifiés par leurs clés naturelles"
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
        f'fichier {path}, objet n° 1 (alias ["MOSCOU"]), champ « alias » : alias en double : la base a déjà '
        '« Moscou » pour ["gouvernement-russe"], le même alias une fois ignorés la casse, les accents et '
        "l’article initial"
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
        f'fichier {path}, objet n° 4 (alias ["Kremlin"]), champ « alias » : alias en double : « Kremlin » et '
        f"« le Kremlin » ({path}, objet n° 3) sont le même alias une fois ignorés la casse, les accents et "
        "l’article initial"
    ]


def test_a_stored_review_is_never_rewritten(newsroom_file):
    _import(newsroom_file)
    _edit(
        newsroom_file,
        lambda objects: _first(objects, "claims.review")["fields"].update(status="corroborated"),
    )
    lines = _refused(newsroom_file)
    assert lines[0].endswith(
        '(vérification ["negociations-progressent", 1]) : cette vérification est déjà enregistrée avec un '
        "autre contenu ; les vérifications sont l’historique et ne sont jamais réécrites (ajoutez plutôt "
        "une vérification portant le numéro suivant)"
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
        f'fichier {path}, objet n° 5 (acteur ["n4"]), champ « fait partie de » : la hiérarchie compte 5 '
        "niveaux (n4 → n3 → n2 → n1 → n0) ; 4 au plus sont permis"
    ]


def test_the_service_reports_errors_without_raising():
    report = import_fixtures([("upload.json", b"[{]")])
    assert not report.ok
    assert [str(error) for error in report.errors] == [
        "fichier upload.json : ligne 1, colonne 3 : JSON invalide : "
        "un nom de champ doit être entre guillemets droits doubles"
    ]
    assert Claim.objects.count() == ActorAlias.objects.count() == 0


def test_offsets_that_do_not_match_the_quote_are_explained_in_french_naming_the_field(newsroom_file):
    def change(objects):
        fields = _first(objects, "claims.attribution", actor=["gouvernement-russe"])["fields"]
        fields["end"] = fields["start"] + 149

    _edit(newsroom_file, change)
    [line] = _refused(newsroom_file)
    assert line.startswith(f"fichier {newsroom_file}, objet n° 18 (attribution [")
    assert line.endswith(
        "champ « fin » : les positions 59 → 208 couvrent 149 caractères ; la citation en compte 22"
    )
