#!/usr/bin/env python3
"""Walks the README's four tour journeys in headless Chromium against a running demo and saves docs/tour-*.png.

Usage: scripts/tour-screenshots.py BASE_URL PASSWORD [OUT_DIR] [LANG]
(for example http://localhost:8080 "$(cat werkpad-data/demo-password.txt)"). Needs Debian's chromium and
chromium-driver; speaks the W3C WebDriver protocol to chromedriver directly, so no Python packages are needed.
"""
import base64
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request

BASE, PASSWORD = sys.argv[1].rstrip("/"), sys.argv[2]
OUT = sys.argv[3] if len(sys.argv) > 3 else "docs"
LANG = sys.argv[4] if len(sys.argv) > 4 else "nl"
PORT = 9517


def call(method, path, body=None):
    request = urllib.request.Request(f"http://127.0.0.1:{PORT}{path}", method=method,
                                     data=None if body is None else json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.loads(response.read())["value"]


class Browser:
    def __init__(self):
        args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000", f"--lang={LANG}",
                f"--user-data-dir={tempfile.mkdtemp()}", "--disable-background-networking", "--no-first-run"]
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": "/usr/bin/chromium", "args": args, "prefs": {"intl.accept_languages": LANG}}}}}
        self.session = call("POST", "/session", caps)["sessionId"]

    def open(self, path):
        call("POST", f"/session/{self.session}/url", {"url": BASE + path})

    def script(self, source, *args):
        return call("POST", f"/session/{self.session}/execute/sync", {"script": source, "args": list(args)})

    def log_in(self, user):
        self.open("/login")
        self.script("""document.querySelector('#username').value = arguments[0];
                       document.querySelector('#password').value = arguments[1];
                       document.querySelector('form[action="/login"]').submit();""", user, PASSWORD)
        time.sleep(1.5)
        if LANG != "nl":
            self.open("/?lang=" + LANG)   # the page language follows the session once chosen

    def log_out(self):
        self.script("var f = document.querySelector('form[action=\"/logout\"]'); if (f) f.submit();")
        time.sleep(1)

    def shot(self, name, top=None, most=1800):
        """The whole page from the element matching {top} (or the page top), at most {most} pixels high."""
        if top:
            self.script("var e = document.querySelector(arguments[0]); if (e) e.scrollIntoView();", top)
        y = self.script("return window.scrollY;") if top else 0
        height = min(most, self.script("return document.documentElement.scrollHeight;") - y)
        png = call("POST", f"/session/{self.session}/goog/cdp/execute", {"cmd": "Page.captureScreenshot", "params": {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": y, "width": 1280, "height": max(600, height), "scale": 1}}})["data"]
        path = os.path.join(OUT, name)
        with open(path, "wb") as out:
            out.write(base64.b64decode(png))
        print("saved", path)

    def close(self):
        call("DELETE", f"/session/{self.session}")


driver = subprocess.Popen(["/usr/bin/chromedriver", f"--port={PORT}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
time.sleep(1.5)
try:
    b = Browser()
    b.log_in("inwoner")
    b.open("/mijn/matches")
    b.shot("tour-1-resident-matches.png")
    b.open("/mijn/routes")
    b.shot("tour-1-resident-routes.png", most=2900)   # down to the energy-transition routes
    # the plan towards the solar-panel installer, the energy-transition work the demo welder wants
    b.open("/mijn/opleidingsplan?beroep=75b63949-1b93-4bf2-a777-ccf978dc3e8a&budget=6000")
    b.shot("tour-1-resident-plan.png")
    b.open("/mijn/ontwikkelrekening")
    b.shot("tour-1-resident-account.png")
    b.log_out()

    b.log_in("werkgever")
    b.open("/werkgever/vacatures")
    link = b.script("var a = document.querySelector('a[aria-label^=\"Kandidaten\"], a[aria-label^=\"Candidates\"]');"
                    " return a ? a.getAttribute('href') : null;")
    b.open(link or "/werkgever/vacatures")
    b.shot("tour-2-employer-candidates.png")
    b.log_out()

    b.log_in("adviseur")
    b.open("/adviseur/caseload")
    b.shot("tour-3-advisor-caseload.png")
    b.log_out()

    b.log_in("beleid")
    b.open("/monitor?gebied=PV27&indeling=MAJOR&groep=3")
    b.shot("tour-4-policy-monitor.png", "#map-title")
    b.open("/monitor?gebied=PV27&indeling=MAJOR")
    b.shot("tour-4-policy-trends.png", "#group-trends-title")
    b.close()
finally:
    driver.terminate()
