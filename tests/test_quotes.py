"""Quotes: reported and direct speech with speaker, cue and content; actor links; store and CLI."""

from __future__ import annotations

import json

from conftest import SEED, SHARED, run_cli

from marsad.document import Actor, Document
from marsad.pipeline import Pipeline
from marsad.quotes import extract_quotes

EVENTS_DEV = SHARED / "data" / "events-dev" / "events-dev.jsonl"


def _quotes(text: str) -> list:
    return extract_quotes(Document(id="t", text=text, published="2015-08-09"))


def _texts(doc: Document, q) -> tuple[str | None, str, str]:
    return (q.attrs.get("speaker_text"), doc.span_text(q.cue), doc.span_text(q.content))


def test_seed_weitz_quote_and_pronoun_drop():
    text = SEED.read_text(encoding="utf-8")
    doc = Document(id="seed", text=text, published="2022-09-20")
    qs = extract_quotes(doc)
    assert len(qs) == 2
    speaker, cue, content = _texts(doc, qs[0])
    assert "ريتشارد ويتز" in speaker and cue == "أكد"
    assert "شريك قوي" in content and content.startswith("المغرب")  # «أن» is not part of the content
    # «وأشار، في هذا السياق، إلى أن …»: no subject, the previous speaker continues
    speaker2, cue2, content2 = _texts(doc, qs[1])
    assert cue2 == "وأشار" and speaker2 == speaker and qs[1].speaker == qs[0].speaker
    assert content2.startswith("المغرب والولايات المتحدة يتقاسمان")


def test_speaker_links_to_actor():
    text = SEED.read_text(encoding="utf-8")
    s = text.index("ريتشارد ويتز")
    doc = Document(id="seed", text=text, published="2022-09-20",
                   actors=[Actor(id="Q-weitz", name_ar="ريتشارد ويتز", kind="PER", name="Richard Weitz",
                                 mentions=[(s, s + len("ريتشارد ويتز"))])])
    qs = extract_quotes(doc)
    assert [q.speaker_actor for q in qs] == ["Q-weitz", "Q-weitz"]
    assert doc.span_text(qs[0].speaker) == "ريتشارد ويتز"


def test_reported_with_apposition_name():
    text = ("وفي سياق منفصل، قال رئيس هيئة شؤون الأسرى الفلسطينية، عيسى قراقع مساء أمس الجمعة:» إن النيابة "
            "العسكرية للاحتلال الاسرائيلي قررت التغذية القسرية اليوم السبت للأسير.")
    (q,) = _quotes(text)
    assert "عيسى قراقع" in q.attrs["speaker_text"]
    assert q.attrs["content"].startswith("النيابة العسكرية") and q.kind == "reported"


def test_direct_quote_without_colon():
    text = ("وقال لافروف “يرفض شركاؤنا الأمريكيون وبعض دول المنطقة بإصرار الاعتراف بالاسد بوصفه شريكا وهو أمر "
            "غريب الى حد ما”.")
    (q,) = _quotes(text)
    assert q.kind == "direct" and q.attrs["speaker_text"] == "لافروف" and q.attrs["cue"] == "وقال"
    assert q.attrs["content"].startswith("يرفض شركاؤنا") and q.attrs["content"].endswith("الى حد ما")


def test_direct_quote_after_colon():
    text = ('ومن جهته، قال توباياس إلوود وزير شؤون الشرق الأوسط وشمال إفريقيا في بريطانيا: "أدين أشد إدانة '
            'الاعتداء على مسجد قوات الطوارئ الخاصة في منطقة عسير في السعودية".')
    (q,) = _quotes(text)
    assert q.kind == "direct" and "توباياس إلوود" in q.attrs["speaker_text"]
    assert q.attrs["content"].startswith("أدين أشد إدانة")


def test_expressed_condemnation_content_after_an():
    text = ("تلقى نائب خادم الحرمين الشريفين اتصالا هاتفيا أمس من صاحب السمو الشيخ سيف بن زايد آل نهيان نائب "
            "رئيس مجلس الوزراء أعرب فيه عن استنكاره للاعتداء الآثم الذي وقع في مسجد قوات الطوارئ بمنطقة عسير.")
    (q,) = _quotes(text)
    assert q.attrs["cue"] == "أعرب فيه عن"
    assert q.attrs["content"].startswith("استنكاره للاعتداء")


def test_scare_quotes_and_negated_cues_are_not_quotes():
    assert _quotes("يعمل في مركز التفكير الأمريكي “معهد هدسون” منذ سنوات.") == []
    assert _quotes("ووفق مصدر عسكري لم يتم ذكر اسمه فإن المركب اعترض.") == []


def test_quotes_stage_and_json():
    doc = Pipeline.from_names(["normalize", "segment", "quotes"])(
        Document(id="seed", text=SEED.read_text(encoding="utf-8"), published="2022-09-20"))
    d = json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))
    assert len(d["quotes"]) == 2
    c0, c1 = d["quotes"][0]["content"]
    assert "شريك قوي" in d["text"][c0:c1]


def test_quotes_in_store_and_cli(tmp_path):
    from marsad.store import Store

    doc = Pipeline.from_names(["normalize", "segment", "quotes"])(
        Document(id="seed", text=SEED.read_text(encoding="utf-8"), published="2022-09-20"))
    db = str(tmp_path / "q.db")
    store = Store(db)
    assert store.save_document(doc)
    rows = store.quotes(actor="ويتز")
    assert len(rows) == 2 and "شريك قوي" in rows[0]["content"]
    store.close()
    out = run_cli("quotes", "--db", db, "--actor", "ويتز", "--format", "json").stdout.decode()
    got = json.loads(out)
    assert got[0]["cue"] == "أكد" and "ريتشارد ويتز" in got[0]["speaker_text"]


def test_quotes_dev_gate():
    """Quotes on events-dev gold (≤ 5 per article; measured recall 0.938, speaker 0.800, cue 0.967)."""
    from marsad.quotes.evaluate import evaluate_quotes

    r = evaluate_quotes(EVENTS_DEV)
    assert r["gold_quotes"] == 64
    assert r["recall"] >= 0.90
    assert r["speaker_agreement"] >= 0.77
    assert r["cue_agreement"] >= 0.90
