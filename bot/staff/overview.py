"""The overview page: per CSCom, over the last weeks, what women ask about (per topic and week),
the escalations (urgent / normal, per week) and how long they waited for a midwife's first answer.

The figures are computed here as plain data (tested on seeded rows) and drawn as inline SVG by
``bot.staff.charts``. Scope: a midwife sees her CSCom; admins and staff with no CSCom choose one
or see all. Bamako is on UTC all year, so UTC weeks are local weeks (Monday to Sunday)."""
from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from flask import abort, render_template, request
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from bot.config import get_settings
from bot.content.faq import FAQ, all_reviews
from bot.content.i18n import LANGUAGES
from bot.db import session_scope
from bot.models import CaseEvent, Cscom, Escalation, InboundMessage, Woman
from bot.models.base import utcnow
from bot.postnatal.figures import journey_counts
from bot.staff import bp
from bot.staff.charts import Series, row_strips, share_bar, stacked_columns
from bot.staff.timers import DEADLINES
from bot.staff.topics import topic_label

WEEKS = 8
URGENCIES = ("urgent", "normal")
# Time to a first written answer, in minutes: upper bounds of each part of the bar.
BUCKETS = ((15, "le_15m"), (60, "le_1h"), (24 * 60, "le_24h"), (None, "over_24h"))


def week_starts(today: date, count: int = WEEKS) -> list[date]:
    """The Mondays of the last ``count`` weeks, oldest first, this week last."""
    monday = today - timedelta(days=today.weekday())
    return [monday - timedelta(weeks=n) for n in reversed(range(count))]


def _since(starts: list[date]) -> datetime:
    return datetime.combine(starts[0], time.min, tzinfo=timezone.utc)


def _week(moment: datetime, starts: list[date]) -> int | None:
    index = (moment.date() - starts[0]).days // 7
    return index if 0 <= index < len(starts) else None


def topics_per_week(session: Session, cscom_id: int | None, starts: list[date]) -> dict[str, list[int]]:
    """Per FAQ topic (and danger signs), how many of her messages were about it, week by week.
    The topic is the FAQ key the bot answered with (``faq/<key>``, recorded by action_faq) or
    ``danger_sign`` (the worker's danger lexicon). Topics never asked are left out."""
    query = (select(InboundMessage.intent, InboundMessage.received_at).join(Woman)
             .where(InboundMessage.received_at >= _since(starts),
                    or_(InboundMessage.intent.like("faq/%"), InboundMessage.intent == "danger_sign")))
    if cscom_id is not None:
        query = query.where(Woman.cscom_id == cscom_id)
    counts: dict[str, list[int]] = {}
    for intent, received_at in session.execute(query):
        key = intent.removeprefix("faq/")
        week = _week(received_at, starts)
        if week is not None and (key in FAQ or key == "danger_sign"):
            counts.setdefault(key, [0] * len(starts))[week] += 1
    return dict(sorted(counts.items(), key=lambda item: (-sum(item[1]), item[0])))


def escalations_per_week(session: Session, cscom_id: int | None, starts: list[date]) -> dict[str, list[int]]:
    counts = {urgency: [0] * len(starts) for urgency in URGENCIES}
    for urgency, created_at in session.execute(_escalations(cscom_id, starts, Escalation.urgency,
                                                            Escalation.created_at)):
        week = _week(created_at, starts)
        if week is not None:
            counts[urgency if urgency in counts else "normal"][week] += 1
    return counts


@dataclass
class AnswerTimes:
    """For one urgency: escalations opened in the period and the wait for a first written answer."""

    opened: int = 0
    minutes: list[int] = field(default_factory=list)  # one per answered escalation
    waiting: int = 0  # no written answer yet, still open
    closed_without_answer: int = 0  # resolved without a reply (she came to the CSCom, a call…)
    on_time: int = 0  # answered within the inbox deadline (15 min urgent, 24 h normal)

    @property
    def answered(self) -> int:
        return len(self.minutes)

    @property
    def median(self) -> int | None:
        return round(statistics.median(self.minutes)) if self.minutes else None

    def bucket_counts(self) -> dict[str, int]:
        counts = {name: 0 for _, name in BUCKETS}
        for minutes in self.minutes:
            for bound, name in BUCKETS:
                if bound is None or minutes <= bound:
                    counts[name] += 1
                    break
        return counts


def answer_times(session: Session, cscom_id: int | None, starts: list[date]) -> dict[str, AnswerTimes]:
    """Escalation opened → the first reply a midwife sent (case_events ``reply``)."""
    first_reply = (select(CaseEvent.escalation_id, func.min(CaseEvent.at).label("at"))
                   .where(CaseEvent.kind == "reply").group_by(CaseEvent.escalation_id).subquery())
    query = _escalations(cscom_id, starts, Escalation.urgency, Escalation.created_at, Escalation.status,
                         first_reply.c.at).outerjoin(first_reply, first_reply.c.escalation_id == Escalation.id)
    times = {urgency: AnswerTimes() for urgency in URGENCIES}
    for urgency, created_at, status, replied_at in session.execute(query):
        urgency = urgency if urgency in times else "normal"
        stats = times[urgency]
        stats.opened += 1
        if replied_at is None:
            if status == "resolved":
                stats.closed_without_answer += 1
            else:
                stats.waiting += 1
            continue
        waited = replied_at - created_at
        stats.minutes.append(max(int(waited.total_seconds() // 60), 0))
        stats.on_time += waited <= DEADLINES[urgency]
    return times


def _escalations(cscom_id: int | None, starts: list[date], *columns):
    query = select(*columns).where(Escalation.created_at >= _since(starts))
    return query if cscom_id is None else query.where(Escalation.cscom_id == cscom_id)


# --- the page ---------------------------------------------------------------------------------

COLORS = {"urgent": "#b00020", "normal": "#8c8c8c", "topic": "#7a2e48",
          "le_15m": "#2d6a2d", "le_1h": "#7aa845", "le_24h": "#e0a43a", "over_24h": "#b00020",
          "waiting": "#555", "closed": "#cfc8bd"}


def _scope() -> tuple[int | None, bool]:
    """The CSCom shown, and whether this staff member may choose another (or all)."""
    can_choose = current_user.is_admin or current_user.cscom_id is None
    raw = request.args.get("cscom", "").strip()
    if not raw:
        return (None if can_choose else current_user.cscom_id), can_choose
    if not raw.isdigit():
        abort(400, _("Le paramètre cscom doit être le numéro d'un CSCom."))
    cscom_id = int(raw)
    if not can_choose and cscom_id != current_user.cscom_id:
        abort(404)  # another CSCom's figures: answered like a CSCom that does not exist
    return cscom_id, can_choose


@bp.get("/overview")
@login_required
def overview():
    cscom_id, can_choose = _scope()
    starts = week_starts(utcnow().date())
    labels = [start.strftime("%d/%m") for start in starts]
    with session_scope() as session:
        cscom = session.get(Cscom, cscom_id) if cscom_id is not None else None
        if cscom_id is not None and cscom is None:
            abort(404)
        cscoms = session.scalars(select(Cscom).order_by(Cscom.name)).all() if can_choose else []
        topics = topics_per_week(session, cscom_id, starts)
        escalations = escalations_per_week(session, cscom_id, starts)
        times = answer_times(session, cscom_id, starts)
        journey = journey_counts(session, cscom_id, starts[0])
        drafts = draft_counts(session)
        cscom_name = cscom.name if cscom else None
        cscom_choices = [(c.id, c.name) for c in cscoms]

    topic_names = {key: (_("Signes de danger") if key == "danger_sign" else topic_label(key)) for key in topics}
    urgency_names = {"urgent": _("Urgent"), "normal": _("Normal")}
    bucket_names = {"le_15m": _("15 min ou moins"), "le_1h": _("15 min à 1 h"), "le_24h": _("1 h à 24 h"),
                    "over_24h": _("plus de 24 h"), "waiting": _("sans réponse, en attente"),
                    "closed": _("clos sans réponse écrite")}
    charts = {
        "topics": row_strips(_("Questions par thème et par semaine"), labels,
                             [(topic_names[key], values) for key, values in topics.items()], COLORS["topic"]),
        "escalations": stacked_columns(_("Cas transmis aux sages-femmes par semaine"), labels,
                                       [Series(urgency_names[u], COLORS[u], escalations[u]) for u in URGENCIES]),
        "times": {u: share_bar(_("Délai de première réponse : %(urgency)s", urgency=urgency_names[u]), [
            *((bucket_names[name], COLORS[name], count) for name, count in times[u].bucket_counts().items()),
            (bucket_names["waiting"], COLORS["waiting"], times[u].waiting),
            (bucket_names["closed"], COLORS["closed"], times[u].closed_without_answer),
        ]) for u in URGENCIES},
    }
    return render_template(
        "staff/overview.html", charts=charts, times=times, topics=topics, escalations=escalations,
        urgency_names=urgency_names, bucket_names=bucket_names, colors=COLORS, cscom_id=cscom_id,
        cscom_name=cscom_name, cscom_choices=cscom_choices, can_choose=can_choose,
        first_day=starts[0], last_day=starts[-1] + timedelta(days=6),
        total_questions=sum(map(sum, topics.values())), journey=journey, drafts=drafts, faq_total=len(FAQ),
        send_drafts=get_settings().content_send_drafts)


def draft_counts(session: Session) -> dict[str, int]:
    """How many FAQ answers no midwife has approved or corrected yet, per language: the gap
    CONTENT_SEND_DRAFTS=1 leaves open (those texts go to women as they are)."""
    reviews = all_reviews(session)
    return {language: sum(reviews[(key, language)].status == "draft" for key in FAQ) for language in LANGUAGES}
