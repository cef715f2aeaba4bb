"""Production settings plus the baseline pages of claims.bench.urls: what gunicorn serves in the benchmark."""

from config.settings import *  # noqa: F403

DEBUG = False
ROOT_URLCONF = "claims.bench.urls"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
SECURE_SSL_REDIRECT = False
