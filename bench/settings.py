"""Selon's settings plus this package: its commands, the baseline pages of bench.urls and their templates.

`make bench` runs under them, and gunicorn serves them during the throughput runs (with
DJANGO_DEBUG=false in its environment). The product's settings never name this package.
"""

from config.settings import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "bench"]  # noqa: F405
ROOT_URLCONF = "bench.urls"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
SECURE_SSL_REDIRECT = False
