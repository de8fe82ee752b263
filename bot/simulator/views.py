"""Chat with the bot as any phone number, through the real path: store → queue → Rasa → outbound.

Numbers typed here are stored as ``simulator:+223…`` so their replies are never sent to WhatsApp.

Served only when SIMULATOR_ENABLED (bot/config.py): to anyone in the embedded default (no Twilio,
not production), else to signed-in staff only. Messages are rate-limited per client address.
"""
from __future__ import annotations

import uuid

from flask import Blueprint, abort, current_app, jsonify, render_template, request, url_for
from flask_babel import gettext as _
from sqlalchemy import select

from bot import phones
from bot.config import get_settings
from bot.conversation.inbound import Incoming, store_and_enqueue
from bot.db import session_scope
from bot.extensions import limiter, login_manager
from bot.media.store import MediaRejected, base_type, path_of, send as send_media, save
from bot.models import InboundMessage, MediaFile, OutboundMessage, StaffAlert, StaffMember, StaffMessage, Woman
from bot.twilio import interactive

bp = Blueprint("simulator", __name__, url_prefix="/simulator", template_folder="templates")
MAX_TEXT = 4096


def _phone(value: str | None) -> str:
    try:
        return phones.parse((value or "").removeprefix("simulator:"), scheme="simulator")
    except phones.InvalidNumber:
        abort(400, _("Numéro invalide : un numéro de téléphone, par exemple +223 70 00 00 01."))


@bp.before_request
def staff_only_unless_embedded():
    from flask_login import current_user

    if not current_app.config.get("SIMULATOR_OPEN") and not current_user.is_authenticated:
        return login_manager.unauthorized()
    return None


def _rate_limit() -> str:
    return current_app.config.get("SIMULATOR_RATE_LIMIT") or "30/minute"


@bp.get("/")
def page():
    with session_scope() as session:  # staff with a simulator number (the demo midwife): read her alerts here
        staff = [(s.name, s.phone.removeprefix("simulator:")) for s in session.scalars(
            select(StaffMember).where(StaffMember.phone.like("simulator:%"), StaffMember.active.is_(True))
            .order_by(StaffMember.id))]
    return render_template("simulator/chat.html", staff_numbers=staff)


@bp.post("/messages")
@limiter.limit(_rate_limit)
def send():
    phone = _phone(request.form.get("phone"))
    text = request.form.get("text", "")
    if len(text) > MAX_TEXT:
        abort(400, _("Message trop long (%(max)d caractères au plus).", max=MAX_TEXT))
    payload, tapped = interactive.read_tap(request.form)  # a button tapped: the fields Twilio posts
    store_and_enqueue(Incoming(message_sid=f"SIM{uuid.uuid4().hex}", phone=phone, body=tapped or text,
                               channel="simulator", payload=payload))
    return jsonify({"queued": True}), 202


@bp.post("/audio")
@limiter.limit(_rate_limit)
def send_audio():
    """"Envoyer un audio": a file or a recording, stored at once (no download: the bytes are here),
    then queued like a WhatsApp voice note — same worker path, same case for the midwife."""
    phone = _phone(request.form.get("phone"))
    upload = request.files.get("audio")
    if upload is None:
        abort(400, _("Aucun fichier audio reçu."))
    content_type = base_type(upload.mimetype or "")
    if not content_type.startswith("audio/"):
        abort(400, _("Seuls les fichiers audio sont acceptés ici (ogg, opus, mp3, m4a, aac, amr, webm, wav)."))
    data = upload.stream.read(get_settings().media_max_bytes + 1)
    try:
        with session_scope() as session:
            media_id = save(session, data, content_type, kind="inbound").id
    except MediaRejected as exc:
        abort(400, _("Fichier refusé : %(reason)s", reason=str(exc)))
    store_and_enqueue(Incoming(message_sid=f"SIM{uuid.uuid4().hex}", phone=phone, channel="simulator",
                               media=[{"url": "", "content_type": content_type, "media_id": media_id}]))
    return jsonify({"queued": True}), 202


@bp.get("/media/<int:media_id>")
def media(media_id: int):
    """A file of a simulator conversation (hers, or one sent to her); never a WhatsApp woman's."""
    with session_scope() as session:
        row = session.get(MediaFile, media_id)
        woman = session.get(Woman, row.woman_id) if row is not None and row.woman_id else None
        if woman is None and row is not None:  # a recording sent to her: found through her message
            woman = session.scalar(select(Woman).join(OutboundMessage, OutboundMessage.woman_id == Woman.id)
                                   .where(OutboundMessage.media_id == media_id).limit(1))
        if woman is None or not woman.phone.startswith("simulator:"):
            abort(404)
        target, content_type = path_of(row), row.content_type
    return send_media(target, content_type)


def _with_media(session, items: list[dict], outbound: list[OutboundMessage]) -> None:
    """Her voice notes (and audio sent to her) as players: ``media`` on each item that has some.
    Items are told apart by their sort key (at, 0 = hers | 1 = the bot's, id)."""
    inbound_ids = [item["order"][2] for item in items if item["order"][1] == 0]
    sent = {m.id: m.media_id for m in outbound if m.media_id}
    rows = session.scalars(select(MediaFile).where(
        MediaFile.inbound_id.in_(inbound_ids) | MediaFile.id.in_(list(sent.values())))).all()
    by_inbound: dict[int, list[dict]] = {}
    by_id = {}
    for row in rows:
        entry = {"url": url_for("simulator.media", media_id=row.id) if row.path else None,
                 "audio": row.is_audio, "content_type": row.content_type}
        by_id[row.id] = entry
        if row.inbound_id is not None:
            by_inbound.setdefault(row.inbound_id, []).append(entry)
    for item in items:
        mine, row_id = item["order"][1:]
        files = by_inbound.get(row_id, []) if mine == 0 else [by_id[sent[row_id]]] if sent.get(row_id) in by_id else []
        if files:
            item["media"] = files
            if mine == 0 and item["text"] == _("[média]"):
                item["text"] = ""


@bp.get("/messages")
def conversation():
    phone = _phone(request.args.get("phone"))
    with session_scope() as session:
        staff = session.scalar(select(StaffMember).where(StaffMember.phone == phone))
        if staff is not None:  # a midwife's simulator number: her alerts and her exchanges with the bot
            return jsonify({"messages": _staff_conversation(session, staff.id)})
        woman = session.scalar(select(Woman).where(Woman.phone == phone))
        if woman is None:
            return jsonify({"messages": []})
        inbound = session.scalars(select(InboundMessage).where(InboundMessage.woman_id == woman.id)).all()
        outbound = session.scalars(select(OutboundMessage).where(OutboundMessage.woman_id == woman.id)).all()
        items = [{"from": "woman", "text": m.body or _("[média]"), "at": m.received_at.isoformat(),
                  "order": (m.received_at.isoformat(), 0, m.id)} for m in inbound]
        items += [{"from": "bot", "text": m.body, "at": m.created_at.isoformat(), "status": m.status,
                   "order": (m.created_at.isoformat(), 1, m.id)} | _choices(m) for m in outbound]
        _with_media(session, items, outbound)
    items.sort(key=lambda item: item.pop("order"))
    return jsonify({"messages": items})


def _choices(message: OutboundMessage) -> dict:
    """The buttons or list WhatsApp shows under a reply sent as interactive (bot.twilio.interactive)."""
    asked = interactive.recognise(message.body) if message.interactive else None
    return {"choices": interactive.buttons(*asked)} if asked else {}


def _staff_conversation(session, staff_id: int) -> list[dict]:
    alerts = session.scalars(select(StaffAlert).where(StaffAlert.staff_id == staff_id)).all()
    messages = session.scalars(select(StaffMessage).where(StaffMessage.staff_id == staff_id)).all()
    items = [{"from": "bot", "text": a.body, "at": (a.sent_at or a.created_at).isoformat(), "status": a.status,
              "order": ((a.sent_at or a.created_at).isoformat(), 1, a.id)} for a in alerts]
    items += [{"from": "woman" if m.direction == "in" else "bot", "text": m.body, "at": m.created_at.isoformat(),
               "order": (m.created_at.isoformat(), 0 if m.direction == "in" else 1, m.id)} for m in messages]
    items.sort(key=lambda item: item.pop("order"))
    return items
