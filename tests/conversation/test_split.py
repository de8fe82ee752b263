from bot.conversation.split import LIMIT, split_message


def test_short_text_is_one_message():
    assert split_message("Bonjour.") == ["Bonjour."]


def test_long_text_is_split_between_sentences_in_order_and_nothing_is_lost():
    sentences = [f"Phrase numéro {i} qui parle de la grossesse et de la santé." for i in range(80)]
    text = " ".join(sentences)
    parts = split_message(text)
    assert len(parts) > 1
    assert all(len(part) <= LIMIT for part in parts)
    assert all(part.endswith(".") for part in parts)  # cut at a sentence boundary
    assert " ".join(parts) == text


def test_a_single_overlong_sentence_is_cut_at_spaces():
    text = "mot " * 1000
    parts = split_message(text)
    assert all(len(part) <= LIMIT for part in parts)
    assert " ".join(parts).split() == text.split()
