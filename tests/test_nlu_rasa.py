"""NLU tests that need the Rasa environment (.venv-rasa), run as subprocesses from the app env.

Uses models/jigiya.tar.gz when it is newer than every training input (what `make test` trains),
otherwise trains an NLU-only model into a temporary directory (~2.5 min on 2 cores).
Thresholds are the issue's targets, measured on the held-out files in tests/nlu/.
"""
import glob
import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RASA = os.path.join(ROOT, ".venv-rasa", "bin", "rasa")
RASA_PY = os.path.join(ROOT, ".venv-rasa", "bin", "python")
sys.path.insert(0, os.path.join(ROOT, "scripts", "nlu"))
import heldout  # noqa: E402

pytestmark = [
    pytest.mark.rasa,
    pytest.mark.skipif(not os.access(RASA, os.X_OK), reason=".venv-rasa/bin/rasa is missing (run make setup)"),
]

CONTRACT = ["greet", "goodbye", "thank", "affirm", "deny", "set_language", "help_menu",
            "ask_share_topic", "ask_next_meeting", "start_checklist", "danger_sign", "ask_midwife",
            "opt_out", "out_of_scope", "opt_in"]
FAQ_KEYS = ["antenatal_visits", "nutrition", "anemia_iron", "malaria_prevention", "labour_signs",
            "breastfeeding", "newborn_care", "hygiene", "rest_and_work", "fetal_movement",
            "family_planning", "vaccination", "costs_savings"]


def _env():
    env = dict(os.environ, PYTHONPATH=ROOT, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="3")
    return env


def _inputs_mtime():
    paths = [os.path.join(ROOT, "config.yml")]
    for pattern in ("domain/**/*.yml", "data/**/*.yml", "bot/nlu/**/*.py"):
        paths += glob.glob(os.path.join(ROOT, pattern), recursive=True)
    return max(os.path.getmtime(p) for p in paths)


@pytest.fixture(scope="session")
def nlu_model(tmp_path_factory):
    existing = os.path.join(ROOT, "models", "jigiya.tar.gz")
    if os.path.exists(existing) and os.path.getmtime(existing) >= _inputs_mtime():
        return existing
    out = tmp_path_factory.mktemp("nlu-model")
    subprocess.run([RASA, "train", "nlu", "--config", "config.yml", "--domain", "domain",
                    "--nlu", "data/nlu", "--out", str(out), "--fixed-model-name", "nlu"],
                   cwd=ROOT, env=_env(), check=True, capture_output=True, timeout=1200)
    return str(out / "nlu.tar.gz")


def _parse(model, texts, tmp_path):
    src, dst = tmp_path / "in.json", tmp_path / "out.json"
    src.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    proc = subprocess.run([RASA_PY, os.path.join(ROOT, "scripts", "nlu", "parse_batch.py"), model,
                           str(src), str(dst)], cwd=ROOT, env=_env(), capture_output=True, timeout=600)
    assert proc.returncode == 0, proc.stderr.decode()[-3000:]
    return json.loads(dst.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def heldout_parses(nlu_model, tmp_path_factory):
    out = {}
    for lang in ("fr", "bm"):
        examples = heldout.load_examples(os.path.join(ROOT, "tests", "nlu", f"test_{lang}.yml"))
        result = _parse(nlu_model, [t for t, _ in examples], tmp_path_factory.mktemp(lang))
        out[lang] = (examples, result["parses"], result["latency_ms"])
    return out


def test_data_validate_whole_project():
    # Over the whole project (all of domain/ and data/): it also needs the dialogue rules and
    # stories to use every intent, which other parts of the project provide.
    proc = subprocess.run([RASA, "data", "validate", "--fail-on-warnings", "--domain", "domain",
                           "--data", "data", "--config", "config.yml"],
                          cwd=ROOT, env=_env(), capture_output=True, timeout=600)
    log = (proc.stdout + proc.stderr).decode()
    assert proc.returncode == 0, log[-4000:]


def test_rasa_test_nlu_runs_on_heldout_files(nlu_model, tmp_path):
    for lang in ("fr", "bm"):
        out = tmp_path / lang
        subprocess.run([RASA, "test", "nlu", "--nlu", f"tests/nlu/test_{lang}.yml", "--model", nlu_model,
                        "--out", str(out)], cwd=ROOT, env=_env(), check=True, capture_output=True, timeout=900)
        report = json.loads((out / "intent_report.json").read_text())
        assert report["accuracy"] >= (0.92 if lang == "fr" else 0.85), (lang, report["accuracy"])


@pytest.mark.parametrize("lang, minimum", [("fr", 0.92), ("bm", 0.85)])
def test_heldout_accuracy(heldout_parses, lang, minimum):
    examples, parses, _ = heldout_parses[lang]
    s = heldout.score(examples, parses)
    assert s["intent_accuracy"] >= minimum, s["errors"]


@pytest.mark.parametrize("lang", ["fr", "bm"])
def test_danger_recall_is_total(heldout_parses, lang):
    examples, parses, _ = heldout_parses[lang]
    s = heldout.score(examples, parses)
    missed = [t for (t, g), p in zip(examples, parses) if g == "danger_sign"
              and heldout.full_intent(p) != "danger_sign"]
    assert s["danger_recall"] == 1.0, missed


@pytest.mark.parametrize("lang", ["fr", "bm"])
def test_every_parse_carries_language(heldout_parses, lang):
    examples, parses, _ = heldout_parses[lang]
    for (text, _), parse in zip(examples, parses):
        ents = [e for e in parse["entities"] if e["entity"] == "language"]
        assert len(ents) == 1 and ents[0]["value"] in ("fr", "bm"), text
        assert 0.5 <= ents[0]["confidence_entity"] <= 1.0
    correct, total = heldout.language_accuracy(examples, parses, lang, min_words=3)
    assert correct / total >= 0.97, (lang, correct, total)


# Parse latency (target p50 <= 30 ms) is a benchmark, not a test: a timed assertion failed on a
# loaded machine (57 ms with other trainings running). `make bench-nlu` measures it (docs/nlu.md).


# One plain probe per intent and faq key, per language: every contract name must be predictable.
PROBES = {
    "greet": ["bonjour", "i ni sɔgɔma"], "goodbye": ["au revoir", "k'an bɛn"],
    "thank": ["merci beaucoup", "abarika"], "affirm": ["oui", "ɔwɔ"], "deny": ["non", "ayi"],
    "set_language": ["en bambara svp", "bamanankan na"], "help_menu": ["aide", "n dɛmɛ"],
    "ask_share_topic": ["le thème du mois", "kalo in na baro ye mun ye?"],
    "ask_next_meeting": ["la prochaine réunion c quand", "ɲɔgɔnye bɛ kɛ tuma jumɛn?"],
    "start_checklist": ["préparer mon accouchement", "jiginni labɛnni"],
    "danger_sign": ["je saigne", "basibɔn bɛ n na"],
    "ask_midwife": ["je veux parler à la sage femme", "n b'a fɛ ka kuma sage-femme fɛ"],
    "opt_out": ["STOP", "a dabila"], "opt_in": ["START", "an k'a daminɛ"],
    "out_of_scope": ["qui a gagné le match", "sanji bɛ na wa?"],
    "faq/antenatal_visits": ["combien de cpn", "CPN siɲɛ joli?"],
    "faq/nutrition": ["que manger enceinte", "musokɔnɔma ka kan ka mun dun?"],
    "faq/anemia_iron": ["le fer c'est pour quoi", "jolidɛsɛ ye mun ye?"],
    "faq/malaria_prevention": ["moustiquaire et palu", "sumaya ni kɔnɔmaya"],
    "faq/labour_signs": ["les signes du travail", "tindimi ye mun ye?"],
    "faq/breastfeeding": ["allaitement", "sin di den ma"],
    "faq/newborn_care": ["garder le bébé au chaud", "denyɛrɛnin ladonni"],
    "faq/hygiene": ["hygiène enceinte", "saniya"],
    "faq/rest_and_work": ["je peux porter des charges lourdes", "n bɛ se ka doni ta wa?"],
    "faq/fetal_movement": ["quand le bébé commence à bouger", "den bɛ lamaga tuma jumɛn?"],
    "faq/family_planning": ["planning familial", "bangekɔlɔsi"],
    "faq/vaccination": ["vaccin antitétanique", "boloci"],
    "faq/costs_savings": ["prix de l'accouchement", "jiginni sɔngɔ ye joli ye?"],
}
# Issue 17: the new FAQ keys and health_other (a midwife answers what no reviewed answer covers).
NEW_PROBES = {
    "faq/nausea": ["j'ai des nausées", "fɔɔnɔ bɛ n na"],
    "faq/back_pain": ["j'ai mal au dos", "kɔdimi bɛ n na"],
    "faq/constipation": ["je suis constipée", "kɔnɔja bɛ n na"],
    "faq/cord_care": ["que mettre sur le cordon du bébé", "den barajuru ladoncogo"],
    "faq/ultrasound": ["l'échographie c'est quand", "échographie ye mun ye?"],
    "health_other": ["le paracétamol est-il dangereux enceinte", "diabète bɛ n na, n ye kɔnɔ ta"],
}


def test_every_contract_intent_is_predictable(nlu_model, tmp_path):
    assert set(CONTRACT) | {f"faq/{k}" for k in FAQ_KEYS} == set(PROBES)
    texts = [t for ts in PROBES.values() for t in ts]
    parses = _parse(nlu_model, texts, tmp_path)["parses"]
    got = dict(zip(texts, (heldout.full_intent(p) for p in parses)))
    wrong = {t: (want, got[t]) for want, ts in PROBES.items() for t in ts if got[t] != want}
    assert not wrong


def test_new_faq_keys_and_health_other_are_predictable(nlu_model, tmp_path):
    texts = [t for ts in NEW_PROBES.values() for t in ts]
    parses = _parse(nlu_model, texts, tmp_path)["parses"]
    got = dict(zip(texts, (heldout.full_intent(p) for p in parses)))
    wrong = {t: (want, got[t]) for want, ts in NEW_PROBES.items() for t in ts if got[t] != want}
    assert not wrong


def test_ambiguous_bambara_words(nlu_model, tmp_path):
    texts = ["jiginni sɔngɔ ye joli ye?", "joli bɛ bɔ kosɛbɛ", "kalo o kalo an bɛ jateminɛ kɛ",
             "den bɛ lamaga n kɔnɔ", "i ni ce", "i ni ce kosɛbɛ"]
    got = [heldout.full_intent(p) for p in _parse(nlu_model, texts, tmp_path)["parses"]]
    assert got[0] == "faq/costs_savings"          # joli = how much
    assert got[1] == "danger_sign"                # joli = blood
    assert got[2] != "danger_sign"                # kalo = month
    assert got[3] == "faq/fetal_movement"         # kɔnɔ = inside (the belly)
    assert got[4] in ("greet", "thank")           # i ni ce = hello *or* thank you
    assert got[5] == "thank"


def test_sign_words_that_are_absent_over_or_someone_elses_are_no_emergency(nlu_model, tmp_path):
    # The model reads a sign's words; the lexicon reads the form. These go to a midwife as ordinary
    # messages (or get their answer), never the emergency reply.
    texts = ["pas de saignement, pas de fièvre, je vais bien à 6 mois",
             "mon mari a mal à la tête depuis hier soir",
             "le bébé avait chaud hier, la sage-femme l'a vu, elle a dit que c'est rien",
             "basi tun bɛ bɔ dɔɔni, nka a jɔra, dɔgɔtɔrɔ ko a man jugu"]
    got = [heldout.full_intent(p) for p in _parse(nlu_model, texts, tmp_path)["parses"]]
    assert "danger_sign" not in got, dict(zip(texts, got))


ACTION_VALIDATION_CHECK = r'''
import jsonschema
from rasa.core.actions.action import RemoteAction

original = RemoteAction._validate_action_result
import bot.nlu.components  # what the Rasa server imports when it loads the model
assert RemoteAction._validate_action_result is not original, "not installed"

replies = [
    {"events": [{"event": "slot", "name": "language", "value": "bm", "timestamp": None}],
     "responses": [{"text": "I ni ce"}]},
    {"events": [], "responses": []},
    {},
    {"events": "not a list", "responses": []},
    {"events": [{"event": "no_such_event"}], "responses": []},
    {"events": [{"event": "slot", "value": 1}], "responses": []},
    {"events": [], "responses": ["not an object"]},
    [],
]
action = RemoteAction("action_answer_faq", None)
outcomes = []
for reply in replies:
    try:
        jsonschema.validate(reply, RemoteAction.action_response_format_spec())
        expected = None
    except jsonschema.ValidationError as exc:
        expected = exc.message
    try:
        assert action._validate_action_result(reply) is True
        got = None
    except jsonschema.ValidationError as exc:
        got = exc.message
    assert (got is None) == (expected is None), (reply, expected, got)
    if expected is not None:
        assert got.startswith(expected + ". Failed to validate Action server response"), (expected, got)
    outcomes.append(got is None)
print(outcomes)
'''


def test_action_replies_pass_and_fail_as_with_rasas_own_check():
    """The Rasa server checks each action-server reply with a validator built once
    (bot.nlu.action_validation) instead of jsonschema.validate() per call: the same replies must
    pass and fail, with the same message."""
    done = subprocess.run([RASA_PY, "-c", ACTION_VALIDATION_CHECK], cwd=ROOT, env=_env(),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().splitlines()[-1] == "[True, True, True, False, False, False, False, False]"
