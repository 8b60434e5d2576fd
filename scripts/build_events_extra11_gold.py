"""Write eval/events-extra11.jsonl: an eleventh hand-annotated event gold (issue 5 gold form), meant as an
UNTOUCHED HELD-OUT set: 20 SaudiNewsNet articles of Saturday 8 and Sunday 9 August 2015 (files 2015-08-08
and -09), ODD ids only (an events-extra10 set drawn from the same days takes the even ones), kept as
ids + events only (the article text is CC BY-NC-SA and is not shipped; `marsad eval events` joins it
from ../shared/data/news/saudinewsnet). Nobody is to tune on it.

Selection rule (reproducible, not by taste): the odd ids of both days (2015-08-08 first, each day in
id order) are shuffled with ``random.Random(11).shuffle`` and walked in that order; ids in the dev gold,
in ../shared/data/events-dev/dedup-dev.json, in seed-events.jsonl or in another event gold
(events-extra … extra9, and extra10 when it exists) are skipped. The first 18 news reports in Arabic
whose subject is politics, diplomacy, security, armed conflict, terrorism, protests or arrests are
kept, with at most three articles on the same incident (the Asir mosque bombing of 6 Aug: 08-229,
09-659 and 09-669 kept, later ones in the walk, 08-637, 08-547, 09-65 and 09-651, skipped; the Iraqi
protests of 7 Aug: 09-839, 09-687 and 09-151); then the first two ordinary local (Saudi) news reports
of the walk are kept as false-positive checks (the Madinah municipal-elections briefing 09-387, an
administrative information session taken as ordinary, and the Misk students' visit to the cultural
attaché in Washington 09-495). The congratulation cables of King Salman and MBN to Singapore's
president (09-289) are diplomacy by the rule and so are among the 18, with no event (congratulations
are left out by the guidelines): a false-positive check inside the political part. Skipped on the
way as not news reports or not political/security: opinion columns and features (08-921, 09-335,
08-415 on oil, the ISIS book review 09-231, 08-1083, 08-53 on the Iranian Syria initiative, 09-83 on
the Labour leadership, the sports feature 08-593), Friday sermons (08-641), sport, economy, health,
culture, weather and accidents (the Taiwan typhoon 09-611, the Moscow air collision 09-963), the
Arab interior ministers' unified tourist card (09-39, tourism), Saudi aid in Zaatari (08-665, 09-563,
as extra9 skipped 08-1211), a martyr's funeral notice (08-993), a customs drug seizure without an
arrest (09-345, as extra9 skipped 09-581) and an article with no body (09-491). 09-669 mixes a researcher's opinions with a news report of the Arab Charter
committee's statement and is kept as a news report. The walk reaches position 152 (09-785). The
result mixes condemnations of the Asir bombing, Iraq's protests and the government's and
parliament's answers, the Daraya battle and the Hama/Idlib fronts, three Emirati soldiers killed in
the coalition, Guantanamo, al-Jubeir in Rome, the Russia–UK visa row, Indonesia's visa refusal to an
Israeli player, the Duma arson, the Utøya camp, a Saudi student's US trial and a Jeddah harassment
case.

Annotated by hand from the Arabic text only, following ../shared/docs/event-annotation-guidelines.md
and the conventions of the dev gold and of scripts/build_events_extra6_gold.py / _extra9_gold.py,
WITHOUT running marsad (CLI, pipeline or eval) on these articles or looking at any system output for
them; the script checks every evidence string and participant surface against the article (via
gold_form.write_gold) and that no id is in the dev gold, the dedup-dev ids or another event gold.
Quotes are not annotated (``"quotes": []``).

Judgement calls (beyond the guidelines and the extra4–extra9 calls, which are followed):
- Asir condemnations (08-229, 09-659, 09-669): the lead's «ندد عدد من المسؤولين» is an aggregate
  whose parts are told one by one, so each named official's condemnation is one ACCUSE `disapprove`
  (no recipient: no perpetrator named); the two officials condemning in one clause (al-Fawaz and
  al-Salman) are one event with two actors; statements that only describe the attack with
  condolences (al-Thaqafi, al-Dhuwaibi) are left out. The bombing is coded once per article, mode
  `explosives`, dated where the article dates it («أمس الأول» on 8 Aug, «الخميس» on 9 Aug → 6 Aug).
  A researcher's messages (al-Harfash, 09-669) are opinion, left out; al-Yami's condemnation and
  demand (same statement «في بيان له اليوم») are both dated 9 Aug, the demand on «المجتمع الدولى»
  a REQUEST `assist` without recipient (a global construct); a date carried from the statement keeps
  its date_text (as the dev gold's 08-961). The earlier Dalwa, Qudaih and Anoud attacks are
  background older than a month.
- Iraq (09-839, 09-151): the Friday protests «في بغداد و(محافظات عراقية | عدد من المحافظات الوسطى
  والجنوبية)» = one PROTEST in Baghdad and one for the unnamed provinces (location null), dated
  7 Aug (as the dev gold's 08-930); the demands the protests carried («تظاهرات ... تطالب») are part of
  the PROTEST, no REQUEST (as 08-930). The government's readiness and Abadi's pledge to the Najaf marja'iyya = AGREE (as extra9); the
  spokesman's «الأيام المقبلة ستشهد اتخاذ قرارات» and the parliament's next session on the demands =
  AGREE `planned`; activists' backing of Abadi = SUPPORT; an activist's warning to the parties =
  REQUEST and his blame of religious party leaders = ACCUSE `disapprove` (as 08-930's «محملاً هذه
  القوى»); Abadi's call on the political forces = REQUEST `assist` (as 08-930, the same sentence).
  Parliament's conditional offer to question «أي مسؤول يقرر المتظاهرين استجوابه», President Masum's praise of the protesters (not an
  organisation) and his «ضرورة» are left out; his call on the two authorities = REQUEST. The
  extraordinary cabinet meeting is intra-governmental, left out. 09-687: al-Jabouri's decision to
  question all failing ministers = ACCUSE `investigate` `planned` (as extra9); the protests
  «التي اجتاحت معظم المحافظات الجنوبية» = one PROTEST without date or place.
- Syria (08-153): the launch of the Daraya battle = one ASSAULT (the SOHR account of fighting in
  Daraya is a step of it), undated (the date «أمس» sits on the statement); the operations room's call
  on «كل إخواننا» to support Zabadani = REQUEST dated by the statement («أمس», 7 Aug). Clashes «في
  محيط قرى المشيك والزيارة وتل واسط والمنصورة والبحصة» = five ASSAULTs (enumerated places split) with all
  sides as actors, likewise the air raids on «بلدتا قسطون والحويجة» (two, agentless); the Qarqour
  attack and the killing of Ali Kanaan in it = one ASSAULT; helicopter strikes «الطيران المروحي» near
  regime strikes are given the regime's aviation as actor; the earlier «تحرير منطقة الجمعيات» and the
  two-year sieges are undated background, left out.
- Emirati soldiers (09-901, 08-291): a soldier «استشهد» in the coalition's operations = ASSAULT null
  without actor (the dev gold's 08-1203 codes a soldier's death by a projectile as an agentless ASSAULT;
  here no weapon is stated, so mode null) — a judgement call, no attack is described; 09-901 dates it «أمس» → 8 Aug; the mourning by
  the UAE command is a condolence, left out; MBN's order to treat them as Saudi martyrs «مادياً
  ومعنوياً» = AID to the three soldiers.
- Guantanamo (08-1135): the US reaffirmed intent to close the prison = AGREE on Thursday (6 Aug), the
  OAS human-rights body's call on Wednesday (5 Aug) = REQUEST; transfers since March are background.
- Al-Jubeir (08-233): CONSULT `visit` in Rome on 7 Aug and «ونسعى لتطوير وتعزيز هذه العلاقات» = AGREE
  (the guidelines' examples); «ننتظر مزيدا من الزيارات» and «تطابق في الآراء» are left out.
- Russia–UK (08-429): the lead's Moscow accusation and the embassy's and ambassador's accusation
  «هذا الأسبوع» are one act (one ACCUSE `allege`, actors the embassy and Yakovenko); the pressure on
  Russian visitors by UK border officials is a distinct allegation; the Kremlin's «اعتقاده» is an
  opinion; the visa refusals themselves are told only by the Russian side, not coded.
- Indonesia (08-591): the refusal of a visa the player applied for = REJECT.
- Duma (08-35): the arson dated «يوم 31 يوليو تموز» (within a month), actor «يهود متطرفون» as the text
  suspects them (as extra9); Netanyahu calling it terrorism = ACCUSE `disapprove`; the cabinet's
  decision to allow harsh interrogations = ACCUSE `investigate` and its announced administrative
  detention = COERCE `arrest` `planned`; Saad Dawabsheh's death is not an event.
- Utøya (08-79): the police deployment for the camp = MOBILIZE `police` (undated: «في وقت سابق»); the
  2011 massacre is background and the camp gathering no event.
- US trial (08-887): the embassy lawyer's demand to cut the bail = REQUEST, dated by the session
  «الجلسة أمس» (7 Aug) where it was made; the arrest and the charges «قبل أسبوع» = COERCE `arrest` + ACCUSE `allege`; the plea of not guilty
  and the cousin's account are denials of the accusation, left out.
- Jeddah harassment (09-785): the prosecution's re-examination of the case = ACCUSE `investigate`; the
  extended detention of the accused = COERCE `arrest` (date_text «الأسبوع الماضي» from the sources'
  repetition); the planned negligence charge against the girls' guardians = ACCUSE `allege` `planned`;
  the prosecution's intended demand for ta'zir, told by anonymous sources, and the statistics are
  left out.

Usage: python scripts/build_events_extra11_gold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_form import E, L, P, check_new_ids, check_selection, other_golds, write_gold  # noqa: E402

A = {}

# --- King Salman and MBN congratulate Singapore's president (aleqtisadiya, Sun 9 Aug): no event --
A["snn-2015-08-09-289"] = ("2015-08-09", [])

# --- Officials across the Kingdom condemn the Asir mosque bombing (aleqtisadiya, Sat 8 Aug) ------
A["snn-2015-08-08-229"] = ("2015-08-08", [
 E("ASSAULT", "explosives", [], [P("عدد من رجال الأمن", "PER", "SAU", ["رجال أمننا"], "Special Emergency Forces members")],
   "بالتفجير الآثم الذي وقع في مسجد قوات الطوارئ الخاصة في منطقة عسير أثناء أداء صلاة الظهر أمس الأول، ونتج عنه استشهاد عدد من رجال الأمن وإصابة آخرين",
   "2015-08-06", "أمس الأول", L("منطقة عسير", "Asir Region", "SAU")),
 E("ACCUSE", "disapprove",
   [P("عبدالله بن صالح الفواز", "PER", "SAU", ["الفواز"], "Abdullah bin Saleh al-Fawaz"),
    P("عبدالله بن أحمد السلمان", "PER", "SAU", ["السلمان", "رئيس هيئة مدينة الرياض"], "Abdullah bin Ahmed al-Salman")], [],
   "فقد استنكر عبدالله بن صالح الفواز مدير عام فرع الرئاسة العامة لهيئة الأمر بالمعروف والنهي عن المنكر في منطقة الرياض، والشيخ عبدالله بن أحمد السلمان رئيس هيئة مدينة الرياض، هذه الجريمة"),
 E("ACCUSE", "disapprove", [P("عبدالرحمن بن مهنا الجهني", "PER", "SAU", [], "Abdulrahman bin Muhanna al-Juhani")], [],
   "وأكد فضيلة الشيخ عبدالرحمن بن مهنا الجهني مدير عام فرع الرئاسة العامة لهيئة الأمر بالمعروف والنهي عن المنكر في منطقة مكة المكرمة، أن ما حصل يعد عملا إرهابيا جبانا"),
 E("ACCUSE", "disapprove", [P("صلاح بن سالم باعثمان", "PER", "SAU", [], "Salah bin Salem Baathman")], [],
   "ندد الدكتور صلاح بن سالم باعثمان، رئيس قسم الدراسات القرآنية في كلية التربية في جامعة جدة، بهذا التفجير الإرهابي"),
 E("ACCUSE", "disapprove", [P("عبدالله السواط", "PER", "SAU", [], "Abdullah al-Sawat")], [],
   "وأوضح عبدالله السواط مدير عام فرع هيئة السياحة والتراث الوطني في محافظة الطائف، أن ما قام به الإرهابيون عمل غادر"),
 E("ACCUSE", "disapprove", [P("سامي العبيدي", "PER", "SAU", ["رئيس الغرفة التجارية الصناعية في الطائف"], "Sami al-Obaidi")], [],
   "وعد سامي العبيدي رئيس الغرفة التجارية الصناعية في الطائف العمل الإرهابي عملا جبانا"),
 E("ACCUSE", "disapprove", [P("أمين بن يوسف نعمان", "PER", "SAU", [], "Amin bin Youssef Noman")], [],
   "واستنكر عميد القبول والتسجيل في جامعة الملك عبدالعزيز الدكتور أمين بن يوسف نعمان هذا الحادث الآثم"),
])

# --- Iraq: activists back Abadi, Maliki's hold, Friday protests (alwatan, Sun 9 Aug) ------------
abadi = P("حيدر العبادي", "PER", "IRQ", ["رئيس مجلس الوزراء", "العبادي"], "Haider al-Abadi")
A["snn-2015-08-09-839"] = ("2015-08-09", [
 E("AGREE", None, [P("الحكومة العراقية", "ORG", "IRQ", [], "Government of Iraq")], [],
   "فيما أبدت الحكومة العراقية استعدادها لتلبية مطالب المتظاهرين، بمكافحة الفساد ومحاسبة المسؤولين المفسدين واتخاذ خطوات إصلاحية"),
 E("SUPPORT", None, [P("ناشطون", "PER", "IRQ", [], "Iraqi activists")], [abadi],
   "أكد ناشطون وقوفهم مع رئيس مجلس الوزراء حيدر العبادي في تشكيل حكومة تكنوقراط تضم شخصيات مستقلة"),
 E("AGREE", None, [P("سعد الحديثي", "PER", "IRQ", ["المتحدث الرسمي باسم المكتب الإعلامي للعبادي"], "Saad al-Hadithi")], [],
   "وقال المتحدث الرسمي باسم المكتب الإعلامي للعبادي سعد الحديثي لـ \"الوطن\" إن الأيام المقبلة، ستشهد اتخاذ قرارات عملية تلبي مطالب المتظاهرين",
   status="planned"),
 E("PROTEST", "demo", [], [],
   "وكانت العاصمة بغداد ومحافظات عراقية شهدت أول من أمس تظاهرات كبيرة",
   "2015-08-07", "أول من أمس", L("بغداد", "Baghdad", "IRQ")),
 E("PROTEST", "demo", [], [],
   "وكانت العاصمة بغداد ومحافظات عراقية شهدت أول من أمس تظاهرات كبيرة",
   "2015-08-07", "أول من أمس", None),
 E("REQUEST", None, [P("سعدون محسن", "PER", "IRQ", ["الناشط المدني"], "Saadoun Mohsen")],
   [P("الأحزاب المشاركة في الحكومة", "ORG", "IRQ", [], "Iraqi governing parties")],
   "من ناحيته حذر الناشط المدني سعدون محسن الأحزاب المشاركة في الحكومة من تجاهل المطالب الشعبية"),
 E("ACCUSE", "disapprove", [P("سعدون محسن", "PER", "IRQ", ["الناشط المدني"], "Saadoun Mohsen")],
   [P("زعماء الأحزاب الدينية", "PER", "IRQ", [], "leaders of Iraq's religious parties")],
   "محملا زعماء الأحزاب الدينية مسؤولية تراجع الأداء الحكومي"),
])

# --- Saudi student in the Kentucky pressure-cooker case pleads not guilty (alwatan, Sat 8 Aug) --
nahari = P("محمد علي نهاري", "PER", "SAU", ["المبتعث المتهم", "المبتعث"], "Mohammed Ali Nahari")
us_police = P("الشرطة", "ORG", "USA", [], "Bowling Green police")
A["snn-2015-08-08-887"] = ("2015-08-08", [
 E("REQUEST", None, [P("بي سميسون", "PER", "SAU", ["محامي سفارة خادم الحرمين الشريفين في الولايات المتحدة"], "B. Simpson")],
   [P("القاضي", "PER", "USA", [], "the Bowling Green judge")],
   "فيما طالب محامي سفارة خادم الحرمين الشريفين في الولايات المتحدة بي سميسون القاضي بتخفيض مبلغ كفالة المتهم المقرر بمليون دولار",
   "2015-08-07", "أمس", None),
 E("COERCE", "arrest", [us_police], [nahari],
   "وكانت الشرطة قد قبضت قبل أسبوع على المبتعث البالغ 22 عاما",
   None, "قبل أسبوع", None),
 E("ACCUSE", "allege", [us_police], [nahari],
   "ووجهت إليه اتهامات بالتهديد بتفجير قنبلة في قدر ضغط داخل سكن جامعي",
   None, "قبل أسبوع", None),
])

# --- Syria: the «Daraya flame» battle, barrel bombs, Hama and Idlib fronts (aawsat, Sat 8 Aug) ---
opp = P("فصائل المعارضة السورية", "ORG", "SYR", ["القوى العسكرية الثورية العاملة في مدينة داريا"], "Syrian opposition factions")
regime = P("قوات النظام", "ORG", "SYR", ["القوات النظامية"], "Syrian government forces")
heli = P("الطيران المروحي التابع للنظام", "ORG", "SYR", ["مروحيات النظام", "طيران النظام", "الطيران المروحي"], "Syrian Air Force")
factions = P("الفصائل الإسلامية", "ORG", "SYR", ["الفصائل المقاتلة", "الفصائل الإسلامية المقاتلة"], "Islamist rebel factions")
hzb = P("حزب الله", "ORG", "LBN", [], "Hezbollah")
ghab = "دارت اشتباكات عنيفة في محيط قرى المشيك والزيارة وتل واسط والمنصورة والبحصة"
ghab_sides = [regime, hzb, P("مسلحين داعمين لهما", "PER", "SYR", [], "pro-government militiamen"),
              P("مقاتلين تابعين لعدد من الفصائل الإسلامية", "PER", "SYR", [], "Islamist rebel fighters")]
qastoun = "كما تعرضت بلدتا قسطون والحويجة في سهل الغاب لقصف جوي مكثف"
A["snn-2015-08-08-153"] = ("2015-08-08", [
 E("ASSAULT", None, [opp], [regime],
   "أطلقت فصائل المعارضة السورية، ما أسمتها معركة «لهيب داريا»، الهادفة إلى فك الحصار المفروض على مدينة داريا",
   None, None, L("مدينة داريا", "Darayya", "SYR")),
 E("REQUEST", None, [P("غرفة عمليات معركة «لهيب داريا»", "ORG", "SYR", [], "Daraya Flame operations room")], [],
   "فإننا نؤكد أيضًا على كل إخواننا تحقيق واجب النهوض والنصرة لإخوانهم في منطقة الزبداني",
   "2015-08-07", "أمس", None),
 E("ASSAULT", "aerial", [heli], [],
   "الطيران المروحي التابع للنظام، جدد قصفه بالبراميل المتفجرة لمدينة داريا، حيث ألقى 12 برميلاً متفجرًا على الأقل على أماكن متعددة في المدينة",
   None, None, L("مدينة داريا", "Darayya", "SYR")),
 E("ASSAULT", "aerial", [heli], [],
   "قصف مروحيات النظام لمدينة الزبداني المحاصرة بـ22 برميلاً متفجرًا",
   None, None, L("مدينة الزبداني", "Zabadani", "SYR")),
 E("ASSAULT", None,
   [regime, hzb, P("جيش التحرير الفلسطيني", "ORG", "SYR", [], "Palestine Liberation Army"),
    P("قوات الدفاع الوطني", "ORG", "SYR", [], "National Defence Forces"), factions,
    P("مسلحين محليين", "PER", "SYR", [], "local gunmen of Zabadani")], [],
   "بالتزامن مع تواصل الاشتباكات في المدينة، بين قوات النظام و«حزب الله» اللبناني وجيش التحرير الفلسطيني وقوات الدفاع الوطني من جهة، والفصائل الإسلامية ومسلحين محليين من المدينة من جهة أخرى",
   None, None, L("الزبداني", "Zabadani", "SYR")),
 E("ASSAULT", "aerial", [heli], [],
   "وبالتزامن مع تجدد قصف الطيران المروحي لبلدة اللطامنة في ريف حماة",
   None, None, L("بلدة اللطامنة", "al-Lataminah", "SYR")),
 E("ASSAULT", None, [factions], [regime],
   "استهدفت الفصائل المقاتلة آلية لقوات النظام في منطقة الزيارة في سهل الغاب في ريف حماة الشمالي الغربي، مما أدى إلى إعطابها وقتل عدد من عناصر القوات النظامية",
   None, None, L("منطقة الزيارة", "al-Ziyarah, al-Ghab Plain", "SYR")),
 *[E("ASSAULT", None, ghab_sides, [], ghab, None, None, L(t, n, "SYR")) for t, n in (
   ("المشيك", "al-Mushayk"), ("الزيارة", "al-Ziyarah"), ("تل واسط", "Tell Wassit"),
   ("المنصورة", "al-Mansoura, al-Ghab"), ("البحصة", "al-Bahsah"))],
 E("ASSAULT", "aerial", [], [], qastoun, None, None, L("قسطون", "Qastoun", "SYR")),
 E("ASSAULT", "aerial", [], [], qastoun, None, None, L("الحويجة", "al-Huwayjah, al-Ghab", "SYR")),
 E("ASSAULT", None, [factions], [regime, P("علي كنعان", "PER", "SYR", ["القيادي الميداني البارز في قوات النظام"], "Ali Kanaan")],
   "تمكنت الفصائل الإسلامية، من السيطرة على بلدة القرقور وتلتها الواقعتين عند أطراف محافظة إدلب، بعد هجوم عنيف أجبروا خلاله قوات النظام على الانسحاب إلى سهل الغاب",
   None, None, L("بلدة القرقور", "al-Qarqur", "SYR")),
 E("ASSAULT", "aerial", [heli], [],
   "طيران النظام قصف مناطق في محيط مطار أبو الضهور العسكري",
   None, None, L("مطار أبو الضهور العسكري", "Abu al-Duhur Military Airbase", "SYR")),
 E("ASSAULT", "aerial", [heli], [],
   "كما تعرضت مناطق في قرية الكريز بسهل الروج لقصف من الطيران المروحي بالبراميل المتفجرة",
   None, None, L("قرية الكريز", "al-Kreiz, al-Rouj Plain", "SYR")),
 E("ASSAULT", "aerial", [heli], [],
   "وامتد القصف الجوي إلى عين لاروز في جبل الزاوية",
   None, None, L("عين لاروز", "Ain Larouz, Jabal al-Zawiya", "SYR")),
])

# --- Washington on closing Guantanamo (alyaum, Sat 8 Aug) ---------------------------------------
usa = P("الولايات المتحدة", "GPE", "USA", [], "United States")
A["snn-2015-08-08-1135"] = ("2015-08-08", [
 E("AGREE", None, [usa], [],
   "جددت الولايات المتحدة التأكيد، الخميس، على عزمها اتخاذ الإجراءات اللازمة من أجل إقفال سجن غوانتانامو العسكري",
   "2015-08-06", "الخميس", None),
 E("REQUEST", None, [P("قسم حقوق الإنسان في منظمة الدول الأميركية", "ORG", None, ["منظمة الدول الأميركية"], "OAS Inter-American Commission on Human Rights")], [usa],
   "وكان قسم حقوق الإنسان في منظمة الدول الأميركية، قد دعا، الأربعاء، الولايات المتحدة إلى إقفال السجن العسكري وإحالة المعتقلين أمام المحاكم الفدرالية",
   "2015-08-05", "الأربعاء", None),
])

# --- Al-Jubeir's talks with Gentiloni in Rome (aleqtisadiya, Sat 8 Aug) -------------------------
jubeir = P("عادل الجبير", "PER", "SAU", ["وزير الخارجية", "الجبير"], "Adel al-Jubeir")
A["snn-2015-08-08-233"] = ("2015-08-08", [
 E("CONSULT", "visit", [jubeir], [P("باولو جينتيلوني", "PER", "ITA", ["وزير الخارجية الإيطالي"], "Paolo Gentiloni")],
   "أجرى عادل الجبير وزير الخارجية مباحثات، أمس، مع باولو جينتيلوني وزير الخارجية الإيطالي في العاصمة روما",
   "2015-08-07", "أمس", L("روما", "Rome", "ITA")),
 E("AGREE", None, [jubeir], [P("إيطاليا", "GPE", "ITA", [], "Italy")],
   "ونسعى لتطوير وتعزيز هذه العلاقات في جميع المجالات"),
])

# --- Three Emirati soldiers of the coalition killed (alweeam, Sun 9 Aug; aleqtisadiya, Sat 8 Aug)
uae3 = P("جمعة جوهر جمعة الحمادي", "PER", "ARE", ["الشهداء"], "Juma Jawhar Juma al-Hammadi")
uae3b = P("خالد محمد عبدالله الشحي", "PER", "ARE", [], "Khalid Mohammed Abdullah al-Shehhi")
uae3c = P("فاهم سعيد أحمد الحبسي", "PER", "ARE", [], "Fahim Saeed Ahmed al-Habsi")
A["snn-2015-08-09-901"] = ("2015-08-09", [
 E("AID", None, [P("محمد بن سلمان بن عبدالعزيز", "PER", "SAU", ["ولي ولي العهد", "وزير الدفاع"], "Mohammed bin Salman")],
   [uae3, uae3b, uae3c],
   "وجه صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع بمعاملة الشهداء العريف أول جمعة جوهر جمعة الحمادي والعريف أول خالد محمد عبدالله الشحي والعريف أول فاهم سعيد أحمد الحبسي – رحمهم الله – من القوة الإماراتية المشاركة في عمليات التحالف ، الذين استشهدوا أمس ، معاملة الشهداء السعوديين مادياً ومعنوياً"),
 E("ASSAULT", None, [], [uae3, uae3b, uae3c],
   "من القوة الإماراتية المشاركة في عمليات التحالف ، الذين استشهدوا أمس",
   "2015-08-08", "أمس", None),
])
A["snn-2015-08-08-291"] = ("2015-08-08", [
 E("ASSAULT", None, [],
   [P("جمعة جوهر الحمادي", "PER", "ARE", [], "Juma Jawhar al-Hammadi"),
    P("خالد محمد الشحي", "PER", "ARE", [], "Khalid Mohammed al-Shehhi"),
    P("فاهم سعيد الحبسي", "PER", "ARE", [], "Fahim Saeed al-Habsi")],
   "نعت القيادة العامة للقوات المسلحة في الامارات ثلاثة من جنودها وهم الشهيد العريف أول جمعة جوهر الحمادي والشهيد العريف أول خالد محمد الشحي والشهيد العريف أول فاهم سعيد الحبسي الذين قدموا ارواحهم فداء للواجب الوطني ضمن القوات المشاركة في عملية إعادة الأمل"),
])

# --- Iraq: parliament to question ministers (alriyadh, Sun 9 Aug) -------------------------------
A["snn-2015-08-09-687"] = ("2015-08-09", [
 E("ACCUSE", "investigate", [P("سليم الجبوري", "PER", "IRQ", ["رئيس مجلس البرلمان", "رئيس مجلس النواب"], "Salim al-Jabouri")],
   [P("جميع الوزراء المقصرين", "PER", "IRQ", [], "Iraqi ministers")],
   "حيث قرر رئيس مجلس البرلمان الدكتور سليم الجبوري استجواب جميع الوزراء المقصرين في حقوق تقديم الخدمات للمواطنين",
   status="planned"),
 E("PROTEST", "demo", [], [],
   "بأن التظاهرات التي اجتاحت معظم المحافظات الجنوبية خرجت نتيجة سوء إدارة أموال الدولة"),
])

# --- Norwegian Labour youth return to Utøya; police deployed (aawsat, Sat 8 Aug) ---------------
A["snn-2015-08-08-79"] = ("2015-08-08", [
 E("MOBILIZE", "police", [P("الشرطة", "ORG", "NOR", ["الشرطة المحلية"], "Norwegian police")], [],
   "إنه «تم نشر عناصر من الشرطة في الجزيرة والأراضي المطلة عليها، كما تم تسيير قوارب قبالة سواحلها لضمان شعور المشاركين بالأمن»",
   None, None, L("جزيرة أوتويا", "Utøya", "NOR")),
])

# --- Health minister on the Asir bombing (alriyadh, Sun 9 Aug) ----------------------------------
A["snn-2015-08-09-659"] = ("2015-08-09", [
 E("ASSAULT", "explosives", [], [P("رجال الأمن البواسل", "PER", "SAU", [], "Special Emergency Forces members")],
   "في استشهاد رجال الأمن البواسل في حادثة التفجير الاجرامي الغادر بمنطقة عسير",
   None, None, L("منطقة عسير", "Asir Region", "SAU")),
 E("ACCUSE", "disapprove", [P("خالد بن عبدالعزيز الفالح", "PER", "SAU", ["وزير الصحة"], "Khalid al-Falih")], [],
   "ووصف الحادثة، بأنها عمل إجرامي وينافي كل تعاليم الدين الإسلامي والقيم الإنسانية"),
])

# --- Asir bombing: a researcher's messages; the Arab Charter committee condemns (alriyadh, Sun 9 Aug)
yami = P("هادي بن علي اليامي", "PER", None, ["اليامي", "رئيس لجنة حقوق الإنسان العربية"], "Hadi bin Ali al-Yami")
A["snn-2015-08-09-669"] = ("2015-08-09", [
 E("ASSAULT", "explosives", [], [P("المصلين", "PER", "SAU", [], "worshippers (Special Emergency Forces)")],
   "تعد الجريمة التي وقعت الخميس في مسجد قوات الطوارئ الخاصة بعسير رابع عملية إرهابية تستهدف المصلين",
   "2015-08-06", "الخميس", L("عسير", "Asir Region", "SAU")),
 E("ACCUSE", "disapprove", [yami], [],
   "وأدان الدكتور هادي بن علي اليامي رئيس لجنة حقوق الإنسان العربية \"لجنة الميثاق\" التفجير الإرها\u00adبي الغاشم",
   "2015-08-09", "اليوم", None),
 E("REQUEST", "assist", [yami], [],
   "وطالب اليامي -في بيان له اليوم- المجتمع الدولى بدعم جهود المملكة السعودية للقضاء على هذه الظاهرة الإجرامية الخطيرة",
   "2015-08-09", "اليوم", None),
])

# --- Indonesia refuses a visa to an Israeli badminton player (almadina, Sat 8 Aug) --------------
A["snn-2015-08-08-591"] = ("2015-08-08", [
 E("REJECT", None, [P("إندونيسيا", "GPE", "IDN", [], "Indonesia")],
   [P("ميشا زيلبرمان", "PER", "ISR", ["اللاعب الإسرائيلي", "زيلبرمان"], "Misha Zilberman")],
   "رفضت إندونيسيا منح لاعب كرة ريشة (بادمينتون) إسرائيلي تأشيرة دخول"),
])

# --- Russia–Britain diplomatic row over visas (aljazirah, Sat 8 Aug) ----------------------------
ru_emb = P("السفارة الروسية في لندن", "ORG", "RUS", ["السفارة"], "Russian Embassy in London")
A["snn-2015-08-08-429"] = ("2015-08-08", [
 E("ACCUSE", "allege", [ru_emb, P("ألكسندر ياكوفينكو", "PER", "RUS", [], "Alexander Yakovenko")],
   [P("الحكومة البريطانية", "ORG", "GBR", [], "UK Government")],
   "وفي سلسلة من التصريحات والمقابلات هذا الأسبوع، اتهمت السفارة الروسية في لندن وسفيرها ألكسندر ياكوفينكو، الحكومة البريطانية بـ «محاولة الحط من عملهم بإجبار أربعة ديبلوماسيين روس على الرحيل»",
   None, "هذا الأسبوع", None),
 E("ACCUSE", "allege", [ru_emb], [P("مسؤولي حرس الحدود البريطانيين", "ORG", "GBR", [], "UK Border Force")],
   "وأثارت السفارة مخاوف مما تقول إنه «ضغط سياسي أو نفسي يطبق على المواطنين الروس الذين يزورون بريطانيا من قبل مسؤولي حرس الحدود البريطانيين»",
   None, "هذا الأسبوع", None),
])

# --- Duma arson: Saad Dawabsheh dies; Israeli measures (3alyoum, Sat 8 Aug) ---------------------
A["snn-2015-08-08-35"] = ("2015-08-08", [
 E("ASSAULT", "primitive", [P("يهود متطرفون", "PER", "ISR", [], "Israeli settlers")],
   [P("الرضيع الفلسطيني", "PER", "PSE", [], "Ali Dawabsheh"),
    P("سعد دوابشة", "PER", "PSE", ["والد الرضيع"], "Saad Dawabsheh")],
   "والد الرضيع الفلسطيني الذي قتل حرقا في قرية دوما بالضفة الغربية متأثرا بجراحه التي أصيب بها جراء حرق منزله على يد من يشتبه انهم يهود متطرفون قبل عدة أيام",
   "2015-07-31", "يوم 31 يوليو تموز", L("قرية دوما", "Duma", "PSE")),
 E("ACCUSE", "disapprove", [P("بنيامين نتنياهو", "PER", "ISR", ["رئيس الوزراء الإسرائيلي"], "Benjamin Netanyahu")], [],
   "ووصف رئيس الوزراء الإسرائيلي بنيامين نتنياهو الهجوم بأنه عمل إرهابي"),
 E("ACCUSE", "investigate", [P("الحكومة", "ORG", "ISR", ["مجلس الوزراء الأمني المصغر الإسرائيلي"], "Government of Israel")],
   [P("متشددون يهود", "PER", "ISR", [], "suspected Jewish extremists")],
   "وقررت الحكومة السماح بإجراء استجوابات مشددة لمن يشتبه انهم متشددون يهود"),
 E("COERCE", "arrest", [P("الحكومة", "ORG", "ISR", ["مجلس الوزراء الأمني المصغر الإسرائيلي"], "Government of Israel")],
   [P("مواطنين يشتبه في ضلوعهم في أعمال عنف سياسي ضد الفلسطينيين", "PER", "ISR", [], "suspected Jewish extremists")],
   "وقالت أيضا إنها ستبدأ في احتجاز مواطنين يشتبه في ضلوعهم في أعمال عنف سياسي ضد الفلسطينيين دون محاكمة",
   status="planned"),
])

# --- Iraq: government and parliament respond to the protests (aawsat, Sun 9 Aug) ---------------
abadi2 = P("حيدر العبادي", "PER", "IRQ", ["رئيس الوزراء", "العبادي"], "Haider al-Abadi")
iraq_prot = "على خلفية مظاهرات الجمعة الماضي في بغداد وعدد من المحافظات الوسطى والجنوبية التي شارك فيها عشرات الآلاف للاحتجاج على سوء الخدمات"
crowd = P("عشرات الآلاف", "PER", "IRQ", [], "Iraqi protesters")
A["snn-2015-08-09-151"] = ("2015-08-09", [
 E("PROTEST", "demo", [crowd], [], iraq_prot, "2015-08-07", "الجمعة الماضي", L("بغداد", "Baghdad", "IRQ")),
 E("PROTEST", "demo", [crowd], [], iraq_prot, "2015-08-07", "الجمعة الماضي", None),
 E("AGREE", None, [abadi2], [P("مرجعية النجف", "ORG", "IRQ", ["المرجعية الدينية"], "Najaf marja'iyya")],
   "وكان العبادي أعلن التزامه بتوجيهات مرجعية النجف، متعهدًا بالإعلان عن خطة شاملة للإصلاح والعمل على تنفيذها"),
 E("REQUEST", "assist", [abadi2], [P("القوى السياسية", "ORG", "IRQ", [], "Iraqi political forces")],
   "داعيا القوى السياسية إلى التعاون معه في تنفيذ برنامج الإصلاح"),
 E("AGREE", None, [P("سليم الجبوري", "PER", "IRQ", ["رئيس البرلمان"], "Salim al-Jabouri"),
                   P("البرلمان", "ORG", "IRQ", [], "Council of Representatives of Iraq")], [],
   "أعلن رئيس البرلمان سليم الجبوري أن «البرلمان سيخصص الجلسة المقبلة لبحث مطالب المتظاهرين، وتنفيذها بسقوف زمنية محددة»",
   status="planned"),
 E("REQUEST", None, [P("فؤاد معصوم", "PER", "IRQ", ["رئيس الجمهورية"], "Fuad Masum")],
   [P("السلطتين التنفيذية والتشريعية", "ORG", "IRQ", [], "Iraqi government and parliament")],
   "داعيا في بيان السلطتين التنفيذية والتشريعية إلى بذل قصارى جهدهما للاستجابة إلى مطالب المتظاهرين المشروعة"),
 E("REQUEST", "change", [P("مهدي الحافظ", "PER", "IRQ", ["الحافظ"], "Mahdi al-Hafidh")], [abadi2],
   "ودعا الحافظ إلى «إجراء عملية تغيير جذري وفوري في أصل النظام السياسي الحالي الفاشل في العراق من خلال تغيير الحكومة بالكامل بقرار من رئيسها الحالي (حيدر العبادي)"),
])

# --- Jeddah corniche harassment case (alwatan, Sun 9 Aug) ---------------------------------------
bip = P("هيئة التحقيق والادعاء العام", "ORG", "SAU", [], "Bureau of Investigation and Public Prosecution")
A["snn-2015-08-09-785"] = ("2015-08-09", [
 E("ACCUSE", "investigate", [bip], [P("عدد من الشباب", "PER", "SAU", [], "the harassers")],
   "يعكف محققون من هيئة التحقيق والادعاء العام بجدة على إعادة تحليل شريط الفيديو الخاص بقضية تحرش عدد من الشباب بفتاتين في كورنيش جدة",
   None, None, L("جدة", "Jeddah", "SAU")),
 E("COERCE", "arrest", [bip], [P("المتهمين بالتحرش", "PER", "SAU", ["المتحرشين"], "the harassers")],
   "حيث صدر أمر بتمديد سجن المتهمين بالتحرش حتى إحضار الفتاتين وذويهما",
   None, "الأسبوع الماضي", None),
 E("ACCUSE", "allege", [bip], [P("ذويهما", "PER", "SAU", ["أسرتيهما", "وليي أمرهما"], "the girls' guardians")],
   "وتوجيه تهمة الإهمال لأسرتيهما وإحالة كافة أطراف القضية إلى القضاء بعد الانتهاء من التحقيقات",
   status="planned"),
])

# --- Ordinary: Madinah municipality briefs on the municipal elections (aljazirah, Sun 9 Aug) ----
A["snn-2015-08-09-387"] = ("2015-08-09", [])

# --- Ordinary: Misk programme students visit the cultural attaché in Washington (aljazirah, Sun 9 Aug)
A["snn-2015-08-09-495"] = ("2015-08-09", [])


check_selection(A, n=20, parity=1)
check_new_ids(A, *other_golds("events-extra11.jsonl"))
write_gold(A, "events-extra11.jsonl")
