"""Staff pages (``/staff``): sign-in, the midwives' escalation inbox and case page.

French interface through Flask-Babel; phone-first layout; every page needs a signed-in staff
member, and every case is scoped to her CSCom (admins see all)."""
from flask import Blueprint

bp = Blueprint("staff", __name__, url_prefix="/staff", template_folder="templates")

from bot.staff import auth, cases, media, overview, recordings, review, rota  # noqa: E402,F401  (registers the routes on bp)
