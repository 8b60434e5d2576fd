"""Write eval/events-extra.jsonl: hand annotations (issue 5 gold form) of 11 SaudiNewsNet articles
of 8–9 Aug 2015, kept as ids + events only (the article text is CC BY-NC-SA and is not shipped;
`marsad eval events` joins it from ../shared/data/news/saudinewsnet). Annotated by the events
engineer after the rules were written, following ../shared/docs/event-annotation-guidelines.md;
the script checks every evidence string and participant surface against the article text.

Usage: python scripts/build_events_extra_gold.py
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
kabul = L("كابل", "Kabul", "AFG")
A = {}
A["snn-2015-08-08-156"] = ("2015-08-08", [
 E("ASSAULT", "explosives", [P("المتشددين", "PER", None, ["أربعة متشددين"])], [P("جنديا من قواته", "PER", None), P("ثمانية مقاولين أفغان", "PER", "AFG")],
   "أن جنديا من قواته وثمانية مقاولين أفغان قتلوا في هجوم للمتشددين على قاعدة تابعة للناتو في كابل", "2015-08-07", "أمس الجمعة", kabul),
 E("ASSAULT", "firearms", [P("قوات الأمن", "ORG", "AFG")], [P("المهاجمين الأربعة", "PER", None, ["المهاجمين"])],
   "لكنها قالت إنّ جميع المهاجمين الأربعة قتلوا برصاص قوات الأمن، قبل أن يتمكنوا من دخول القاعدة", "2015-08-07", "الليلة الماضية", kabul),
 E("ASSAULT", "suicide-attack", [P("طالبان", "ORG", "AFG")], [P("25 من الطلبة", "PER", "AFG")],
   "الذي أعقب تفجيرًا انتحاريًا لطالبان خارج أكاديمية الشرطة الأفغانية في العاصمة والذي أسفر عن مقتل 25 من الطلبة", None, None, L("أكاديمية الشرطة الأفغانية", "Kabul police academy", "AFG")),
 E("ASSAULT", "explosives", [], [P("15 شخصا", "PER", "AFG")],
   "وقتل 15 شخصا في وقت سابق أمس، في هجوم بشاحنة مفخخة في العاصمة كابل", "2015-08-07", "في وقت سابق أمس", kabul),
])
A["snn-2015-08-08-324"] = ("2015-08-08", [
 E("ASSAULT", "suicide-attack", [P("انتحاري", "PER", None)], [P("20 طالبا عسكريا", "PER", "AFG", ["الطلاب العسكريين"])],
   "قتل 20 طالبا عسكريا على الأقل في هجوم انتحاري استهدف أمس الجمعة أكاديمية للشرطة في العاصمة الأفغانية كابول", "2015-08-07", "أمس الجمعة", L("كابول", "Kabul", "AFG")),
 E("ASSAULT", "explosives", [], [P("15 شخصا", "PER", "AFG")],
   "التي شهدت ليل الخميس - الجمعة تفجيرا بشاحنة مفخخة أسفر عن مقتل 15 شخصا وإصابة أكثر من 200", None, "ليل الخميس - الجمعة", L("كابول", "Kabul", "AFG")),
])
russia = P("روسيا", "GPE", "RUS", ["موسكو", "الخارجية الروسية", "وزارة الخارجية الروسية"], "Russia")
A["snn-2015-08-08-489"] = ("2015-08-08", [
 E("SUPPORT", None, [russia], [P("السلطات السعودية", "ORG", "SAU", ["السعودية"])],
   "مؤكدة دعمها السلطات السعودية في مكافحة الإرهاب"),
 E("AGREE", None, [russia], [P("السعودية", "GPE", "SAU")],
   "وأكدت الخارجية الروسية على استعداد موسكو لـ»تقديم الدعم اللازم للسعودية في مكافحة الإرهاب»"),
 E("ASSAULT", None, [], [P("قواتِ الطوارئ", "ORG", "SAU", ["قوات الطوارئ"])],
   "الهجوم الإرهابي الذي استهدفَ مسجدا لقواتِ الطوارئ التابعةِ لوزارة ِالداخلية في منطقةِ أبها جنوبي المملكة", "2015-08-06", "يوم الخميس", L("أبها", "Abha", "SAU")),
])
houthi = P("الحوثيون", "ORG", "YEM", ["الحوثيين"], "Houthis")
saleh_f = P("قوات موالية للرئيس السابق علي صالح", "ORG", "YEM", ["قوات صالح"])
A["snn-2015-08-08-864"] = ("2015-08-08", [
 E("ASSAULT", "heavy-weapons", [houthi, saleh_f], [P("أربعة مدنيين", "PER", "YEM")],
   "بمقتل أربعة مدنيين وإصابة تسعة آخرين جراء قصف شنه الحوثيون وقوات موالية للرئيس السابق علي صالح على أحياء سكنية بمدينة تعز وسط البلاد", None, None, L("تعز", "Taiz", "YEM")),
 E("ASSAULT", None, [P("المقاومة الشعبية", "ORG", "YEM"), houthi, saleh_f], [],
   "عن مقتل وإصابة 40 حوثياً خلال المواجهات التي دارت بينهم أمس الجمعة", "2015-08-07", "أمس الجمعة", L("تعز", "Taiz", "YEM")),
])
A["snn-2015-08-08-866"] = ("2015-08-08", [
 E("ASSAULT", None, [P("المهاجمون", "PER", None)], [P("12 شخصا", "PER", None, ["خمسة من القوات المالية"])],
   "وكان المهاجمون الذين لم تحدد هويتهم رسميا، اقتحموا صباح الجمعة فندق بيبلوس في سيفاري بوسط مالي", "2015-08-07", "صباح الجمعة", L("سيفاري", "Sevare", "MLI")),
])
iraqis = P("آلاف العراقيين", "PER", "IRQ", ["المتظاهرون", "المتظاهرين"])
ev1282 = [
 E("PROTEST", "demo", [iraqis], [], "تظاهر آلاف العراقيين أمس في بغداد وست محافظات في جنوب البلاد احتجاجا على الفساد المالي والإداري ونقص الخدمات الأساسية",
   "2015-08-07", "أمس", L("بغداد", "Baghdad", "IRQ")),
 E("REQUEST", "change", [iraqis], [P("حيدر العبادي", "PER", "IRQ", ["رئيس الوزراء"], "Haider al-Abadi")],
   "مطالبين رئيس الوزراء حيدر العبادي بأن «يكون أكثر جرأة وشجاعة» في حربه ضد الفساد", "2015-08-07", "أمس", L("بغداد", "Baghdad", "IRQ")),
]
for ar, en in (("البصرة", "Basra"), ("ذي قار", "Dhi Qar Governorate"), ("الحلة", "Hillah"), ("النجف", "Najaf"), ("كربلاء", "Karbala"), ("الديوانية", "Diwaniyah")):
    ev1282.append(E("PROTEST", "demo", [], [], "وخرجت تظاهرات مماثلة في البصرة وذي قار والحلة والنجف وكربلاء والديوانية وجميعها في جنوب البلاد",
                    "2015-08-07", None, L(ar, en, "IRQ")))
A["snn-2015-08-08-1282"] = ("2015-08-08", ev1282)
us_forces = P("القوات التي تقودها الولايات المتحدة", "ORG", None, ["الولايات المتحدة", "الجيش الأمريكي"], "US-led coalition")
isis = P("تنظيم داعش", "ORG", None, ["داعش"], "ISIS")
ev = "قال الجيش الأمريكي إن القوات التي تقودها الولايات المتحدة شنت 16 غارة جوية في العراق وسبع غارات في سوريا يوم السبت ضد أهداف تابعة لتنظيم داعش"
A["snn-2015-08-09-757"] = ("2015-08-09", [
 E("ASSAULT", "aerial", [us_forces], [isis], ev, "2015-08-08", "يوم السبت", L("العراق", "Iraq", "IRQ")),
 E("ASSAULT", "aerial", [us_forces], [isis], ev, "2015-08-08", "يوم السبت", L("سوريا", "Syria", "SYR")),
])
taban = P("تعبان دينق", "PER", "SSD", ["رئيس وفد التمرد"], "Taban Deng")
A["snn-2015-08-09-830"] = ("2015-08-09", [
 E("ACCUSE", "allege", [taban], [P("سلفاكير ميارديت", "PER", "SSD", ["الرئيس الجنوبي"], "Salva Kiir Mayardit")],
   "ابتدر الجلسة رئيس وفد التمرد بقيادة تعبان دينق بشن هجوم عنيف على الرئيس الجنوبي سلفاكير ميارديت، واتهمه بأنه \"فاقد للشرعية\""),
 E("REQUEST", "change", [taban], [P("الحكومة الحالية", "ORG", "SSD")],
   "إنه لا سبيل لإنهاء الأزمة في جنوب السودان إلا عبر استقالة الحكومة الحالية، وتقديم مسؤوليها للمحاكمة"),
 E("REJECT", None, [P("نيال دينق نيال", "PER", "SSD", ["رئيس الوفد الحكومي", "الحكومة"], "Nhial Deng Nhial")], [P("الوساطة", "ORG", None)],
   "تمسك رئيس الوفد الحكومي، نيال دينق نيال، برفض الحكومة لمقترح السلام الذي قدمته الوساطة"),
 E("CONSULT", None, [P("وفد التمرد", "ORG", "SSD", ["تعبان دينق"]), P("الوفد الحكومي", "ORG", "SSD", ["نيال دينق نيال"])], [],
   "إلا أن الجلسة الافتتاحية جرت في أجواء خلافي مشحونة بالتوتر"),
])
pkk_f = P("مقاتلي الحزب", "PER", "TUR", ["أنصار حزب العمال الكردستاني", "المتمردون"])
A["snn-2015-08-09-833"] = ("2015-08-09", [
 E("PROTEST", "demo", [P("أنصار حزب العمال الكردستاني", "PER", "TUR", ["المتظاهرين", "محتجون ملثمون"])], [],
   "تظاهر أنصار حزب العمال الكردستاني في بلدة سيزر جنوب شرق تركيا أول من أمس", "2015-08-07", "أول من أمس", L("سيزر", "Cizre", "TUR")),
 E("ASSAULT", None, [P("الشرطة", "ORG", "TUR"), pkk_f], [],
   "بعد مقتل ثلاثة أشخاص وإصابة سبعة في الاشتباكات بين الشرطة ومقاتلي الحزب ببلدة سيلوبي قرب الحدود العراقية والسورية", None, None, L("سيلوبي", "Silopi", "TUR")),
 E("COERCE", "restrict", [P("محتجون ملثمون", "PER", "TUR")], [],
   "وأقام محتجون ملثمون نقاط تفتيش على الطرق وأوقفوا السيارات وطلبوا من الركاب إبراز بطاقات الهوية", None, None, L("سيزر", "Cizre", "TUR")),
 E("COERCE", None, [P("شرطة مكافحة الشغب", "ORG", "TUR")], [P("المتظاهرين", "PER", "TUR")],
   "واستخدمت شرطة مكافحة الشغب الغاز المسيل للدموع لتفريق المتظاهرين", None, None, L("سيزر", "Cizre", "TUR")),
 E("ASSAULT", "primitive", [P("المتظاهرين", "PER", "TUR")], [P("القوات", "ORG", "TUR", ["شرطة مكافحة الشغب"])],
   "المتظاهرين الذين رشقوا القوات بقنابل حارقة", None, None, L("سيزر", "Cizre", "TUR")),
 E("ASSAULT", None, [P("المتمردون", "PER", "TUR")], [P("جنديين", "PER", "TUR")],
   "وفي هجومين منفصلين بإقليمي فان واغري قتل المتمردون جنديين", None, None, L("فان", "Van", "TUR")),
 E("ASSAULT", None, [P("المتمردون", "PER", "TUR")], [P("جنديين", "PER", "TUR")],
   "وفي هجومين منفصلين بإقليمي فان واغري قتل المتمردون جنديين", None, None, L("اغري", "Agri", "TUR")),
 E("ASSAULT", "heavy-weapons", [P("إرهابيون", "PER", None, ["الإرهابيين"])], [P("شرطي", "PER", "TUR", ["صالح حسين بارجه", "الشرطي صالح حسين بارجه"])],
   "وقتل شرطي في وقت متأخر من مساء أول من أمس، في هجوم شنه إرهابيون، على سيارة مصفحة تابعة للشرطة", "2015-08-07", "مساء أول من أمس", L("جزرة", "Cizre", "TUR")),
 E("ASSAULT", "aerial", [P("تركيا", "GPE", "TUR", [], "Turkey")], [P("بي كا كا", "ORG", "TUR", ["حزب العمال الكردستاني"]), P("تنظيم داعش", "ORG", None, ["داعش"])],
   "يشار إلى أن تركيا شنت خلال الأيام الماضية، غارات استهدفت خلالها مواقع تابعة لمنظمة", None, "خلال الأيام الماضية", None),
 E("ASSAULT", "suicide-attack", [P("داعش", "ORG", None)], [P("32 شخصًا", "PER", "TUR")],
   "عقب هجوم انتحاري لداعش على بلدة سورج التركية، أودى بحياة 32 شخصًا", None, None, L("سورج", "Suruc", "TUR")),
])
A["snn-2015-08-09-834"] = ("2015-08-09", [
 E("ASSAULT", "firearms", [P("مجهولين", "PER", None, ["مجهولان"])], [P("قوة أمنية", "ORG", "EGY", ["رقيب شرطة", "ثلاثة مجندين", "القوة"])],
   "لقي رقيب شرطة مصرعه أمس وأصيب ثلاثة مجندين إثر إطلاق مجهولين النار على قوة أمنية من إدارة ترحيلات مديرية أمن الوادي الجديد", "2015-08-08", "أمس",
   L("طريق مصر- الفيوم الزراعي", "Cairo–Fayoum agricultural road", "EGY")),
 E("RETREAT", "release", [P("محكمة جنايات المنيا", "ORG", "EGY", ["محكمة مصرية", "المحكمة"])], [P("11 متهمًا", "PER", "EGY")],
   "وأضاف المصدر أن المحكمة: أفرجت عن 11 متهمًا في نفس القضية بسبب ظروفهم الصحية", "2015-08-08", "أمس", None),
])
houthi2 = P("الحوثيين", "ORG", "YEM", ["ميليشيات الحوثي وصالح", "المتمردين"], "Houthis")
coal = P("التحالف العربي", "ORG", None, ["طائرات التحالف العربي"], "Arab coalition")
ev = "أن طائرات التحالف العربي لدعم الشرعية شنت غارات جوية على مواقع للحوثيين في مأرب وإب"
A["snn-2015-08-09-944"] = ("2015-08-09", [
 E("ASSAULT", "aerial", [coal], [houthi2], ev, None, None, L("مأرب", "Marib Governorate", "YEM")),
 E("ASSAULT", "aerial", [coal], [houthi2], ev, None, None, L("إب", "Ibb Governorate", "YEM")),
 E("ASSAULT", None, [P("القوات الحكومية", "ORG", "YEM", ["القوات الشرعية"]), P("المقاومة الشعبية", "ORG", "YEM")], [houthi2],
   "نجاح القوات الحكومية والمقاومة الشعبية في الدخول إلى مدينة زنجبار في أبين", None, None, L("زنجبار", "Zinjibar", "YEM")),
 E("ASSAULT", None, [P("القوات الشرعية", "ORG", "YEM", ["القوات الموالية للشرعية"])], [P("ميليشيات الحوثي وصالح", "ORG", "YEM", ["الحوثيين"])],
   "ويأتي ذلك في أعقاب تحرير القوات الشرعية محافظة الضالع بعد أن سيطرت على كافة المواقع التي كانت تحتلها ميليشيات الحوثي وصالح المتمردة", None, None, L("الضالع", "Al Dhale Governorate", "YEM")),
 E("ASSAULT", None, [P("القوات الموالية للشرعية", "ORG", "YEM", ["القوات الشرعية"])], [houthi2],
   "قبل أن تسيطر على مديرية حزم العدين كاملة بمحافظة إب بعد مواجهات مع الحوثيين خلفت قتلى وجرحى", None, None, L("حزم العدين", "Hazm al-Udayn", "YEM")),
 E("ASSAULT", "heavy-weapons", [P("المقاومة", "ORG", "YEM", ["المقاومة الشعبية"])], [P("4 حوثيين", "PER", "YEM", ["الحوثيين"])],
   "قتل 4 حوثيين وأصيب اثنين آخرين بحسب سكاي نيوز بعد هجوم للمقاومة بقذيفة صاروخية على نقطة تابعة للحوثيين على الطريق الدولي الرابط بين الحديدة ومدينة حرض بمحافظة حجة", None, None, L("حجة", "Hajjah Governorate", "YEM")),
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
with open(ROOT / "eval" / "events-extra.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out), "articles", n, "events")
