"""Request-wide concerns: which database a reader's page reads from, the client's address."""

from django.conf import settings

from .routers import reading_for_a_reader

READ_METHODS = {"GET", "HEAD"}


def is_readers_request(request):
    """A page any anonymous visitor may read: no admin, no session user, nothing written."""
    return (
        request.method in READ_METHODS
        and not request.path_info.startswith("/admin/")
        and not request.user.is_authenticated
    )


class ReplicaForReadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.SELON_READ_REPLICAS or not is_readers_request(request):
            return self.get_response(request)
        token = reading_for_a_reader.set(True)
        try:
            return self.get_response(request)
        finally:
            reading_for_a_reader.reset(token)


def client_address(request):
    """The client's address, as the SELON_PROXY_COUNT trusted proxies in front report it.

    Each proxy appends the address it received the request from to X-Forwarded-For; entries
    further left were written by the client and prove nothing.
    """
    proxies = settings.SELON_PROXY_COUNT
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")
