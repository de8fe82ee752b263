"""Jigiya's NLU helpers.

Pure-logic modules (``normalise``, ``langid``, ``danger_lexicon``) use only the standard
library so the app (Python 3.11, no rasa) can import and test them. ``components`` holds the
thin Rasa 3.6 wrappers and is the only module that imports rasa.
"""
