#!/usr/bin/python3
"""Starts Orca the way /usr/bin/orca does, for the transcript harness, with two differences.

/usr/bin/orca refuses to start while any other process named "orca" of this user runs anywhere on the machine, and
with --replace it kills them all. The harness must neither stop because of, nor end, a screen reader it did not
start (another session's, or a person's), so this launcher skips both checks and keeps its own process name
(python3), so that no other Orca's --replace finds it either. Arguments are Orca's own (e.g. -u PREFS_DIR).
"""
import sys

ORCA = "/usr/bin/orca"

with open(ORCA, encoding="utf-8") as script:
    source = script.read()
namespace = {"__name__": "svara_orca_launcher", "__file__": ORCA}
exec(compile(source, ORCA, "exec"), namespace)  # defines main() and its helpers; runs nothing
namespace["otherOrcas"] = lambda: []
namespace["setProcessName"] = lambda name: None
sys.argv = [ORCA, *sys.argv[1:]]
sys.exit(namespace["main"]())
