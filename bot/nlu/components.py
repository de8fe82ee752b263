"""Thin Rasa 3.6 wrappers around Jigiya's pure NLU logic (with action_validation, the only modules
here that import rasa).

Pipeline order (config.yml): NormalisingTokenizer first, so every featurizer sees folded text;
LanguageIdentifier and DangerLexicon last, after DIET, ResponseSelector and FallbackClassifier.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu import action_validation, danger_lexicon, health_guard, langid
from bot.nlu.normalise import normalise

action_validation.install()  # this module is what the Rasa server imports: see action_validation


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class NormalisingTokenizer(WhitespaceTokenizer):
    """Whitespace tokenizer over ``normalise(text)``.

    The message TEXT is left as the woman typed it (trackers and the midwife page show the
    original); only the tokens, and so every featurizer, see the folded form. Token offsets refer
    to the normalised string, which is fine because DIET does no entity extraction here.
    """

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {**WhitespaceTokenizer.get_default_config()}

    def tokenize(self, message: Message, attribute: Text) -> List[Token]:
        if attribute != TEXT:
            return super().tokenize(message, attribute)
        norm = normalise(message.get(attribute) or "")
        message.set("text_normalised", norm)
        words = norm.split() or [norm]
        tokens = self._convert_words_to_tokens(words, norm)
        return self._apply_token_pattern(tokens)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class LanguageIdentifier(GraphComponent):
    """Adds entity ``language`` = ``fr`` | ``bm`` to every parse (see docs/nlu.md).

    The entity carries ``confidence_entity`` (0.5 = no evidence) and ``words``; the app keeps the
    woman's stored language when the message is short or the confidence low.
    """

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"default_language": "fr"}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._default = config.get("default_language", "fr")
        langid.default_model()  # build the n-gram model once, at load time, not on a request

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "LanguageIdentifier":
        return cls(config)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            guess = langid.identify(text, default=self._default)
            entity = {
                "entity": "language",
                "value": guess.language,
                "start": 0,
                "end": len(text),
                "confidence_entity": guess.confidence,
                "words": guess.words,
                "extractor": self.__class__.__name__,
            }
            entities = [e for e in (message.get(ENTITIES) or []) if e.get("entity") != "language"]
            message.set(ENTITIES, entities + [entity], add_to_output=True)
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class DangerLexicon(GraphComponent):
    """Overrides the intent with ``danger_sign`` when the danger lexicon matches.

    Runs after FallbackClassifier so it also rescues messages the model was unsure about. The
    parse gets ``danger_lexicon`` = {category, match, model_intent} so overrides can be audited. When
    the model alone says ``danger_sign`` on a message whose sign words the lexicon let through (absent,
    over, asked about, someone else's), the intent becomes ``demote_to`` (``health_other``: a midwife
    still reads it) and the parse gets ``danger_let_through`` = {model_intent}.
    """

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"intent": "danger_sign", "demote_to": "health_other"}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._intent = config.get("intent", "danger_sign")
        self._demote_to = config.get("demote_to", "health_other")

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "DangerLexicon":
        return cls(config)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            hit = danger_lexicon.match(text)
            current: Optional[Dict[Text, Any]] = message.get(INTENT) or {}
            selected = health_guard.faq_selection(message.get("response_selector"))
            if not hit and current.get("name") == "faq" and selected.get("intent_response_key") == "faq/fetal_movement":
                hit = danger_lexicon.fewer_movements_reported(text)
            if not hit:
                if current.get("name") == self._intent and danger_lexicon.sign_words_let_through(text):
                    self._demote(message, current)
                continue
            if current.get("name") == self._intent:
                continue
            forced = {"name": self._intent, "confidence": 1.0}
            ranking = [r for r in (message.get(INTENT_RANKING_KEY) or []) if r.get("name") != self._intent]
            message.set(INTENT, forced, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [forced] + ranking, add_to_output=True)
            message.set("danger_lexicon", {"category": hit[0], "match": hit[1],
                                           "model_intent": current.get("name")}, add_to_output=True)
        return messages

    def _demote(self, message: Message, current: Dict[Text, Any]) -> None:
        # The model read a sign's words ("la fievre est partie", "ma mere a mal a la tete"); the lexicon
        # read the form and found no sign of now. A midwife still reads it, as an ordinary question.
        demoted = {"name": self._demote_to, "confidence": current.get("confidence", 0.0)}
        ranking = [r for r in (message.get(INTENT_RANKING_KEY) or []) if r.get("name") != self._demote_to]
        message.set(INTENT, demoted, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [demoted] + ranking, add_to_output=True)
        message.set("danger_let_through", {"model_intent": current.get("name")}, add_to_output=True)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class HealthGuard(GraphComponent):
    """Routes health questions no reviewed answer covers to ``health_other`` (a midwife answers).

    After FallbackClassifier, before DangerLexicon (which still overrides everything). See
    ``bot.nlu.health_guard`` for the three checks and docs/nlu.md for how they were chosen. The
    parse gets ``health_guard`` = {reason, model_intent, faq_key, faq_confidence} when it acts.
    """

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"fallback_health": True, "faq_min_confidence": 0.0, "topic_check": False,
                "topic_check_below": 1.01, "min_health_words": 2, "rescue_faq_confidence": 1.01,
                "unsure_faq_without_health_word_is_off_topic": False}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._config = health_guard.GuardConfig(
            fallback_health=bool(config.get("fallback_health", True)),
            faq_min_confidence=float(config.get("faq_min_confidence", 0.0)),
            topic_check=bool(config.get("topic_check", False)),
            topic_check_below=float(config.get("topic_check_below", 1.01)),
            min_health_words=int(config.get("min_health_words", 2)),
            rescue_faq_confidence=float(config.get("rescue_faq_confidence", 1.01)),
            unsure_faq_without_health_word_is_off_topic=bool(
                config.get("unsure_faq_without_health_word_is_off_topic", False)))

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "HealthGuard":
        return cls(config)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            current: Dict[Text, Any] = message.get(INTENT) or {}
            name = current.get("name") or "nlu_fallback"
            selected = health_guard.faq_selection(message.get("response_selector"))
            key = (selected.get("intent_response_key") or "").partition("/")[2] or None
            confidence = selected.get("confidence")
            intent, reason = health_guard.decide(message.get(TEXT) or "", name, key, confidence, self._config)
            if reason is None:
                continue
            forced = {"name": intent, "confidence": max(float(current.get("confidence") or 0.0), 0.5)}
            ranking = [r for r in (message.get(INTENT_RANKING_KEY) or []) if r.get("name") != intent]
            message.set(INTENT, forced, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [forced] + ranking, add_to_output=True)
            message.set("health_guard", {"reason": reason, "model_intent": name, "faq_key": key,
                                         "faq_confidence": confidence}, add_to_output=True)
        return messages
