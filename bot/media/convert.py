"""Any recording a browser makes or a midwife uploads, turned into a WhatsApp voice note.

Browsers' MediaRecorder writes WebM/Opus (Chromium), OGG/Opus (Firefox) or MP4/AAC (Safari);
uploads may be MP3, M4A, WAV or OGG. WhatsApp plays a mono OGG/Opus file as a voice note and
Meta takes at most 512 KB, so everything is decoded and re-encoded with PyAV (FFmpeg's libraries,
libopus included in its wheels) at a speech bitrate, and anything longer than MAX_SECONDS is
refused rather than cut: a cut answer could lose its most important sentence."""
from __future__ import annotations

import io
import logging
from fractions import Fraction

import av
from flask_babel import gettext as _

from bot.media.store import MediaRejected, base_type

log = logging.getLogger(__name__)

#: Meta's limit for a WhatsApp voice note (audio/ogg with the Opus codec).
WHATSAPP_VOICE_MAX_BYTES = 512 * 1024
#: The longest reply kept: 3 minutes at BITRATE is ~460 KB, under Meta's limit with room to spare.
MAX_SECONDS = 180
#: Opus at 20 kbit/s is clear wideband speech (WhatsApp's own voice notes are about 16-32 kbit/s).
BITRATE = 20_000
#: A safety net: a file that still came out too large is encoded once more at this rate.
FALLBACK_BITRATE = 12_000
SAMPLE_RATE = 48_000  # Opus's native rate
TIME_BASE = Fraction(1, SAMPLE_RATE)
OPUS_FRAME = 960  # 20 ms at 48 kHz: libopus takes fixed-size frames
#: Containers FFmpeg may open here: what browsers record and what phones export. Anything else
#: (an image, a text file, a video container we did not expect) is refused before decoding.
ACCEPTED_TYPES = frozenset({
    "audio/webm", "video/webm", "audio/ogg", "audio/opus", "application/ogg", "audio/mp4", "video/mp4",
    "audio/x-m4a", "audio/m4a", "audio/aac", "audio/mpeg", "audio/mp3", "audio/wav", "audio/x-wav",
    "audio/wave", "audio/vnd.wave", "audio/amr", "audio/3gpp",
})
#: The container formats PyAV may pick when probing; other demuxers (images, playlists, network
#: protocols) are never used on uploaded bytes.
DEMUXERS = frozenset({"matroska,webm", "ogg", "mov,mp4,m4a,3gp,3g2,mj2", "mp3", "wav", "aac", "amr", "flac"})


def to_whatsapp_voice(data: bytes, content_type: str) -> tuple[bytes, int]:
    """Decode ``data`` (any accepted audio container) and return (mono OGG/Opus bytes, duration in
    whole seconds, at least 1). Raises MediaRejected with a reason a midwife can read (French, the
    staff pages' language): unknown type, undecodable, empty, longer than MAX_SECONDS."""
    kind = base_type(content_type or "")
    if kind not in ACCEPTED_TYPES:
        raise MediaRejected(_("ce type de fichier (%(type)s) n'est pas un enregistrement audio",
                              type=kind or "?"))
    if not data:
        raise MediaRejected(_("le fichier est vide"))
    pcm, samples = _decode(data)
    seconds = samples / SAMPLE_RATE
    encoded = _encode(pcm, BITRATE)
    if len(encoded) > WHATSAPP_VOICE_MAX_BYTES:
        encoded = _encode(pcm, FALLBACK_BITRATE)
    if len(encoded) > WHATSAPP_VOICE_MAX_BYTES:  # cannot happen within MAX_SECONDS; never send it
        raise MediaRejected(_("message vocal trop lourd pour WhatsApp"))
    return encoded, max(1, round(seconds))


def _decode(data: bytes) -> tuple[list[av.AudioFrame], int]:
    """Every sample as 48 kHz mono s16 frames sized for the Opus encoder, and how many samples."""
    try:
        container = av.open(io.BytesIO(data), mode="r")
    except (av.FFmpegError, ValueError, OSError) as exc:
        log.info("audio refused: %s", exc)
        raise MediaRejected(_("fichier audio illisible")) from exc
    with container:
        if container.format.name not in DEMUXERS:
            raise MediaRejected(_("ce fichier n'est pas un enregistrement audio"))
        if not container.streams.audio:
            raise MediaRejected(_("ce fichier ne contient pas de son"))
        stream = container.streams.audio[0]
        resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE,
                                      frame_size=OPUS_FRAME)
        frames: list[av.AudioFrame] = []
        samples = 0
        limit = (MAX_SECONDS + 1) * SAMPLE_RATE  # a second's grace: a "3:00" recording is 180.4 s
        try:
            for frame in container.decode(stream):
                frame.pts = None  # browsers' WebM timestamps can jump; we only need the sound in order
                for out in resampler.resample(frame):
                    frames.append(out)
                    samples += out.samples
                if samples > limit:
                    raise MediaRejected(_too_long())
            for out in resampler.resample(None):
                frames.append(out)
                samples += out.samples
        except av.FFmpegError as exc:
            log.info("audio refused: %s", exc)
            raise MediaRejected(_("l'enregistrement est abîmé")) from exc
    if samples > limit:
        raise MediaRejected(_too_long())
    if samples < SAMPLE_RATE // 2:
        raise MediaRejected(_("aucun son enregistré (moins d'une demi-seconde)"))
    return frames, samples


def _encode(frames: list[av.AudioFrame], bitrate: int) -> bytes:
    out = io.BytesIO()
    # bitexact: no random stream serial, no encoder version: the same recording gives the same
    # bytes, so a double tap is recognised by the file's hash (bot.escalation.service).
    with av.open(out, mode="w", format="ogg", options={"fflags": "+bitexact"}) as container:
        stream = container.add_stream("libopus", rate=SAMPLE_RATE, layout="mono")
        stream.bit_rate = bitrate
        # Constant bitrate: the size follows the duration (variable bitrate went 15 % over on noise).
        stream.codec_context.options = {"application": "voip", "vbr": "off"}
        stream.codec_context.flags |= av.codec.context.Flags.bitexact
        pts = 0
        for frame in frames:
            frame.pts, frame.time_base = pts, TIME_BASE
            pts += frame.samples
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return out.getvalue()


def _too_long() -> str:
    return _("plus de %(minutes)d minutes : enregistrez une réponse plus courte", minutes=MAX_SECONDS // 60)
