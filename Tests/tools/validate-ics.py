#!/usr/bin/env python3
"""Validates an iCalendar file on stdin with the icalendar package: structure, required
properties, CRLF line ends and 75-octet folding. Prints `N events, M todos` or the problems."""
import sys

import icalendar

raw = sys.stdin.buffer.read()
problems = []
if not raw.endswith(b"\r\n"):
    problems.append("does not end with CRLF")
for number, line in enumerate(raw.split(b"\r\n")[:-1], 1):
    if b"\n" in line or b"\r" in line:
        problems.append(f"line {number}: a bare LF or CR")
    if len(line) > 75:
        problems.append(f"line {number}: {len(line)} octets, over 75")
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        problems.append(f"line {number}: folding split a UTF-8 character")
calendar = icalendar.Calendar.from_ical(raw)
for key in ("VERSION", "PRODID"):
    if key not in calendar:
        problems.append(f"VCALENDAR has no {key}")
events = [c for c in calendar.walk() if c.name == "VEVENT"]
todos = [c for c in calendar.walk() if c.name == "VTODO"]
uids = set()
for component in events + todos:
    for key in ("UID", "DTSTAMP"):
        if key not in component:
            problems.append(f"{component.name} has no {key}")
    uid = str(component.get("UID"))
    if uid in uids:
        problems.append(f"duplicate UID {uid}")
    uids.add(uid)
for event in events:
    if "DTSTART" not in event:
        problems.append("VEVENT has no DTSTART")
for todo in todos:
    if "DUE" not in todo:
        problems.append("VTODO has no DUE")
for problem in problems:
    print(problem)
print(f"{len(events)} events, {len(todos)} todos")
sys.exit(1 if problems else 0)
