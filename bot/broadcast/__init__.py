"""Facilitator broadcasts: a meeting reminder or a free message to a whole SHARE group, each woman
in her language, free text inside WhatsApp's 24-hour window and an approved template outside it,
sent through the queue at a shared rate, once per woman, with every step kept for audit.

Modules: messages (what is said), service (lifecycle), sender (claim → send → record), pacer
(shared rate), reconcile (in-doubt claims), tasks (queue), views (staff pages), cli (flask broadcast).
"""
