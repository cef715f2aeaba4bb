"""Articles: the body with every attributed quote highlighted, and the attributions inline."""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .. import services
from ..forms import ArticleForm
from ..highlighting import highlight_quotes
from ..models import Article, Attribution
from .article_intake import article_intake_urls
from .claim import STYLESHEET
from .desk import desk_urls, may_annotate
from .scale import CappedCountPaginator, per_row_count
from .versioning import AttributionInline, VersionedAdminMixin


def mark_for_editors(text, carrier, covering, starting):
    """A quoted piece of the admin's article body: a link to its claim, coloured by stance."""
    who = carrier.actor.name if carrier.actor_id else _("(the outlet)")
    return format_html(
        '<a class="selon-quote selon-stance-{}" href="{}" title="{} {} : {}">{}</a>',
        carrier.stance,
        reverse("admin:claims_claim_change", args=[carrier.claim_id]),
        who,
        carrier.get_stance_display(),
        carrier.claim.text,
        text,
    )


class ArticleAttributionInline(AttributionInline):
    fk_name = "article"


@admin.register(Article)
class ArticleAdmin(VersionedAdminMixin, admin.ModelAdmin):
    form = ArticleForm
    list_display = ["title", "outlet", "published_on", "language", "attribution_count", "desk_link"]
    list_select_related = ["outlet"]
    ordering = ["-published_on", "slug"]
    paginator = CappedCountPaginator
    show_full_result_count = False
    list_filter = ["language", "published_on"]
    search_fields = ["title", "slug", "author", "outlet__name"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["outlet"]
    readonly_fields = ["highlighted_body"]
    inlines = [ArticleAttributionInline]

    class Media:
        css = STYLESHEET

    def save_model(self, request, obj, form, change):
        # The outlet typed in beside the list, instead of a popup: found by name or created.
        if form.cleaned_data.get("new_outlet") and obj.outlet_id is None:
            obj.outlet = services.outlet_named(form.cleaned_data["new_outlet"])
        super().save_model(request, obj, form, change)

    def get_urls(self):
        return [*article_intake_urls(self), *desk_urls(self), *super().get_urls()]

    def get_queryset(self, request):
        # Counted for the page's rows only, not aggregated over every attribution.
        return super().get_queryset(request).annotate(attribution_count=per_row_count(Attribution, "article"))

    def save_related(self, request, form, formsets, change):
        if change and "body" in form.changed_data:
            # The body is saved: each quote follows it (checked by the form, the rule in services).
            services.relocate_quotes(
                form.instance, form.instance.body, old_body=form.initial["body"], skip=form.rows_placed_here()
            )
        super().save_related(request, form, formsets, change)

    def get_fields(self, request, obj=None):
        # The new outlet beside the outlet list; editors give a reason when the attributions they
        # change below belong to a reviewed claim.
        fields = [name for name in super().get_fields(request, obj) if name != "new_outlet"]
        fields = [*fields[: fields.index("outlet") + 1], "new_outlet", *fields[fields.index("outlet") + 1 :]]
        if request.user.has_perm("claims.review_claim"):
            return fields
        return [name for name in fields if name != "reopen_rationale"]

    @admin.display(description=_("attributions"), ordering="attribution_count")
    def attribution_count(self, article):
        return article.attribution_count

    @admin.display(description=_("annotate"))
    def desk_link(self, article):
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:claims_article_desk", args=[article.pk]), _("Annotate")
        )

    def get_list_display(self, request):
        shown = super().get_list_display(request)
        return shown if may_annotate(request) else [name for name in shown if name != "desk_link"]

    @admin.display(description=_("quotes in the text"))
    def highlighted_body(self, article):
        if article.pk is None:
            return "—"
        attributions = article.attributions.select_related("claim", "actor")
        return format_html(
            '<div class="selon-article-body">{}</div>',
            highlight_quotes(article.body, attributions, mark_for_editors),
        )
