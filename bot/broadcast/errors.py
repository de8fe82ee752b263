"""Why a message did not reach her, in plain French, from Twilio's error code (or our own codes)."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l

EXPLANATIONS = {
    "63016": _l("Hors de la fenêtre de 24 h : WhatsApp n'accepte qu'un modèle approuvé."),
    "21610": _l("Elle a bloqué les messages de ce numéro (STOP) : rien ne peut lui être envoyé."),
    "63018": _l("Trop de messages envoyés trop vite : WhatsApp a freiné l'envoi."),
    "63003": _l("Numéro invalide ou sans WhatsApp."),
    "63024": _l("Numéro invalide ou sans WhatsApp."),
    "21211": _l("Numéro invalide ou sans WhatsApp."),
    "21614": _l("Numéro invalide ou sans WhatsApp."),
    "63032": _l("WhatsApp refuse ce message pour ce numéro (choix de l'utilisatrice ou de son pays)."),
    "63049": _l("WhatsApp a choisi de ne pas remettre ce message (trop de messages de ce type)."),
    "30003": _l("Téléphone injoignable (éteint ou hors réseau)."),
    "30005": _l("Numéro inconnu ou qui n'existe plus."),
    "30006": _l("Numéro fixe ou qui ne reçoit pas de messages."),
    "30007": _l("Message bloqué par l'opérateur."),
    "30008": _l("Erreur inconnue chez l'opérateur."),
    "63001": _l("Twilio n'a pas pu s'authentifier auprès de WhatsApp : prévenez l'administrateur."),
    "no_template": _l("Pas de modèle approuvé dans sa langue : elle n'a pas écrit depuis plus de 24 h, "
                      "le message n'est pas parti."),
    "opted_out": _l("Elle a demandé à ne plus recevoir de messages : rien ne lui est envoyé."),
    "left": _l("Elle n'est plus membre du groupe : rien ne lui est envoyé."),
    "retries_exhausted": _l("Twilio est resté indisponible après plusieurs essais."),
}


def explain(code: str | None) -> str:
    if not code:
        return ""
    known = EXPLANATIONS.get(str(code))
    return str(known) if known is not None else str(_l("Échec de l'envoi (code Twilio %(code)s).", code=code))
