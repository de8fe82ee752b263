"""Parse messages with a trained Rasa model, in-process, exactly as Rasa's /model/parse does.

Run with the Rasa env:
    PYTHONPATH=. .venv-rasa/bin/python scripts/nlu/parse_batch.py MODEL.tar.gz IN.json OUT.json
IN.json is a JSON list of texts; OUT.json gets {"parses": [...], "latency_ms": [...]} (a file,
because Rasa and TensorFlow print to stdout).
Used by tests/test_nlu_rasa.py and scripts/nlu/bench.py (the app env has no rasa).
"""
import asyncio
import json
import logging
import os
import sys
import time


async def _run(model_path, texts):
    from rasa.core.agent import Agent

    agent = Agent.load(model_path)
    await agent.parse_message("warm up")  # first call builds graph caches; not a real latency
    parses, latency = [], []
    for text in texts:
        t0 = time.perf_counter()
        parse = await agent.parse_message(text)
        latency.append((time.perf_counter() - t0) * 1000.0)
        parse.pop("text_tokens", None)
        parses.append(parse)
    return parses, latency


def main():
    logging.disable(logging.WARNING)
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    model_path, in_path, out_path = sys.argv[1:4]
    with open(in_path, encoding="utf-8") as fh:
        texts = json.load(fh)
    parses, latency = asyncio.run(_run(model_path, texts))
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump({"parses": parses, "latency_ms": latency}, fh, ensure_ascii=False, default=str)


if __name__ == "__main__":
    main()
