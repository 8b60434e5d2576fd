"""From raw bytes to a clean article: decoding, main-text and metadata extraction, boilerplate, language.

HTML goes through trafilatura (main text, title, date, site, author, URL). Encodings are detected,
not guessed: a BOM, then the HTTP/meta charset, then strict UTF-8, then charset-normalizer limited
to the encodings Arabic pages use (windows-1256, ISO-8859-6, UTF-16). Lines of site boilerplate
(comment forms and the like, listed in ``resources/ingest/boilerplate.txt``) never reach the text.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from marsad.arabic.normalize import normalize
from marsad.document import Document
from marsad.errors import InputError
from marsad.ingest.limits import MAX_CONTROL_RATIO, MIN_ARTICLE_LETTERS
from marsad.ingest.raw import RawInput

ARABIC_ENCODINGS = ["utf_8", "cp1256", "iso8859_6", "utf_16", "cp720", "mac_arabic"]
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)""", re.I)
_LETTER = re.compile(r"[A-Za-z\u0621-\u064a\u0671-\u06d3]")
_ARABIC = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_DATE_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# /2013/middle_east/8/3/ or /2013/08/03/ in a URL path
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(?:[a-z_\-]+/)?(\d{1,2})/(\d{1,2})(?:/|$)")


@functools.cache
def _boilerplate() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(line-start tail markers, line-start drops, contained tail markers, contained drops)."""
    tails, lines, tails_in, lines_in = [], [], [], []
    text = resources.files("marsad.resources").joinpath("ingest/boilerplate.txt").read_text("utf-8")
    for raw in text.splitlines():
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        if raw.startswith("[tail]"):
            tails.append(normalize(raw[6:].strip()))
        elif raw.startswith("[tail~]"):
            tails_in.append(normalize(raw[7:].strip()))
        elif raw.startswith("[~]"):
            lines_in.append(normalize(raw[3:].strip()))
        else:
            lines.append(normalize(raw))
    return tuple(tails), tuple(lines), tuple(tails_in), tuple(lines_in)


def is_binary(data: bytes) -> bool:
    """True for bytes that are not text in any encoding (NULs outside UTF-16, many control bytes)."""
    sample = data[:8192]
    if not sample:
        return False
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample) > MAX_CONTROL_RATIO


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode bytes to text; return (text, encoding). Raises InputError('undecodable')."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    candidates = []
    if declared:
        candidates.append(declared)
    m = _META_CHARSET.search(data[:4096])
    if m:
        candidates.append(m.group(1).decode("ascii", "ignore"))
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
        if enc.lower().replace("-", "").replace("_", "") in ("utf8",) or _looks_right(text):
            return text, enc.lower()
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=ARABIC_ENCODINGS).best()
    if best is None:
        best = from_bytes(data).best()
    if best is None:
        raise InputError("undecodable", "bytes are not text in UTF-8 or any Arabic encoding")
    return str(best), best.encoding


def _looks_right(text: str) -> bool:
    letters = _LETTER.findall(text[:5000])
    return bool(letters) or "\ufffd" not in text


def clean_lines(text: str) -> str:
    """Drop boilerplate lines (and everything after a tail marker); tidy blank lines."""
    tails, drops, tails_in, drops_in = _boilerplate()
    out: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        n = normalize(line)
        if n and (any(n.startswith(t) for t in tails) or any(t in n for t in tails_in)):
            break
        if n and (any(n.startswith(d) for d in drops) or any(d in n for d in drops_in)):
            continue
        out.append(line.rstrip())
    cleaned = "\n".join(out)
    cleaned = re.sub(r"\n{3,}", "\n\n", cleaned)
    return cleaned.strip()


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    value = str(value).strip()[:10]
    return value if _DATE_ISO.match(value) else None


def extract(raw: RawInput, published: str | None = None) -> Document:
    """Build a Document from a RawInput; raises InputError with a reason for bad input."""
    if raw.error:
        raise InputError(*raw.error)
    data = raw.data
    if not data or not data.strip():
        raise InputError("empty", "the input is empty")
    if is_binary(data):
        raise InputError("binary", "the input is binary data, not text or HTML")
    text, encoding = decode(data, raw.meta.get("charset"))
    kind = raw.kind
    if kind == "auto":
        head = text[:2048].lower()
        kind = "html" if ("<html" in head or "<body" in head or "<p" in head or "<div" in head or "<!doctype" in head) else "text"
    meta = dict(raw.meta)
    title = meta.get("title")
    url = meta.get("url")
    site = meta.get("site")
    author = meta.get("author")
    date = _iso_date(meta.get("published"))
    if kind == "html":
        body, found = _from_html(text, url)
        if not body.strip() and raw.meta.get("record"):
            body = _fragment_text(text)  # feed items and JSON records carry HTML fragments, not pages
        title = title or found.get("title")
        url = url or found.get("url")
        site = site or found.get("sitename")
        author = author or found.get("author")
        date = date or best_page_date(_iso_date(found.get("date")), url)
    else:
        body = text
    body = clean_lines(body)
    if not body:
        raise InputError("empty" if kind == "text" else "no_text", "no article text was found in the input")
    if len(_LETTER.findall(body)) < MIN_ARTICLE_LETTERS:
        raise InputError("no_text", f"the article text is too short ({len(body)} characters)")
    meta.pop("record", None)
    meta.pop("charset", None)
    meta["encoding"] = encoding
    meta["format"] = kind
    return Document(
        id=raw.doc_id, text=body, title=title, url=url, published=date or _iso_date(published),
        site=site, author=author, source=raw.source, meta=meta,
    )


def url_date(url: str | None) -> str | None:
    """A date written in a URL path (/2013/08/03/ or /2013/section/8/3/), if valid."""
    import datetime as dt

    m = _URL_DATE.search(url or "")
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def best_page_date(extracted: str | None, url: str | None) -> str | None:
    """The page's date, preferring the URL's when extraction only found a year (YYYY-01-01)."""
    from_url = url_date(url)
    if extracted is None:
        return from_url
    if from_url and extracted.endswith("-01-01") and from_url[:4] == extracted[:4]:
        return from_url
    return extracted


def _fragment_text(html: str) -> str:
    """All the text of an HTML fragment, one line per block element."""
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # noqa: BLE001 - broken markup: no text
        return ""
    for el in root.iter("p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr"):
        el.tail = "\n" + (el.tail or "")
    return "\n".join(line.strip() for line in root.text_content().split("\n") if line.strip())


def _from_html(html: str, url: str | None) -> tuple[str, dict]:
    from trafilatura import bare_extraction

    try:
        res = bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                              include_tables=False, favor_precision=True)
    except Exception as exc:  # noqa: BLE001 - trafilatura raises many kinds on broken pages
        raise InputError("no_text", f"HTML could not be parsed: {exc.__class__.__name__}") from exc
    if res is None:
        return "", {}
    found = {k: getattr(res, k, None) for k in ("title", "date", "sitename", "author", "url")}
    return res.text or "", found


# -- language ------------------------------------------------------------------------------------
#: py3langid codes that are Arabic (MSA and dialects).
ARABIC_CODES = frozenset({"ar", "arz", "ary", "arq", "aeb", "acm", "apc", "ajp", "afb", "ars", "acq", "ayl"})
#: Other languages written in Arabic script (never coded as Arabic).
OTHER_ARABIC_SCRIPT = frozenset({"fa", "ur", "ps", "ku", "ug", "sd", "ckb"})


def identify_language(text: str) -> str:
    """Language code of the text; Arabic dialects and mixed Arabic/Latin text count as 'ar'."""
    import py3langid

    sample = text[:3000]
    letters = _LETTER.findall(sample)
    arabic_share = (len(_ARABIC.findall(sample)) / len(letters)) if letters else 0.0
    lang, _ = py3langid.classify(sample)
    if lang in ARABIC_CODES:
        return "ar"
    if lang in OTHER_ARABIC_SCRIPT:
        return lang
    return "ar" if arabic_share > 0.6 else lang
