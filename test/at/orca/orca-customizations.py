# Loaded by Orca at start-up from its --user-prefs directory (test/at/session.mjs copies it there).
# Appends every string Orca sends to speech to $SVARA_AT_TRANSCRIPT, one line per utterance:
#   <unix time>\t<kind>\t<text>      kind: SPEAK, SAYALL, CHAR, KEY, INIT
# and fixes the settings that make transcripts the same on every run.
import os
import time

from orca import settings, speech

_path = os.environ["SVARA_AT_TRANSCRIPT"]


def _write(kind, text):
    with open(_path, "a", encoding="utf-8") as transcript:
        transcript.write("%.3f\t%s\t%s\n" % (time.time(), kind, str(text).replace("\n", " ")))


_speak = speech._speak
_say_all = speech.sayAll
_speak_character = speech.speakCharacter
_speak_key_event = speech.speakKeyEvent


def _speak_hook(text, acss, interrupt):
    _write("SPEAK", text)
    return _speak(text, acss, interrupt)


def _say_all_hook(utterance_iterator, progress_callback):
    # Say All streams utterances straight to the speech server, past _speak.
    def iterate():
        for context, acss in utterance_iterator:
            _write("SAYALL", context.utterance)
            yield context, acss

    return _say_all(iterate(), progress_callback)


def _speak_character_hook(character, acss=None):
    _write("CHAR", character)
    return _speak_character(character, acss)


def _speak_key_event_hook(event, acss=None):
    try:
        _write("KEY", event.getKeyName())
    except Exception:  # an event without a name still counts
        _write("KEY", event)
    return _speak_key_event(event, acss)


speech._speak = _speak_hook
speech.sayAll = _say_all_hook
speech.speakCharacter = _speak_character_hook
speech.speakKeyEvent = _speak_key_event_hook

settings.enablePositionSpeaking = True  # "1 of 5"
settings.enableBraille = False  # no brlapi daemon
settings.enableSound = False  # no earcons through gstreamer
settings.enableKeyEcho = False  # key names are not what the page says
settings.enableTutorialMessages = False
settings.sayAllOnLoad = False  # a page load reads nothing by itself: the keys decide
settings.pageSummaryOnLoad = False
_write("INIT", "svara orca-customizations loaded")

# --- Chromium's events are handled the moment they arrive, in the order they arrive ---
# Orca normally queues them and handles them when idle. A queued focus event could then be handled after Orca had
# seen that the button which had focus is gone, or before: the same run said "Fråga 2 av 7" after Fortsätt, or
# nothing. Handled on arrival and in order, the same keys give the same words every time. Caret moves stay queued,
# as Orca has them: Chromium sends a text field's caret move before its focus event, and handled first the caret
# move would take the focus silently, so the field would be entered without a word.
import sys

from orca import event_manager as _event_manager


class _ChromiumEventsAtOnce(list):
    """Orca asks `toolkitName in self._synchronousToolkits` in _enqueue, where the event is the local `e`."""

    def __contains__(self, toolkit):
        if toolkit == "Chromium":
            event = sys._getframe(1).f_locals.get("e")
            if not str(getattr(event, "type", "")).startswith("object:text-caret-moved"):
                return True
        return list.__contains__(self, toolkit)


_manager = _event_manager.getManager()
_manager._synchronousToolkits = _ChromiumEventsAtOnce(_manager._synchronousToolkits)

# --- a light trace for debugging the harness (SVARA_AT_TRACE=1): events and focus moves, no timing cost ---
if os.environ.get("SVARA_AT_TRACE"):
    from orca import event_manager, orca as orca_main

    def _name(obj):
        try:
            return "%s|%s" % (obj.getRoleName(), obj.name)
        except Exception:
            try:
                from orca.ax_object import AXObject

                return "%s|%s" % (AXObject.get_role_name(obj), AXObject.get_name(obj))
            except Exception:
                return repr(obj)

    _process = event_manager.EventManager._processObjectEvent

    def _process_hook(self, event):
        _write("EVENT", "%s %s d1=%s" % (event.type, _name(event.source), event.detail1))
        return _process(self, event)

    event_manager.EventManager._processObjectEvent = _process_hook

    _set_locus = orca_main.setLocusOfFocus

    def _set_locus_hook(event, obj, notifyScript=True, force=False):
        _write("LOCUS", _name(obj))
        return _set_locus(event, obj, notifyScript, force)

    orca_main.setLocusOfFocus = _set_locus_hook
