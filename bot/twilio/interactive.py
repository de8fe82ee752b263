"""WhatsApp buttons and lists for the three questions a woman answers by choosing: her language,
a delivery-checklist item (oui / non / plus tard) and the main menu.

The bot's text stays the reference: a reply is recognised by its exact text (the language
question, a checklist item's question, the help menu) and marked ``interactive``; inside the
24-hour window it goes as the synced Content API template of that name and language
(``flask twilio content sync``, bot.twilio.content), as plain text when none is synced. What she
taps comes back as a button id (``ButtonPayload`` / ``ListId``), turned here into what she could
have typed, so the typed path answers it: typed numbers and words keep working unchanged.

Bambara labels come from the bm catalog's own reviewed drafts (help menu, checklist intro) and
bm NLU examples; like them they await a native speaker's review (bot/content/bm_evidence.md).
"""
from __future__ import annotations

from dataclasses import dataclass

from flask import abort
from werkzeug.datastructures import MultiDict

from bot.content import checklist, dialogue, messages
from bot.content.i18n import LANGUAGES, translate

LANGUAGE_CHOICE, CHECKLIST_QUESTION, MAIN_MENU = "language_choice", "checklist_question", "main_menu"
NAMES = (LANGUAGE_CHOICE, CHECKLIST_QUESTION, MAIN_MENU)

#: Twilio's limits (Content API, WhatsApp): a button id, a list item id.
MAX_ID, MAX_TITLE = 200, 200


@dataclass(frozen=True)
class Choice:
    id: str  # the payload WhatsApp returns: stable, never translated
    title: dict[str, str]  # per language (quick-reply title ≤ 20, list item ≤ 24 characters)
    typed: dict[str, str]  # what she could have typed instead, per language
    description: dict[str, str] | None = None  # list items only (≤ 72 characters)


LANGUAGE_CHOICES = (
    Choice("lang:fr", {"fr": "Français", "bm": "Français"}, {"fr": "1", "bm": "1"}),
    Choice("lang:bm", {"fr": "Bamanankan", "bm": "Bamanankan"}, {"fr": "2", "bm": "2"}),
    # "3 — messages vocaux" (in Bambara): the bm text of the question says "3 vocal kama".
    Choice("lang:voice", {"fr": "Messages vocaux", "bm": "Vocal (bamanankan)"}, {"fr": "3", "bm": "3"}),
)
# ɔwɔ / ayi / kɔfɛ: the bm checklist intro ("I ka jaabi: ɔwɔ, ayi, walima kɔfɛ"); triage reads both.
CHECKLIST_CHOICES = (
    Choice("checklist:yes", {"fr": "Oui", "bm": "Ɔwɔ"}, {"fr": "oui", "bm": "ɔwɔ"}),
    Choice("checklist:no", {"fr": "Non", "bm": "Ayi"}, {"fr": "non", "bm": "ayi"}),
    Choice("checklist:later", {"fr": "Plus tard", "bm": "Kɔfɛ"}, {"fr": "plus tard", "bm": "kɔfɛ"}),
)
# The help menu's lines (bot.content.messages.HELP_MENU and its bm translation); what each item
# types is a training example of its intent (data/nlu/<lang>/), short enough that it never reads
# as a switch of language.
MENU_CHOICES = (
    Choice("menu:topic", {"fr": "Thème du mois", "bm": "SHARE kalo in kuma"},
           {"fr": "sujet du mois", "bm": "kalo in baro"},
           {"fr": "Le thème SHARE du mois", "bm": "SHARE kalo in kuma"}),
    Choice("menu:meeting", {"fr": "Prochaine réunion", "bm": "Ɲɔgɔnye nata don"},
           {"fr": "prochaine réunion", "bm": "ɲɔgɔnye ye don jumɛn ye?"},
           {"fr": "La date de la prochaine réunion", "bm": "ɲɔgɔnye nata don"}),
    Choice("menu:checklist", {"fr": "Liste accouchement", "bm": "Jiginni labɛnni"},
           {"fr": "liste", "bm": "jiginni labɛnni"},
           {"fr": "Les choses à préparer pour l'accouchement",
            "bm": "fɛn minnu ka kan ka labɛn jiginni kama"}),
    Choice("menu:midwife", {"fr": "Parler à une sage-femme", "bm": "Kuma sage-femme fɛ"},
           {"fr": "sage-femme", "bm": "lajiginnimuso bɛ min?"},
           {"fr": "Une sage-femme du CSCom lit votre question", "bm": "ka kuma CSCom ka sage-femme fɛ"}),
)
MENU_BUTTON = {"fr": "Menu", "bm": "Menu"}
CHOICES = {c.id: c for c in LANGUAGE_CHOICES + CHECKLIST_CHOICES + MENU_CHOICES}


def _questions(language: str) -> set[str]:
    return {item.ask(language) for item in checklist.ITEMS}


def recognise(text: str) -> tuple[str, str] | None:
    """(template name, language) of a reply the bot asks as a choice, or None."""
    for language in LANGUAGES:
        if text == translate(language, dialogue.LANGUAGE_CHOICE):
            return LANGUAGE_CHOICE, language
        if text == translate(language, messages.HELP_MENU):
            return MAIN_MENU, language
        if text in _questions(language):
            return CHECKLIST_QUESTION, language
    return None


def variables(name: str, body: str) -> dict[str, str]:
    """The template's variables for this reply: the checklist question carries the item's text."""
    return {"1": body} if name == CHECKLIST_QUESTION else {}


def definition(name: str, language: str) -> dict:
    """The Content API create request (``ContentCreateRequest``) for one template and language."""
    if name == LANGUAGE_CHOICE:
        types = {"twilio/quick-reply": {"body": translate(language, dialogue.LANGUAGE_CHOICE), "actions": [
            {"type": "QUICK_REPLY", "id": c.id, "title": c.title[language]} for c in LANGUAGE_CHOICES]}}
        sample = {}
    elif name == CHECKLIST_QUESTION:
        types = {"twilio/quick-reply": {"body": "{{1}}", "actions": [
            {"type": "QUICK_REPLY", "id": c.id, "title": c.title[language]} for c in CHECKLIST_CHOICES]}}
        sample = {"1": checklist.ITEMS[0].ask(language)}
    elif name == MAIN_MENU:
        types = {"twilio/list-picker": {"body": translate(language, messages.HELP_MENU),
                                        "button": MENU_BUTTON[language], "items": [
            {"id": c.id, "item": c.title[language], "description": c.description[language]}
            for c in MENU_CHOICES]}}
        sample = {}
    else:
        raise KeyError(name)
    return {"friendly_name": f"jigiya_{name}_{language}", "language": language, "variables": sample,
            "types": types}


def buttons(name: str, language: str) -> dict:
    """What the simulator shows under such a reply: the same choices WhatsApp would."""
    if name == MAIN_MENU:
        return {"kind": "list", "button": MENU_BUTTON[language],
                "items": [{"id": c.id, "title": c.title[language]} for c in MENU_CHOICES]}
    choices = LANGUAGE_CHOICES if name == LANGUAGE_CHOICE else CHECKLIST_CHOICES
    return {"kind": "buttons", "items": [{"id": c.id, "title": c.title[language]} for c in choices]}


def typed(payload: str, language: str | None, fallback: str) -> str:
    """What she could have typed for the button she tapped; an unknown id: the button's text."""
    choice = CHOICES.get(payload)
    if choice is None:
        return fallback
    return choice.typed.get(language or "fr", choice.typed["fr"])


def text_of(message, language: str | None) -> str:
    """What the worker reads of an inbound message: her words, or for a tap (``payload``) what she
    could have typed for it — the message itself keeps the button's text, as she saw it."""
    return typed(message.payload, language, message.body) if message.payload else message.body


def read_tap(form: MultiDict) -> tuple[str | None, str | None]:
    """(payload, text) of a button tap (``ButtonPayload``/``ButtonText``) or a list choice
    (``ListId``/``ListTitle``) in Twilio's inbound form; (None, None) for a typed message.
    A field longer than Twilio ever sends is refused (400)."""
    for id_field, title_field in (("ButtonPayload", "ButtonText"), ("ListId", "ListTitle")):
        payload = form.get(id_field, "").strip()
        if not payload:
            continue
        if len(payload) > MAX_ID:
            abort(400, f"Field {id_field} is too long ({len(payload)} characters, at most {MAX_ID}).")
        text = form.get(title_field, "").strip()
        if len(text) > MAX_TITLE:
            abort(400, f"Field {title_field} is too long ({len(text)} characters, at most {MAX_TITLE}).")
        return payload, text or form.get("Body", "").strip() or payload
    return None, None
