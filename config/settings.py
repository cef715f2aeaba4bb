"""Selon's settings: one module, configured through the environment.

Development works with no environment at all (SQLite inside the project,
debug on). Production sets DJANGO_DEBUG=false, which makes DJANGO_SECRET_KEY
and DJANGO_ALLOWED_HOSTS mandatory.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None:
        return default
    if value.strip().lower() in _TRUE:
        return True
    if value.strip().lower() in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


def env_required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"{name} must be set when DJANGO_DEBUG is off")
    return value


DEBUG = env_bool("DJANGO_DEBUG", True)

if DEBUG:
    # Only ever used on a developer's machine: production refuses to start without its own key.
    SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or "selon-development-only-key-not-secret"
    ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
else:
    SECRET_KEY = env_required("DJANGO_SECRET_KEY")
    ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS must be set when DJANGO_DEBUG is off")

INSTALLED_APPS = [
    "claims.apps.SelonAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_filters",
    "claims.apps.SignInProtectionConfig",
    "csp",
    "simple_history",
    "claims",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Static files are answered here, before sessions and the database are touched.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "claims.middleware.ReplicaForReadersMiddleware",
    # Names the signed-in user in every history row a request writes.
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes requires: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # First, so that a locked-out account is refused before its password is even checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"


def database(url):
    config = dj_database_url.parse(
        url,
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
        # A persistent connection that died with its server is replaced on the next request.
        conn_health_checks=True,
    )
    if config["ENGINE"] == "django.db.backends.postgresql":
        # Selon's queries are short and many: PostgreSQL's JIT compiler, which starts on any plan the
        # planner costs high (a capped count over a million claims), spent 200 ms compiling for a 150 ms
        # query. Parallel workers too: on two busy cores a page of 4,939 listed ids walked the
        # ordering index in parallel for 1.3 s instead of sorting them in 82 ms. A DATABASE_URL
        # with its own ?options= keeps those.
        options = "-c jit=off -c max_parallel_workers_per_gather=0"
        config.setdefault("OPTIONS", {}).setdefault("options", options)
    return config


DATABASES = {"default": database(os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
# Lets parallel test runs against one PostgreSQL server use separate test databases.
if os.environ.get("SELON_TEST_DATABASE_NAME"):
    DATABASES["default"]["TEST"] = {"NAME": os.environ["SELON_TEST_DATABASE_NAME"]}

# Read replicas (streaming standbys of the primary): anonymous readers' pages are read from them,
# everything else (the admin, logged-in users, every write) from the primary. See claims/routers.py.
SELON_READ_REPLICAS = []
for number, url in enumerate(env_list("DATABASE_REPLICA_URLS"), start=1):
    alias = f"replica_{number}"
    DATABASES[alias] = database(url)
    # Tests run against the primary's test database only.
    DATABASES[alias]["TEST"] = {"MIRROR": "default"}
    SELON_READ_REPLICAS.append(alias)
DATABASE_ROUTERS = ["claims.routers.ReplicaRouter"]

# Local memory by default (nothing to set up); REDIS_URL shares one cache between every worker and
# server, which the reader pages' cache needs to mean anything behind a load balancer.
if os.environ.get("REDIS_URL", "").strip():
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"].strip(),
        }
    }
else:
    # Room for the claim rows of a few hundred list pages (about 1 KB each), per process.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 10_000},
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "fr"
# French only: a newsroom tool, whatever language the browser asks for.
LANGUAGES = [("fr", "Français")]
LOCALE_PATHS = [BASE_DIR / "claims" / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT") or BASE_DIR / "staticfiles")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # With debug off, `collectstatic` writes compressed copies under hashed names that WhiteNoise
    # serves with far-future cache headers; development serves the app folders as they are.
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

FIXTURE_DIRS = [BASE_DIR / "fixtures"]

# Anonymous readers' claim list pages are served from the cache for this long: a verdict
# reaches them at most this late. 0 turns the cache off. Logged-in users always see fresh pages.
SELON_READER_CACHE_SECONDS = int(os.environ.get("SELON_READER_CACHE_SECONDS", "30"))
# A claim row of the list, rendered once per claim version and kept this long (claims/fragments.py):
# an actor's new name reaches the rows of its claims at most this late. 0 turns it off.
SELON_ROW_CACHE_SECONDS = int(os.environ.get("SELON_ROW_CACHE_SECONDS", "300"))

# The newsroom named as author of published fact-checks (schema.org ClaimReview).
SELON_NEWSROOM_NAME = os.environ.get("SELON_NEWSROOM_NAME", "Selon")
SELON_NEWSROOM_URL = os.environ.get("SELON_NEWSROOM_URL", "")

# Login throttling (django-axes): after this many wrong passwords for one account from one address,
# that pair is refused for the cool-off period; editors unlock it sooner in the admin.
AXES_FAILURE_LIMIT = env_int("SELON_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("SELON_LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "claims.views.login_locked"
AXES_CLIENT_IP_CALLABLE = "claims.middleware.client_address"
# Replaced by claims/admin/lockouts.py, which lets editors unlock.
AXES_ENABLE_ADMIN = False
AXES_VERBOSE = False
# How many proxies in front of the app servers append to X-Forwarded-For: the client address is
# the one this many entries from the right. 0 (no proxy) uses the connection's address.
SELON_PROXY_COUNT = env_int("SELON_PROXY_COUNT", 0)

# Content-Security-Policy (django-csp): scripts, styles and images from this site only. The one
# inline script, a claim page's JSON-LD, carries the request's nonce.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

if not DEBUG:
    # The proxy in front sets (never forwards) X-Forwarded-Proto: see the README, "Deploying".
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    # Load balancers probe over plain HTTP.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
