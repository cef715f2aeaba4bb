"""The site's own URLs plus the Django defaults each page is measured against (never in config.urls)."""

from django.urls import include, path

from config.urls import urlpatterns as site_urlpatterns

from . import baseline

urlpatterns = [
    path("bench/stock-admin/", baseline.stock_site.urls),
    path("bench/claims/", baseline.ClaimList.as_view(), name="bench-claim-list"),
    path("bench/claims/<slug:slug>/", baseline.ClaimDetail.as_view(), name="bench-claim-detail"),
    path("bench/actors/<slug:slug>/", baseline.ActorDetail.as_view(), name="bench-actor-detail"),
    path("bench/export.csv", baseline.export_csv, name="bench-export"),
    path("", include(site_urlpatterns)),
]
