"""Unit tests for the danger-sign safety net (bot.nlu.danger_lexicon). Recall first."""
import pytest

from bot.nlu.danger_lexicon import is_danger, match, sign_words_let_through
from bot.nlu.normalise import normalise


@pytest.mark.parametrize("text, category", [
    # bleeding
    ("bjr je saigne un peu c normal?", "bleeding"),
    ("jsuis enceinte et je seigne", "bleeding"),
    ("Je perds du sang depuis ce matin", "bleeding"),
    ("il y a du sang qui coule", "bleeding"),
    ("hémorragie", "bleeding"),
    ("basibɔn bɛ n na", "bleeding"),
    ("basibon be n na", "bleeding"),
    ("joli bɛ bɔ kosɛbɛ", "bleeding"),          # joli = blood here
    ("joli be bo n na", "bleeding"),
    ("joli bora", "bleeding"),
    ("jolibɔn", "bleeding"),
    # convulsions
    ("ma femme fait des convulsions", "convulsions"),
    ("elle a fait une crise d'épilepsie", "convulsions"),
    ("kirinni bɛ a la", "convulsions"),
    ("elle s'est évanouie", "convulsions"),
    # severe headache / vision
    ("j'ai très mal à la tête", "headache"),
    ("ma vue est trouble", "headache"),
    ("n kunkolo bɛ n dimi kosɛbɛ", "headache"),
    ("N kungolo be n dimi", "headache"),
    ("kunkolodimi juguman", "headache"),
    # baby not moving
    ("mon bébé ne bouge plus", "no_movement"),
    ("le bebe bouge moins depuis hier", "no_movement"),
    ("je ne sens plus le bébé", "no_movement"),
    ("den tɛ lamaga", "no_movement"),
    ("den te lamaga kabini kunu", "no_movement"),
    # waters breaking
    ("j'ai perdu les eaux", "waters"),
    ("la poche des eaux a percé", "waters"),
    ("de l'eau coule de mon vagin", "waters"),
    ("ji bɔra", "waters"),
])
def test_danger_messages_are_caught(text, category):
    hit = match(text)
    assert hit is not None, text
    assert hit[0] == category


@pytest.mark.parametrize("text", [
    # joli = "how many / how much": never a danger sign alone
    "jiginni sɔngɔ ye joli ye?",
    "CPN siɲɛ joli?",
    "musokɔnɔma ka kan ka taa kɛnɛyaso la siɲɛ joli?",
    "den bɛ lamaga kalo joli?",
    "Sukaro songo ye joli ye?",
    # kalo = month/moon (also menstruation): never matched
    "kalo o kalo, aw bɛ jateminɛ kɛ",
    "n ye kalo saba kɛ",
    "kalo in na baro ye mun ye?",
    # kɔnɔ = belly / inside / bird
    "den bɛ lamaga n kɔnɔ",
    "n ka kan ka sunɔgɔ moustiquaire kɔnɔ wa?",
    # i ni ce = hello / thank you
    "i ni ce", "i ni ce kosɛbɛ",
    # questions and ordinary messages
    "prise de sang à la cpn",
    "c quoi la poche des eaux",
    "le bébé bouge beaucoup c normal ?",
    "quand est la prochaine réunion",
    "je ne saigne pas, c'est juste une question",
    "merci", "bonjour",
])
def test_ordinary_messages_are_not_flagged(text):
    assert not is_danger(text), match(text)


def test_raw_and_normalised_text_agree():
    for text in ["Basibɔn bɛ n na", "J'AI PERDU LES EAUX!!!", "N kunkolo bɛ n dimi"]:
        assert is_danger(text) and is_danger(normalise(text))


# --- after the birth and the newborn (WHO postnatal care 2013/2022, PCPNC 2015) -----------------
from bot.nlu.danger_lexicon import NEWBORN_CATEGORIES, concerns_newborn, subject  # noqa: E402


@pytest.mark.parametrize("text, who", [
    ("nen bɛ bɔ denyɛrɛnin barajuru la", "newborn"),  # the sign, then the cord
    # the mother after the birth
    ("accouchée depuis 4 jours je saigne énormément", "mother"),
    ("je perds des caillots depuis l'accouchement", "mother"),
    ("mes pertes sentent mauvais depuis la naissance", "mother"),
    ("j'ai des frissons et de la fièvre après l'accouchement", "mother"),
    ("mon mollet est rouge et gonflé", "mother"),
    ("j'ai une douleur à la poitrine et je respire mal", "mother"),
    ("j'ai accouché et j'ai un mal de tête terrible", "mother"),
    ("j'ai envie de me tuer", "mother"),
    ("j'ai peur de faire du mal à mon bébé", "mother"),
    ("n b'a fɛ ka n yɛrɛ faga", "mother"),
    ("jiginni kɔfɛ farigan bɛ n na", "mother"),
    # the newborn
    ("mon petit de 5 jours ne prend plus le sein", "newborn"),
    ("bb tete pas depuis hier", "newborn"),
    ("le nouveau-né refuse de téter", "newborn"),
    ("le bébé fait des convulsions", "newborn"),
    ("mon bébé respire très vite", "newborn"),
    ("la poitrine du bébé se creuse", "newborn"),
    ("le bébé est tout mou", "newborn"),
    ("le corps du bébé est brûlant", "newborn"),
    ("mon nouveau né est tout froid", "newborn"),
    ("les plantes des pieds du bébé sont jaunes", "newborn"),
    ("le cordon est rouge avec du pus", "newborn"),
    ("le nombril du bébé sent mauvais", "newborn"),
    ("mon bébé de 6 jours ne bouge plus", "newborn"),
    ("den tɛ sin min", "newborn"),
    ("denyerenin te sin min tuguni", "newborn"),
    ("farigan bɛ den minɛ", "newborn"),
    ("nɛnɛ bɛ denyɛrɛnin minɛ", "newborn"),
    ("kirinni bɛ denyɛrɛnin na", "newborn"),
    # pregnancy keeps the mother's reply, even with "bébé" in it
    ("le bébé n'a pas bougé depuis deux jours", "mother"),
    ("den tɛ lamaga", "mother"),
    ("je saigne, est-ce que le bébé va bien", "mother"),
])
def test_continuum_danger_and_whose_it_is(text, who):
    assert is_danger(text), text
    assert subject(text) == who, match(text)
    assert concerns_newborn(text) is (who == "newborn")


@pytest.mark.parametrize("text", [
    # benign near-misses: discomforts and questions, not danger signs
    "j'ai mal au dos", "le bébé a le hoquet", "mes pieds sont un peu gonflés le soir",
    "prise de sang à la CPN", "j'ai des crampes au mollet la nuit", "le caca du bébé est jaune",
    "le premier lait est jaune c'est normal ?", "le cordon est tombé hier",
    "comment savoir si mon bébé tète bien", "je n'ai pas assez de lait", "le bébé dort beaucoup",
    "je suis triste depuis l'accouchement", "il fait chaud, comment habiller le bébé",
    "le palu peut tuer le bébé ?", "bébé pleure beaucoup le soir", "den bɛ sin min kosɛbɛ",
    # a birthmark or a rash is not spotting
    "ma fille a une tache rouge de naissance sur le front", "j'ai des taches rouges sur la peau qui grattent",
    "n bɛ den tanga nɛnɛ ma cogo di?",  # how to protect the baby from the cold
])
def test_benign_near_misses_are_not_danger(text):
    assert not is_danger(text), match(text)


def test_newborn_categories_are_the_who_list():
    assert NEWBORN_CATEGORIES == {
        "newborn_feeding", "newborn_convulsions", "newborn_breathing", "newborn_floppy",
        "newborn_temperature", "newborn_jaundice", "newborn_cord", "newborn_skin", "newborn_bleeding"}
    assert subject("bonjour") is None and not concerns_newborn("bonjour")


@pytest.mark.parametrize("text", [
    "depuis l'accouchement je pense à la mort", "mes points de suture sont rouges et coulent",
    "je tremble depuis la naissance du bébé", "ma jambe est toute gonflée", "ses yeux se retournent",
    "je vois tout noir", "des pertes de sang abondantes",
    "elle veut disparaitre depuis la naissance",  # her husband writing: another person's verb form
])
def test_more_phrasings_after_the_birth(text):
    assert is_danger(text) and subject(text) == "mother", match(text)


@pytest.mark.parametrize("text", [
    "ma fièvre ne baisse pas malgré les comprimés", "j'ai de la fièvre depuis trois jours",
    "la fievre persiste, je suis enceinte", "fièvre ça fait 2 jours et je suis à 8 mois",
    "la fièvre revient chaque soir",
])
def test_a_fever_that_does_not_go_is_a_danger_sign(text):
    assert is_danger(text) and subject(text) == "mother", match(text)


@pytest.mark.parametrize("text", ["j'ai eu un peu de fièvre hier, c'est passé", "le palu donne la fièvre ?",
                                  "comment faire baisser la fièvre du papa"])
def test_a_passing_fever_or_a_question_about_fever_is_not(text):
    assert not is_danger(text), match(text)


def test_lexicon_alone_catches_every_danger_message_of_the_covered_heldout_files():
    """tests/nlu/test_{fr,bm}.yml: every danger_sign message, without the model (recall 1.00 holds
    there; on the continuum file the model is needed too — figures in docs/nlu.md)."""
    import os
    import sys

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    sys.path.insert(0, os.path.join(root, "scripts", "nlu"))
    import heldout

    for lang in ("fr", "bm"):
        examples = heldout.load_examples(os.path.join(root, "tests", "nlu", f"test_{lang}.yml"))
        danger = [t for t, g in examples if g == "danger_sign"]
        assert danger and all(is_danger(t) for t in danger), [t for t in danger if not is_danger(t)]


# The rules that let ordinary messages through (absent, gone, asked about, told of the past) must not
# swallow a sign reported in the same message.
@pytest.mark.parametrize("text", [
    "j'ai accouché il y a 2 ans, là je perds les eaux à 8 mois",
    "comment savoir si c'est grave, mon bébé de 3 jours a 39 de fièvre et il tète plus",
    "c'est quoi le sang qui coule ?",
    "si jamais je saigne que faire ? je saigne depuis ce matin",
    "mon bébé de 5 jours a fait une crise de palu, il convulse",
    "ma mère a eu des convulsions il y a 20 ans, est-ce que ça peut m'arriver ? là je vois flou",
    "pas de fièvre mais il ne tète plus depuis hier, il a 4 jours",
    # lessening bleeding is the normal lochia only after the birth; in pregnancy it is a danger sign
    "enceinte de 5 mois, j'ai des saignements qui diminuent",
    "j'ai du sang qui diminue",
    # an old story asked as a risk question, then a sign of today
    "il y a 2 ans j'ai eu des convulsions, est-ce que ça peut recommencer ? j'ai mal à la tête et je vois flou",
    # "passée à 40" went up; "plus de fièvre qu'hier" is more; "pas mieux" is not gone; gone and back
    "mon bébé de 4 jours, la fièvre est passée à 40",
    "mon bb de 5 jours a plus de fièvre qu'hier",
    "elle avait mal à la tête depuis hier, pas mieux, accouchée mardi",
    "la fièvre est partie et revenue, bébé de 6 jours",
    # settled by a midwife or over, then a sign of now; settled words asked as a question; fits never settle
    "la sage femme a dit que c'est normal, mais je saigne beaucoup depuis ce matin",
    "le saignement s'est arrêté hier mais il a recommencé ce matin",
    "tout va bien sinon, juste le bébé ne tète plus",
    "mon bébé ne tète plus depuis hier, est-ce qu'il va bien ?",
    "ma femme a fait une crise, maintenant elle va mieux",
    "on est allé au cscom, ils ont dit que tout va bien, mais le bb est tout froid ce soir",
    "j'avais mal à la tête, c'est passé, mais maintenant je vois flou",
    # someone else named, then her or her baby
    "mon mari dit que je saigne beaucoup",
    "ma mère dit que le bébé est tout jaune",
    "ma voisine a accouché hier, elle saigne beaucoup",
    "ma soeur a accouché hier et elle saigne beaucoup",
    "mon fils de 4 ans a de la fièvre et le bébé de 5 jours est brûlant",
    "il a 2 ans, et mon nouveau-né de 3 jours respire très vite",
    "la vache a mis bas et moi je saigne",
    "n cɛ ko n ka basi bɛ bɔ kosɛbɛ",
    # "c'est normal" is her question unless a carer said it; a fit of last year, then one today
    "mon bébé ne tète plus c'est normal",
    "le docteur a dit de revenir, mon bb ne tète plus c'est normal ?",
    "j'ai eu des convulsions l'an passé et là je refais une crise",
    # someone else's sign and "moi rien", then a sign of her baby
    "ma soeur a eu des convulsions, moi je n'ai rien mais mon bébé respire très vite",
    "le bébé de ma soeur a la jaunisse, et mon bébé ne tète plus",
    # a cracked nipple, a vaccine, "pas rouge": not when a sign of hers or the baby's is told beside them
    "j'ai mal aux seins et je saigne beaucoup depuis l'accouchement",
    "mon bébé de 5 jours a 39 de fièvre après le vaccin",
    "le cordon n'est pas rouge mais il y a du pus",
    "la poche des eaux s'est cassée à 8 mois, je fais quoi ?",
    "mon bébé a les yeux jaunes, la sage-femme a dit de revenir demain",
    "je saigne beaucoup, on peut continuer le voyage ?",
    "si je saigne c'est grave ? je saigne depuis ce matin",
])
def test_a_sign_reported_beside_an_ordinary_phrase_still_alarms(text):
    assert is_danger(text)


def test_sign_words_let_through_are_told_apart_from_no_sign_words_and_from_signs():
    assert sign_words_let_through("j'avais saigné la semaine passée mais ça s'est arrêté")
    assert sign_words_let_through("ma mère a mal à la tête à cause de sa tension")
    assert not sign_words_let_through("je saigne beaucoup depuis ce matin")    # a sign: the lexicon alarms
    assert not sign_words_let_through("quand est la prochaine réunion")        # no sign words at all
    # a sign's word inside a form the lexicon removes as absent; a past headache that went
    assert sign_words_let_through("pas de fièvre, pas de saignement, tout va bien")
    assert sign_words_let_through("n kunkolo tun bɛ n dimi kunu, nka a banna")


@pytest.mark.parametrize("text, theirs", [
    # a plain fever (no pattern takes it alone) of a man, an older child, an animal: the model is overruled
    ("mon mari a de la fièvre depuis hier soir, il peut prendre du paracétamol ?", True),
    ("mon fils de 6 ans a de la fievre", True),
    ("n cɛ farigan b'a la kabini kunu", True),
    # ... but not when the fever is hers, her baby's, or a woman's who may be pregnant or just delivered
    ("mon mari dit que le bébé a de la fièvre", False),
    ("ma belle-mère dit que j'ai de la fièvre", False),
    ("mon mari a de la fièvre et moi aussi depuis ce matin", False),
    ("ma soeur a de la fièvre", False),
    ("mon bb de 5 jours a de la fievre", False),
])
def test_a_plain_fever_of_someone_else_is_let_through_and_hers_is_not(text, theirs):
    assert sign_words_let_through(text) is theirs


@pytest.mark.parametrize("text", [
    "ma belle-soeur a saigné beaucoup à son accouchement, moi je n'ai rien eu",
    "la fille de ma voisine a eu la jaunisse, le mien va bien",
    "à mon premier accouchement j'ai beaucoup saigné, cette fois il ne s'est rien passé",
    # asked in general or about what would happen; said absent; called normal by the midwife
    "comment je vais savoir si ce sont les eaux qui coulent ou juste des pertes blanches ?",
    "si la poche se perce pendant la nuit à 9 mois, je vais directement au cscom ?",
    "pas de mal de tête, pas de fièvre, tout va bien",
    "j'ai accouché avant-hier, saignement normal d'après la sage-femme",
])
def test_someone_elses_sign_with_nothing_of_hers_or_a_past_birth_where_nothing_happened_raises_no_alarm(text):
    assert not is_danger(text)


# Forms read from tests/nlu/fresh4's misses and false alarms after it was scored once (written anew
# here, not its lines): breaths counted, a niece of days, harming the baby with "tiɲɛ", dizzy and
# falling after the birth.
@pytest.mark.parametrize("text, newborn", [
    ("j'ai compté sa respiration, le bébé fait 70 par minute", True),
    ("le neveu de 4 jours est tout chaud depuis ce matin", True),
    ("n b'a fɛ ka denyɛrɛnin tiɲɛ, n siranna", False),
    ("n jiginna kunun, ɲɛnamini bɛ n na ani n binna", False),
    ("depuis l'accouchement j'ai des vertiges et je suis tombée ce matin", False),
])
def test_signs_told_in_the_forms_fresh4_found_alarm(text, newborn):
    assert is_danger(text)
    assert (subject(text) == "newborn") is newborn


@pytest.mark.parametrize("text", [
    "n ɲintara bɛ joli bɔ ni n bɛ u ko sɔgɔma",                # gums bleed when brushing
    "n nun bɛ joli bɔ dɔɔnin funteni kosɔn",                    # a nosebleed in the heat
    "ses premières dents arrivent, il bave partout",
    "à la causerie on a parlé des signes de danger comme la fièvre et les convulsions",
    "si un jour je perds les eaux je vais directement à la maternité",
    "à mon premier bébé j'ai eu de la fièvre après l'accouchement, cette fois rien",
    "ma cousine a fait des convulsions l'an dernier à son accouchement, elle va très bien",
    "dans le film une femme saignait beaucoup, moi je vais bien",
    "j'étais essoufflée en portant l'eau puis ça allait très bien",
])
def test_ordinary_messages_in_the_forms_fresh4_found_raise_no_alarm(text):
    assert not is_danger(text)


@pytest.mark.parametrize("text", [
    "à la causerie on a parlé des signes de danger comme la fièvre, moi je saigne depuis ce matin",
    "l'an dernier j'ai fait des convulsions et aujourd'hui encore",
    "je regardais la télé et j'ai commencé à saigner beaucoup",
    "la fièvre a monté et je suis essoufflée",
])
def test_a_sign_of_now_beside_those_forms_still_alarms(text):
    assert is_danger(text)


# Someone else's sign, from the training data's own ordinary messages: an adjective before the person,
# a brother-in-law, "il y a 1 an", and Bambara naming the person after the sign ("… bɛ n cɛ la").
@pytest.mark.parametrize("text", [
    "ma vieille mère respire mal quand elle monte l'escalier",
    "mon beau-frère a saigné du bras au travail",
    "farigan bɛ n fa la kabini kunu",
    "n kɔrɔkɛ kunkolo bɛ a dimi kosɛbɛ",
])
def test_a_sign_of_an_older_relative_or_a_man_raises_no_alarm(text):
    assert not is_danger(text)


@pytest.mark.parametrize("text", [
    "farigan juguman bɛ n cɛ la, n fana farigan bɛ n na",    # his and hers
    "farigan juguman bɛ n cɛ la ani n fana",                   # "and me too"
    "n den tile 5, farigan b'a la kosɛbɛ",                    # the baby's: "fari" is not "fa"
])
def test_her_sign_told_beside_a_mans_still_alarms(text):
    assert is_danger(text)


# From the round-5 model's remaining errors on the informed sets (fresh2, fresh4), written anew.
@pytest.mark.parametrize("text", [
    "n bolow ni n ɲɛda gonflé don kabini kunu",          # face and hands swollen, with the loanword
    "joli tun jɔlen don, nka a segira ka bɔ bi",         # the bleeding came back
])
def test_bambara_swelling_with_the_loanword_and_bleeding_that_came_back_alarm(text):
    assert is_danger(text)


def test_a_baby_who_feeds_well_overrules_the_classifier_but_a_sign_beside_it_alarms():
    assert sign_words_let_through("il tète très bien et dort toute la nuit")
    # "pas de douleur" is often said beside a real sign ("un liquide coule, pas de douleur, 7 mois"):
    # a pain said absent does not overrule the classifier
    assert not sign_words_let_through("un liquide tiède descend, pas de douleur, je suis à 7 mois")
    assert is_danger("il tète très bien mais son corps est brûlant")


# Forms read from tests/nlu/fresh5's misses after it was scored once (written anew here): signs told in
# everyday words — pads changed every half hour, breaths counted, a baby who does not wake to feed, a cord
# that stinks, wanting to throw the baby, swollen eyelids, movements "almost nothing" now, a little blood
# with pain in early pregnancy, suffocating at rest, always wet, "joli … b'a la".
@pytest.mark.parametrize("text", [
    "depuis l'accouchement elle change de pagne toutes les 30 minutes",
    "j'ai compté 75 en une minute, il respire trop",
    "il respire comme s'il venait de courir",
    "elle ne se réveille pas pour téter depuis ce matin",
    "le cordon pue et un liquide sort",
    "j'ai envie de la jeter quand elle pleure",
    "mes paupières sont gonflées depuis hier, 7 mois",
    "je n'arrive plus à fermer les mains tellement elles sont gonflées, enceinte",
    "il bougeait bien avant, depuis hier plus rien du tout",
    "un peu de sang avec des crampes, 2 mois de grossesse",
    "je suffoque la nuit, 8 mois",
    "liquide qui coule sans arrêt, 34 semaines",
    "joli b'a la, a kɔnɔma don",
])
def test_signs_told_in_the_forms_fresh5_found_alarm(text):
    assert is_danger(text)


@pytest.mark.parametrize("text", [
    "à l'émission de la radio ils ont parlé des convulsions du nouveau-né",
    "la fontanelle de mon bébé est molle, c'est normal ?",
    "j'ai acheté des poches d'eau glacée au marché",
    "mon fils me fait mourir de rire",
    "du sang dans la viande, je peux la manger enceinte ?",
    "je n'ai pas envie de me faire du mal, juste fatiguée",
    "mon mari est épileptique, mon bébé peut hériter des crises ?",
    "règles en retard de 2 semaines, je fais un test ?",
    "pas d'eau au robinet depuis hier",
    "l'an dernier hémorragie à l'accouchement, cette fois je veux accoucher au cscom",
    "le fils de ma co-épouse avait de la fièvre hier, il joue maintenant",
    "j'ai eu mal à la tête au soleil, j'ai bu de l'eau et ça passe",
    "je tremble rien que d'y penser, l'accouchement me fait peur",
])
def test_ordinary_messages_in_the_forms_fresh5_found_raise_no_alarm(text):
    assert not is_danger(text)


def test_a_bambara_question_whether_something_brings_a_sign_to_people_is_general():
    text = "fura nin bɛ farigan lase mɔgɔ ma wa?"     # does this medicine bring fever to people?
    assert not is_danger(text) and sign_words_let_through(text)


# Forms read from tests/nlu/fresh6's misses and false alarms after it was scored once (written anew).
@pytest.mark.parametrize("text", [
    "10 jours après l'accouchement mes pertes sont verdâtres",
    "c'est quoi ce sang rouge qui coule, 4 mois de grossesse",
    "3 coups de pied seulement depuis hier, 8 mois",
])
def test_signs_told_in_the_forms_fresh6_found_alarm(text):
    assert is_danger(text)


@pytest.mark.parametrize("text", [
    "mon bébé me fait manger plus qu'avant, j'ai toujours faim",
    "ma tête va exploser avec les factures de ce mois lol",
    "j'ai failli m'évanouir en voyant la facture mdr",
    "quand j'étais enfant j'avais des convulsions avec la fièvre, mon bébé peut faire ça aussi ?",
    "hier mal au ventre après le piment, aujourd'hui ça va",
    "les saignements diminuent, juste un peu rose, 2 semaines après",
    "je veux donner mon sang à ma soeur, je peux ?",
    "n ye sugo kɛ ko n binna, nka o tun tɛ tiɲɛ ye",
    "saga joli bɛ bɔ seli don",
])
def test_ordinary_messages_in_the_forms_fresh6_found_raise_no_alarm(text):
    assert not is_danger(text)


@pytest.mark.parametrize("text, sign", [
    ("le thermomètre marque 36,9 pour le bébé, c'est bon ?", False),
    ("thermomètre ko 37 den ma", False),
    ("le thermomètre marque 37,8 pour mon bébé de 4 jours", True),    # fever is above 37.5 (CONTENT_FACTS)
    ("température 39 depuis l'accouchement", True),
    ("le thermomètre dit 35 pour le bébé né hier", True),             # cold below 35.5
])
def test_a_thermometer_reading_alarms_only_outside_the_normal_range(text, sign):
    assert is_danger(text) is sign
    if not sign:
        assert sign_words_let_through(text)     # the classifier is overruled on a normal reading


def test_burning_when_passing_urine_is_a_midwifes_question_not_an_emergency():
    assert not is_danger("ça brûle quand je fais pipi, 5 mois")
    assert sign_words_let_through("ça brûle quand je fais pipi, 5 mois")


def test_a_head_that_will_explode_with_pain_alarms_and_one_that_will_with_paperwork_does_not():
    assert is_danger("ma tête va exploser à cause de la douleur, 8 mois")
    assert not is_danger("ma tête va exploser avec tous ces papiers lol")


# Forms of the round-7 training examples (written without seeing the patterns) that no pattern took:
# signs told by what is seen or done about them (sentences written anew, not copied from data/nlu).
@pytest.mark.parametrize("text, newborn", [
    ("elle est tombée, de la mousse sort de sa bouche, enceinte de 6 mois", False),
    ("cette nuit mon corps a tressauté sans que je le veuille et ce matin ma langue est mordue, 7 mois", False),
    ("ma tête me cogne depuis ce matin, 35 semaines", False),
    ("je vois double depuis midi, je suis à 8 mois", False),
    ("enceinte de 5 mois, je brûle et je ne peux pas me lever", False),
    ("elle grelotte sous trois couvertures, enceinte de 7 mois", False),
    ("je n'arrive plus à finir une phrase sans m'arrêter, 8 mois", False),
    ("ma culotte est tachée de sang, 4 mois", False),
    ("le seau est devenu tout rouge quand je me suis lavée, grossesse 6 mois", False),
    ("d'habitude il tape fort le soir, ce soir plus rien du tout, 34 semaines", False),
    ("un seul mouvement depuis hier, 8 mois", False),
    ("mon visage est tout bouffi ce matin, 7 mois", False),
    ("c'est mouillé sans arrêt et ce n'est pas du pipi, 36 semaines", False),
    ("accouchée il y a 6 jours, ça sent le pourri en bas", False),
    ("ma jambe droite est plus grosse que l'autre depuis l'accouchement", False),
    ("j'ai peur de ce que je pourrais lui faire quand il pleure", False),
    ("je m'imagine lâcher le bébé dans la cour", False),
    ("mon bébé de 4 jours garde le lait dans la bouche sans avaler", True),
    ("le bébé a tété une seule fois depuis hier soir", True),
    ("mon nourrisson de 9 jours reste froid malgré la couverture", True),
    ("sa peau est couleur citron, il est né avant-hier", True),
    ("bb de 6 jours, ses bras et ses jambes sont tout mous", True),
    ("n fari ka kalan i n'a fɔ tasuma, n tɛ se ka wuli", False),
    ("n jiginna kunu, ni n wulila n bɛ bin", False),
    ("den disi bɛ don kɔnɔ ni a bɛ ɲɔn", True),
])
def test_signs_told_in_the_forms_of_the_round7_training_data_alarm(text, newborn):
    from bot.nlu.danger_lexicon import subject
    assert is_danger(text)
    assert (subject(text) == "newborn") is newborn


@pytest.mark.parametrize("text", [
    "tile ka kalan i n'a fɔ tasuma bi",                                   # the sun is hot like fire
    "an ka wulu binna ka yɛrɛyɛrɛ",                                       # the dog fell trembling
    "notre chèvre a mis bas et le petit chevreau ne tète pas",
    "ma soeur dit que je suis pâle comme une morte, c'est l'anémie ?",
    "d'un seul coup il s'est mis à pleuvoir, la réunion est reportée ?",
    "je brûle d'impatience de voir mon bébé, 8 mois",
    "ça me brûle quand je fais pipi",
    "mon mari dit qu'il a mal à la gorge depuis hier",
])
def test_ordinary_messages_near_the_round7_forms_raise_no_alarm(text):
    assert not is_danger(text)


# Forms read from tests/nlu/fresh7's misses and false alarms after it was scored once (written anew).
@pytest.mark.parametrize("text", [
    "il n'a remué que 2 fois aujourd'hui, avant c'était sans arrêt, 35 semaines",
    "den tun bɛ lamaga, bi a lamagara siɲɛ kelen dɔrɔn",
    "boutons caman bɛ den kɔnɔ la, nɛn b'u la",
    "la sage-femme a expliqué les signes de danger et moi je saigne depuis ce matin",
])
def test_signs_told_in_the_forms_fresh7_found_alarm(text):
    assert is_danger(text)


@pytest.mark.parametrize("text", [
    "l'infirmière nous a montré les signes de danger : saignement, fièvre, convulsions",
    "je garde du paracétamol au cas où le bébé aurait de la fièvre un soir",
    "j'ai marché sur un clou, ça saigne un peu au pied",
    "il a eu la jaunisse, le CSCom l'a soigné, maintenant il est tout rose",
    "l'an dernier ma cousine a convulsé, j'ai eu peur pour rien pour moi",
    "ma tante dit qu'un bébé jaune doit aller au soleil ; le nôtre n'est pas jaune",
    "l'échographie, ça le brûle le bébé ?",
    "san saba ye nin ye, joli caman bɔra n na, nka nin kɔnɔmaya in ka ɲi",
    "an ka saga ye den wolo, joli bɔra a la",
    "il y a 3 ans j'ai saigné à ma fausse couche, maintenant tout se passe bien",
])
def test_ordinary_messages_in_the_forms_fresh7_found_raise_no_alarm(text):
    assert not is_danger(text)


def test_a_fall_with_everything_spinning_alarms_and_falling_pregnant_does_not():
    # two signs of fresh6 the round-6 model caught and the round-7 model does not (written anew)
    assert is_danger("accouchée avant-hier, je me suis levée et je suis tombée, tout tourne")
    assert is_danger("n kɔnɔma don, n tɛ se ka ninakili")
    assert not is_danger("je suis tombée enceinte après deux ans d'attente, merci Dieu")


# Forms read from tests/nlu/fresh8's misses and false alarms after it was scored once (written anew).
@pytest.mark.parametrize("text", [
    "den tun bɛ lamaga kosɛbɛ, sisan a dɔgɔyara, kalo wolonwula",
    "je remplis une garniture toutes les 15 min depuis l'accouchement hier",
    "avant je sentais beaucoup de coups, aujourd'hui 1 seulement, 34 semaines",
])
def test_signs_told_in_the_forms_fresh8_found_alarm(text):
    assert is_danger(text)


@pytest.mark.parametrize("text", [
    "je peux tomber enceinte si je n'ai pas encore revu mes règles après l'accouchement ?",
    "il respire vite quand il pleure, puis il se calme",
    "j'ai vu à la télé une femme qui a fait des convulsions, j'ai eu peur",
    "les eaux de pluie ont inondé la cour cette nuit",
    "je n'ai ni mal de tête ni vision floue, tout va bien",
    "je me suis coupée au doigt avec le couteau, un peu de sang",
    "farigan tun bɛ n den na, bi a banna",
    "tindimi bɛ na miniti joli o joli?",
    "den lamagali bɛ dɔgɔya kɔnɔmaya laban na wa?",
])
def test_ordinary_messages_in_the_forms_fresh8_found_raise_no_alarm(text):
    assert not is_danger(text)


@pytest.mark.parametrize("text, fewer", [
    ("depuis ce matin je le sens à peine, 8 mois", True),
    ("ce matin quelques coups seulement, d'habitude il tape tout le temps", True),
    ("den lamagali ka dɔgɔ bi", True),
    ("à partir de quel mois on le sent bouger ?", False),
    ("il bouge beaucoup le soir, c'est normal ?", False),
    ("14 semaines et je ne sens pas encore bouger", False),
    ("mon mari dit qu'il bouge moins, lui il a 40 ans", False),   # someone else's
])
def test_fewer_movements_under_the_fetal_movement_answer_are_a_danger_sign(text, fewer):
    # bot.nlu.components.DangerLexicon asks this only when the classifier chose the fetal-movement answer
    from bot.nlu.danger_lexicon import fewer_movements_reported
    assert (fewer_movements_reported(text) is not None) is fewer


# Forms read from tests/nlu/fresh9's misses and false alarms after it was scored twice (written anew).
@pytest.mark.parametrize("text", [
    "depuis l'accouchement je dois m'asseoir pour reprendre mon souffle même en parlant",
    "je me redresse dans le lit pour respirer la nuit, bb a 10 jours",
    "den bɛ sunɔgɔ tuma bɛɛ, n y'a lamaga nka a ma wuli",
    "j'ai vu un film hier et depuis ce matin je saigne beaucoup",        # her sign after the story
    "à la radio ils parlaient des convulsions, et ma fille enceinte a des convulsions depuis ce matin",
])
def test_signs_told_in_the_forms_fresh9_found_alarm(text):
    assert is_danger(text)


@pytest.mark.parametrize("text", [
    "c'est quoi les signes qui doivent faire venir une femme enceinte en urgence ?",
    "si jamais la poche des eaux se perce pendant le voyage, je fais quoi ?",
    "au cas où ma femme saigne beaucoup à l'accouchement, quel numéro appeler ?",
    "dans la série de ce soir une femme a saigné après la naissance, c'est arrivé en vrai ?",
    "le genou de mon père a gonflé après le travail au champ",
    "ma tante a perdu beaucoup de sang à l'accouchement, on l'a transfusée et elle est rentrée en forme",
    "ma femme a eu de la fièvre après l'accouchement, on l'a soignée, elle veut reprendre le travail",
    "le bébé a chaud parce qu'il fait 43 dehors, le thermomètre dit 36,8",
    "il ne tète pas quand il dort, il se réveille et tète bien",
    "le fils de ma sœur était jaune à la naissance, aujourd'hui il va à l'école",
    "n ka jakuma tɛ dumuni kɛ, a tɛ lamaga",
    "n ye sugo ye ko basi bɛ bɔ n na, nka foyi tɛ n na",
])
def test_ordinary_messages_in_the_forms_fresh9_found_raise_no_alarm(text):
    assert not is_danger(text)


@pytest.mark.parametrize("text", [
    "il respire 40 fois par minute, la sage-femme a dit que c'est bon",
    "den barajuru bɛ bɔ kɛnɛma ni a bɛ kasi, a ma bilen",
])
def test_sign_words_a_carer_settled_or_denied_overrule_the_classifier(text):
    assert not is_danger(text) and sign_words_let_through(text)


# Forms read from tests/nlu/fresh10's and fresh11's misses and false alarms after they were scored (written anew).
@pytest.mark.parametrize("text", [
    "n den fari bɛ jeni i n'a fɔ tasuma kabini sɔgɔma",
    "c sa mere qui ecrit, ma fille a accouché hier et elle a fait une crise ce soir",   # the writer is not the one
    "c la grand mere qui ecrit, la jeune maman tremble et bave depuis ce soir, elle a accouché lundi",
    "kabini kunu su, n ma den lamagali dɔn n kɔnɔ",
    "enceinte de 6 mois, j'ai une violente douleur au ventre depuis ce matin",
    "mes règles sont revenues mais là je saigne beaucoup avec des caillots",            # heavy: not a period
    "la fièvre de bb est tombée hier mais ce soir elle est encore à 39",                # it came back
    "le bebe a eu de la fievre, on continue le sirop mais il est toujours brulant",
    "j ai perdu les eaux, on m a emmenee a la maternite mais ils disent d attendre",    # hers: not a story
    "hakili bɛ n na ka den faga, n bɛ siran",                                         # a thought of harming the baby
])
def test_signs_told_in_the_forms_fresh10_and_fresh11_found_alarm(text):
    assert is_danger(text)


@pytest.mark.parametrize("text", [
    "filimu dɔ kɔnɔ, muso dɔ ye kirinni kɛ",
    "j'ai lu sur facebook que les convulsions tuent les femmes enceintes, c'est vrai ?",
    "on a cru qu'elle avait de la fièvre mais c'était le soleil",
    "je respire vite quand je monte la colline mais ça passe après",
    "la fièvre du bébé est tombée avec le sirop, il joue",
    "la température du bébé est redescendue",
    "ma sœur a perdu les eaux, on l'a emmenée à la maternité, elle va bien",
    "mes règles sont revenues 3 mois après l'accouchement, du sang pendant 5 jours",
    "peau contre peau pour garder le bébé au chaud, on fait comment ?",
    "quand je dois arrêter le sein pour mon fils de 2 ans ?",
    "je ne veux pas du tout me faire du mal, je suis juste fatiguée",
    "ma tête tourne avec ces factures lol",
    "an ka sisɛ dɔ tɛ lamaga tugun",
    "n da kɔnɔ bɛ joli bɔ sɔgɔma",
    "ni joli bɔra n na, n ka mun kɛ?",
    "c pas du sang, c du jus de bissap",
    "la fievre de bb est tombee hier avec le sirop, je continue le sirop combien de jours ?",
])
def test_ordinary_messages_in_the_forms_fresh10_and_fresh11_found_raise_no_alarm(text):
    # not an emergency, and the classifier is overruled if it reads the sign's words as one
    assert not is_danger(text) and sign_words_let_through(text)


def test_a_thermometer_reading_a_carer_called_normal_overrules_the_classifier():
    assert sign_words_let_through("37,4 sous le bras, l'infirmière dit que c'est normal")
    assert not sign_words_let_through("37,4 sous le bras, c'est normal ?")
