"""Write eval/events-extra6.jsonl: a sixth hand-annotated event gold (issue 5 gold form), meant as an
UNTOUCHED HELD-OUT set: 25 SaudiNewsNet articles of Tuesday 4 and Friday 7 August 2015 (files 2015-08-04
and -07), kept as ids + events only (the article text is CC BY-NC-SA and is not shipped; `marsad eval
events` joins it from ../shared/data/news/saudinewsnet). The set mixes diplomacy (receptions, calls,
meetings, invitations), condemnations and demands, arrests and raids, air strikes and clashes in Yemen,
Syria, Turkey, Pakistan and Egypt, pardons and aid, with a few ordinary articles that hold 0–1 codable
events (false-positive checks).

Why these days: the brief asked for the files of 28–30 July, but the corpus in ../shared has no such
files (nor 5 Aug); every day it holds is used by some gold. 4 and 7 Aug are the days least exposed to
tuning: only events-extra3.jsonl (held out, untouched) has articles from them, and the unlabelled
checks of the rule passes used 21–23 and 31 Jul and 2–3 Aug. Articles on the same real-world event as
an events-extra3 article were avoided where a choice existed (the Aqsa flag incident, the Taiz
abduction); the Asir mosque bombing of 6 Aug, which the dev tune split covers from 8–9 Aug articles,
appears here only through two articles (King Salman's calls, the Gulf condemnations).

Annotated by hand following ../shared/docs/event-annotation-guidelines.md and the conventions of the
dev gold's tune split and of scripts/build_events_extra4_gold.py / build_events_extra5_gold.py, WITHOUT
running the system on these articles or looking at any system output for them; the script checks every
evidence string and participant surface against the article (via gold_form.write_gold) and that no id
is in the other event golds. Quotes are not annotated (``"quotes": []``, as in extra4 and extra5).

Judgement calls (beyond the guidelines and the extra4/extra5 calls, which are followed):
- Clashes reported as going on at the time of a report («ذكرت مصادر ... ليل الاثنين الثلاثاء أن اشتباكات
  تدور») keep a null date: the date sits on the reporting verb.
- A field commander's stated plan to go on «to liberate» two provinces = two ASSAULT `planned` (future
  non-cooperative acts; enumerated places split).
- Abductions (al-Nusra taking Division 30 fighters) = ASSAULT `abduct` (PLOVER mode); an earlier
  abduction the US Defense Department denied = status `denied`; captures of rebels in battle stay
  ASSAULT null (guidelines: captures), one event with the taking of the base they were fought for.
- Ground taken after battles = one ASSAULT null per named place (Labouza camp, four positions in
  Karsh, Jaar); coalition strikes «في اللواء 15 بزنجبار ... وعلى الخط الساحلي بأبين» = two events
  (enumerated places split); strikes «بالتزامن» with a battle = one more event without place.
  A Zinjibar offensive «من المتوقع أن تبدأ اليوم» told by «مصدر خاص», a resistance council's founding
  and its goals («سيتم قطع جميع الإمدادات») are left out (anonymous source; no act yet).
- Meetings in a third country (Lavrov with Meshaal and with al-Khatib in Doha; Hahn with Bozkır, place
  not stated) = CONSULT null with both sides as actors; an invitation and its acceptance = two AGREEs.
- «أعلنت رفضها تعرض قرى ... لقصف الطائرات التركية» = REJECT (as extra5's Egyptian rejection of
  interference); readiness for dialogue with Ankara = AGREE; a protest note to UN observers = ACCUSE
  `disapprove` and its demand for an inquiry = REQUEST; «الهند انتهكت اتفاقية وقف إطلاق النار» = ACCUSE
  `allege`.
- Presidential pardons of detained fishermen and miners = CONCEDE (PLOVER: formal pardons are CONCEDE,
  the release RETREAT); each has its own date («ليل الأربعاء», «فجر أمس») over the lead's «أمس».
- A Scud launch and its interception = one ASSAULT `heavy-weapons` by «العدو» with no recipient and no
  place (the body names only «الأراضي اليمنية» as origin; «جازان» is in the tag line).
- Thanks returned for condolence calls are left out, as in the dev gold (the MBN calls of 8 Aug); the
  bombing named in a condemnation is coded once per article, mode `explosives` only where the text says
  تفجير.
- A robbery by unknown men is left out (no PLOVER type); the police's arrest of the suspects is coded.
- Statements by anonymous «مصدر رسمي تركي» (a Turkish decision to back opposition institutions) are
  left out, as the guidelines leave out anonymous accusations and demands.

Usage: python scripts/build_events_extra6_gold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_form import E, L, P, check_new_ids, write_gold  # noqa: E402

A = {}

# --- Clashes at al-Anad camp, coalition strikes (3alyoum, Tue 4 Aug) ----------------------------
army = P("الجيش الموالي للشرعية", "ORG", "YEM", ["القوات الحكومية", "القوات الشرعية", "الجيش"], "pro-Hadi army")
resistance = P("المقاومة الشعبية", "ORG", "YEM", [], "Popular Resistance")
houthis = P("الحوثيين", "ORG", "YEM", ["الحوثيون"], "Houthis")
saleh_forces = P("القوات الموالية للرئيس السابق علي عبدالله صالح", "ORG", "YEM", ["أنصار صالح"], "Saleh loyalist forces")
anad = L("قاعدة العند", "al-Anad Air Base", "YEM")
A["snn-2015-08-04-65"] = ("2015-08-04", [
 E("ASSAULT", None, [army, resistance, houthis, saleh_forces], [],
   "أن اشتباكات عنيفة تدور بين الجيش الموالي للشرعية والمقاومة الشعبية من جهة، والحوثيين والقوات الموالية للرئيس السابق علي عبدالله صالح في معسكر العند المجاور لقاعدة العند الجوية بمحافظة لحج",
   None, None, L("معسكر العند", "al-Anad military camp, Lahij", "YEM")),
 E("ASSAULT", "aerial", [P("طيران التحالف العربي", "ORG", None, ["التحالف العربي"], "Saudi-led coalition")], [houthis],
   "ودمر طيران التحالف العربي، دبابتين و4 مركبات عسكرية للحوثيين، في الجهة الجنوبية لقاعدة العند",
   None, None, anad),
 E("ASSAULT", None, [army, resistance], [P("70 متمردا", "PER", "YEM", [], "Houthi-Saleh fighters")],
   "كما كشف اللواء فضل حسن أن القوات الحكومية والمقاومة أسرت 70 متمردا وقتلت 10 آخرين في المواجهات",
   None, None, anad),
 E("ASSAULT", None, [army], [],
   "وستواصل القوات الشرعية، وفق حسن، التقدم لاستكمال “تحرير” محافظتي لحج وأبين",
   None, None, L("لحج", "Lahij Governorate", "YEM"), "planned"),
 E("ASSAULT", None, [army], [],
   "وستواصل القوات الشرعية، وفق حسن، التقدم لاستكمال “تحرير” محافظتي لحج وأبين",
   None, None, L("أبين", "Abyan Governorate", "YEM"), "planned"),
])

# --- Al-Nusra abducts Division 30 fighters (aawsat, Tue 4 Aug) ----------------------------------
nusra = P("جبهة النصرة", "ORG", None, ["تنظيم النصرة"], "al-Nusra Front")
A["snn-2015-08-04-94"] = ("2015-08-04", [
 E("ASSAULT", "abduct", [nusra], [P("خمسة مقاتلين", "PER", "SYR", [], "Division 30 fighters")],
   "خطفت جبهة النصرة ذراع تنظيم القاعدة في سوريا، من جديد خمسة مقاتلين على الاقل كانوا قد تلقوا تدريبات في اطار برنامج التدريب الاميركي للمعارضة السورية المعتدلة في شمال غربي البلاد",
   None, "بين يوم الاثنين واليوم (الثلاثاء)", L("قرية قاح", "Qah", "SYR")),
 E("ASSAULT", "abduct", [nusra], [P("ثمانية عناصر من «الفرقة 30»", "PER", "SYR", ["نديم الحسن"], "Division 30 fighters (incl. Col. Nadim al-Hassan)")],
   "وكانت جبهة النصرة خطفت ثمانية عناصر من «الفرقة 30»، بينهم قائد الفرقة العقيد نديم الحسن مساء الاربعاء، قرب مدينة اعزاز في ريف حلب الشمالي",
   "2015-07-29", "مساء الاربعاء", L("مدينة اعزاز", "Azaz", "SYR"), "denied"),
 E("ASSAULT", None, [nusra], [P("الفرقة", "ORG", "SYR", ["«الفرقة 30»"], "Division 30")],
   "وكانت جبهة النصرة قد هاجمت الجمعة مقرًا للفرقة في المنطقة نفسها، ووقعت اشتباكات بينها وبين المدافعين عن المقر",
   "2015-07-31", "الجمعة", None),
 E("ASSAULT", "aerial", [P("الائتلاف الدولي", "ORG", None, [], "US-led coalition")], [],
   "أشار إلى تزامن الاشتباكات مع غارات نفذها الائتلاف الدولي",
   "2015-07-31", "الجمعة", None),
])

# --- Lavrov meets Meshaal and al-Khatib in Doha (aawsat, Tue 4 Aug) -----------------------------
lavrov = P("سيرغي لافروف", "PER", "RUS", ["وزير الخارجية الروسي", "لافروف"], "Sergey Lavrov")
meshaal = P("خالد مشعل", "PER", "PSE", ["رئيس المكتب السياسي لحركة حماس"], "Khaled Meshaal")
hamas = P("حركة حماس", "ORG", "PSE", ["حماس", "الحركة"], "Hamas")
doha = L("الدوحة", "Doha", "QAT")
A["snn-2015-08-04-114"] = ("2015-08-04", [
 E("CONSULT", None, [meshaal, lavrov], [],
   "وقالت حركة حماس أمس إن خالد مشعل رئيس المكتب السياسي، التقى أمس الاثنين، وزير الخارجية الروسي سيرغي لافروف، في العاصمة القطرية الدوحة",
   "2015-08-03", "أمس الاثنين", doha),
 E("CONSULT", None, [lavrov, P("أحمد معاذ الخطيب", "PER", "SYR", ["الرئيس الأسبق للائتلاف الوطني السوري"], "Moaz al-Khatib")], [],
   "كما التقى لافروف في نفس اليوم أحمد معاذ الخطيب الرئيس الأسبق للائتلاف الوطني السوري لبحث تطورات الأزمة السورية",
   "2015-08-03", "في نفس اليوم", doha),
 E("AGREE", None, [lavrov], [hamas],
   "وذكرت أن لافروف وجّه الدعوة لقيادة «حماس» لزيارة موسكو"),
 E("AGREE", None, [hamas], [lavrov],
   "مضيفة أن الحركة «قبلت الدعوة وسيحدد موعد الزيارة لاحقًا»"),
])

# --- EU urges Turkey to a proportionate response (aleqtisadiya, Tue 4 Aug) ----------------------
A["snn-2015-08-04-211"] = ("2015-08-04", [
 E("REQUEST", None, [P("الاتحاد الاوروبي", "ORG", None, [], "European Union")], [P("تركيا", "GPE", "TUR", [], "Turkey")],
   "اعرب الاتحاد الاوروبي الثلاثاء عن \"قلقه الشديد\" حيال اعمال العنف بين الجيش التركي ومتمردي حزب العمال الكردستاني داعيا تركيا الى رد \"متكافئ\" على اعمال العنف",
   "2015-08-04", "الثلاثاء", None),
 E("CONSULT", None,
   [P("يوهانس هان", "PER", None, ["المفوض الاوروبي لشؤون التوسيع"], "Johannes Hahn"),
    P("فولكان بوزكير", "PER", "TUR", ["الوزير التركي للشؤون الاوروبية"], "Volkan Bozkır")], [],
   "وقال المفوض الاوروبي لشؤون التوسيع يوهانس هان خلال لقاء مع الوزير التركي للشؤون الاوروبية فولكان بوزكير"),
])

# --- Sudan re-arrests Salafi sheikhs (alriyadh, Tue 4 Aug) --------------------------------------
sd_auth = P("السلطات السودانية", "ORG", "SDN", ["السلطات الأمنية"], "Sudanese authorities")
A["snn-2015-08-04-671"] = ("2015-08-04", [
 E("COERCE", "arrest", [sd_auth],
   [P("مساعد السديرة", "PER", "SDN", ["الشيخ السديرة"], "Musaed al-Sudaira"), P("عدد من تلاميذه", "PER", "SDN", [], "al-Sudaira's students")],
   "أعادت السلطات السودانية اعتقال أحد أبرز رموز التيار السلفي الشيخ مساعد السديرة مع عدد من تلاميذه"),
 E("COERCE", "arrest", [sd_auth], [P("عمر عبدالخالق", "PER", "SDN", ["رئيس جماعة الاعتصام بالكتاب والسنة"], "Omar Abdelkhaliq")],
   "كما تم اعتقال الشيخ عمر عبدالخالق رئيس جماعة الاعتصام بالكتاب والسنة"),
 E("REQUEST", None, [P("حسبو محمد عبدالرحمن", "PER", "SDN", ["نائب الرئيس السوداني"], "Hassabo Mohamed Abdalrahman")], [],
   "داعيا إلى محاربة التطرف والتعصب"),
])

# --- Pakistan kills an al-Qaeda leader in Chagai (alriyadh, Tue 4 Aug) --------------------------
pk_sec = P("قوى الأمن الباكستانية", "ORG", "PAK", ["القوات الباكستانية"], "Pakistani security forces")
chagai = L("شاغي", "Chagai District", "PAK")
A["snn-2015-08-04-673"] = ("2015-08-04", [
 E("ASSAULT", None, [pk_sec], [P("عمر عبداللطيف", "PER", None, ["لقمان"], "Omar Abdul Latif (Luqman)")],
   "أعلنت السلطات الباكستانية مقتل القيادي البارز في تنظيم القاعدة المدعو عمر عبداللطيف الملقب (لقمان) وذلك في عملية أمنية شنتها قوى الأمن الباكستانية في منطقة حدودية تقع على الحدود الباكستانية المتصلة مع أفغانستان",
   None, None, chagai),
 E("COERCE", "arrest", [pk_sec], [P("زوجته طيبة", "PER", None, ["فريحة"], "Tayyaba, wife of Omar Abdul Latif"), P("اثنين من أطفاله", "PER", None, [], "his two children")],
   "بينما تم اعتقال زوجته طيبة التي تعرف باسم مستعار وهو (فريحة) واثنين من أطفاله",
   None, None, chagai),
])

# --- Baghdad rejects the Turkish bombing of Kurdistan villages (alwatan, Tue 4 Aug) -------------
iq_gov = P("الحكومة العراقية", "ORG", "IRQ", [], "Government of Iraq")
tk_planes = P("الطائرات التركية", "ORG", "TUR", [], "Turkish Air Force")
pkk = P("حزب العمال الكردستاني", "ORG", "TUR", ["حزب العمال"], "Kurdistan Workers' Party (PKK)")
A["snn-2015-08-04-827"] = ("2015-08-04", [
 E("REJECT", None, [iq_gov], [tk_planes],
   "إن الحكومة العراقية أعلنت رفضها تعرض قرى إقليم كردستان لقصف الطائرات التركية"),
 E("ASSAULT", "aerial", [tk_planes], [pkk],
   "القصف التركي لقرى إقليم كردستان تستهدف تجمعات حزب العمال",
   None, None, L("إقليم كردستان", "Kurdistan Region", "IRQ")),
 E("AGREE", None, [iq_gov], [P("أنقرة", "GPE", "TUR", [], "Turkey")],
   "لكنها على استعداد للحوار مع أنقرة لحلحلة المشكلة عبر القنوات الدبلوماسية"),
 E("ACCUSE", "disapprove", [P("قوى سياسية عراقية", "ORG", "IRQ", [], "Iraqi political forces")], [tk_planes],
   "وكانت قوى سياسية عراقية نددت بالقصف التركي لقرى إقليم كردستان"),
 E("REQUEST", None, [P("إياد علاوي", "PER", "IRQ", ["نائب رئيس الجمهورية"], "Ayad Allawi")],
   [P("عناصر حزب العمال الكردستاني", "ORG", "TUR", ["حزب العمال"], "Kurdistan Workers' Party (PKK)")],
   "طالب نائب رئيس الجمهورية إياد علاوي عناصر حزب العمال الكردستاني بمغادرة الأراضي العراقية",
   "2015-08-03", "أمس", None),
])

# --- Indian shelling wounds five in Sialkot (alweeam, Tue 4 Aug) --------------------------------
in_forces = P("القوات الهندية", "ORG", "IND", [], "Indian forces")
A["snn-2015-08-04-959"] = ("2015-08-04", [
 E("ASSAULT", "heavy-weapons", [in_forces], [P("خمسة باكستانيين", "PER", "PAK", ["خمسة أشخاص"], "Pakistani villagers")],
   "أصيب خمسة باكستانيين بينهم ثلاثة نساء وطفلين بجروح بالغة جراء قصف شنته القوات الهندية صباح اليوم تجاه قرى باكستانية عبر الحدود المشتركة بين البلدين",
   "2015-08-04", "صباح اليوم", L("سيالكوت", "Sialkot", "PAK")),
 E("ASSAULT", None, [P("قوات حرس الحدود الباكستانية", "ORG", "PAK", [], "Pakistan Rangers")], [in_forces],
   "قوات حرس الحدود الباكستانية ردت على مصدر النيران لإجبارها القوات الهندية على وقف إطلاق النار"),
])

# --- Arab League condemns the Turkish bombing of northern Iraq (alyaum, Tue 4 Aug) --------------
elaraby = P("نبيل العربي", "PER", None, ["الأمين العام لجامعة الدول العربية", "العربي"], "Nabil Elaraby")
turkey = P("تركيا", "GPE", "TUR", [], "Turkey")
A["snn-2015-08-04-1030"] = ("2015-08-04", [
 E("ACCUSE", "disapprove", [elaraby], [turkey],
   "أعرب الدكتور نبيل العربي الأمين العام لجامعة الدول العربية عن استنكار الجامعة للقصف التركي على مناطق في شمال جمهورية العراق"),
 E("ASSAULT", None, [turkey], [],
   "للقصف التركي على مناطق في شمال جمهورية العراق",
   None, None, L("شمال جمهورية العراق", "Northern Iraq", "IRQ")),
 E("REQUEST", None, [elaraby], [turkey],
   "وطالب العربي تركيا باحترام سيادة العراق على كامل أراضيه، وبالالتزام بمبادئ حسن الجوار وبالاتفاقات المُوّقعة بين العراق وتركيا، وعدم التصعيد"),
 E("REQUEST", None, [elaraby], [],
   "داعياً إلى تكثيف التنسيق البيني والتعاون الثنائي من أجل مواجهة التحديات الجسام التي تمر بها المنطقة"),
])

# --- Al-Rabeeah receives the UN regional humanitarian coordinator (alyaum, Tue 4 Aug) ----------
rabeeah = P("عبدالله بن عبدالعزيز الربيعة", "PER", "SAU",
            ["المشرف العام على مركز الملك سلمان للإغاثة والأعمال الإنسانية", "الربيعة"], "Abdullah Al Rabeeah")
A["snn-2015-08-04-979"] = ("2015-08-04", [
 E("CONSULT", "visit", [P("عامر الداوودي", "PER", None, ["المنسق الإقليمي للعمليات الإنسانية في اليمن"], "Amer Daoudi")], [rabeeah],
   "استقبل معالي المستشار في الديوان الملكي المشرف العام على مركز الملك سلمان للإغاثة والأعمال الإنسانية الدكتور عبدالله بن عبدالعزيز الربيعة في مكتبه بالرياض اليوم المنسق الإقليمي للعمليات الإنسانية في اليمن عامر الداوودي",
   "2015-08-04", "اليوم", L("الرياض", "Riyadh", "SAU")),
 E("REQUEST", "assist", [rabeeah], [P("للأمم المتحدة", "ORG", None, [], "United Nations")],
   "وجدد الربيعة دعوة مركز الملك سلمان للإغاثة والأعمال الإنسانية للأمم المتحدة ومنظماتها المختلفة ذات العلاقة إلى الإسهام في تنفيذ البرامج الرامية للتخفيف من معاناة الشعب اليمني"),
])

# --- Nizar Madani receives his Bangladeshi counterpart (aljazirah, Tue 4 Aug) -------------------
A["snn-2015-08-04-496"] = ("2015-08-04", [
 E("CONSULT", "visit",
   [P("محمد شهريار عالم", "PER", "BGD", ["وزير الدولة للشؤون الخارجية بجمهورية بنغلاديش الشعبية"], "Md. Shahriar Alam")],
   [P("نزار بن عبيد مدني", "PER", "SAU", ["وزير الدولة للشؤون الخارجية"], "Nizar Madani")],
   "استقبل معالي وزير الدولة للشؤون الخارجية الدكتور نزار بن عبيد مدني بمكتب معاليه في جدة أمس معالي وزير الدولة للشؤون الخارجية بجمهورية بنغلاديش الشعبية محمد شهريار عالم والوفد المرافق له",
   "2015-08-03", "أمس", L("جدة", "Jeddah", "SAU")),
])

# --- Mohammed bin Zayed receives Khaled Bahah (aawsat, Tue 4 Aug) -------------------------------
mbz = P("محمد بن زايد آل نهيان", "PER", "ARE", ["ولي عهد أبوظبي", "الشيخ محمد بن زايد"], "Mohammed bin Zayed")
bahah = P("خالد محفوظ بحاح", "PER", "YEM", ["نائب الرئيس رئيس الحكومة اليمنية", "نائب الرئيس اليمني"], "Khaled Bahah")
A["snn-2015-08-04-111"] = ("2015-08-04", [
 E("CONSULT", "visit", [bahah], [mbz],
   "وذلك خلال استقباله أمس المهندس خالد محفوظ بحاح نائب الرئيس رئيس الحكومة اليمنية، والوفد المرفق له، الذي يزور العاصمة الإماراتية أبوظبي",
   "2015-08-03", "أمس", L("أبوظبي", "Abu Dhabi", "ARE")),
 E("AGREE", None, [mbz], [P("الجمهورية اليمنية", "GPE", "YEM", ["اليمن"], "Yemen")],
   "أكد الشيخ محمد بن زايد آل نهيان، ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة في الإمارات، على مواصلة التحالف العربي دعم الجمهورية اليمنية وشعبها وحكومتها الشرعية"),
 E("SUPPORT", None, [mbz], [P("سلمان بن عبد العزيز", "PER", "SAU", ["خادم الحرمين الشريفين"], "King Salman")],
   "وثمن الشيخ محمد بن زايد، دور خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، وقيادته هذا التحالف، وذلك خلال استقباله أمس",
   "2015-08-03", "أمس", None),
 E("SUPPORT", None, [bahah], [P("الإمارات", "GPE", "ARE", [], "United Arab Emirates")],
   "وقدم المهندس خالد محفوظ بحاح الشكر والتقدير للإمارات"),
])

# --- Wadi al-Dawasir police arrest two robbery suspects (sabq, Tue 4 Aug) ----------------------
A["snn-2015-08-04-1303"] = ("2015-08-04", [
 E("COERCE", "arrest",
   [P("الجهات الأمنية بشرطة محافظة وادي الدواسر", "ORG", "SAU", ["شرطة وادي الدواسر"], "Wadi al-Dawasir police")],
   [P("شخصين", "PER", None, ["شخصان"], "robbery suspects")],
   "حيث ضُبط شخصان وتم التعرف إليهما من قبِل المبلغين مساء أمس الاثنين",
   "2015-08-03", "مساء أمس الاثنين", None),
])

# --- Ordinary: civil defence searches for two men swept away by floods (aljazirah, Tue 4 Aug) ---
A["snn-2015-08-04-389"] = ("2015-08-04", [])

# --- Scud intercepted over the southern border (3alyoum, Fri 7 Aug) -----------------------------
A["snn-2015-08-07-19"] = ("2015-08-07", [
 E("ASSAULT", "heavy-weapons", [P("العدو", "ORG", "YEM", [], "Houthi-Saleh forces")], [],
   "نجحت وحدات الدفاع الجوي السعودي في التصدي لصاروخ “سكود” أطلقه العدو من عمق الأراضي اليمنية باتجاه الأجواء السعوية فجر هذا اليوم",
   "2015-08-07", "فجر هذا اليوم", None),
])

# --- Army and resistance take Labouza camp and Jaar, coalition strikes in Abyan (aleqtisadiya, Fri 7 Aug)
army7 = P("قوات الجيش الموالي للشرعية", "ORG", "YEM", ["قوات الجيش", "الجيش"], "pro-Hadi army")
res7 = P("مسلحي المقاومة الشعبية", "ORG", "YEM", ["مسلحو المقاومة", "المقاومة"], "Popular Resistance")
houthi_mil7 = P("ميليشيات الحوثي", "ORG", "YEM", ["الميليشيات الحوثية"], "Houthis")
coal7 = P("طيران التحالف", "ORG", None, ["مقاتلات التحالف العربي"], "Saudi-led coalition")
A["snn-2015-08-07-268"] = ("2015-08-07", [
 E("ASSAULT", None, [army7, res7], [houthi_mil7],
   "سيطرت قوات الجيش الموالي للشرعية والمسنود بمسلحي المقاومة الشعبية الخميس على معسكر لبوزة في محافظة لحج (جنوب البلاد)، وعلى مثلث العند مقر لواء لبوزة الذي يعد آخر معاقل ميليشيات الحوثي في محافظة لحج جنوب اليمن",
   "2015-08-06", "الخميس", L("معسكر لبوزة", "Labouza camp, Lahij", "YEM")),
 E("ASSAULT", "aerial", [coal7], [],
   "بالتزامن مع غارات لمقاتلات التحالف العربي الذي تقوده السعودية"),
 E("ASSAULT", None, [res7], [houthi_mil7],
   "بعد أن تمكنت المقاومة من تحرير أربعة مواقع فيها من بينها موقع المناخ، (مركز التدريب التابع لميليشيات الحوثي في لحج)",
   None, None, L("كرش", "Karsh", "YEM")),
 E("ASSAULT", "aerial", [coal7], [houthi_mil7, P("قوات المخلوع", "ORG", "YEM", [], "Saleh loyalist forces")],
   "وكثف طيران التحالف ضرب ميليشيات الحوثي وقوات المخلوع في اللواء 15 بزنجبار",
   None, None, L("زنجبار", "Zinjibar", "YEM")),
 E("ASSAULT", "aerial", [coal7], [houthi_mil7, P("قوات المخلوع", "ORG", "YEM", [], "Saleh loyalist forces")],
   "وكثف طيران التحالف ضرب ميليشيات الحوثي وقوات المخلوع في اللواء 15 بزنجبار الذي بات شبه خالٍ من الجنود والقوات وعلى الخط الساحلي بأبين",
   None, None, L("الخط الساحلي بأبين", "Abyan coast", "YEM")),
 E("ASSAULT", None, [army7, res7], [],
   "إلى ذلك سيطرت قوات الجيش ومسلحو المقاومة على مدينة جعار ثاني أكبر مدن محافظة أبين في جنوب شرق اليمن",
   None, None, L("مدينة جعار", "Jaar", "YEM")),
])

# --- King Salman receives calls from the kings of Bahrain and Jordan (alriyadh, Fri 7 Aug) ------
salman = P("سلمان بن عبدالعزيز آل سعود", "PER", "SAU", ["خادم الحرمين الشريفين"], "King Salman")
hamad = P("حمد بن عيسى آل خليفة", "PER", "BHR", ["ملك مملكة البحرين"], "Hamad bin Isa Al Khalifa")
abdullah2 = P("عبدالله الثاني بن الحسين", "PER", "JOR", ["ملك المملكة الأردنية الهاشمية"], "Abdullah II")
A["snn-2015-08-07-999"] = ("2015-08-07", [
 E("CONSULT", "phone", [hamad], [salman],
   "تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود حفظه الله اتصالا هاتفيا اليوم من جلالة الملك حمد بن عيسى آل خليفة ملك مملكة البحرين",
   "2015-08-07", "اليوم", None),
 E("ACCUSE", "disapprove", [hamad], [],
   "أعرب فيه عن استنكاره للاعتداء الآثم الذي وقع في مسجد قوات الطوارئ بمنطقة عسير",
   "2015-08-07", "اليوم", None),
 E("ASSAULT", None, [], [P("قوات الطوارئ", "ORG", "SAU", [], "Special Emergency Forces")],
   "للاعتداء الآثم الذي وقع في مسجد قوات الطوارئ بمنطقة عسير",
   None, None, L("منطقة عسير", "Asir Region", "SAU")),
 E("CONSULT", "phone", [abdullah2], [salman],
   "كما تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود حفظه الله اتصالا هاتفيا اليوم من جلالة الملك عبدالله الثاني بن الحسين ملك المملكة الأردنية الهاشمية",
   "2015-08-07", "اليوم", None),
 E("ACCUSE", "disapprove", [abdullah2], [],
   "عبر فيه عن إدانته و استنكاره للاعتداء الآثم الذي وقع في مسجد قوات الطوارئ بمنطقة عسير",
   "2015-08-07", "اليوم", None),
])

# --- Oman receives Walid Muallem (aawsat, Fri 7 Aug) --------------------------------------------
muallem = P("وليد المعلم", "PER", "SYR", ["وزير الخارجية السوري", "المعلم"], "Walid Muallem")
binalawi = P("يوسف بن علوي", "PER", "OMN", ["بن علوي"], "Yusuf bin Alawi")
A["snn-2015-08-07-94"] = ("2015-08-07", [
 E("CONSULT", "visit", [muallem], [binalawi],
   "حيث وصل وزير الخارجية السوري، وليد المعلم إلى مسقط أمس، والتقى نظيره يوسف بن علوي",
   "2015-08-06", "أمس", L("مسقط", "Muscat", "OMN")),
 E("AGREE", None, [muallem, binalawi], [],
   "وقالت الوكالة السورية للأنباء إنه خلال الاجتماع اتفق المعلم وبن علوي على أن الوقت حان «لتضافر الجهود البناءة» لإنهاء الأزمة"),
])

# --- Pakistan's protest note to UNMOGIP over Indian shelling (alriyadh, Fri 7 Aug) --------------
pk_army = P("الجيش الباكستاني", "ORG", "PAK", ["مكتب العلاقات العامة للقوات المسلحة الباكستانية"], "Pakistan Army")
in_forces7 = P("القوات الهندية", "ORG", "IND", ["الهند"], "Indian forces")
A["snn-2015-08-07-748"] = ("2015-08-07", [
 E("ACCUSE", "disapprove", [pk_army], [in_forces7],
   "قدم الجيش الباكستاني اليوم مذكرة احتجاج إلى \"بعثة مراقبي الأمم المتحدة العسكريين في الهند وباكستان\" (UNMOGIP) حول عمليات القصف التي شنتها القوات الهندية على الحدود الباكستانية",
   "2015-08-07", "اليوم", None),
 E("REQUEST", None, [pk_army],
   [P("بعثة مراقبي الأمم المتحدة العسكريين في الهند وباكستان", "ORG", None, ["بعثة مراقبي الأمم المتحدة العسكرية"], "UNMOGIP")],
   "أن المذكرة طالبت بعثة مراقبي الأمم المتحدة العسكرية بإجراء تحقيق حول العدوان الهندي"),
 E("ASSAULT", "heavy-weapons", [in_forces7], [P("أربعة مدنيين", "PER", "PAK", [], "Pakistani civilians")],
   "عمليات القصف التي شنتها القوات الهندية على الحدود الباكستانية خلال اليومين الماضيين وأدت إلى مقتل أربعة مدنيين وإصابة اثنين وعشرين بجروح",
   None, "خلال اليومين الماضيين", L("الحدود الباكستانية", "Pakistan–India border", "PAK")),
 E("ACCUSE", "allege", [pk_army], [P("الهند", "GPE", "IND", [], "India")],
   "وأكد البيان أن الهند انتهكت اتفاقية وقف إطلاق النار الموقعة مع باكستان بشن هجمات متكررة على الحدود الباكستانية"),
])

# --- Bashir and Sisi exchange pardons; Sudanese aid to Aden (alriyadh, Fri 7 Aug) ---------------
A["snn-2015-08-07-873"] = ("2015-08-07", [
 E("CONCEDE", None, [P("عمر البشير", "PER", "SDN", ["البشير", "الرئيس السوداني"], "Omar al-Bashir")],
   [P("101 من الصيادين المصريين", "PER", "EGY", ["صيادين مصريين"], "Egyptian fishermen")],
   "وأصدر البشير في وقت متأخر من ليل الأربعاء بعد التشاور مع وزير العدل في حكومته، قراراً بالعفو عن عدد 101 من الصيادين المصريين",
   "2015-08-05", "ليل الأربعاء", None),
 E("CONCEDE", None, [P("عبد الفتاح السيسي", "PER", "EGY", ["الرئيس المصري"], "Abdel Fattah el-Sisi")],
   [P("44 سودانيا", "PER", "SDN", [], "Sudanese detainees")],
   "في المقابل، أصدر الرئيس المصري عبد الفتاح السيسي فجر أمس، عفوا عن 44 سودانيا كانوا محتجزين في القاهرة",
   "2015-08-06", "فجر أمس", None),
 E("AID", None, [P("للهلال الأحمر السوداني", "ORG", "SDN", [], "Sudanese Red Crescent")], [P("للشعب اليمني", "GPE", "YEM", [], "Yemen")],
   "استقبل مطار عدن في جنوبي اليمن أول طائرة مساعدات سودانية منذ إعادة فتح المطار، حيث هبطت طائرتان سودانيتان تقلان مساعدات طبية خاصة بالطوارئ بالإضافة لفريق إغاثي تابعاً لها",
   None, None, L("مطار عدن", "Aden International Airport", "YEM")),
])

# --- Coalition strikes on Hays, Hodeidah (alweeam, Fri 7 Aug) -----------------------------------
coal_air = P("طيران التحالف", "ORG", None, [], "Saudi-led coalition")
houthis7 = P("الحوثيين", "ORG", "YEM", ["الحوثيون"], "Houthis")
hays = L("حيس", "Hays, Hodeidah", "YEM")
A["snn-2015-08-07-1161"] = ("2015-08-07", [
 E("ASSAULT", "aerial", [coal_air], [houthis7],
   "سقط عشرات القتلى والجرحى من الحوثيين، اليوم الجمعة، جراء غارات شنها طيران التحالف، استهدفت تجمعاً لهم بمركز طبي بمدينة الحديدة، غربي اليمن",
   "2015-08-07", "اليوم الجمعة", hays),
 E("ASSAULT", "aerial", [coal_air],
   [houthis7, P("القوات الموالية للرئيس اليمني السابق علي صالح", "ORG", "YEM", [], "Saleh loyalist forces")],
   "كما استهدف طيران التحالف اليوم المجمع الحكومي في ذات المدينة، والذي يسيطر عليه الحوثيون والقوات الموالية للرئيس اليمني السابق علي صالح",
   "2015-08-07", "اليوم", hays),
])

# --- Houthi Katyushas on Dhahran al-Janub, Saudi response (alwatan, Fri 7 Aug) ------------------
houthi_mil = P("ميليشيات الحوثي", "ORG", "YEM", ["عصابات الحوثي"], "Houthis")
saleh7 = P("المخلوع علي صالح", "PER", "YEM", ["المخلوع صالح"], "Ali Abdullah Saleh")
A["snn-2015-08-07-1098"] = ("2015-08-07", [
 E("ASSAULT", "heavy-weapons", [houthi_mil, saleh7], [],
   "استهدفت عصابة ميليشيات الحوثي الانقلابية وحليفهم المخلوع علي صالح أمس أحياء وسط مدينة ظهران الجنوب، بأكثر من 14 قذيفة من نوع كاتيوشا",
   "2015-08-06", "أمس", L("ظهران الجنوب", "Dhahran al-Janub", "SAU")),
 E("ASSAULT", "aerial", [P("طائرات التحالف", "ORG", None, [], "Saudi-led coalition")], [],
   "كما رصدت \"الوطن\" طائرات التحالف من نوع أباتشي وF15، وهي ترد بكثافة على مصدر تلك القذائف داخل محافظة صعدة اليمنية",
   None, None, L("محافظة صعدة", "Saada Governorate", "YEM")),
 E("ASSAULT", "heavy-weapons", [P("مدفعية القوات المسلحة السعودية", "ORG", "SAU", [], "Saudi artillery")], [houthi_mil, saleh7],
   "كما استهدفت مدفعية القوات المسلحة السعودية مواقع عصابات الحوثي والمخلوع صالح المتمركزة بالقرب من الحدود بين البلدين"),
])

# --- Gulf states condemn the Asir mosque bombing (okaz, Fri 7 Aug) ------------------------------
kuwait = P("دولة الكويت", "GPE", "KWT", ["وزارة الخارجية الكويتية"], "Kuwait")
qatar = P("دولة قطر", "GPE", "QAT", ["وزارة الخارجية القطرية"], "Qatar")
ksa = P("المملكة العربية السعودية", "GPE", "SAU", ["المملكة"], "Saudi Arabia")
A["snn-2015-08-07-1401"] = ("2015-08-07", [
 E("ACCUSE", "disapprove", [kuwait], [],
   "أعربت دولة الكويت عن إدانتها واستنكارها الشديدين لحادث التفجير الإرهابي الذي استهدف مسجدا لقوات الطوارئ في منطقة عسير"),
 E("ASSAULT", "explosives", [], [P("قوات الطوارئ", "ORG", "SAU", ["رجال الأمن"], "Special Emergency Forces")],
   "حادث التفجير الإرهابي الذي استهدف مسجدا لقوات الطوارئ في منطقة عسير أمس وأدى إلى مقتل وإصابة عدد من رجال الأمن",
   "2015-08-06", "أمس", L("منطقة عسير", "Asir Region", "SAU")),
 E("SUPPORT", None, [kuwait], [ksa],
   "وأكد على وقوف دولة الكويت الكامل إلى جانب المملكة العربية السعودية وتأييدها لجميع الإجراءات التي تتخذها للحفاظ على أمنها واستقرارها"),
 E("ACCUSE", "disapprove", [P("مملكة البحرين", "GPE", "BHR", [], "Bahrain")], [],
   "كما أدانت مملكة البحرين التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ في عسير"),
 E("ACCUSE", "disapprove", [qatar], [],
   "أعربت دولة قطر عن إدانتها واستنكارها للتفجير الإجرامي الذي استهدف مسجداً في مقر قوات الأمن بمنطقة عسير"),
 E("SUPPORT", None, [qatar], [ksa],
   "وأكدت وزارة الخارجية القطرية وفقاً لوكالة الأنباء القطرية، وقوف دولة قطر مع المملكة في تصديها للأعمال الإجرامية التي تهدف لزعزعة الأمن"),
 E("ACCUSE", "disapprove", [P("دولة الإمارات العربية المتحدة", "GPE", "ARE", ["دولة الإمارات"], "United Arab Emirates")], [],
   "وأدانت دولة الإمارات العربية المتحدة الجريمة الإرهابية"),
 E("SUPPORT", None, [P("عبدالله بن زايد آل نهيان", "PER", "ARE", ["وزير الخارجية الإماراتي"], "Abdullah bin Zayed")], [ksa],
   "أكد وزير الخارجية الإماراتي سمو الشيخ عبدالله بن زايد آل نهيان في تصريح نقلته وكالة الأنباء الإماراتية، تضامن بلاده مع المملكة في مواجهة الإرهاب بكل صوره وأشكاله"),
])

# --- Ordinary: Jouf airport receives its first Nile Air flight (alriyadh, Fri 7 Aug) ------------
A["snn-2015-08-07-1018"] = ("2015-08-07", [])

# --- Turkey arrests 17 ISIS suspects, raids in Ankara (alweeam, Fri 7 Aug) ----------------------
A["snn-2015-08-07-1162"] = ("2015-08-07", [
 E("COERCE", "arrest", [P("قوات الأمن التركية", "ORG", "TUR", ["قوات مكافحة الإرهاب"], "Turkish security forces")],
   [P("17 شخصاً", "PER", None, ["المشتبه بهم"], "ISIS suspects")],
   "ألقت قوات الأمن التركية، فجر اليوم الجمعة، القبض على 17 شخصاً، يشتبه في إنتمائهم لتنظيم داعش، في عمليات دهم، بمدينة مانيسا، غربي البلاد",
   "2015-08-07", "فجر اليوم الجمعة", L("مانيسا", "Manisa", "TUR")),
 E("COERCE", "seize", [P("قوات الدرك التركية", "ORG", "TUR", [], "Turkish Gendarmerie")],
   [P("حزب العمال الكردستاني", "ORG", "TUR", ["بي كيه كيه"], "Kurdistan Workers' Party (PKK)")],
   "شنت قوات الدرك التركية، فجر اليوم الجمعة، خمس عمليات أمنية متزامنة في العاصمة أنقرة، يشتبه بأنها تأوي عناصر تتبع حزب العمال الكردستاني",
   "2015-08-07", "فجر اليوم الجمعة", L("أنقرة", "Ankara", "TUR")),
])


check_new_ids(A, "events-extra.jsonl", "events-extra2.jsonl", "events-extra3.jsonl", "events-extra4.jsonl",
              "events-extra5.jsonl")
write_gold(A, "events-extra6.jsonl")
