"""Recordings made on the spot, shaped like what browsers and phones produce: a WebM/Opus file as
Chromium's MediaRecorder writes it, a WAV, an MP4/AAC as Safari records. Made with PyAV (the
library under test decodes them; making them with it too keeps the tests free of binary files)."""
from __future__ import annotations

import array
import io
import math
import wave

import av


def tone(seconds: float, rate: int = 48_000, channels: int = 2, freq: float = 440.0) -> bytes:
    """16-bit interleaved PCM of a sine wave."""
    samples = array.array("h")
    for i in range(int(seconds * rate)):
        samples.extend([int(9000 * math.sin(2 * math.pi * freq * i / rate))] * channels)
    return samples.tobytes()


def wav(seconds: float, rate: int = 16_000, channels: int = 1, silent: bool = False) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as handle:
        handle.setnchannels(channels)
        handle.setsampwidth(2)
        handle.setframerate(rate)
        handle.writeframes(b"\0" * (int(seconds * rate) * 2 * channels) if silent else tone(seconds, rate, channels))
    return out.getvalue()


def encoded(container: str, codec: str, seconds: float, rate: int = 48_000) -> bytes:
    """A stereo tone encoded as ``codec`` in ``container`` ("webm"/"libopus", "mp4"/"aac"...)."""
    layout = "stereo"
    frame = av.AudioFrame(format="s16", layout=layout, samples=int(seconds * rate))
    frame.planes[0].update(tone(seconds, rate, 2))
    frame.sample_rate, frame.pts = rate, 0
    out = io.BytesIO()
    with av.open(out, "w", format=container) as handle:
        stream = handle.add_stream(codec, rate=rate, layout=layout)
        context = stream.codec_context
        resampler = av.AudioResampler(format=context.format, layout=layout, rate=rate,
                                      frame_size=context.frame_size or None)
        for chunk in resampler.resample(frame) + resampler.resample(None):
            for packet in stream.encode(chunk):
                handle.mux(packet)
        for packet in stream.encode(None):
            handle.mux(packet)
    return out.getvalue()


def probe(data: bytes) -> dict:
    """What a player would see in a voice note: container, codec, channels, seconds of sound."""
    with av.open(io.BytesIO(data)) as handle:
        stream = handle.streams.audio[0]
        samples = sum(frame.samples for frame in handle.decode(stream))
        return {"format": handle.format.name, "codec": stream.codec_context.name,
                "channels": stream.codec_context.channels, "seconds": samples / stream.codec_context.sample_rate}
