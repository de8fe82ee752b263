"""SHARE groups: joining, the month's topic, the meeting calendar, the delivery checklist and the
scheduled messages that go with them."""
