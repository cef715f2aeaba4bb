from django.urls import path
from django.views.generic import RedirectView

from . import views

app_name = "claims"

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="claims:claim-list", permanent=False), name="home"),
    path("claims/", views.cached_for_readers(views.ClaimListView.as_view()), name="claim-list"),
    path("claims/<slug:slug>/", views.ClaimDetailView.as_view(), name="claim-detail"),
    path("actors/<slug:slug>/", views.ActorDetailView.as_view(), name="actor-detail"),
    path("articles/<slug:slug>/", views.ArticleDetailView.as_view(), name="article-detail"),
]
