"""`python -m bench COMMAND …`: manage.py under bench.settings, for its commands."""

import os
import sys

from django.core.management import execute_from_command_line

if __name__ == "__main__":
    # Set, not defaulted: the scratch runs the bench command starts inherit it.
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    execute_from_command_line(["python -m bench", *sys.argv[1:]])
