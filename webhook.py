"""WSGI entry point: ``flask --app webhook run`` or ``gunicorn webhook:app``."""
from bot.app import create_app

app = create_app()
