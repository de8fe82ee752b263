from sqlalchemy import select

from bot.db import session_scope
from bot.models import InboundMessage


def test_simulator_page_renders_in_french(client):
    response = client.get("/simulator/")
    assert response.status_code == 200
    assert "Simulateur WhatsApp" in response.get_data(as_text=True)


def test_simulator_message_is_stored_and_queued_like_a_whatsapp_message(client, queue):
    response = client.post("/simulator/messages", data={"phone": "+223 70 00 00 01", "text": "I ni ce"})
    assert response.status_code == 202
    with session_scope() as session:
        message = session.scalar(select(InboundMessage))
        assert (message.body, message.channel, message.woman.phone) == ("I ni ce", "simulator", "simulator:+22370000001")
    assert queue.pending_count() == 1


def test_simulator_refuses_a_bad_number_with_the_reason(client, queue):
    response = client.post("/simulator/messages", data={"phone": "abc", "text": "Bonjour"})
    assert response.status_code == 400
    assert "Numéro invalide" in response.get_data(as_text=True)
    assert queue.pending_count() == 0


def test_simulator_refuses_an_overlong_message(client):
    response = client.post("/simulator/messages", data={"phone": "+22370000001", "text": "a" * 5000})
    assert response.status_code == 400


def test_simulator_post_without_csrf_token_is_refused(database, queue):
    from bot.app import create_app

    app = create_app({"TESTING": True, "SIMULATOR_ENABLED": True, "SIMULATOR_OPEN": True})
    response = app.test_client().post("/simulator/messages", data={"phone": "+22370000001", "text": "x"})
    assert response.status_code == 400
    assert "CSRF" in response.get_data(as_text=True)
    assert queue.pending_count() == 0
