"""Jigiya: a WhatsApp assistant for pregnant women in SHARE savings groups.

Kept import-free on purpose: Rasa (in its own Python 3.10 environment) imports
``bot.nlu`` components, and must not pull in Flask or SQLAlchemy through here.
The app factory lives in ``bot.app``.
"""
