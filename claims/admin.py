from django.contrib import admin

from .models import Actor, ActorAlias, Article, Attribution, Claim, Review


class ActorAliasInline(admin.TabularInline):
    model = ActorAlias
    extra = 1


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "country", "parent"]
    list_filter = ["kind"]
    list_select_related = ["parent"]
    search_fields = ["name", "slug", "aliases__alias"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    inlines = [ActorAliasInline]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "published_on", "language"]
    list_select_related = ["outlet"]
    list_filter = ["language"]
    search_fields = ["title", "slug", "author"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["outlet"]


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["text", "status", "updated_at"]
    list_filter = ["status"]
    search_fields = ["text", "slug"]
    readonly_fields = ["status", "created_at", "updated_at"]


@admin.register(Attribution)
class AttributionAdmin(admin.ModelAdmin):
    list_display = ["claim", "actor", "stance", "cue", "article"]
    list_filter = ["stance"]
    list_select_related = ["claim", "actor", "article"]
    search_fields = ["quote", "cue", "claim__text", "actor__name"]
    autocomplete_fields = ["claim", "article", "actor", "via"]


@admin.register(Review)
class ReviewAdmin(admin.ModelAdmin):
    list_display = ["claim", "number", "status", "reviewer", "created_at"]
    list_filter = ["status"]
    list_select_related = ["claim", "reviewer"]
    search_fields = ["claim__text", "rationale"]

    # Reviews are history: recorded through review_claim(), never edited or deleted.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
