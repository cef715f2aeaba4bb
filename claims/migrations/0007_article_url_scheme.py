"""Articles link only to http and https addresses.

A `javascript:` URL stored before (through `loaddata`) would run script when a reader follows the
"Original" link: such URLs are emptied, then the database refuses them.
"""

import django.core.validators
from django.db import migrations, models
from django.db.models import Q


def drop_other_schemes(apps, schema_editor):
    Article = apps.get_model("claims", "Article")
    web = Q(url="") | Q(url__istartswith="http://") | Q(url__istartswith="https://")
    Article.objects.exclude(web).update(url="")


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0006_drop_duplicate_attribution_indexes'),
    ]

    operations = [
        migrations.RunPython(drop_other_schemes, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='article',
            name='url',
            field=models.URLField(blank=True, max_length=1000, validators=[django.core.validators.URLValidator(message='Enter a web address starting with http:// or https://.', schemes=['http', 'https'])], verbose_name='URL'),
        ),
        migrations.AddConstraint(
            model_name='article',
            constraint=models.CheckConstraint(condition=models.Q(('url', ''), ('url__istartswith', 'http://'), ('url__istartswith', 'https://'), _connector='OR'), name='claims_article_url_web_scheme'),
        ),
    ]
