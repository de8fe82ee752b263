"""What the bot says when a message shows a danger sign, and the alert the midwife receives.

The reply is never a FAQ answer: it says plainly to go to the CSCom now (with its phone number
when known). The signs are the WHO list (*Pregnancy, Childbirth, Postpartum and Newborn Care*,
3rd ed., 2015, and the WHO 2016 antenatal care recommendations) — see SOURCES.md. A danger sign of
the newborn (WHO 2013 *Postnatal care of the mother and newborn*, kept in WHO 2022) gets the reply
about bringing the baby; both texts are drafts awaiting a midwife's review.
"""
from __future__ import annotations

from bot.content.i18n import N_, translate
from bot.nlu.danger_lexicon import concerns_newborn

SOURCE = (
    "OMS (2015), Pregnancy, Childbirth, Postpartum and Newborn Care: a guide for essential "
    "practice, 3e éd. ; OMS (2016), recommandations sur les soins prénatals ; OMS (2013), "
    "Postnatal care of the mother and newborn (repris dans OMS 2022)"
)
#: The texts below are drafts until a midwife has read them (fr) and a native speaker (bm).
REVIEW_STATUS = "draft"

#: When the CSCom is not known (e.g. her very first message).
DANGER_REPLY = N_("C'est urgent : allez au CSCom maintenant. N'attendez pas.")
#: When the CSCom's name is known but not its phone number.
DANGER_REPLY_WITH_NAME = N_(
    "C'est urgent : allez au CSCom %(cscom_name)s maintenant. N'attendez pas."
)
#: When both are known.
DANGER_REPLY_WITH_CSCOM = N_(
    "C'est urgent : allez au CSCom %(cscom_name)s maintenant. N'attendez pas. "
    "Téléphone du CSCom : %(cscom_phone)s"
)

#: A danger sign of the newborn (WHO postnatal care 2013/2022, PCPNC 2015): bring the baby now.
BABY_DANGER_REPLY = N_("C'est urgent : amenez le bébé au CSCom maintenant. N'attendez pas.")
BABY_DANGER_REPLY_WITH_NAME = N_(
    "C'est urgent : amenez le bébé au CSCom %(cscom_name)s maintenant. N'attendez pas."
)
BABY_DANGER_REPLY_WITH_CSCOM = N_(
    "C'est urgent : amenez le bébé au CSCom %(cscom_name)s maintenant. N'attendez pas. "
    "Téléphone du CSCom : %(cscom_phone)s"
)

DANGER_SIGNS_TITLE = N_("Signes de danger : allez au CSCom tout de suite si vous avez :")
#: (stable key, text) — the order is the order of the list sent to her.
DANGER_SIGNS: tuple[tuple[str, str], ...] = (
    ("bleeding", N_("du sang qui coule par le vagin")),
    ("convulsions", N_("des convulsions (crises)")),
    ("headache_vision", N_("un fort mal de tête avec la vue trouble")),
    ("fever_weak", N_("de la fièvre et trop faible pour vous lever")),
    ("abdominal_pain", N_("une forte douleur au ventre")),
    ("breathing", N_("une respiration rapide ou difficile")),
    ("waters", N_("la poche des eaux rompue sans contractions")),
    ("fetal_movement", N_("le bébé qui bouge moins ou ne bouge plus")),
    ("swelling", N_("le visage et les mains gonflés")),
)

#: Sent to the on-duty midwife (WhatsApp). French by default: the staff work in French. Who is in
#: danger is said first (she prepares differently for a newborn): the mother, or her baby.
MIDWIFE_ALERT = N_(
    "URGENT Jigiya : signe de danger chez une femme (enceinte ou jeune mère). Son message : « %(text)s ». "
    "Voir le dossier : %(case_url)s"
)
MIDWIFE_ALERT_NEWBORN = N_(
    "URGENT Jigiya : signe de danger chez un nouveau-né. Message de sa mère : « %(text)s ». "
    "Voir le dossier : %(case_url)s"
)


def danger_reply(
    language: str, cscom_name: str | None = None, cscom_phone: str | None = None,
    *, text: str | None = None,
) -> str:
    """The first, plain reply to a danger sign, with what is known of her CSCom.

    With her message ``text``, a danger sign of the newborn (``bot.nlu.danger_lexicon.subject``)
    gets the "bring the baby" reply; every other sign, or no text, the mother's reply.
    """
    baby = text is not None and concerns_newborn(text)
    plain, named, full = ((BABY_DANGER_REPLY, BABY_DANGER_REPLY_WITH_NAME, BABY_DANGER_REPLY_WITH_CSCOM)
                          if baby else (DANGER_REPLY, DANGER_REPLY_WITH_NAME, DANGER_REPLY_WITH_CSCOM))
    if cscom_name and cscom_phone:
        return translate(language, full, cscom_name=cscom_name, cscom_phone=cscom_phone)
    if cscom_name:
        return translate(language, named, cscom_name=cscom_name)
    return translate(language, plain)


def danger_signs_text(language: str) -> str:
    """The WHO danger signs as one WhatsApp message (a bulleted list)."""
    lines = [translate(language, DANGER_SIGNS_TITLE)]
    lines += [f"• {translate(language, text)}" for _, text in DANGER_SIGNS]
    return "\n".join(lines)


def midwife_alert(message: str, case_url: str, language: str = "fr") -> str:
    """The alert for the on-duty midwife: her message (shortened) and a link to the case."""
    template = MIDWIFE_ALERT_NEWBORN if concerns_newborn(message) else MIDWIFE_ALERT
    if len(message) > 300:
        message = message[:299] + "…"
    return translate(language, template, text=message, case_url=case_url)
