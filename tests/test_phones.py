"""One phone parser (bot.phones) for the staff CLI and pages, registration, CSV import and the simulator."""
from __future__ import annotations

import pytest

from bot import phones


@pytest.mark.parametrize("typed", ["76 12 34 56", "+223 76 12 34 56", "0022376123456", "whatsapp:+22376123456",
                                   "+223-76-12-34-56"])
def test_the_ways_a_malian_number_is_typed_give_one_stored_form(typed):
    assert phones.parse(typed) == "whatsapp:+22376123456"


def test_a_foreign_number_keeps_its_country():
    assert phones.parse("+33 6 12 34 56 78") == "whatsapp:+33612345678"


@pytest.mark.parametrize("typed", ["", "abc", "+223 76 12", "+223 20 00 00 0", "12"])
def test_what_is_not_a_number_is_refused_with_the_reason(typed):
    with pytest.raises(phones.InvalidNumber):
        phones.parse(typed)


def test_a_simulator_number_needs_only_the_shape_of_one_and_keeps_its_scheme():
    assert phones.parse("+1 555 123 4567", scheme="simulator") == "simulator:+15551234567"
    assert phones.parse("simulator:+22360000000") == "simulator:+22360000000"
    with pytest.raises(phones.InvalidNumber):
        phones.parse("+1 555 123 4567")  # not a number WhatsApp could reach
