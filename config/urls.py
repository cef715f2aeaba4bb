from django.contrib import admin
from django.urls import include, path

from claims.views import healthz

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("", include("claims.urls")),
]

handler500 = "claims.views.server_error"
