"""Why a message did not reach her, in plain French, from Twilio's error code (or our own codes)."""
from __future__ import annotations

from flask_babel import lazy_gettext

EXPLANATIONS = {
    "63016": lazy_gettext("Hors de la fenêtre de 24 h : WhatsApp n'accepte qu'un modèle approuvé."),
    "21610": lazy_gettext("Elle a bloqué les messages de ce numéro (STOP) : rien ne peut lui être envoyé."),
    "63018": lazy_gettext("Trop de messages envoyés trop vite : WhatsApp a freiné l'envoi."),
    "63003": lazy_gettext("Numéro invalide ou sans WhatsApp."),
    "63024": lazy_gettext("Numéro invalide ou sans WhatsApp."),
    "21211": lazy_gettext("Numéro invalide ou sans WhatsApp."),
    "21614": lazy_gettext("Numéro invalide ou sans WhatsApp."),
    "63032": lazy_gettext("WhatsApp refuse ce message pour ce numéro (choix de l'utilisatrice ou de son pays)."),
    "63049": lazy_gettext("WhatsApp a choisi de ne pas remettre ce message (trop de messages de ce type)."),
    "30003": lazy_gettext("Téléphone injoignable (éteint ou hors réseau)."),
    "30005": lazy_gettext("Numéro inconnu ou qui n'existe plus."),
    "30006": lazy_gettext("Numéro fixe ou qui ne reçoit pas de messages."),
    "30007": lazy_gettext("Message bloqué par l'opérateur."),
    "30008": lazy_gettext("Erreur inconnue chez l'opérateur."),
    "63001": lazy_gettext("Twilio n'a pas pu s'authentifier auprès de WhatsApp : prévenez l'administrateur."),
    "no_template": lazy_gettext("Pas de modèle approuvé dans sa langue : elle n'a pas écrit depuis plus de 24 h, "
                      "le message n'est pas parti."),
    "opted_out": lazy_gettext("Elle a demandé à ne plus recevoir de messages : rien ne lui est envoyé."),
    "left": lazy_gettext("Elle n'est plus membre du groupe : rien ne lui est envoyé."),
    "retries_exhausted": lazy_gettext("Twilio est resté indisponible après plusieurs essais."),
}


def explain(code: str | None) -> str:
    if not code:
        return ""
    known = EXPLANATIONS.get(str(code))
    return str(known) if known is not None else str(lazy_gettext("Échec de l'envoi (code Twilio %(code)s).", code=code))
