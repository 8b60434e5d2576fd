"""Write eval/events-extra7.jsonl: a seventh hand-annotated event gold (issue 5 gold form), meant as TUNING
data: 25 SaudiNewsNet articles of Sunday 2, Monday 3 and Thursday 6 August 2015 (files 2015-08-02, -03
and -06), none of them in the dev gold or another events-extra*.jsonl / seed gold, kept as ids + events
only (the article text is CC BY-NC-SA and is not shipped; `marsad eval events` joins it from
../shared/data/news/saudinewsnet). The set mixes diplomacy (receptions, meetings, an invitation, the
Saudi–Fiji relations), condemnations and accusations, arrests and seizures, air strikes and clashes in
Yemen, Syria, Iraq, Egypt, Turkey and on the India–Pakistan border, abductions and a hostage threat,
aid flights to Aden, with one ordinary article without events and several that hold a single
codable event (false-positive checks).

Annotated by hand following ../shared/docs/event-annotation-guidelines.md and the conventions of the
dev gold's tune split and of scripts/build_events_extra4_gold.py, build_events_extra5_gold.py and
build_events_extra6_gold.py, WITHOUT running the system on these articles or looking at any system
output for them; the script checks every evidence string and participant surface against the article
(via gold_form.write_gold) and that no id is in the other event golds. Quotes are not annotated
(``"quotes": []``, as in extra4–extra6). Articles on the same real-world event as a held-out
events-extra6 article were avoided (the PKK mine blast article of 6 Aug, which also reports the EU's
call on Turkey and the Hahn–Bozkır meeting, was replaced).

Judgement calls (beyond the guidelines and the extra4–extra6 calls, which are followed):
- Enumerated places are split at the top level throughout: coalition strikes «في دير الزور والحسكة
  والرقة» = three events (the Mayadin and Tabqa details are parts of them, not more events); ISIS
  abductions from four named sub-districts of Mosul = four ASSAULT `abduct`; regime gains, rebel and
  regime shelling of two named villages each = one event per village; a withdrawal «من تل أعور
  والفريكة» = two RETREAT `withdraw`. The regime air strikes and shelling that led to the rebels'
  withdrawal are steps of the clashes for those villages (not separate events).
- Advances of pro-Hadi forces «تقدمها إلى المدينة الخضراء ... بالإضافة إلى زنجبار» = ASSAULT null per
  place; the expulsion of the Houthis from Aden «منذ أيام» is coded (younger than a month) with a null
  date and its date_text.
- «قصف» with no stated weapon = mode null (as extra6's «القصف التركي»); «قذيفة», «قذائف الهاون»,
  «صواريخ أرض – أرض», «هجوم صاروخي», «المدفعية الثقيلة» = `heavy-weapons`; Apache helicopter strikes =
  `aerial`; a hand grenade and a sticky bomb = `explosives`; the burning of the Duma baby = `primitive`.
- «ليل الأحد الاثنين» on Monday = Sunday's date (as «الليلة الماضية» = −1); an explicit weekday beats
  «اليوم» in wire copy («اليوم (الاربعاء)» on Thursday 6 Aug → 5 Aug).
- A bilateral meeting announced for the same evening («يلتقي ... اليوم») = AGREE `planned` with both
  ministers as actors (meeting in a third country); an invitation answered by the visit itself =
  AGREE by the inviter; two envoys' «حرص البلدين على تعزيز العلاقات» = AGREE without recipient; the
  Jordanian information minister's praise of relations (opinion) is left out.
- A statement given «أمس في القاهرة» that is itself the accusation gets that date and place; the
  condemnation in the lead sentence of the same article keeps a null date.
- An ISIS hostage threat with a demand = one THREATEN (`threatened`) with the Egyptian government and
  the hostage as recipients; the abduction it follows (22 July) is coded, as it is within a month.
- A Turkish official's report that Ankara and the KRG are investigating civilian deaths = ACCUSE
  `investigate` with both as actors; a coalition aid flight = AID with recipient «اليمن» (as extra5);
  earlier Saudi and Emirati aid planes are two more AIDs without date.
- Agentless reports («قذيفة سقطت», «انفجار عبوة لاصقة», battles «من الطرفين» in Taiz) leave actors empty;
  the 13 Houthi dead of al-Jufaynah «مواجهات» name only the Houthi side, which is the only actor.
- Left out: the Sousse attack (late June, older than a month), Tunisia's campaign and tightened
  security since then, the 13 detained Yemeni journalists and seizures of media since September
  (background), a governor's visit to an exhibition of his own brigade and his reward (intra-group),
  ASEAN participation, condolences, and the Buqayq food inspections (ordinary article, no event).

Usage: python scripts/build_events_extra7_gold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_form import E, L, P, check_new_ids, write_gold  # noqa: E402

A = {}

# --- Saudi Arabia and Fiji establish diplomatic relations (3alyoum, Thu 6 Aug) ------------------
mouallimi = P("عبدالله بن يحيى المعلمي", "PER", "SAU", ["المندوب الدائم للمملكة العربية السعودية لدى الأمم المتحدة", "السفير المعلمي"], "Abdallah al-Mouallimi")
thomson = P("بيتر ثومسون", "PER", "FJI", ["المندوب الدائم لجمهورية جزر فيجي لدى الأمم المتحدة", "السفير ثومسون"], "Peter Thomson")
A["snn-2015-08-06-29"] = ("2015-08-06", [
 E("AGREE", None, [P("المملكة العربية السعودية", "GPE", "SAU", ["المملكة"], "Saudi Arabia")], [P("جمهورية جزر فيجي", "GPE", "FJI", ["فيجي"], "Fiji")],
   "أقامت المملكة العربية السعودية علاقات دبلوماسية مع جمهورية جزر فيجي"),
 E("AGREE", None, [mouallimi, thomson], [],
   "أكد معالي السفير المعلمي ومعالي السفير ثومسون حرص البلدين على تعزيز العلاقات وتوسيع آفاق التعاون بينهما في شتى المجالات"),
])

# --- Yemeni journalists' syndicate condemns the Houthi travel ban (3alyoum, Thu 6 Aug) ----------
houthi_m = P("ميليشيات الحوثي", "ORG", "YEM", ["الميليشيات"], "Houthis")
A["snn-2015-08-06-146"] = ("2015-08-06", [
 E("ACCUSE", "disapprove", [P("نقابة الصحفيين اليمنيين", "ORG", "YEM", ["نقابة الصحفيين"], "Yemeni Journalists Syndicate")], [houthi_m],
   "أدانت نقابة الصحفيين اليمنيين قرار ميليشيات الحوثي منع الصحفيين من مغادرة اليمن وممارستها لانتهاكات غير مسبوقة بحقهم"),
 E("COERCE", "restrict", [houthi_m], [P("الصحفيين", "PER", "YEM", [], "Yemeni journalists")],
   "قرار ميليشيات الحوثي منع الصحفيين من مغادرة اليمن"),
])

# --- Yemen's Arab League envoy condemns Houthi abuses of journalists (almadina, Thu 6 Aug) ------
haysami = P("محمد الهيصمي", "PER", "YEM", ["مندوب اليمن لدى جامعة الدول العربية"], "Mohammed al-Haysami")
houthis_j = P("ميليشيات الحوثيين", "ORG", "YEM", ["الحوثيين", "المليشيات"], "Houthis")
A["snn-2015-08-06-1242"] = ("2015-08-06", [
 E("ACCUSE", "disapprove", [haysami], [houthis_j],
   "أدان السفير محمد الهيصمي مندوب اليمن لدى جامعة الدول العربية الممارسات والانتهاكات التي ترتكبها ميليشيات الحوثيين ضد الصحفيين اليمنيين"),
 E("ACCUSE", "allege", [haysami], [houthis_j],
   "وأكد في تصريحات خاصة لـ»المدينة» أمس في القاهرة تعرّض الحريات الصحفية والصحفيين لموجة غير مسبوقة من القمع والاعتقالات والمصادرة منذ سبتمبر الماضى على أيدي الحوثيين",
   "2015-08-05", "أمس", L("القاهرة", "Cairo", "EGY")),
])

# --- Mohammed bin Salman in Amman (aawsat, Thu 6 Aug) -------------------------------------------
mbs = P("محمد بن سلمان بن عبد العزيز", "PER", "SAU", ["ولي ولي العهد السعودي", "الأمير محمد بن سلمان"], "Mohammed bin Salman")
abdullah2 = P("الملك عبد الله الثاني", "PER", "JOR", ["ملك المملكة الأردنية الهاشمية", "العاهل الأردني"], "King Abdullah II")
A["snn-2015-08-06-195"] = ("2015-08-06", [
 E("CONSULT", "visit", [mbs], [abdullah2],
   "أجرى الأمير محمد بن سلمان بن عبد العزيز ولي ولي العهد السعودي النائب الثاني لرئيس مجلس الوزراء وزير الدفاع، مباحثات مع الملك عبد الله الثاني ملك المملكة الأردنية الهاشمية، أمس، تناولت علاقات التعاون بين البلدين وتطورات الأوضاع في المنطقة العربية",
   "2015-08-05", "أمس", L("المملكة الأردنية الهاشمية", "Jordan", "JOR")),
 E("AGREE", None, [abdullah2], [mbs],
   "وكان الأمير محمد بن سلمان، وصل أمس إلى المملكة الأردنية الهاشمية تلبية لدعوة من العاهل الأردني"),
])

# --- Kerry to meet Lavrov in Kuala Lumpur (aawsat, Thu 6 Aug) -----------------------------------
kerry = P("جون كيري", "PER", "USA", ["وزير الخارجية الاميركي", "كيري"], "John Kerry")
lavrov = P("سيرغي لافروف", "PER", "RUS", ["لافروف"], "Sergey Lavrov")
A["snn-2015-08-06-208"] = ("2015-08-06", [
 E("AGREE", None, [kerry, lavrov], [],
   "يلتقي وزير الخارجية الاميركي جون كيري، اليوم (الاربعاء)، نظيره الروسي سيرغي لافروف على هامش اجتماع امني اقليمي في ماليزيا",
   "2015-08-05", "اليوم (الاربعاء)", L("كوالالمبور", "Kuala Lumpur", "MYS"), "planned"),
 E("CONSULT", None, [kerry, lavrov, P("عادل الجبير", "PER", "SAU", ["وزير الخارجية السعودي"], "Adel al-Jubeir")], [],
   "واجتمع الدبلوماسيان يوم الاثنين في الدوحة مع وزير الخارجية السعودي عادل الجبير لبحث الازمة السورية",
   "2015-08-03", "يوم الاثنين", L("الدوحة", "Doha", "QAT")),
 E("ACCUSE", "disapprove", [lavrov], [P("واشنطن", "GPE", "USA", [], "United States")],
   "وبعد اللقاء انتقد لافروف اعلان واشنطن نيتها اتخاذ اجراءات اضافية للدفاع عن المقاتلين السوريين الذين دربتهم"),
])

# --- Tunisia breaks up a "terrorist cell" in Kef (aleqtisadiya, Thu 6 Aug) ----------------------
A["snn-2015-08-06-467"] = ("2015-08-06", [
 E("COERCE", "arrest",
   [P("الوحدة الوطنية للأبحاث في جرائم الإرهاب", "ORG", "TUN", ["قوات الامن"], "Tunisian counter-terrorism unit")],
   [P("6 عناصر", "PER", "TUN", ["خلية ارهابية"], "suspected militant cell")],
   "تمكنت الوحدة الوطنية للأبحاث في جرائم الإرهاب للمصالح المختصة في عملية أمنية إستباقية وبعد تحريات ميدانية معمقة من إيقاف 6 عناصر بجهة الدهماني (في محافظة) الكاف مرتبطة بالمجموعات الإرهابية المتحصنة بالفرار بالجبال",
   None, None, L("الدهماني", "Dahmani, Kef", "TUN")),
])

# --- Coalition strikes kill 51 ISIS fighters in eastern Syria (aleqtisadiya, Thu 6 Aug) ---------
coal_sy = P("طائرات التحالف الدولي", "ORG", None, ["التحالف الدولي"], "US-led coalition")
isis_sy = P("داعش", "ORG", None, ["التنظيم"], "ISIS")
ev716 = "قصف طائرات التحالف الدولي بشكل مكثف تمركزات ومواقع وحواجز التنظيم في دير الزور والحسكة والرقة"
A["snn-2015-08-06-716"] = ("2015-08-06", [
 E("ASSAULT", "aerial", [coal_sy], [isis_sy], ev716, None, "خلال الـ 48 ساعة", L("دير الزور", "Deir ez-Zor Governorate", "SYR")),
 E("ASSAULT", "aerial", [coal_sy], [isis_sy], ev716, None, "خلال الـ 48 ساعة", L("الحسكة", "Al-Hasakah Governorate", "SYR")),
 E("ASSAULT", "aerial", [coal_sy], [isis_sy], ev716, None, "خلال الـ 48 ساعة", L("الرقة", "Raqqa Governorate", "SYR")),
])

# --- Truck of communications gear for the Houthis seized in Marib (aleqtisadiya, Thu 6 Aug) -----
A["snn-2015-08-06-659"] = ("2015-08-06", [
 E("COERCE", "seize",
   [P("أفراد نقطة عسكرية تابعة للواء 14 مدرّع", "ORG", "YEM", ["اللواء 14 مدرّع"], "14th Armoured Brigade")],
   [P("ميليشيا الحوثي", "ORG", "YEM", [], "Houthis")],
   "تمكّن أفراد نقطة عسكرية تابعة للواء 14 مدرّع من ضبط شاحنة محمّلة بإجهزة اتصالات لاسلكية وأجهزة بث في مديرية الوادي في محافظة مأرب (شرق اليمن) كانت في طريقها إلى ميليشيا الحوثي",
   None, None, L("مديرية الوادي", "Al Wadi District, Marib", "YEM")),
])

# --- Egypt: strikes and clashes in North Sinai, a policeman shot in Sharqia (alriyadh, Thu 6 Aug)
eg_army = P("الجيش", "ORG", "EGY", [], "Egyptian Army")
A["snn-2015-08-06-1495"] = ("2015-08-06", [
 E("ASSAULT", None, [eg_army, P("مقاتلي جماعة ولاية سيناء", "ORG", None, ["المتشددين"], "Sinai Province")], [],
   "حيث تدور اشتباكات بين الجيش ومقاتلي جماعة ولاية سيناء ذراع تنظيم داعش في مصر",
   None, None, L("محافظة شمال سيناء", "North Sinai Governorate", "EGY")),
 E("ASSAULT", "aerial", [eg_army], [P("12 متشدداً", "PER", None, ["المتشددين"], "Sinai Province militants")],
   "وقال مصدر إن المتشددين لقوا حتفهم عندما قصف الجيش بطائرات هليكوبتر من طراز أباتشي ثلاث سيارات كانوا يستقلونها في قريتين جنوبي مدينة الشيخ زويد",
   "2015-08-05", "أمس", L("الشيخ زويد", "Sheikh Zuweid", "EGY")),
 E("ASSAULT", "heavy-weapons", [], [P("خمسة أشخاص من أسرة واحدة", "PER", "EGY", [], "Sinai civilians")],
   "وقال المصدر إن قذيفة سقطت على منزل بقرية تقع جنوبي الشيخ زويد وقتلت خمسة أشخاص من أسرة واحدة أمس",
   "2015-08-05", "أمس", L("الشيخ زويد", "Sheikh Zuweid", "EGY")),
 E("ASSAULT", "firearms", [P("مسلحين", "PER", None, ["المسلحان"], "unknown gunmen")], [P("أمين شرطة", "PER", "EGY", [], "Egyptian police officer")],
   "مسلحين يستقلان دراجة نارية أطلقا النار على أمين شرطة فقتلاه",
   None, None, L("محافظة الشرقية", "Sharqia Governorate", "EGY")),
])

# --- ISIS Sinai threatens to kill a Croatian hostage (almadina, Thu 6 Aug) ----------------------
sinai_is = P("الفرع المصري لتنظيم داعش", "ORG", None, ["جنود ولاية سيناء", "جنود الخلافة"], "Sinai Province (ISIS)")
salopek = P("توميسلاف سالوبك", "PER", "HRV", ["كرواتي"], "Tomislav Salopek")
A["snn-2015-08-06-1357"] = ("2015-08-06", [
 E("THREATEN", None, [sinai_is], [P("الحكومة المصرية", "ORG", "EGY", [], "Government of Egypt"), salopek],
   "هدد الفرع المصري لتنظيم داعش أمس الأربعاء بإعدام كرواتي خطف في القاهرة الشهر الماضي في غضون 48 ساعة في حال لم تطلق الحكومة المصرية سراح «مسلمات» معتقلات",
   "2015-08-05", "أمس الأربعاء", None, "threatened"),
 E("ASSAULT", "abduct", [sinai_is], [salopek],
   "«جنود الخلافة لـ(الدولة الاسلامية) داعش أسروني يوم الأربعاء 22 تموز/يوليو 2015»",
   "2015-07-22", "يوم الأربعاء 22 تموز/يوليو 2015", L("القاهرة", "Cairo", "EGY")),
])

# --- Al-Jubeir on the GCC–Kerry meeting (alyaum, Mon 3 Aug) -------------------------------------
A["snn-2015-08-03-964"] = ("2015-08-03", [
 E("CONSULT", None, [P("وزراء خارجية التعاون الخليجي", "PER", None, [], "GCC foreign ministers"), P("جون كيري", "PER", "USA", [], "John Kerry")], [],
   "أن اجتماع وزراء خارجية التعاون الخليجي و نظيرهم الأمريكي جون كيري كان مثمراً وبناءً لمجلس التعاون"),
])

# --- Emir of Qatar receives the GCC foreign ministers (alyaum, Mon 3 Aug) -----------------------
gcc_fm = P("وزراء خارجية دول مجلس التعاون لدول الخليج العربية", "PER", None, ["الوزراء"], "GCC foreign ministers")
A["snn-2015-08-03-967"] = ("2015-08-03", [
 E("CONSULT", "visit", [gcc_fm], [P("تميم بن حمد آل ثاني", "PER", "QAT", ["أمير دولة قطر"], "Tamim bin Hamad Al Thani")],
   "استقبل صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر، اليوم، أصحاب السمو والمعالي وزراء خارجية دول مجلس التعاون لدول الخليج العربية",
   "2015-08-03", "اليوم", L("قطر", "Qatar", "QAT")),
 E("CONSULT", None, [gcc_fm, P("جون كيري", "PER", "USA", ["وزير الخارجية الأمريكي"], "John Kerry")], [],
   "لحضور اجتماعهم المشترك مع معالي وزير الخارجية الأمريكي جون كيري المنعقد بالدوحة",
   None, None, L("الدوحة", "Doha", "QAT")),
])

# --- ISIS executes abducted young men near Mosul; bombs in Baghdad and Kirkuk (alyaum, Mon 3 Aug)
isis_iq = P("تنظيم داعش", "ORG", None, ["داعش"], "ISIS")
men18 = P("18 شابًا", "PER", "IRQ", [], "young men of south Mosul")
men14 = P("14 شابًا", "PER", "IRQ", [], "young men of west Mosul")
ev_abd = "إن تنظيم داعش اختطف 18 شابًا من ناحية حمام العليل وناحية القيارة و14 شابًا آخر من ناحية باودش وقضاء البعاج غرب الموصل"
A["snn-2015-08-03-1111"] = ("2015-08-03", [
 E("ASSAULT", None, [isis_iq], [P("11 شابًا", "PER", "IRQ", [], "young Iraqi men")],
   "أن تنظيم داعش أعدم 11 شابًا بعد اختطافهم من مناطق جنوب وغرب الموصل",
   None, None, L("الموصل", "Mosul", "IRQ")),
 E("ASSAULT", "abduct", [isis_iq], [men18], ev_abd, None, None, L("ناحية حمام العليل", "Hammam al-Alil", "IRQ")),
 E("ASSAULT", "abduct", [isis_iq], [men18], ev_abd, None, None, L("ناحية القيارة", "Qayyarah", "IRQ")),
 E("ASSAULT", "abduct", [isis_iq], [men14], ev_abd, None, None, L("ناحية باودش", "Badush", "IRQ")),
 E("ASSAULT", "abduct", [isis_iq], [men14], ev_abd, None, None, L("قضاء البعاج", "Al-Baaj District", "IRQ")),
 E("ASSAULT", "explosives", [], [P("ثلاثة أشخاص", "PER", "IRQ", [], "Baghdad civilians")],
   "إصابة ثلاثة أشخاص بانفجار عبوة لاصقة بشاحنة متوقفة داخل محل لبيع الخضار في حي أبودشير التابع لمنطقة الدورة جنوبي بغداد",
   None, None, L("حي أبودشير", "Abu Dshir, Baghdad", "IRQ")),
 E("ASSAULT", "explosives", [P("مسلحون مجهولون", "PER", None, [], "unknown gunmen")], [P("رجل وزوجته", "PER", "IRQ", [], "a Kirkuk couple")],
   "إصابة رجل وزوجته بانفجار قنبلة يدوية ألقاها مسلحون مجهولون على منزلهما في حي الواسطي جنوبي مدينة كركوك",
   None, None, L("حي الواسطي", "al-Wasiti, Kirkuk", "IRQ")),
])

# --- Idlib: regime retakes villages, rebels shell Kafriya and Fua (alyaum, Mon 3 Aug) -----------
rebels = P("قوات المعارضة السورية", "ORG", "SYR", ["الثوار"], "Syrian rebels")
regime = P("قوات النظام", "ORG", "SYR", ["قوات الأسد"], "Syrian government forces")
ev_clash = "اندلعت اشتباكات بين قوات المعارضة السورية وقوات النظام في قريتي تل أعور والفريكة جنوب مدينة جسر الشغور في ريف إدلب الغربي، أسفرت عن سيطرة قوات الأسد على القريتين"
ev_wd = "إن الثوار انسحبوا، الأحد، من تل أعور والفريكة"
ev_ghab = "وكانت قوات الأسد سيطرت، السبت، على محطة زيزون الحرارية وقريتي الزيادية وفتحة السد في سهل الغاب"
ev_kf = "واصل الثوار استهداف قريتي كفريا والفوعة المواليتين لنظام الأسد شمال إدلب بالمدفعية الثقيلة"
ev_mh = "قصفت قوات الأسد قريتي محمبل وجوزف بجبل الزاوية في الريف الجنوبي بصواريخ أرض – أرض، ما أوقع جرحى من المدنيين"
civ = P("المدنيين", "PER", "SYR", [], "Syrian civilians")
A["snn-2015-08-03-1112"] = ("2015-08-03", [
 E("ASSAULT", None, [rebels, regime], [], ev_clash, None, None, L("تل أعور", "Tal A'war", "SYR")),
 E("ASSAULT", None, [rebels, regime], [], ev_clash, None, None, L("الفريكة", "al-Furaykah", "SYR")),
 E("RETREAT", "withdraw", [rebels], [], ev_wd, "2015-08-02", "الأحد", L("تل أعور", "Tal A'war", "SYR")),
 E("RETREAT", "withdraw", [rebels], [], ev_wd, "2015-08-02", "الأحد", L("الفريكة", "al-Furaykah", "SYR")),
 E("ASSAULT", None, [regime], [], ev_ghab, "2015-08-01", "السبت", L("محطة زيزون الحرارية", "Zeyzoun power station", "SYR")),
 E("ASSAULT", None, [regime], [], ev_ghab, "2015-08-01", "السبت", L("الزيادية", "al-Ziyadiyah", "SYR")),
 E("ASSAULT", None, [regime], [], ev_ghab, "2015-08-01", "السبت", L("فتحة السد", "Fathat al-Sadd", "SYR")),
 E("ASSAULT", "heavy-weapons", [rebels], [], ev_kf, None, None, L("كفريا", "Kafriya", "SYR")),
 E("ASSAULT", "heavy-weapons", [rebels], [], ev_kf, None, None, L("الفوعة", "al-Fu'ah", "SYR")),
 E("ASSAULT", "heavy-weapons", [rebels], [P("ضباط قوات الأسد", "PER", "SYR", [], "Syrian army officers")],
   "كما استهدف الثوار مساكن ضباط قوات الأسد في مطار أبو الظهور العسكري شرق إدلب بالمدفعية الثقيلة",
   None, None, L("مطار أبو الظهور العسكري", "Abu al-Duhur Military Airbase", "SYR")),
 E("ASSAULT", "heavy-weapons", [regime], [civ], ev_mh, None, None, L("محمبل", "Muhambal", "SYR")),
 E("ASSAULT", "heavy-weapons", [regime], [civ], ev_mh, None, None, L("جوزف", "Jozef", "SYR")),
])

# --- Fighting in Marib and Taiz, coalition strikes in Marib, Taiz and al-Jawf (alweeam, Mon 3 Aug)
houthi_s = P("ميليشات الحوثي و صالح", "ORG", "YEM", ["ميليشيات الحوثي و صالح", "الحوثيين"], "Houthi–Saleh forces")
coal_ye = P("طيران التحالف", "ORG", None, [], "Saudi-led coalition")
A["snn-2015-08-03-941"] = ("2015-08-03", [
 E("ASSAULT", "heavy-weapons", [houthi_s], [],
   "قتل 13 مسلحا من ميليشات الحوثي و صالح في مواجهات اندلعت في ساعات متأخرة من ليل الأحد الاثنين، غربي محافظة مأرب",
   "2015-08-02", "في ساعات متأخرة من ليل الأحد الاثنين", L("الجفينة", "Al-Jufaynah, Marib", "YEM")),
 E("ASSAULT", None, [], [],
   "وفي تعز سقط عدد من القتلى والجرحى من الطرفين في معارك عنيفة خاصة في المناطق الجنوبية الغربية في الضباب، وكذا في المناطق الشمالية",
   None, None, L("تعز", "Taiz", "YEM")),
 E("ASSAULT", "aerial", [coal_ye], [houthi_s],
   "وفي هذه الأثناء دمر طيران التحالف “عربة كاتيوشا” تابعة للحوثي في غارة على مواقع للحوثيين بالجفينة جنوب غرب مارب",
   None, None, L("الجفينة", "Al-Jufaynah, Marib", "YEM")),
 E("ASSAULT", "aerial", [coal_ye], [houthi_s],
   "وقصف في وقت سابق من اليوم موقع “أومان” العسكري في منطقة الحوبان بمدينة تعز، الذي تحاصره المقاومه الشعبية، بالإضافة إلى معسكر الإذاعة في الحوبان",
   "2015-08-03", "في وقت سابق من اليوم", L("الحوبان", "Al-Hawban, Taiz", "YEM")),
 E("ASSAULT", "aerial", [coal_ye], [houthi_s],
   "كما شن طيران التحالف 6 غارات على تجمع لميليشيات الحوثي و صالح في وادي خبش (الخارد) بمديرية المطمة في محافظة الجوف",
   None, None, L("وادي خبش", "Wadi Khabash, al-Matammah, Al Jawf", "YEM")),
 E("ASSAULT", "aerial", [coal_ye], [houthi_s],
   "وقصف أهدافا أخرى في همدان بمدينة الحزم عاصمة الجوف",
   None, None, L("الحزم", "Al Hazm", "YEM")),
 E("ASSAULT", "aerial", [coal_ye], [houthi_s],
   "إضافة إلى استهدافه عربات للحوثيين في منطقة الغيل",
   None, None, L("الغيل", "Al Ghayl, Al Jawf", "YEM")),
])

# --- Russia kills eight ISIS-linked militants in the Caucasus (aawsat, Sun 2 Aug) ---------------
A["snn-2015-08-02-96"] = ("2015-08-02", [
 E("ASSAULT", None, [P("القوات الخاصة", "ORG", "RUS", ["اجهزة الامن الروسية"], "Russian special forces")],
   [P("ثمانية مسلحين", "PER", "RUS", ["ثمانية متطرفين", "مجموعة من المسلحين"], "ISIS-linked militants")],
   "إنّ القوات الخاصة اشتبكت مع «مجموعة من المسلحين» في منطقة احراج جبلية قرب الشيشان، من دون تحديد تاريخ حصول العملية"),
])

# --- Burundi general killed in a rocket attack (aawsat, Sun 2 Aug) ------------------------------
A["snn-2015-08-02-106"] = ("2015-08-02", [
 E("ASSAULT", "heavy-weapons", [], [P("ادولف نشيميريمانا", "PER", "BDI", ["الجنرال نشيميريمانا"], "Adolphe Nshimirimana")],
   "أن جنرالا كبيرا في الجيش البوروندي ومن اقرب مساعدي الرئيس بيار نكورونزيزا، قتل اليوم (الاحد)، في هجوم صاروخي على سيارته في بوجمبورا",
   "2015-08-02", "اليوم (الاحد)", L("بوجمبورا", "Bujumbura", "BDI")),
])

# --- Syrian Kurds accuse Turkey; Turkish strike near Erbil (aawsat, Sun 2 Aug) ------------------
ypg = P("وحدات حماية الشعب", "ORG", "SYR", ["القوات الكردية"], "People's Protection Units (YPG)")
tk_air = P("للطيران التركي", "ORG", "TUR", [], "Turkish Air Force")
krd_pres = P("رئاسة كردستان", "ORG", "IRQ", [], "Kurdistan Region Presidency")
A["snn-2015-08-02-114"] = ("2015-08-02", [
 E("ACCUSE", "allege", [ypg], [P("تركيا", "GPE", "TUR", ["حكومة أنقرة"], "Turkey")],
   "اتهمت «وحدات حماية الشعب» الكردية، التي تقاتل تنظيم داعش في سوريا، وتعتبرها واشنطن «شريكًا على الأرض»، تركيا، أمس، باستهدافها أربع مرات على الأقل في الأسبوع الماضي",
   "2015-08-01", "أمس", None),
 E("REQUEST", None, [ypg], [P("التحالف الدولي", "ORG", None, [], "US-led coalition")],
   "مطالبة «شركاءنا في التحالف الدولي ضد (داعش) بتوضيح موقفهم تجاه هذه التحركات»",
   "2015-08-01", "أمس", None),
 E("ASSAULT", "aerial", [tk_air], [P("نحو 25 قرويًا", "PER", "IRQ", [], "Kurdish villagers")],
   "أسفرت غارات للطيران التركي، فجر أمس، على قرية شمال شرقي أربيل عن مقتل وإصابة نحو 25 قرويًا",
   "2015-08-01", "فجر أمس", L("أربيل", "Erbil", "IRQ")),
 E("ACCUSE", "disapprove", [krd_pres], [tk_air],
   "وفيما أدانت رئاسة كردستان القصف"),
 E("REQUEST", None, [krd_pres], [P("حزب العمال الكردستاني", "ORG", "TUR", [], "Kurdistan Workers' Party (PKK)")],
   "فإنها دعت حزب العمال الكردستاني, التركي المحظور, إلى «إبعاد ساحة المعركة عن إقليم كردستان كي لا يكون مواطنو الإقليم ضحايا هذه الحرب»"),
 E("ACCUSE", "investigate", [P("أنقرة", "GPE", "TUR", [], "Turkey"), P("حكومة إقليم كردستان العراق", "ORG", "IRQ", [], "Kurdistan Regional Government")], [],
   "إن «أنقرة تتعاون مع حكومة إقليم كردستان العراق للتحقيق في مزاعم سقوط ضحايا من المدنيين في القصف»"),
])

# --- Gulf aid planes land in Aden (aawsat, Sun 2 Aug) -------------------------------------------
yemen = P("اليمن", "GPE", "YEM", ["الشعب اليمني"], "Yemen")
aden_ap = L("مطار عدن الدولي", "Aden International Airport", "YEM")
A["snn-2015-08-02-118"] = ("2015-08-02", [
 E("AID", None, [P("دولة قطر", "GPE", "QAT", [], "Qatar")], [yemen],
   "وصلت إلى مطار عدن الدولي يوم أمس طائرة قطرية تحمل مساعدات إنسانية وغذائية",
   "2015-08-01", "يوم أمس", aden_ap),
 E("AID", None, [P("المملكة العربية السعودية", "GPE", "SAU", [], "Saudi Arabia")], [yemen],
   "بعد وصول أربع طائرات سعودية وأخرى إماراتية إلى مطار عدن تحمل مساعدات إغاثية ومواد غذائية ومستلزمات طبية لأبناء الشعب اليمني",
   None, None, aden_ap),
 E("AID", None, [P("دولة الإمارات العربية المتحدة", "GPE", "ARE", [], "United Arab Emirates")], [yemen],
   "بعد وصول أربع طائرات سعودية وأخرى إماراتية إلى مطار عدن تحمل مساعدات إغاثية ومواد غذائية ومستلزمات طبية لأبناء الشعب اليمني",
   None, None, aden_ap),
])

# --- Indian shelling of border villages near Sialkot (alyaum, Sun 2 Aug) ------------------------
in_forces = P("القوات الهندية", "ORG", "IND", [], "Indian forces")
A["snn-2015-08-02-1037"] = ("2015-08-02", [
 E("ASSAULT", "heavy-weapons", [in_forces], [],
   "أن القوات الهندية واصلت عملية قصف المناطق المأهولة بالسكان في قطاع باجوات الحدودي بالقرب من مدينة سيالكوت بإقليم البنجاب طيلة الليلة الماضية",
   "2015-08-01", "طيلة الليلة الماضية", L("قطاع باجوات", "Bajwat sector, Sialkot", "PAK")),
 E("ASSAULT", None, [P("قوات حرس الحدود الباكستانية", "ORG", "PAK", [], "Pakistan Rangers")], [in_forces],
   "أن قوات حرس الحدود الباكستانية ردت على مصدر النيران الهندية لإجبارها على وقف استهداف المناطق المأهولة بالسكان",
   None, None, L("قطاع باجوات", "Bajwat sector, Sialkot", "PAK")),
])

# --- Violence in Anbar: Fallujah shelling, ISIS attack, coalition strike (alyaum, Sun 2 Aug) -----
A["snn-2015-08-02-1081"] = ("2015-08-02", [
 E("ASSAULT", "heavy-weapons", [P("القوات العسكرية المتمركزة خارج أسوار قضاء الفلوجة", "ORG", "IRQ", [], "Iraqi forces")],
   [P("خمسة مدنيين", "PER", "IRQ", [], "Fallujah civilians")],
   "إن القوات العسكرية المتمركزة خارج أسوار قضاء الفلوجة أطلقت قذائف الهاون والدبابات بشكل عشوائي على الأحياء السكنية شمال ووسط وغربي الفلوجة ما تسبب بمقتل خمسة مدنيين",
   None, None, L("الفلوجة", "Fallujah", "IRQ")),
 E("ASSAULT", "heavy-weapons", [P("مسلحين من تنظيم داعش", "PER", None, ["تنظيم داعش"], "ISIS fighters")],
   [P("قوات الجيش العراقي", "ORG", "IRQ", [], "Iraqi Army")],
   "وأوضحت أن مسلحين من تنظيم داعش شنوا هجومًا استهدف تجمعًا لقوات الجيش العراقي في منطقة الطاش جنوبي الرمادي استخدم خلالها أسلحة متوسطة فضلًا عن قذائف",
   None, None, L("منطقة الطاش", "al-Tash, Ramadi", "IRQ")),
 E("ASSAULT", "aerial", [P("طيران التحالف الدولي", "ORG", None, [], "US-led coalition")],
   [P("ثمانية من تنظيم داعش", "PER", None, [], "ISIS fighters")],
   "مقتل ثمانية من تنظيم داعش وتدمير عجلتين عسكريتين في غارة جوية لطيران التحالف الدولي في منطقة جويبة غربي الرمادي",
   None, None, L("منطقة جويبة", "Juwaybah, Ramadi", "IRQ")),
])

# --- Saudi Arabia condemns the Duma arson (alwatan, Sun 2 Aug) ----------------------------------
ksa = P("المملكة", "GPE", "SAU", [], "Saudi Arabia")
jubeir = P("عادل بن أحمد الجبير", "PER", "SAU", ["وزير الخارجية", "الجبير"], "Adel al-Jubeir")
settlers = P("مستوطنون إسرائيليون", "PER", "ISR", [], "Israeli settlers")
A["snn-2015-08-02-778"] = ("2015-08-02", [
 E("ACCUSE", "disapprove", [ksa], [settlers],
   "أدانت المملكة بأشد العبارات الجريمة الإرهابية البشعة التي نفذها مستوطنون إسرائيليون"),
 E("ASSAULT", "primitive", [settlers], [P("رضيع فلسطيني", "PER", "PSE", [], "Ali Dawabsheh")],
   "الجريمة الإرهابية البشعة التي نفذها مستوطنون إسرائيليون فجر أول من أمس، وأدت إلى حرق رضيع فلسطيني بمنزله في قرية (دوما) بمدينة نابلس الفلسطينية",
   "2015-07-31", "فجر أول من أمس", L("دوما", "Duma, Nablus", "PSE")),
 E("ACCUSE", "allege", [jubeir], [P("سلطات الاحتلال الإسرائيلية", "ORG", "ISR", [], "Israeli authorities")],
   "محملاً سلطات الاحتلال الإسرائيلية المسؤولية عن هذا العمل الإجرامي ضد الفلسطينيين"),
 E("REQUEST", None, [jubeir], [],
   "وطالب الجبير المجتمع الدولي بالاضطلاع بمسؤولياته واتخاذ التدابير الضرورية اللازمة لحماية الفلسطينيين من الممارسات العدوانية للمستوطنين الإسرائيليين"),
])

# --- Landmines in Aden, shelling in Taiz, advances and coalition strikes (alweeam, Sun 2 Aug) ----
rebels_ye = P("المتمردين", "ORG", "YEM", ["المتمردون", "الحوثيين"], "Houthi–Saleh forces")
hadi_f = P("القوات الموالية لهادي", "ORG", "YEM", ["قوات المقاومة الشعبية الموالية للرئيس اليمني"], "pro-Hadi forces")
coal_ye2 = P("طائرات التحالف العسكري", "ORG", None, [], "Saudi-led coalition")
ev_adv = "واصلت القوات الموالية لهادي، أمس السبت، تقدمها إلى المدينة الخضراء في شمال عدن، بالإضافة إلى زنجبار عاصمة محافظة أبين شرقي المدينة"
ev_air = "كثفت طائرات التحالف العسكري من غاراتها ليلًا وصباح أمس، ضد مواقع المتمردين في قاعدة العند الجوية، وفي الحوطة في محافظة لحج، فضلًا عن تعز (جنوب غرب)"
A["snn-2015-08-02-920"] = ("2015-08-02", [
 E("ASSAULT", "explosives", [rebels_ye], [P("9 أشخاص", "PER", "YEM", [], "Aden residents")],
   "قتل 9 أشخاص بينهم 5 مدنيين، وأصيب 81 آخرين، خلال الـ 24 ساعة الماضية، إثر سلسلة انفجارات لألغام أرضية زرعها المتمردون في عدن جنوبي اليمن",
   None, "خلال الـ 24 ساعة الماضية", L("عدن", "Aden", "YEM")),
 E("ASSAULT", None, [P("مسلحي الحوثيين", "ORG", "YEM", [], "Houthis"), P("قوات الرئيس السابق", "ORG", "YEM", [], "Saleh loyalist forces")],
   [P("مدنيين", "PER", "YEM", [], "Taiz civilians")],
   "أن مدنيين أصيبوا نتيجة قصف مسلحي الحوثيين وقوات الرئيس السابق، علي عبد الله صالح، على جامع البخاري في منطقة وادي المدام بمدينة تعز",
   None, None, L("وادي المدام", "Wadi al-Madam, Taiz", "YEM")),
 E("ASSAULT", None, [hadi_f], [rebels_ye],
   "نجحت قوات المقاومة الشعبية الموالية للرئيس اليمني، عبد ربه منصور هادي، في طرد الحوثيين وقوات صالح من عدن، بعد معارك عنيفة بين الطرفين",
   None, "منذ أيام", L("عدن", "Aden", "YEM")),
 E("ASSAULT", None, [hadi_f], [], ev_adv, "2015-08-01", "أمس السبت", L("المدينة الخضراء", "Al-Madina al-Khadra, Aden", "YEM")),
 E("ASSAULT", None, [hadi_f], [], ev_adv, "2015-08-01", "أمس السبت", L("زنجبار", "Zinjibar", "YEM")),
 E("ASSAULT", "aerial", [coal_ye2], [rebels_ye], ev_air, "2015-08-01", "ليلًا وصباح أمس", L("قاعدة العند الجوية", "al-Anad Air Base", "YEM")),
 E("ASSAULT", "aerial", [coal_ye2], [rebels_ye], ev_air, "2015-08-01", "ليلًا وصباح أمس", L("الحوطة", "Al Houta, Lahij", "YEM")),
 E("ASSAULT", "aerial", [coal_ye2], [rebels_ye], ev_air, "2015-08-01", "ليلًا وصباح أمس", L("تعز", "Taiz", "YEM")),
 E("ASSAULT", None, [rebels_ye, hadi_f], [],
   "حيث قتل 47 متمردًا و5 من القوات الموالية لهادي في معارك عنيفة",
   None, None, L("تعز", "Taiz", "YEM")),
])

# --- PKK suicide attack on a gendarmerie post in Agri (alweeam, Sun 2 Aug) ----------------------
A["snn-2015-08-02-919"] = ("2015-08-02", [
 E("ASSAULT", "suicide-attack", [P("بي كا كا", "ORG", "TUR", ["عناصر من تنظيم “بي كا كا” الإرهابي"], "Kurdistan Workers' Party (PKK)")],
   [P("جنديين", "PER", "TUR", ["مخفر للدرك"], "Turkish gendarmes")],
   "نفّذ عناصر من تنظيم “بي كا كا” الإرهابي هجوماً انتحارياً على مخفر للدرك في قضاء “دوغو بيازيد” في ولاية أغري شرق تركيا، ما أدى إلى مقتل جنديين وإصابة 24 آخرين",
   "2015-08-02", "فجر الأحد", L("دوغو بيازيد", "Doğubayazıt, Ağrı", "TUR")),
])

# --- Ordinary: Buqayq municipality food inspections over Eid (alweeam, Sun 2 Aug) ---------------
A["snn-2015-08-02-935"] = ("2015-08-02", [])


check_new_ids(A, "events-extra.jsonl", "events-extra2.jsonl", "events-extra3.jsonl", "events-extra4.jsonl",
              "events-extra5.jsonl", "events-extra6.jsonl", "seed-events.jsonl")
write_gold(A, "events-extra7.jsonl")
