# The actor index carries the claim: the claims an actor is quoted in, read from the index alone.

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0012_name_key_articles'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='attribution',
            index=models.Index(fields=['actor', 'stance', 'claim'], name='claims_attribution_actor_claim'),
        ),
        migrations.RemoveIndex(
            model_name='attribution',
            name='claims_attribution_actor',
        ),
    ]
