"""Content review: a midwife approves or corrects an FAQ answer; the decision is recorded with her
name and the date. A midwife's correction is sent once a second reader (another midwife or an
admin) approves it; Bambara is approved only by a native reader; CONTENT_SEND_DRAFTS decides
whether a draft is sent at all."""
from __future__ import annotations

import asyncio
import html
import uuid
from datetime import timedelta

import pytest
from flask import Flask
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from bot.content.cli import content_cli
from bot.content.faq import FAQ, MIDWIFE_SENTENCE, current_review, faq_answer, max_body_chars
from bot.content.i18n import translate
from bot.db import session_scope
from bot.intents.faq import AnswerFaq
from bot.models import ContentReview, InboundMessage, Woman
from bot.models.base import utcnow
from tests.staff.conftest import CSRF, PASSWORD

CORRECTION = ("Pendant la grossesse, mangez varié : ajoutez un repas par jour. Haricots, poisson, "
              "œufs, feuilles vertes et fruits de saison sont de bons aliments. Pas d'alcool.")


pytestmark = pytest.mark.usefixtures("compiled_catalogs")


def _reviews() -> list[ContentReview]:
    with session_scope() as session:
        rows = session.scalars(select(ContentReview).order_by(ContentReview.id)).all()
        for row in rows:
            _ = row.reviewer.name  # loaded while the session is open
        return rows


def _approve(client, key: str, language: str, text: str | None = None):
    text = FAQ[key].catalog_text(language) if text is None else text
    return client.post(f"/staff/review/{key}/{language}", data={"action": "approve", "text": text})


def test_the_page_shows_every_answer_in_both_languages_with_the_bambara_warning(as_staff):
    page = _text(as_staff("awa").get("/staff/review"))
    for key, answer in FAQ.items():
        assert f'id="faq-{key}"' in page
        for language in ("fr", "bm"):
            assert answer.catalog_text(language) in page, (key, language)
    assert page.count("jamais relu") == 2 * len(FAQ)
    total = len(FAQ)
    assert f"Relues : 0/{total} en français, 0/{total} en bambara." in page
    assert "dont le bambara est la langue maternelle" in page
    assert page.count("À faire relire par une personne de langue maternelle bambara.") == len(FAQ)


def _text(response) -> str:
    return html.unescape(response.get_data(as_text=True))


def test_approving_records_her_name_and_the_date_and_shows_them(as_staff, world):
    awa = as_staff("awa")
    response = _approve(awa, "malaria_prevention", "fr")
    assert response.status_code == 302 and response.headers["Location"].endswith("#faq-malaria_prevention")
    [row] = _reviews()
    assert (row.content_key, row.language, row.status, row.reviewer_id) == (
        "malaria_prevention", "fr", "approved", world.awa)
    assert row.text == FAQ["malaria_prevention"].catalog_text("fr")
    page = _text(awa.get("/staff/review"))
    assert f"par Awa le {utcnow():%d/%m/%Y}" in page
    total = len(FAQ)
    assert f"Relues : 1/{total} en français, 0/{total} en bambara." in page
    with session_scope() as session:
        assert current_review(session, "malaria_prevention", "fr").status == "approved"
        assert current_review(session, "malaria_prevention", "bm").status == "draft"  # per language


def test_a_correction_is_sent_once_a_second_reader_approves_it(as_staff, world):
    before = faq_answer("nutrition", "fr")
    awa = as_staff("awa")
    response = awa.post("/staff/review/nutrition/fr", data={"action": "correct", "text": CORRECTION})
    assert response.status_code == 302
    [row] = _reviews()
    assert (row.status, row.text, row.reviewer_id) == ("proposed", CORRECTION, world.awa)
    assert _action_faq("nutrition", "fr") == [before]  # not sent yet
    page = _text(awa.get("/staff/review"))
    assert "Correction proposée" in page and "pas encore envoyée" in page
    # She cannot be her own second reader.
    assert _approve(awa, "nutrition", "fr", CORRECTION).status_code == 403
    assert _approve(as_staff("fanta"), "nutrition", "fr", CORRECTION).status_code == 302
    assert [(r.status, r.reviewer_id) for r in _reviews()] == [("proposed", world.awa), ("corrected", world.fanta)]
    expected = f"{CORRECTION}\n\n{translate('fr', MIDWIFE_SENTENCE)}"
    with session_scope() as session:
        assert faq_answer("faq/nutrition", "fr", session) == expected
        assert faq_answer("nutrition", "bm", session) == faq_answer("nutrition", "bm")  # Bambara untouched
    assert faq_answer("nutrition", "fr") == before  # the catalog itself is not rewritten
    # The Rasa action (what she receives on WhatsApp) sends the correction.
    assert _action_faq("nutrition", "fr") == [expected]
    page = _text(as_staff("awa").get("/staff/review"))
    assert "Corrigé" in page and "Texte d'origine" in page
    assert "Le français a été corrigé après cette version" in page  # the Bambara may now say otherwise


def _action_faq(key: str, language: str, inbound_id: int | None = None) -> list[str]:
    with session_scope() as session:
        woman = Woman(phone=f"whatsapp:+2237{uuid.uuid4().int % 10**7:07d}", language=language)
        session.add(woman)
        session.flush()
        sender = woman.public_id
    latest = {"text": "?", "intent": {"name": "faq"}, "entities": [],
              "metadata": {"language": language, "inbound_id": inbound_id},
              "response_selector": {"faq": {"response": {"intent_response_key": f"faq/{key}"}}}}
    tracker = Tracker(sender, {}, latest, [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(AnswerFaq().run(dispatcher, tracker, {}))
    return [m["text"] for m in dispatcher.messages]


def test_the_faq_action_records_the_topic_on_her_message(database):
    with session_scope() as session:
        woman = Woman(phone="whatsapp:+22370008888", language="bm")
        session.add(woman)
        session.flush()
        message = InboundMessage(message_sid="SMtopic", woman_id=woman.id, body="sumaya", intent="rasa")
        session.add(message)
        session.flush()
        message_id = message.id
    assert _action_faq("malaria_prevention", "bm", message_id) == [faq_answer("malaria_prevention", "bm")]
    with session_scope() as session:
        assert session.get(InboundMessage, message_id).intent == "faq/malaria_prevention"


def test_newest_review_wins_and_the_history_stays(as_staff, world):
    awa = as_staff("awa")
    _approve(awa, "hygiene", "bm")
    # An admin's correction needs no second reader.
    as_staff("admin").post("/staff/review/hygiene/bm", data={"action": "correct", "text": "Safunɛ ta."})
    assert _approve(awa, "hygiene", "bm", "Safunɛ ta.").status_code == 302  # confirms the correction
    rows = _reviews()
    assert [(r.reviewer.name, r.status) for r in rows] == [("Awa", "approved"), ("Admin", "corrected"),
                                                           ("Awa", "corrected")]
    with session_scope() as session:
        review = current_review(session, "hygiene", "bm")
        assert (review.status, review.body, review.reviewer) == ("corrected", "Safunɛ ta.", "Awa")
    page = _text(awa.get("/staff/review"))
    assert "Historique (3)" in page and "Awa · Bambara : approuvé" in page


def test_only_a_native_reader_approves_or_corrects_bambara(as_staff, world):
    fanta = as_staff("fanta")  # a midwife whose mother tongue is not marked as Bambara
    response = _approve(fanta, "hygiene", "bm")
    assert response.status_code == 403 and "langue maternelle" in response.get_data(as_text=True)
    assert fanta.post("/staff/review/hygiene/bm", data={"action": "correct", "text": "Safunɛ ta."}).status_code == 403
    assert _approve(fanta, "hygiene", "fr").status_code == 302  # French is hers to approve
    assert [(r.language, r.status) for r in _reviews()] == [("fr", "approved")]


def test_a_draft_goes_to_a_midwife_when_drafts_are_not_sent(as_staff, world, monkeypatch):
    from bot.config import reset_settings
    from bot.models import Escalation

    monkeypatch.setenv("CONTENT_SEND_DRAFTS", "0")
    reset_settings()
    try:
        [reply] = _action_faq("nutrition", "fr")
        assert reply != faq_answer("nutrition", "fr") and "sage-femme" in reply
        with session_scope() as session:
            assert [e.reason for e in session.scalars(select(Escalation).where(
                Escalation.reason == "draft_content"))] == ["draft_content"]
        assert "ne l'envoie pas" in _text(as_staff("awa").get("/staff/review"))
        overview = _text(as_staff("awa").get("/staff/overview"))
        assert f'class="drafts-fr">{len(FAQ)}/{len(FAQ)}<' in overview
        _approve(as_staff("awa"), "nutrition", "fr")
        assert _action_faq("nutrition", "fr") == [faq_answer("nutrition", "fr")]  # reviewed: sent
    finally:
        monkeypatch.delenv("CONTENT_SEND_DRAFTS")
        reset_settings()


def test_approving_a_text_that_changed_meanwhile_is_refused(as_staff):
    awa = as_staff("awa")
    awa.post("/staff/review/vaccination/fr", data={"action": "correct", "text": "Faites le vaccin Td."})
    # Fanta's page was opened before the proposal: it still shows the catalog text alone.
    fanta = as_staff("fanta")
    response = _approve(fanta, "vaccination", "fr")
    assert response.status_code == 302
    assert [r.status for r in _reviews()] == ["proposed"]
    page = _text(fanta.get("/staff/review"))
    assert "Le texte a changé depuis l'ouverture de la page" in page
    # With the proposal in view, approving the original text sets the proposal aside.
    fanta.post("/staff/review/vaccination/fr", data={"action": "approve", "seen_proposal": "Faites le vaccin Td.",
                                                     "text": FAQ["vaccination"].catalog_text("fr")})
    with session_scope() as session:
        review = current_review(session, "vaccination", "fr")
    assert (review.status, review.proposal) == ("approved", None)


def test_an_approval_no_longer_counts_once_the_catalog_text_changes(as_staff, world):
    with session_scope() as session:
        session.add(ContentReview(content_key="breastfeeding", language="fr", status="approved",
                                  text="Un ancien texte.", reviewer_id=world.awa,
                                  reviewed_at=utcnow() - timedelta(days=3)))
    with session_scope() as session:
        review = current_review(session, "breastfeeding", "fr")
    assert (review.status, review.stale, review.body) == ("draft", True, FAQ["breastfeeding"].catalog_text("fr"))
    page = _text(as_staff("awa").get("/staff/review"))
    assert "le texte a changé depuis l'approbation de Awa" in page


def test_bad_corrections_get_a_clear_message_and_keep_what_she_typed(as_staff):
    awa = as_staff("awa")
    too_long = "Repos. " * 100
    response = awa.post("/staff/review/rest_and_work/fr", data={"action": "correct", "text": too_long})
    page = _text(response)
    assert response.status_code == 400
    assert f"Trop long pour un message WhatsApp : {len(too_long.strip())} caractères, " \
           f"{max_body_chars('fr')} au plus." in page
    assert too_long.strip() in page  # her text is still in the box
    response = awa.post("/staff/review/rest_and_work/fr", data={"action": "correct", "text": "   "})
    assert response.status_code == 400 and "il ne peut pas être vide" in response.get_data(as_text=True)
    assert awa.post("/staff/review/rest_and_work/fr", data={"action": "delete"}).status_code == 400
    assert awa.post("/staff/review/astrology/fr", data={"action": "approve", "text": "x"}).status_code == 404
    assert awa.post("/staff/review/nutrition/en", data={"action": "approve", "text": "x"}).status_code == 404
    assert _reviews() == []


def test_a_correction_equal_to_the_text_is_an_approval_and_the_closing_line_is_not_doubled(as_staff):
    awa = as_staff("awa")
    text = FAQ["newborn_care"].catalog_text("fr")
    awa.post("/staff/review/newborn_care/fr", data={"action": "correct", "text": text.replace("\n", "\r\n")})
    pasted = f"Gardez le bébé au chaud.\r\n\r\n{translate('fr', MIDWIFE_SENTENCE)}"
    awa.post("/staff/review/labour_signs/fr", data={"action": "correct", "text": pasted})
    assert [(r.content_key, r.status, r.text) for r in _reviews()] == [
        ("newborn_care", "approved", text), ("labour_signs", "proposed", "Gardez le bébé au chaud.")]


def test_only_midwives_and_admins_review(as_staff, client, world):
    mariam = as_staff("mariam")  # facilitator
    assert mariam.get("/staff/review").status_code == 403
    assert _approve(mariam, "nutrition", "fr").status_code == 403
    assert "Relecture des réponses" not in mariam.get("/staff/cases").get_data(as_text=True)
    assert as_staff("admin").get("/staff/review").status_code == 200
    response = client.get("/staff/review")
    assert response.status_code == 302 and response.headers["Location"].startswith("/staff/login")
    assert _reviews() == []


def test_content_report_counts_the_midwives_reviews(as_staff, world):
    awa = as_staff("awa")
    _approve(awa, "nutrition", "fr")
    _approve(awa, "nutrition", "bm")
    awa.post("/staff/review/hygiene/fr", data={"action": "correct", "text": "Emportez du savon."})
    app = Flask(__name__)
    app.cli.add_command(content_cli)
    output = app.test_cli_runner().invoke(args=["content", "report"]).output
    assert "Midwives' reviews (staff page): 2 approved" in output
    assert f"Awaiting a midwife's review ({2 * len(FAQ) - 2}):" in output
    hygiene = next(line for line in output.splitlines() if line.startswith("faq/hygiene "))
    assert "draft +proposal" in hygiene  # proposed, not yet sent
    line = next(line for line in output.splitlines() if line.startswith("faq/nutrition "))
    assert line.count("approved") == 2


def test_csrf_is_required_to_review(database, queue, world):
    from bot.app import create_app

    client = create_app({"TESTING": True}).test_client()  # CSRF on, as in production
    token = CSRF.search(client.get("/staff/login").get_data(as_text=True)).group(1)
    client.post("/staff/login", data={"username": "awa", "password": PASSWORD, "csrf_token": token})
    assert client.post("/staff/review/nutrition/fr", data={"action": "correct", "text": "x"}).status_code == 400
    token = CSRF.search(client.get("/staff/review").get_data(as_text=True)).group(1)
    response = client.post("/staff/review/nutrition/fr", data={"action": "correct", "text": "Mangez varié.",
                                                               "csrf_token": token})
    assert response.status_code == 302
    assert [r.text for r in _reviews()] == ["Mangez varié."]
