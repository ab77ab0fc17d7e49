#!/usr/bin/env python3
"""Realdev ratchet: codes ../shared/realdev with the dyad binary and fails
when a figure falls below the floor that landed (floor.tsv beside this file).

Usage: ratchet.py DYAD_BINARY SHARED_DIR [SET_DIR FLOOR_FILE]
SET_DIR is another set in realdev's layout (tests/holdout, the project's own
invented pages) with its own floors; it is scored with ../shared's scorers.
Exit 0 pass, 1 fail, 77 skip (no ../shared/realdev: ctest's SKIP_RETURN_CODE).
The realdev texts stay in ../shared; nothing of them is copied here.
"""
import json, os, re, subprocess, sys, tempfile

def main():
    dyad, shared = sys.argv[1], sys.argv[2]
    realdev = os.path.join(shared, "realdev")
    tools = os.path.join(shared, "tools")
    if not os.path.isfile(os.path.join(realdev, "gold.jsonl")) or not os.path.isdir(tools):
        print(f"skipped: {realdev} is absent")
        return 77
    to_jsonl = os.path.join(realdev, "to_jsonl.py")
    floor_file = os.path.join(os.path.dirname(os.path.abspath(__file__)), "floor.tsv")
    if len(sys.argv) > 4:
        realdev, floor_file = sys.argv[3], sys.argv[4]
    floors = []
    with open(floor_file, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                lang, what, metric, value = line.split()
                floors.append((lang, what, metric, float(value)))
    docs = [json.loads(l) for l in open(os.path.join(realdev, "docs.jsonl"), encoding="utf-8") if l.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        inp = os.path.join(tmp, "in.jsonl")
        with open(inp, "w", encoding="utf-8") as out:
            subprocess.run([sys.executable, to_jsonl, realdev], stdout=out, check=True)
        outputs = {}
        for what, cmd in (("events", "code"), ("actors", "actors")):
            path = os.path.join(tmp, what + ".jsonl")
            with open(path, "w", encoding="utf-8") as out:
                rc = subprocess.run([dyad, cmd, "--format", "jsonl", inp], stdout=out, stderr=subprocess.PIPE).returncode
            if rc not in (0, 1):
                print(f"dyad {cmd} failed with exit status {rc}")
                return 1
            outputs[what] = path
        failed = False
        for lang in sorted({f[0] for f in floors}):
            ids = ",".join(d["id"] for d in docs if d["lang"] == lang)
            figures = {}
            r = subprocess.run([sys.executable, os.path.join(tools, "score_events.py"), os.path.join(realdev, "gold.jsonl"),
                                outputs["events"], "--docs=" + ids], capture_output=True, text=True, check=True)
            figures["events"] = dict((k, float(v)) for k, v in re.findall(r"(\w+)=([0-9.]+)", r.stdout))
            r = subprocess.run([sys.executable, os.path.join(tools, "score_actors.py"), realdev, outputs["actors"],
                                "--docs=" + ids], capture_output=True, text=True, check=True)
            figures["actors"] = dict((k, float(v)) for k, v in re.findall(r"(\w+)=([0-9.]+)", r.stdout))
            for flang, what, metric, floor in floors:
                if flang != lang:
                    continue
                value = figures[what].get(metric)
                ok = value is not None and value + 1e-9 >= floor
                print(f"{lang} {what} {metric}: {value} (floor {floor}){'' if ok else '  BELOW THE FLOOR'}")
                failed |= not ok
        return 1 if failed else 0

if __name__ == "__main__":
    sys.exit(main())
