"""The project's URLs with the fixture import page mounted, whether or not ClaimAdmin wires it yet."""

from django.contrib import admin
from django.urls import include, path

from claims.admin_interchange import import_fixture_urls
from claims.models import Claim

urlpatterns = [
    path("admin/claims/claim/", include(import_fixture_urls(admin.site._registry[Claim]))),
    path("admin/", admin.site.urls),
    path("", include("claims.urls")),
]
