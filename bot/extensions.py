"""Flask extensions, created unbound and attached in create_app (the init_app pattern)."""
from flask_babel import Babel
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_wtf.csrf import CSRFProtect

babel = Babel()
csrf = CSRFProtect()
login_manager = LoginManager()
# No default limits: only the staff login is throttled (the Twilio webhook must never be).
# Storage: REDIS_URL when set (shared by every gunicorn worker), else memory (create_app decides).
limiter = Limiter(key_func=get_remote_address)
