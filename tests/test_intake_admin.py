"""The admin page "Ajouter un article depuis une page": upload or paste, preview, save."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims.models import Article

from .intake_pages import DATA

URL = reverse("admin:claims_article_intake")
PAGE = (
    "Passer au contenu principal\n\nMonde\n\nMoscou et Pyongyang signent un accord\n\n"
    "Publié le 19/06/2024\n\nSelon Washington, les négociations progressent.\n\nPartager sur Facebook\n"
)


@pytest.fixture
def client_of(client):
    def login(user):
        client.force_login(user)
        return client

    return login


def preview(client, **data):
    return client.post(URL, {"title": "", "outlet": "", "author": "", "url": "", "published": "", **data})


def test_the_article_list_links_to_the_page(client_of, contributor):
    response = client_of(contributor).get(reverse("admin:claims_article_changelist"))

    assert URL in response.content.decode()
    assert "Ajouter un article depuis une page" in response.content.decode()


def test_the_page_is_in_french(client_of, contributor):
    content = client_of(contributor).get(URL).content.decode()

    assert "Ajouter un article depuis une page" in content
    assert "Page enregistrée" in content and "Ou le texte de l’article" in content and "Aperçu" in content


def test_pasted_text_is_previewed_with_removed_lines_struck_through_and_nothing_written(
    client_of, contributor
):
    response = preview(client_of(contributor), text=PAGE)

    content = response.content.decode()
    assert Article.objects.count() == 0
    assert "Ce qui sera enregistré" in content
    assert '<dd id="intake-title">Moscou et Pyongyang signent un accord</dd>' in content
    assert "19 juin 2024" in content
    assert "<del>Passer au contenu principal</del>" in content
    assert "<del>Partager sur Facebook</del>" in content
    assert "Selon Washington, les négociations progressent." in content
    assert "<del>Selon Washington" not in content


def test_saving_the_preview_creates_the_article(client_of, contributor):
    client = client_of(contributor)
    token = preview(client, text=PAGE).context["token"]

    response = preview(client, token=token, save="1", outlet="Le Soir")

    article = Article.objects.select_related("outlet").get()
    assert response.status_code == 302
    assert response.url == reverse("admin:claims_article_change", args=[article.pk])
    assert (article.title, article.outlet.name, str(article.published_on)) == (
        "Moscou et Pyongyang signent un accord",
        "Le Soir",
        "2024-06-19",
    )
    assert article.body == "Selon Washington, les négociations progressent."


def test_an_uploaded_html_page_is_previewed_and_saved(client_of, contributor):
    client = client_of(contributor)
    data = (DATA / "dev" / "26_liberation_agression.html").read_bytes()

    response = client.post(URL, {"page": SimpleUploadedFile("libe.html", data, content_type="text/html")})
    assert "Libération" in response.content.decode()
    preview(client, token=response.context["token"], save="1")

    assert Article.objects.get().title.startswith("Un cadre du PS en «soins intensifs»")


def test_a_bad_file_is_refused_in_french_and_nothing_written(client_of, contributor):
    upload = SimpleUploadedFile("vide.txt", b"  \n", content_type="text/plain")

    response = client_of(contributor).post(URL, {"page": upload})

    assert "vide.txt : le fichier est vide" in response.content.decode()
    assert Article.objects.count() == 0


def test_a_bad_date_is_refused_by_the_form(client_of, contributor):
    response = preview(client_of(contributor), text=PAGE, published="31/02/2024")

    assert "Saisissez une date valide" in response.content.decode()
    assert "Ce qui sera enregistré" not in response.content.decode()


def test_nothing_given_is_explained(client_of, contributor):
    response = preview(client_of(contributor))

    assert "Choisissez une page enregistrée ou collez le texte de l’article." in response.content.decode()


def test_saving_someone_elses_staged_page_is_refused(client_of, contributor, editor, client):
    token = preview(client_of(contributor), text=PAGE).context["token"]
    client.logout()

    response = preview(client_of(editor), token=token, save="1")

    assert "La page à enregistrer a expiré" in response.content.decode()
    assert Article.objects.count() == 0


def test_a_user_who_may_not_add_articles_is_refused(client_of, outsider):
    assert client_of(outsider).get(URL).status_code == 403
