"""Write eval/events-extra2.jsonl: a second, untouched held-out event gold (issue 5 gold form) of
17 SaudiNewsNet articles of 8–9 Aug 2015 (39 events), none in the dev gold or events-extra.jsonl,
kept as ids + events only (the article text is CC BY-NC-SA and is not shipped; `marsad eval events`
joins it from ../shared/data/news/saudinewsnet). Annotated by hand following
../shared/docs/event-annotation-guidelines.md BEFORE the system's output on these articles was
looked at; the script checks every evidence string and participant surface against the article.

Usage: python scripts/build_events_extra2_gold.py
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet"

def P(text, kind="PER", country=None, aliases=(), name=""):
    return {"text": text, "aliases": list(aliases), "name": name, "kind": kind, "country": country}
def L(text, name, country):
    return {"text": text, "name": name, "country": country}
def E(type, mode, actors, recipients, evidence, date=None, date_text=None, location=None, status="happened"):
    return {"type": type, "mode": mode, "actors": actors, "recipients": recipients, "date": date,
            "date_text": date_text, "location": location, "evidence": evidence, "status": status}
A = {}
israel = P("إسرائيل", "GPE", "ISR", ["الجيش الإسرائيلي"], "Israel")
A["snn-2015-08-08-11"] = ("2015-08-08", [
 E("ASSAULT", "aerial", [israel], [P("حماس", "ORG", "PSE", ["حركة المقاومة الإسلامية"], "Hamas")],
   "إن إسرائيل شنت غارة جوية على معسكر تدريب تابع لحركة المقاومة الإسلامية (حماس) في قطاع غزة اليوم الجمعة ردا على صاروخ أطلق على أراضيها من القطاع",
   "2015-08-07", "اليوم الجمعة", L("قطاع غزة", "Gaza Strip", "PSE")),
 E("ASSAULT", "heavy-weapons", [], [israel],
   "إن صاروخا أطلق من قطاع غزة سقط خارج تجمع سكاني إسرائيلي قرب الحدود مع غزة", "2015-08-07", None, None),
])
A["snn-2015-08-08-235"] = ("2015-08-08", [
 E("SANCTION", "discontinue", [P("تركيا", "GPE", "TUR", [], "Turkey")],
   [P("علي عبدالله صالح", "PER", "YEM", ["الرئيس اليمني المخلوع", "الرئيس السابق", "صالح"], "Ali Abdullah Saleh"),
    P("أحمد علي عبدالله صالح", "PER", "YEM", [], "Ahmed Ali Abdullah Saleh"),
    P("عبد الملك الحوثي", "PER", "YEM", ["زعيم التمرد"], "Abdul-Malik al-Houthi"),
    P("عبدالله يحيى الحكيم", "PER", "YEM", [], "Abdullah Yahya al-Hakim"),
    P("عبد الخالق الحوثي", "PER", "YEM", [], "Abd al-Khaliq al-Houthi")],
   "جمدت تركيا رسميا أموال الرئيس اليمني المخلوع علي عبدالله صالح المتحالف مع المتمردين الحوثيين وعدد من قادة التمرد التزاما بالعقوبات التي أقرتها الأمم المتحدة"),
])
A["snn-2015-08-08-425"] = ("2015-08-08", [
 E("ASSAULT", "heavy-weapons", [P("الجيش اللبناني", "ORG", "LBN"), P("أفراد من تلك المجموعات", "ORG", None, ["المجموعات المسلحة الإرهابية"])], [],
   "عن اشتباكات بالأسلحة الرشاشة والقذائف الصاروخية وقعت أمس الجمعة بين الجيش اللبناني وأفراد من تلك المجموعات في بلدة بريتال القريبة من مدينة بعلبك بمنطقة البقاع الشمالية",
   "2015-08-07", "أمس الجمعة", L("بريتال", "Brital", "LBN")),
])
iran = P("إيران", "GPE", "IRN", ["الجمهورية الإسلامية"], "Iran")
A["snn-2015-08-08-44"] = ("2015-08-08", [
 E("AGREE", None, [P("الجمهورية الإسلامية", "GPE", "IRN", ["إيران"], "Iran"), P("القوى العالمية", "ORG", None, ["القوى العالمية الست"])], [],
   "اتفاق نووي مهم توصلت إليه الجمهورية الإسلامية مع القوى العالمية الشهر الماضي", None, "الشهر الماضي", None),
 E("ACCUSE", "allege", [P("معهد العلوم والأمن الدولي", "ORG", "USA", ["معهد بحثي أمريكي", "المعهد"])], [iran],
   "وقال معهد العلوم والأمن الدولي ومقره الولايات المتحدة إن إيران ربما كانت تطهر الموقع قبل أن يدخله مفتشو الوكالة"),
 E("REQUEST", "assist", [P("الوكالة الدولية للطاقة الذرية", "ORG", None, [], "IAEA")], [iran],
   "وطلبت الوكالة الدولية للطاقة الذرية التابعة للأمم المتحدة دخول موقع بارشين", None, None, L("بارشين", "Parchin", "IRN")),
 E("REQUEST", "change", [P("بنيامين نتنياهو", "PER", "ISR", ["رئيس الوزراء الإسرائيلي"], "Benjamin Netanyahu")], [P("المشرعين الأمريكيين", "ORG", "USA")],
   "ويدفع رئيس الوزراء الإسرائيلي بنيامين نتنياهو المشرعين الأمريكيين لمعارضة الاتفاق النووي"),
])
A["snn-2015-08-08-512"] = ("2015-08-08", [
 E("ACCUSE", "investigate", [P("مجلس الأمن", "ORG", None, [], "UN Security Council")], [],
   "تبنى مجلس الأمن بالإجماع أمس قرارًا يحمل رقم 2235 بتشكيل لجنة تحقيق في الهجمات الكيمياوية في سوريا", "2015-08-07", "أمس", L("سوريا", "Syria", "SYR")),
 E("ACCUSE", "allege", [P("بريطانيا", "GPE", "GBR", [], "United Kingdom"), P("فرنسا", "GPE", "FRA", [], "France"), P("الولاياتُ المتحدة", "GPE", "USA", ["الولايات المتحدة"], "United States")],
   [P("النظام السوري", "ORG", "SYR", [], "Syrian government")],
   "وتتهم بريطانيا وفرنسا والولاياتُ المتحدة النظام السوري بتنفيذ هجمات بالغاز السام"),
 E("ASSAULT", "unconventional", [], [],
   "هجمات كيمياوية بغاز الكلور وقعت أخيرًا في سوريا", None, "أخيرًا", L("سوريا", "Syria", "SYR")),
])
A["snn-2015-08-08-940"] = ("2015-08-08", [
 E("CONSULT", "phone", [P("سامح شكري", "PER", "EGY", ["وزير الخارجية", "شكري"], "Sameh Shoukry")], [P("بورج بريند", "PER", "NOR", ["نظيره النرويجى"], "Borge Brende")],
   "وقال وزير الخارجية سامح شكري، في اتصال هاتفي مع نظيره النرويجى بورج بريند", None, None, None),
 E("REQUEST", "assist", [P("مصر", "GPE", "EGY", ["سامح شكري", "شكري"], "Egypt")], [],
   "إنه يجب أن توفر الدول والمنظمات الدولية المانحة التمويل المطلوب لتمكين الأنروا من أداء مهماتها"),
])
kwsec = P("الأجهزة الأمنية بدولة الكويت", "ORG", "KWT", ["الأجهزة الأمنية"])
youth = P("الشاب", "PER", "SAU", ["شاب سعودي الجنسية"])
A["snn-2015-08-08-1031"] = ("2015-08-08", [
 E("ASSAULT", "suicide-attack", [P("انتحاري سعودي", "PER", "SAU")], [],
   "نفت الأجهزة الأمنية بدولة الكويت اليوم ماتردد عن قيام انتحاري سعودي بتفجير مسجد بمنطقة الجهراء", None, None, L("الجهراء", "Jahra", "KWT"), "denied"),
 E("COERCE", "arrest", [kwsec], [youth], "وبعد القبض عليه لم يكن داخل مركبته إلا أدوات", None, None, L("الجهراء", "Jahra", "KWT")),
 E("CONSULT", None, [kwsec], [P("الأجهزة الأمنية في السعودية", "ORG", "SAU")],
   "بعد الإتصال مع الأجهزة الأمنية في السعودية"),
 E("RETREAT", "release", [kwsec], [youth], "ومن المنتظر الإفراج عنه خلال الساعات القليلة المقبلة", None, "خلال الساعات القليلة المقبلة", None, "planned"),
])
A["snn-2015-08-08-567"] = ("2015-08-08", [
 E("CONSULT", "visit", [P("كيم جين سو", "PER", "KOR", ["سفير كوريا الجنوبية", "السفير الكوري"], "Kim Jin-soo")],
   [P("سعود بن نايف بن عبدالعزيز", "PER", "SAU", ["أمير المنطقة الشرقية", "الأمير سعود بن نايف"], "Saud bin Nayef")],
   "استقبل صاحب السمو الملكي الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة الشرقية، سفير كوريا الجنوبية لدى المملكة السيد كيم جين سو، بمكتب سموه بالإمارة",
   None, None, L("المنطقة الشرقية", "Eastern Province", "SAU")),
 E("SUPPORT", None, [P("كيم جين سو", "PER", "KOR", ["السفير الكوري"])], [P("المنطقة الشرقية", "GPE", "SAU")],
   "وأشاد السفير الكوري بالتطورالاقتصادي في المنطقة والفرص الاستثمارية المتاحة"),
])
isis = P("تنظيم داعش", "ORG", None, ["داعش", "عناصر تنظيم داعش", "التنظيم"], "ISIS")
A["snn-2015-08-08-658"] = ("2015-08-08", [
 E("ASSAULT", "abduct", [isis], [P("230 مدنياً", "PER", "SYR", ["170 سنيا", "60 مسيحيا"])],
   "قام عناصر تنظيم داعش بخطف نحو 230 مدنياً بينهم ستون مسيحياً على الاقل بعد استيلائهم على احدى البلدات في محافظة حمص وسط سوريا",
   None, None, L("القريتين", "al-Qaryatayn", "SYR")),
 E("ASSAULT", None, [isis], [], "لمدينة القريتين التي استولوا عليها الاربعاء", "2015-08-05", "الاربعاء", L("القريتين", "al-Qaryatayn", "SYR")),
])
houthi = P("الحوثيين", "ORG", "YEM", [], "Houthis")
A["snn-2015-08-08-1033"] = ("2015-08-08", [
 E("ASSAULT", None, [houthi, P("المقاومة الشعبية", "ORG", "YEM", ["المقاومة"])], [],
   "عن سقوط قتلى وجرحى من الحوثيين السبت في اشتباكات مسلحة مع المقاومة الشعبية في مديرية أرحب شمال العاصمة صنعاء",
   "2015-08-08", "السبت", L("أرحب", "Arhab", "YEM")),
 E("ASSAULT", None, [houthi], [], "بعد مهاجمة الحوثيين القرية لتنفيذ حملة اختطاف مواطنين", None, None, L("الجنادبة", "al-Janadiba", "YEM")),
])
A["snn-2015-08-08-377"] = ("2015-08-08", [
 E("ACCUSE", "disapprove", [P("أحمد الجروان", "PER", None, ["رئيس البرلمان العربي", "الجروان"], "Ahmed al-Jarwan")], [],
   "أدان رئيس البرلمان العربي أحمد الجروان التفجير الإرهابي الإجرامي الذي استهدف مسجدا في منطقة عسير جنوب غرب السعودية"),
 E("ASSAULT", "explosives", [], [P("منتسبي قوات الطوارئ السعودية", "PER", "SAU")],
   "التفجير الإرهابي الإجرامي الذي استهدف مسجدا في منطقة عسير جنوب غرب السعودية، وأدى إلى استشهاد عدد من منتسبي قوات الطوارئ السعودية وإصابة آخرين",
   None, None, L("عسير", "Asir", "SAU")),
])
unsc = P("مجلس الأمن الدولي", "ORG", None, ["مجلس الأمن"], "UN Security Council")
A["snn-2015-08-09-63"] = ("2015-08-09", [
 E("SUPPORT", None, [P("فرانك شتاينماير", "PER", "DEU", ["وزير الخارجية الألماني", "شتاينماير"], "Frank-Walter Steinmeier")], [unsc],
   "رحب وزير الخارجية الألماني فرانك شتاينماير باعتماد مجلس الأمن الدولي القرار رقم 2235"),
 E("ACCUSE", "investigate", [unsc], [],
   "باعتماد مجلس الأمن الدولي القرار رقم 2235 الداعي إلى إنشاء آلية تحقيق مشتركة لتحديد المسؤولين عن استخدام الأسلحة الكيميائية في سوريا"),
])
A["snn-2015-08-09-309"] = ("2015-08-09", [
 E("MOBILIZE", "weapons", [P("الولايات المتحدة", "GPE", "USA", ["واشنطن"], "United States")], [P("داعش", "ORG", None, [], "ISIS")],
   "نشرت الولايات المتحدة ست مقاتلات من طراز \"اف-16\" في قاعدة انجرليك بجنوب تركيا", None, None, L("قاعدة انجرليك", "Incirlik Air Base", "TUR")),
])
shoukry = P("سامح شكري", "PER", "EGY", ["وزير الخارجية المصري", "شكري", "الوزير شكري"], "Sameh Shoukry")
A["snn-2015-08-09-569"] = ("2015-08-09", [
 E("CONSULT", "visit", [P("فيسنا بوسيتش", "PER", "HRV", ["نائبة رئيس الوزراء ووزيرة خارجية كرواتيا"], "Vesna Pusic")], [shoukry],
   "وأوضح شكري خلال مباحثاته مع نائبة رئيس الوزراء ووزيرة خارجية كرواتيا فيسنا بوسيتش التي تزور القاهرة", None, None, L("القاهرة", "Cairo", "EGY")),
 E("AGREE", None, [P("السلطات المصرية", "ORG", "EGY", ["شكري"])], [P("الرهينة الكرواتي", "PER", "HRV")],
   "أن السلطات المصرية لن تدخر جهداً لحماية الرهينة الكرواتي"),
 E("ASSAULT", "abduct", [P("جماعة \"إرهابية\"", "ORG", None)], [P("الرهينة الكرواتي", "PER", "HRV", ["الرهينة"])],
   "الرهينة الكرواتي الذي تم الإعلان عن اختطافه من جانب جماعة \"إرهابية\" قبل يومين", None, None, None),
 E("CONSULT", "phone", [shoukry], [P("الجانب الكرواتي", "ORG", "HRV")],
   "والاتصالات التي قام بها الوزير شكري مع الجانب الكرواتي"),
])
A["snn-2015-08-09-641"] = ("2015-08-09", [
 E("REQUEST", None, [P("السلطات الإيرانية", "ORG", "IRN", ["وزارة الخارجية"])], [P("مواطنيها", "PER", "IRN")],
   "دعت السلطات الإيرانية السبت مواطنيها إلى عدم السفر برا إلى تركيا", "2015-08-08", "السبت", None),
 E("ASSAULT", None, [P("مسلحون", "PER", None)], [P("السائق", "PER", "IRN")],
   "وكان مسلحون استهدفوا الجمعة حافلة ركاب إيرانية بين الحدود الإيرانية ومدينة فان (شرق تركيا) ما أدى إلى مقتل السائق",
   "2015-08-07", "الجمعة", L("فان", "Van", "TUR")),
 E("ASSAULT", "explosives", [], [P("32 ناشطا كرديا شابا", "PER", "TUR")],
   "وفي نهاية يوليو أدى انفجار قتل فيه 32 ناشطا كرديا شابا", None, "نهاية يوليو", None),
])
A["snn-2015-08-09-753"] = ("2015-08-09", [
 E("ASSAULT", "suicide-attack", [P("تنظيم داعش", "ORG", None, ["داعش", "التنظيم"], "ISIS")], [P("مسلحي جماعات منافسة", "PER", "SYR", ["جماعة منافسة"])],
   "إن تنظيم داعش قتل 37 على الأقل من مسلحي جماعات منافسة في هجوم شنه ليلا على قرية بمحافظة حلب السورية", None, None, L("أم حوش", "Umm Hosh", "SYR")),
])
turkey = P("تركيا", "GPE", "TUR", ["وزارة الخارجية التركية", "الخارجية التركية"], "Turkey")
A["snn-2015-08-09-562"] = ("2015-08-09", [
 E("ACCUSE", "disapprove", [turkey], [], "أعربت تركيا عن إدانتها للتفجير الإرهابي الذي استهدف مسجد قوات الطوارئ بمدينة أبها"),
 E("ASSAULT", "explosives", [], [P("قوات الطوارئ", "ORG", "SAU")],
   "للتفجير الإرهابي الذي استهدف مسجد قوات الطوارئ بمدينة أبها، وأسفر عن سقوط عدد من الشهداء والجرحى", None, None, L("أبها", "Abha", "SAU")),
 E("SUPPORT", None, [turkey], [P("المملكة", "GPE", "SAU", ["السعودية"], "Saudi Arabia")],
   "وأكدت وزارة الخارجية التركية في بيان لها أمس تضامن تركيا مع المملكة في مكافحتها للإرهاب"),
])
cache = {}
out = []
n = 0
for doc_id, (pub, events) in A.items():
    day = doc_id[4:14]
    if day not in cache:
        cache[day] = json.loads(zipfile.ZipFile(NEWS / f"{day}.zip").read(f"{day}.json"))
    text = cache[day][int(doc_id.rsplit("-", 1)[1])]["content"]
    for e in events:
        m = re.search(r"\s+".join(re.escape(w) for w in e["evidence"].split()), text)
        assert m, (doc_id, e["evidence"][:50])
        e["evidence"] = m.group()
        for p in e["actors"] + e["recipients"]:
            assert any(f in text for f in [p["text"]] + p["aliases"]), (doc_id, p["text"])
        n += 1
    out.append({"id": doc_id, "published": pub, "events": events, "quotes": []})
with open(ROOT / "eval" / "events-extra2.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out), "articles", n, "events")
