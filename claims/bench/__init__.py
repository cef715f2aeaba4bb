"""`manage.py bench`: Selon's pages timed beside the Django defaults they replace, at several scales."""
