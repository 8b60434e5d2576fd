"""The Arabic dashboard in real headless Chromium (Debian's /usr/bin/chromium driven by playwright).

The app is served by uvicorn on a loopback port over the seed database (tests/serving_support.py).
Screenshots go to test-artifacts/ (git-ignored). Chromium comes from scripts/install_browser.sh.
"""

from __future__ import annotations

import httpx
import pytest
from serving_support import API_TOKEN, ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--lang=ar"]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    pw = sync_playwright().start()
    b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
    yield b
    b.close()
    pw.stop()


class Page:
    """A page that records console errors, uncaught exceptions, dialogs and requests leaving the host."""

    def __init__(self, browser, base: str) -> None:
        self.base = base
        self.ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="ar")
        self.page = self.ctx.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.foreign: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.on("request", lambda r: None if r.url.startswith(base) or r.url.startswith("data:")
                     else self.foreign.append(r.url))

    def _dialog(self, d) -> None:
        self.dialogs.append(d.message)
        d.dismiss()

    def goto(self, path: str, view: str | None = None) -> None:
        self.page.goto(self.base + path)
        self.ready(view)

    def ready(self, view: str | None = None) -> None:
        """Wait until the router has drawn ``view`` (any view when None) and the network is idle."""
        sel = "body[data-ready='1']" + (f"[data-view='{view}']" if view else "")
        self.page.wait_for_selector(sel, state="attached", timeout=20000)
        self.page.wait_for_load_state("networkidle")

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / name), full_page=True)

    def clean(self) -> None:
        main = self.page.inner_text("main")
        assert "undefined" not in main and "null" not in main.split(), "a missing value was printed"
        assert self.errors == [], f"console errors: {self.errors}"
        assert self.dialogs == [], f"dialogs fired: {self.dialogs}"
        assert self.foreign == [], f"requests left the server: {self.foreign}"


@pytest.fixture
def page(browser, served):
    p = Page(browser, served.url)
    yield p
    p.ctx.close()


def test_home_is_arabic_rtl_and_renders_charts(page):
    page.goto("/")
    pg = page.page
    assert pg.get_attribute("html", "lang") == "ar"
    assert pg.get_attribute("html", "dir") == "rtl"
    assert pg.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # network: the seed's actors as nodes, Hammouchi with his Latin name beside the Arabic one
    assert pg.locator("#network svg g.node").count() >= 2
    assert pg.locator("#network svg line").count() >= 1
    haines = pg.locator("#network svg g.node", has_text="هاينز").first
    latin = haines.locator("text.node-latin").all_text_contents()
    assert latin and latin[0].isascii() and latin[0].strip()  # e.g. "Avril Haines"
    # map: the bundled world outline and a pin at Rabat
    assert pg.locator("#map svg g.land path").count() > 100
    assert pg.locator("#map svg g.pin").count() >= 1
    assert "Rabat" in " ".join(pg.locator("#map svg .pin-label").all_text_contents()) or \
        "الرباط" in " ".join(pg.locator("#map svg .pin-label").all_text_contents())
    # timeline bars and the events list
    assert pg.locator("#timeline svg rect").count() >= 1
    assert pg.locator("#events li").count() >= 1
    page.shot("dashboard-home.png")
    page.clean()


def test_search_finds_seed_by_spelling_variant(page, seed_sqlite):
    page.goto("/")
    pg = page.page
    pg.fill("#q", "الحموشى")  # alef maqsura: the article writes الحموشي
    pg.click("#search-form button[type=submit]")
    pg.wait_for_selector("#hits li")
    page.ready()
    hrefs = [a.get_attribute("href") for a in pg.locator("#hits li a.hit-title").all()]
    assert any(seed_sqlite["seed_id"] in h for h in hrefs), hrefs
    marks = pg.locator("#hits mark").all_text_contents()
    assert any("حموشي" in m for m in marks), marks
    page.shot("dashboard-search.png")
    pg.locator("#hits li a.hit-title").first.click()  # the article, the query's words highlighted
    page.ready("doc")
    found = pg.locator("#article-text .hl-match").all_text_contents()
    assert len(found) >= 3 and all("حموشي" in f for f in found), found  # every mention, not the snippet's
    page.clean()


def test_click_event_opens_article_with_evidence_highlighted(page, seed_sqlite):
    page.goto("/#/?type=CONSULT")
    pg = page.page
    row = pg.locator("#events li", has_text="هاينز").first
    row.locator("a.event-link").click()
    page.ready("event")
    assert "Haines" in pg.inner_text("main") or "هاينز" in pg.inner_text("main")
    assert pg.locator("mark.evidence").count() >= 1
    page.shot("dashboard-event.png")
    pg.locator("a.report-link").first.click()
    page.ready("doc")
    focus = pg.locator("#article-text .hl-evidence.focus")
    assert focus.count() >= 1
    assert "هاينز" in "".join(focus.all_text_contents())
    assert focus.first.is_visible()
    page.shot("dashboard-article.png")
    page.clean()


def test_actor_page_from_network(page):
    page.goto("/")
    pg = page.page
    node = pg.locator("#network svg g.node", has_text="هاينز").first
    node.click()
    page.ready("actor")
    main = pg.inner_text("main")
    assert "هاينز" in main
    assert "حموشي" in main  # the most frequent counterpart
    page.shot("dashboard-actor.png")
    page.clean()


def test_script_tag_article_is_shown_as_text_not_run(page, served):
    text = ("<script>alert(1)</script> استقبل وزير الخارجية المغربي نظيره الإسباني في الرباط يوم الثلاثاء "
            "لبحث التعاون الثنائي بين البلدين. <img src=x onerror=alert(2)> وقال الوزير إن العلاقات بين "
            "المملكتين تمر بأفضل مراحلها، مضيفا أن البلدين سيواصلان التنسيق في مجالات الأمن والهجرة.")
    r = httpx.post(served.url + "/api/documents", json={"id": "xss-1", "text": text, "published": "2022-09-21",
                                                        "title": "<b>عنوان</b><script>alert(3)</script>"},
                   headers={"Authorization": f"Bearer {API_TOKEN}"}, timeout=120)
    assert r.status_code in (201, 409), r.text
    page.goto("/#/doc/xss-1", "doc")
    pg = page.page
    body = pg.text_content("#article-text")
    assert "<script>alert(1)</script>" in body
    assert "<img src=x onerror=alert(2)>" in body
    assert "<script>alert(3)</script>" in pg.text_content("h1.doc-title")
    assert pg.locator("main script, main img, main b").count() == 0
    page.goto("/#/?q=" + "الرباط", "home")
    page.shot("dashboard-script-article.png")
    page.clean()


def test_filters_and_list_pages(page):
    page.goto("/")
    pg = page.page
    pg.select_option("select[name=type]", "CONSULT")
    pg.fill("input[name=country]", "MAR")
    pg.click("#search-form button[type=submit]")
    pg.wait_for_url("**type=CONSULT**")
    page.ready("home")
    rows = pg.locator("#events li")
    assert rows.count() >= 1
    assert all("CONSULT" in t for t in rows.all_text_contents())
    assert any("هاينز" in t for t in rows.all_text_contents())
    page.goto("/#/actors", "actors")
    names = pg.locator("main table tbody tr").all_text_contents()
    assert any("حموشي" in n for n in names)
    page.shot("dashboard-actors.png")
    page.goto("/#/docs", "docs")
    assert pg.locator("main table tbody tr").count() >= 3
    page.clean()
