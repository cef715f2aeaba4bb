from django.urls import path
from django.views.generic import RedirectView

app_name = "claims"

# The reader-facing pages (claim list, claim, actor and article pages) are
# declared here; until they exist the names resolve to the admin.
urlpatterns = [
    path("", RedirectView.as_view(url="/admin/", permanent=False), name="home"),
    path("claims/<slug:slug>/", RedirectView.as_view(url="/admin/claims/claim/"), name="claim-detail"),
    path("actors/<slug:slug>/", RedirectView.as_view(url="/admin/claims/actor/"), name="actor-detail"),
    path(
        "articles/<slug:slug>/",
        RedirectView.as_view(url="/admin/claims/article/"),
        name="article-detail",
    ),
]
