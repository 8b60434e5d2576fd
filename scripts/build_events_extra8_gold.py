"""Write eval/events-extra8.jsonl: an eighth hand-annotated event gold (issue 5 gold form), meant as TUNING
data (in particular for place resolution): 25 SaudiNewsNet articles of Saturday 8 and Sunday 9 August 2015
(files 2015-08-08 and -09) whose id number is EVEN (events-extra9.jsonl takes odd ids of the same days),
none of them in the dev gold, its dedup clusters (../shared/data/events-dev/dedup-dev.json), another
events-extra*.jsonl or the seed gold; kept as ids + events only (the article text is CC BY-NC-SA and is
not shipped; `marsad eval events` joins it from ../shared/data/news/saudinewsnet). The set mixes
diplomacy (a planned Libya round in Geneva, a Houthi–UN meeting in Muscat, the ICRC president in Sanaa),
rejections, condemnations and accusations, protests and demands in Iraq, arrests and raids in Turkey,
air strikes, shelling and clashes in Yemen, Syria, Iraq, Turkey and Egypt, a hostage-taking in Mali and
the Duma arson, with three ordinary articles without codable events (a sunk ship, a death announcement,
a road accident) and several whose events are mostly placed (most articles name the place of an event).

Annotated by hand from the Arabic text only, following ../shared/docs/event-annotation-guidelines.md,
the conventions of the dev gold (events-dev.jsonl) and the judgement calls of
scripts/build_events_extra4_gold.py … build_events_extra7_gold.py, WITHOUT running the system on these
articles or looking at any system output for them; the script checks every evidence string and
participant surface against the article (via gold_form.write_gold) and that no id is in the other event
golds or the dev dedup clusters. Quotes are not annotated (``"quotes": []``, as in extra4–extra7).

Judgement calls (beyond the guidelines and the extra4–extra7 calls, which are followed):
- Enumerated places are split at the top level that carries places; a country is not such a level when
  its cities are listed: the coalition's 16 strikes «في العراق» and 7 «في سوريا» = one ASSAULT `aerial`
  per listed city (eleven). A lead that sums up strikes in one province and then names their targets
  («غارات عنيفة ... في محافظة صعدة» → مران، ساقين، سوق الطلح، سحار) is the aggregate of those parts: one
  event per part, none for the lead. Villages given as examples («قرى مثل المنصورة والزيارة وتل واسط»)
  are split as well; a list of neighbourhoods and a road of one town (Daraa al-Balad) too (as extra7's
  Mosul sub-districts).
- The Hama report (aljazirah 9 Aug) is split per village and per actor: helicopter barrel-bomb and
  «قصف مكثف من الطيران المروحي» = `aerial` per village, the ground «قصف من قبل قوات النظام» on partly the
  same villages = separate events with mode null; a village repeated in the SOHR paragraph is the same
  event; the regime's advance in al-Bahsa and al-Mushayk and the mutual shelling and air strikes «على
  مناطق الاشتباك» are steps of the clashes for those villages; guided-missile hits = `heavy-weapons`.
- Clashes whose sides are not named (Silopi «اشتباكات جديدة», Zinjibar «معارك عنيفة», Taiz «معارك الكر
  والفر», the clearing of Karsh and Aqan told by a commander without naming his force) leave actors
  empty; an attack «نسب إلى حزب العمال الكردستاني» (attribution without a source) also leaves the actor
  empty; mines «التي زرعها الحوثيون» / «تركها الحوثيون» have the Houthis as actor (as extra7).
- A day's roundup «لقي 6 أشخاص مصرعهم ... اليوم في حوادث أمنية منفصلة» dates each incident it sums up
  (the lead's اليوم covers them); bodies found that day keep a null date for the killing.
- An explicit weekday beats «اليوم» in wire copy («اليوم السبت» on Sunday 9 Aug → 8 Aug: Egypt's rejection,
  the Houthi–UN meeting «بعد ساعات»); «مساء السبت - الأحد» on Sunday = Saturday's date; «أمس الاول
  الخميس» on Saturday 8 Aug → 6 Aug; a planned «يوم الاثنين» on Saturday 8 Aug → 10 Aug.
- A date on the reporting verb is not transferred: the Najran soldier («في بيان لها أمس»), the Syrian
  army's Daraa claim («أعلنت ... أمس الأول»), the Zinjibar capture («وفق ما افادت مصادر عسكرية الاحد»);
  the Jordanian strike gets «فجر الجمعة» from the quoted source's own clause on the same act.
- The Iraqi defence minister's statement that ISIS executed 2070 people of Nineveh = ACCUSE `allege`
  (dated by «في تسجيل مصور الجمعة»); the executions themselves, asserted by the article over «الأشهر
  الستة الماضية», are coded once as ASSAULT null (no weapon stated) with a null date, as the article's
  lead event; the Ramadi campaign «منذ الشهر الماضي» (within a month) is coded with a null date.
- Protests: each protest with its own place or date is one PROTEST `demo` (Tahrir Square and Babil on
  Friday 7 Aug, the protest a week before, the 2 Aug protest before the Babil governorate building);
  protesters' listed demands = one REQUEST `change` (as the dev gold's 8 Aug protests); a preacher's call
  on Iraqis not to join and another's demand to protect protesters = REQUEST.
- Diplomacy: a UN round announced for Monday in Geneva = AGREE `planned` with the UN and the Libyan
  parties as actors; a faction's boycott of last month's meeting = REJECT `meet`; a Houthi–envoy
  meeting announced «بعد ساعات» = AGREE `planned` with both sides as actors, the envoy's request that
  led to it = REQUEST `meet`; the ICRC president received at Sanaa airport by Houthi officials = CONSULT
  `visit`, his expected talks with Houthi and GPC leaders = AGREE `planned`. The Qatari minister's
  conditional offer to mediate («مستعدة إذا طلب منها») and the delegation's flight on an Omani plane are
  left out; Egypt's rejection of Qatari interference = REJECT and the spokesman calling the Qatari
  minister's words «غير مقبولة» = ACCUSE `disapprove` (same statement, same date).
- Aggregate statistics by anonymous sources over a period that starts more than a month back (Turkey's
  toll «في الفترة من 7 يوليو الماضي»: attacks, air strikes, 1,500 arrests) are left out; the Anadolu
  two-week tally of Turkish air strikes in northern Iraq, Turkey's three strikes on ISIS and the PKK's
  continued attacks (official sources) are coded once each without date.
- A declared state of emergency = COERCE with mode null; reinforcements arriving («وصول إمدادات
  عسكرية») and armour deployed in a taken town = MOBILIZE `troops`; keeping reinforcements deployed after
  an assessment meeting = MOBILIZE `troops` by the army (the meeting itself is intra-group); the
  Egyptian security services «تكثف ... جهودها للكشف عن ملابسات الحادث» = ACCUSE `investigate`.
- Residents' accusation and families' demand for accountability (Dhamar, via field sources) are coded
  (named groups, not anonymous speakers); an Israeli autopsy request and the family's refusal = REQUEST
  and REJECT; Abbas's charge that settler leaders ordered killings = ACCUSE `allege`, his calling the
  arson a war crime = ACCUSE `disapprove`.
- No codable event: a Russian ship sunk off Socotra (cause unknown), the UAE's announcement of three
  soldiers killed in Yemen (no attack, place or attacker stated), a road accident near al-Quway'iyah.

Usage: python scripts/build_events_extra8_gold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_form import E, L, P, check_new_ids, check_selection, other_golds, write_gold  # noqa: E402

A = {}

# --- A National Guard sergeant killed by a Houthi projectile in Najran (aleqtisadiya, Sat 8 Aug) --
houthi_m = P("ميليشيا الحوثي", "ORG", "YEM", [], "Houthis")
A["snn-2015-08-08-236"] = ("2015-08-08", [
 E("ASSAULT", "heavy-weapons", [houthi_m, P("قوات المخلوع علي صالح", "ORG", "YEM", [], "Saleh loyalist forces")],
   [P("ماجد بن فهد بن فهيد السبيعي", "PER", "SAU", ["أحد رجال الحرس الوطني"], "Majid al-Subaie")],
   "أن أحد رجال الحرس الوطني المرابطين على الحدود مع اليمن قتل نتيجة إطلاق ميليشيا الحوثي وقوات المخلوع علي صالح، مقذوفا عسكريا، من على الحدود مع المملكة",
   None, None, L("قطاع نجران", "Najran sector", "SAU")),
 E("ASSAULT", "heavy-weapons", [houthi_m, P("المخلوع علي صالح", "PER", "YEM", [], "Ali Abdullah Saleh")],
   [P("أربعة أشخاص", "PER", "SAU", [], "Saudi security personnel")],
   "مقتل أربعة أشخاص، وإصابة ثمانية آخرين من رجال الأمن نتيجة إطلاق ميليشيا الحوثي والمخلوع علي صالح قذائف من داخل الأراضي اليمنية على حدود المملكة"),
 E("ASSAULT", "heavy-weapons", [], [P("يحيى متعب الشامري", "PER", "SAU", ["جندي أول من منسوبي القوات البرية السعودية"], "Yahya al-Shammari")],
   "استشهاد جندي أول من منسوبي القوات البرية السعودية بعدما أصيب بمقذوف قادم من الأراضي اليمنية",
   None, None, L("قطاع منطقة جازان", "Jazan sector", "SAU")),
])

# --- Turkey: Silopi clashes, ISIS suspects held in Manisa, PKK raids in Ankara (alriyadh, Sat 8 Aug)
A["snn-2015-08-08-676"] = ("2015-08-08", [
 E("ASSAULT", None, [], [],
   "قُتل شخصان وأصيب عدة أشخاص آخرين في اشتباكات جديدة اندلعت ليلة امس في جنوب شرق تركيا المضطرب",
   "2015-08-07", "ليلة امس", L("سيلوبي", "Silopi", "TUR")),
 E("COERCE", "arrest", [P("قوات الأمن التركية", "ORG", "TUR", ["قوات مكافحة الإرهاب"], "Turkish security forces")],
   [P("17 شخصا", "PER", "TUR", ["المشتبه بهم"], "ISIS suspects")],
   'ألقت قوات الأمن التركية فجر أمس، القبض على 17 شخصا، يشتبه في انتمائهم لتنظيم "داعش"، في عمليات دهم، بمدينة مانيسا، غربي البلاد',
   "2015-08-07", "فجر أمس", L("مانيسا", "Manisa", "TUR")),
 E("COERCE", "seize", [P("قوات الدرك التركية", "ORG", "TUR", [], "Turkish Gendarmerie")],
   [P("حزب العمال الكردستاني", "ORG", "TUR", [], "Kurdistan Workers' Party (PKK)")],
   "كما شنت قوات الدرك التركية، فجر الجمعة، خمس عمليات أمنية متزامنة في العاصمة أنقرة، يشتبه بأنها تأوي عناصر تتبع حزب العمال الكردستاني نشاطه",
   "2015-08-07", "فجر الجمعة", L("أنقرة", "Ankara", "TUR")),
])

# --- Jordanian army strikes a vehicle at the Syrian border; Syrian army claim in Daraa (alyaum, Sat 8 Aug)
sy_army = P("وحدة من الجيش", "ORG", "SYR", ["القوات الموالية لنظام بشار الأسد"], "Syrian Arab Army")
nusra = P("جبهة النصرة", "ORG", None, ["تنظيم جبهة النصرة الإرهابي"], "al-Nusra Front")
ev_daraa = ("إن وحدة من الجيش دمرت بؤرًا وخطوط إمداد من الأراضي الأردنية للتنظيمات المنضوية تحت زعامة تنظيم جبهة النصرة الإرهابي، "
            "وأعطبت آلية لهم في حيي المنشية والعباسية وعلى طريق الأرصاد الجوية السد في درعا البلد")
A["snn-2015-08-08-1134"] = ("2015-08-08", [
 E("ASSAULT", None, [P("الجيش الأردني", "ORG", "JOR", ["قوات الجيش العربي الأردني"], "Jordanian Armed Forces")], [],
   "قصف الجيش الأردني المرابط على الحدود مع سوريا مركبة حاولت اختراق الحدود ظنًا منه أنها تتبع إحدى المجموعات المقاتلة",
   "2015-08-07", "فجر الجمعة", L("الحدود الشمالية للأردن", "Jordan–Syria border", "JOR")),
 E("ASSAULT", None, [sy_army], [nusra], ev_daraa, None, None, L("المنشية", "al-Manshiyah, Daraa al-Balad", "SYR")),
 E("ASSAULT", None, [sy_army], [nusra], ev_daraa, None, None, L("العباسية", "al-Abbasiyah, Daraa al-Balad", "SYR")),
 E("ASSAULT", None, [sy_army], [nusra], ev_daraa, None, None, L("طريق الأرصاد الجوية السد", "Meteorology–Dam road, Daraa", "SYR")),
])

# --- Coalition strikes in Saada; clashes over Houthi dead in Dhamar (alwatan, Sat 8 Aug) ----------
coal_s = P("طيران التحالف العربي", "ORG", None, ["طيران التحالف", "التحالف"], "Saudi-led coalition")
houthis_s = P("جماعة الحوثي", "ORG", "YEM", ["المتمردون", "الجماعة المتمردة"], "Houthis")
families = P("بعض الأسر", "PER", "YEM", [], "Dhamar families")
A["snn-2015-08-08-876"] = ("2015-08-08", [
 E("ASSAULT", "aerial", [coal_s], [houthis_s, P("حسن حمود غثاية", "PER", "YEM", [], "Hassan Hammoud Ghathaya"), P("علي الكعيت", "PER", "YEM", [], "Ali al-Kuait")],
   "مشيرة إلى أن طيران التحالف قصف منطقة مران بعدد من الغارات، منها غارتان استهدفتا منزل القياديين في الجماعة المتمردة، حسن حمود غثاية، وعلي الكعيت",
   "2015-08-07", "أمس", L("منطقة مران", "Marran, Saada", "YEM")),
 E("ASSAULT", "aerial", [coal_s], [houthis_s],
   "وفي منطقة ساقين بنفس المحافظة، قصف طيران التحالف المركز الثقافي، الذي يتخذه المتمردون مركزا لإدارة عملياتهم",
   "2015-08-07", "أمس", L("منطقة ساقين", "Saqayn, Saada", "YEM")),
 E("ASSAULT", "aerial", [coal_s], [houthis_s],
   "مضيفة أن التحالف قصف أيضا محلات تجارية في سوق الطلح، ومنزل أحد القياديين في مديرية سحار",
   "2015-08-07", "أمس", L("سوق الطلح", "Souq al-Talh, Saada", "YEM")),
 E("ASSAULT", "aerial", [coal_s], [houthis_s],
   "مضيفة أن التحالف قصف أيضا محلات تجارية في سوق الطلح، ومنزل أحد القياديين في مديرية سحار",
   "2015-08-07", "أمس", L("مديرية سحار", "Sahar District, Saada", "YEM")),
 E("ACCUSE", "allege", [P("سكان محليون", "PER", "YEM", ["الأهالي"], "Dhamar residents")], [P("المتمردين", "ORG", "YEM", [], "Houthis")],
   "الأهالي، الذين اتهموا المتمردين بالتغرير بأبنائهم، وإرسالهم إلى مناطق العمليات دون علمهم"),
 E("REQUEST", None, [families], [],
   "وطالبت بمساءلة من أرسلوهم لميادين القتال"),
 E("ASSAULT", None, [families, P("قيادات حوثية", "PER", "YEM", [], "Houthi leaders")], [],
   "ما أدى إلى حدوث تلاسن بينها وبين قيادات حوثية، وأن الموقف تطور إلى مواجهات مسلحة، لقي خمسة من السكان مصرعهم بسببها",
   None, None, L("محافظة ذمار", "Dhamar Governorate", "YEM")),
])

# --- Clashes in Sanaa, Qa'tabah taken, fighting in Abyan and Karsh (okaz, Sat 8 Aug) --------------
houthis_o = P("جماعة الحوثيين", "ORG", "YEM", ["الحوثيين"], "Houthis")
resist_o = P("المقاومة الشعبية", "ORG", "YEM", ["المقاومة"], "Popular Resistance")
army_o = P("الجيش الوطني", "ORG", "YEM", [], "pro-Hadi army")
ev_sanaa = "أن اشتباكات ليلية وقعت في حي الجهوري والحصبة بالعاصمة صنعاء بين أفراد يعتقد أنهم من المقاومة الشعبية وجماعة الحوثيين بشكل متقطع"
ev_karsh = "إنه يجري تطهير مواقع بين محافظتي تعز ولحج (كرش وعقان) وبدعم قوي من قوات التحالف العربي"
A["snn-2015-08-08-1204"] = ("2015-08-08", [
 E("ASSAULT", None, [resist_o, houthis_o], [], ev_sanaa, None, None, L("حي الجهوري", "al-Jahuri, Sanaa", "YEM")),
 E("ASSAULT", None, [resist_o, houthis_o], [], ev_sanaa, None, None, L("الحصبة", "al-Hasabah, Sanaa", "YEM")),
 E("ASSAULT", None, [P("قوات التحالف", "ORG", None, [], "Saudi-led coalition")], [P("الحوثي", "ORG", "YEM", [], "Houthis")],
   "قصفت قوات التحالف مقرات الحوثي في أكثر من موقع، سقط خلالها - حتى الآن- عشرة قتلى"),
 E("ASSAULT", None, [army_o, resist_o], [houthis_o],
   "نجح الجيش الوطني والمقاومة الشعبية في السيطرة على مدينة قعطبة بمحافظة الضالع",
   None, None, L("مدينة قعطبة", "Qa'tabah", "YEM")),
 E("RETREAT", "withdraw", [houthis_o], [],
   "إن الحوثيين انسحبوا من منطقة قعطبة بعد إنذار أطلقته المقاومة للحوثيين بالمغادرة فورا",
   None, None, L("منطقة قعطبة", "Qa'tabah", "YEM")),
 E("MOBILIZE", "troops", [], [],
   "وصول إمدادات عسكرية إلى منطقة جعار قادمة من محافظة لحج ظهر أمس الاول الخميس",
   "2015-08-06", "ظهر أمس الاول الخميس", L("منطقة جعار", "Jaar, Abyan", "YEM")),
 E("ASSAULT", None, [], [],
   "مبينة بأن معارك عنيفة تدور في مديريات زنجبار",
   None, None, L("زنجبار", "Zinjibar", "YEM")),
 E("ASSAULT", None, [], [], ev_karsh, None, None, L("كرش", "Karsh, Lahij", "YEM")),
 E("ASSAULT", None, [], [], ev_karsh, None, None, L("عقان", "Aqan, Lahij", "YEM")),
])

# --- Iraq: ISIS executed over 2,000 in Nineveh, says defence minister (alweeam, Sat 8 Aug) --------
isis_n = P("تنظيم الدولة الإسلامية", "ORG", None, ["تنظيم داعش", "داعش"], "ISIS")
A["snn-2015-08-08-1022"] = ("2015-08-08", [
 E("ASSAULT", None, [isis_n], [P("أكثر من ألفي عراقي", "PER", "IRQ", ["2070 من مواطني نينوى"], "Nineveh residents")],
   "إن أكثر من ألفي عراقي بمحافظة نينوى شمال العراق أعدموا على يد تنظيم الدولة الإسلامية داعش",
   None, "على مدى الأشهر الستة الماضية", L("محافظة نينوى", "Nineveh Governorate", "IRQ")),
 E("ACCUSE", "allege", [P("خالد العبيدي", "PER", "IRQ", ["وزير الدفاع العراقي"], "Khalid al-Obaidi")], [isis_n],
   "وقال وزير الدفاع العراقي خالد العبيدي في تسجيل مصور الجمعة إن تنظيم داعش “أعدم بدم بارد 2070 من مواطني نينوى لم يتعاونوا معه”",
   "2015-08-07", "الجمعة"),
 E("ACCUSE", "disapprove", [P("سليم الجبوري", "PER", "IRQ", ["رئيس البرلمان العراقي"], "Salim al-Jabouri")], [isis_n],
   "وندد رئيس البرلمان العراقي سليم الجبوري بعمليات الإعدام المذكورة"),
 E("ASSAULT", None, [P("قوات موالية للحكومة", "ORG", "IRQ", [], "Iraqi pro-government forces")], [isis_n],
   "حيث تشن قوات موالية للحكومة حملة منذ الشهر الماضي لاستعادة مدينة الرمادي عاصمة المحافظة ومناطق أخرى",
   None, "منذ الشهر الماضي", L("مدينة الرمادي", "Ramadi", "IRQ")),
])

# --- Iraq: protests in Baghdad and Babil, preachers for and against (almadina, Sat 8 Aug) ---------
protesters = P("المتظاهرين", "PER", "IRQ", [], "Iraqi protesters")
A["snn-2015-08-08-574"] = ("2015-08-08", [
 E("PROTEST", "demo", [], [],
   "انطلقت مظاهرات عارمة في ساحة التحرير وسط العاصمة بغداد ومحافظات عدة أمس احتجاجًا على سوء الخدمات ونقص الطاقة الكهربائية",
   "2015-08-07", "أمس", L("ساحة التحرير", "Tahrir Square, Baghdad", "IRQ")),
 E("PROTEST", "demo", [], [],
   "وذلك بعد أسبوع على تظاهرة مماثلة خرجت الجمعة الماضية",
   "2015-07-31", "الجمعة الماضية"),
 E("PROTEST", "demo", [], [],
   "إن «التظاهرة التي انطلقت عصر امس سميت باسم (ارحلوا)»",
   "2015-08-07", "عصر امس", L("بابل", "Babil Governorate", "IRQ")),
 E("REQUEST", "change", [protesters], [],
   "المتظاهرين حددوا أطرا رئيسية لتحقيق مطالبهم، وهي إلغاء المحاصصة الطائفية واعتماد التغيير لجميع الإدارات التنفيذية في المحافظة وحل مجلس المحافظة"),
 E("PROTEST", "demo", [P("المئات من المواطنين", "PER", "IRQ", [], "Babil residents")], [],
   "وكان المئات من المواطنين نظموا، في (2 آب 2015)، تظاهرة حاشدة أمام مبنى محافظة بابل لمطالبة الحكومة بتحسين الخدمات",
   "2015-08-02", "2 آب 2015", L("مبنى محافظة بابل", "Babil Governorate building, Hillah", "IRQ")),
 E("REQUEST", None, [P("صدر الدين القبانجي", "PER", "IRQ", ["خطيب جمعة النجف"], "Sadr al-Din al-Qubanchi")], [P("العراقيين", "PER", "IRQ", [], "Iraqis")],
   "من جهته دعا خطيب جمعة النجف صدر الدين القبانجي، أمس العراقيين إلى عدم المشاركة بالتظاهرات",
   "2015-08-07", "أمس"),
 E("REQUEST", None, [P("مهند الموسوي", "PER", "IRQ", ["خطيب جمعة مسجد الكوفة"], "Muhannad al-Musawi")], [],
   "طالب خطيب جمعة مسجد الكوفة مهند الموسوي،، بحماية المتظاهرين وتلبية مطالبهم"),
])

# --- UN: new round of Libya talks in Geneva on Monday (alriyadh, Sat 8 Aug) -----------------------
A["snn-2015-08-08-852"] = ("2015-08-08", [
 E("AGREE", None, [P("الأمم المتحدة", "ORG", None, [], "United Nations"), P("للأطراف الليبية", "ORG", "LBY", [], "Libyan parties")], [],
   'أعلنت الأمم المتحدة، أنها ستعقد جولة جديدة من محادثات سلام ليبيا، يوم الاثنين في "جنيف"',
   "2015-08-10", "يوم الاثنين", L("جنيف", "Geneva", "CHE"), "planned"),
 E("REQUEST", None, [P("برناردينو ليون", "PER", None, ["الممثل الخاص للأمين العام للأمم المتحدة إلى ليبيا", "ليون"], "Bernardino León")],
   [P("الأطراف الرئيسية", "ORG", "LBY", [], "Libyan parties")],
   "وحث الأطراف الرئيسية على مضاعفة جهودها والاستمرار في العمل المشترك لتضييق فجوة الخلافات القائمة"),
 E("AGREE", None, [P("بعض الفصائل", "ORG", "LBY", [], "Libyan factions")], [],
   "وفي الشهر الماضي وقعت بعض الفصائل اتفاقاً مبدئياً رعته الأمم المتحدة لتشكيل حكومة وحدة",
   None, "في الشهر الماضي"),
 E("REJECT", "meet", [P("المؤتمر الوطني", "ORG", "LBY", ["المندوبين من المؤتمر الوطني المنتهية ولايته"], "General National Congress")], [],
   "لكن المندوبين من المؤتمر الوطني المنتهية ولايته ومقره العاصمة الليبية قاطعوا الاجتماع",
   None, "في الشهر الماضي"),
])

# --- Mali: hostage-taking at a hotel in Sévaré (aljazirah, Sat 8 Aug) ----------------------------
gunmen_m = P("مجموعة مسلحة", "ORG", None, [], "armed group")
sevare = L("مدينة سيفاري", "Sévaré", "MLI")
A["snn-2015-08-08-424"] = ("2015-08-08", [
 E("ASSAULT", "abduct", [gunmen_m], [P("الرهائن", "PER", None, ["المحتجزين الرهائن"], "hotel hostages")],
   "المحتجزين الرهائن على يد مجموعة مسلحة في أحد فنادق مدينة سيفاري في وسط مالي",
   None, None, sevare),
 E("ASSAULT", None, [P("القوات المسلحة المالية", "ORG", "MLI", [], "Malian Armed Forces")], [gunmen_m],
   "ان عملية تحرير المحتجزين الرهائن على يد مجموعة مسلحة في أحد فنادق مدينة سيفاري في وسط مالي لا تزال متواصلة مساء الجمعة وأوقعت ثمانية قتلى بينهم ثلاثة عسكريين",
   "2015-08-07", "مساء الجمعة", sevare),
])

# --- Iraq condemns the Asir mosque bombing (aleqtisadiya, Sat 8 Aug) -----------------------------
A["snn-2015-08-08-292"] = ("2015-08-08", [
 E("ACCUSE", "disapprove", [P("الجمهورية العراقية", "GPE", "IRQ", ["الخارجية العراقية"], "Iraq")], [],
   "أعربت الجمهورية العراقية عن استنكارها وإدانتها للتفجير الإرهابي الذي استهدف مسجد قوات الطوارئ بمنطقة عسير"),
 E("ASSAULT", "explosives", [], [P("قوات الطوارئ", "ORG", "SAU", [], "Special Emergency Forces")],
   "للتفجير الإرهابي الذي استهدف مسجد قوات الطوارئ بمنطقة عسير وأسفر عن سقوط عدد من الشهداء والجرحى",
   None, None, L("منطقة عسير", "Asir Region", "SAU")),
])

# --- Ordinary: a Russian cargo ship sinks off Socotra, cause unknown (alweeam, Sat 8 Aug) ---------
A["snn-2015-08-08-1000"] = ("2015-08-08", [])

# --- Egypt: two policemen killed by a bomb in al-Arish (aleqtisadiya, Sun 9 Aug) -----------------
A["snn-2015-08-09-214"] = ("2015-08-09", [
 E("ASSAULT", "explosives", [], [P("نقيب شرطة ومجند", "PER", "EGY", [], "Egyptian policemen")],
   "أن عبوة ناسفة استهدفت إحدى المدرعات أثناء سيرها بشارع أسيوط التابع لدائرة قسم ثالث العريش، ما أسفر عن مقتل نقيب شرطة ومجند، وإصابة ثلاثة آخرين من قوات أمن شمال سيناء",
   None, None, L("شارع أسيوط", "Asyut Street, al-Arish", "EGY")),
 E("ACCUSE", "investigate", [P("الأجهزة الأمنية", "ORG", "EGY", [], "Egyptian security services")], [],
   "أن الأجهزة الأمنية تكثف حالياً جهودها للكشف عن ملابسات الحادث"),
])

# --- Iraq: bombs in Baghdad, shootings near Baghdad and in Kirkuk (3alyoum, Sun 9 Aug) ------------
A["snn-2015-08-09-62"] = ("2015-08-09", [
 E("ASSAULT", "explosives", [], [P("شخصين", "PER", "IRQ", [], "Baghdad civilians")],
   "أن شخصين قتلا , بينما أصيب سبعة آخرون بجروح متفاوتة في انفجارعبوة ناسفة قرب محال تجارية في منطقة كمب سارة ، وسط بغداد",
   "2015-08-09", "اليوم", L("منطقة كمب سارة", "Camp Sarah, Baghdad", "IRQ")),
 E("ASSAULT", "explosives", [], [P("شخص", "PER", "IRQ", [], "Baghdad civilian")],
   "أن الانفجار بعبوة ناسفة قرب سوق شعبي في منطقة بغداد الجديدة أدى إلى مقتل شخص وإصابة ستة آخرين بجروح متفاوتة",
   "2015-08-09", "اليوم", L("منطقة بغداد الجديدة", "New Baghdad", "IRQ")),
 E("ASSAULT", "firearms", [P("مسلحين مجهولين", "PER", None, [], "unknown gunmen")], [P("مدرس وزوجته", "PER", "IRQ", [], "a teacher and his wife")],
   "ولقي مدرس وزوجته مصرعهما بنيران مسلحين مجهولين في منطقة الجعارة التابعة لقضاء المدائن جنوبي العاصمة",
   "2015-08-09", "اليوم", L("منطقة الجعارة", "al-Ja'ara, al-Mada'in", "IRQ")),
 E("ASSAULT", "firearms", [P("مسلحون مجهولون", "PER", None, [], "unknown gunmen")], [P("شخص", "PER", "IRQ", [], "Kirkuk resident")],
   "بمقتل شخص في هجوم شنه عليه مسلحون مجهولون يستقلون سيارة مدنية مستخدمين أسلحة رشاشة ، قرب حي واحد حزيران جنوبي مدينة كركوك",
   "2015-08-09", "اليوم", L("حي واحد حزيران", "Wahid Huzayran, Kirkuk", "IRQ")),
 E("ASSAULT", "firearms", [], [P("رجلين", "PER", "IRQ", ["جثتي رجلين"], "two unidentified men")],
   "وعثرت شرطة المحافظة ذاتها على جثتي رجلين مجهولي الهوية قضيا رميًا بالرصاص قرب الطريق الرابط بين كركوك واربيل شمالي المدينة",
   None, None, L("الطريق الرابط بين كركوك واربيل", "Kirkuk–Erbil road", "IRQ")),
])

# --- Ordinary: the UAE announces three soldiers killed with the coalition in Yemen (3alyoum, Sun 9 Aug)
A["snn-2015-08-09-64"] = ("2015-08-09", [])

# --- Syrian rebels retake villages in the Ghab plain (3alyoum, Sun 9 Aug) ------------------------
regime_g = P("قوات نظام الأسد", "ORG", "SYR", [], "Syrian government forces")
militia_g = P("جماعات ميليشيا حليفة", "ORG", "SYR", [], "pro-government militias")
ev_ghab = "بعد أن سيطرت قوات نظام الأسد تدعمها جماعات ميليشيا حليفة الأسبوع الماضي على قرى مثل المنصورة والزيارة وتل واسط الواقعة في سهل الغاب القريب من مدينة حماه"
A["snn-2015-08-09-68"] = ("2015-08-09", [
 E("ASSAULT", None, [P("مقاتلو المعارضة", "ORG", "SYR", ["مسلحي المعارضة"], "Syrian rebels")], [regime_g],
   "استعاد مقاتلو المعارضة في سوريا السيطرة على عدة قرى في شمال غرب سوريا من قوات نظام الأسد وتقدموا بعدها ليقتربوا أكثر من معقل ساحلي لبشار الأسد",
   None, None, L("سهل الغاب", "al-Ghab Plain", "SYR")),
 E("ASSAULT", None, [regime_g, militia_g], [], ev_ghab, None, "الأسبوع الماضي", L("المنصورة", "al-Mansoura, al-Ghab", "SYR")),
 E("ASSAULT", None, [regime_g, militia_g], [], ev_ghab, None, "الأسبوع الماضي", L("الزيارة", "al-Ziyarah, al-Ghab", "SYR")),
 E("ASSAULT", None, [regime_g, militia_g], [], ev_ghab, None, "الأسبوع الماضي", L("تل واسط", "Tal Wasit, al-Ghab", "SYR")),
])

# --- Turkey: 390 PKK fighters killed in two weeks of air strikes (aawsat, Sun 9 Aug) --------------
tr = P("تركيا", "GPE", "TUR", [], "Turkey")
pkk = P("حزب العمال الكردستاني", "ORG", "TUR", [], "Kurdistan Workers' Party (PKK)")
A["snn-2015-08-09-104"] = ("2015-08-09", [
 E("ASSAULT", "aerial", [tr], [pkk],
   "أن نحو 390 مقاتلا كرديا من حزب العمال الكردستاني قتلوا وجرح 400 آخرون خلال أسبوعين من الغارات الجوية التركية على قواعد للمتمردين في شمال العراق",
   None, "خلال أسبوعين", L("شمال العراق", "northern Iraq", "IRQ")),
 E("ASSAULT", "aerial", [tr], [P("تنظيم داعش", "ORG", None, ["التنظيم المتطرف"], "ISIS")],
   "ولم تقصف تركيا التنظيم المتطرف سوى ثلاث مرات"),
 E("ASSAULT", None, [pkk], [P("قوات الأمن التركية", "ORG", "TUR", [], "Turkish security forces")],
   "أنّ حزب العمال الكردستاني واصل من جهته شن هجمات على قوات الأمن التركية، التي قتل نحو 20 من أفرادها منذ اندلاع دوامة العنف الجديدة",
   None, "منذ اندلاع دوامة العنف الجديدة"),
 E("ASSAULT", None, [], [P("شرطي", "PER", "TUR", [], "Turkish policeman")],
   "أن هجوما وقع مساء السبت - الأحد في مدينة مديات في محافظة ماردين (جنوب شرقي تركيا) ذات الغالبية الكردية، ونسب إلى حزب العمال الكردستاني، أدى إلى مقتل شرطي وجرح آخر",
   "2015-08-08", "مساء السبت - الأحد", L("مدينة مديات", "Midyat, Mardin", "TUR")),
 E("REQUEST", None, [P("صلاح الدين دمرتاش", "PER", "TUR", ["زعيم الحزب المقرب من الأكراد"], "Selahattin Demirtaş")],
   [P("الحكومة التركية", "ORG", "TUR", [], "Turkish government"), pkk],
   "وكان زعيم الحزب المقرب من الأكراد في تركيا صلاح الدين دمرتاش، دعا أمس الحكومة التركية وحزب العمال الكردستاني إلى وقف العنف وبدء مفاوضات",
   "2015-08-08", "أمس"),
 E("ASSAULT", None, [P("قوات الأمن", "ORG", "TUR", [], "Turkish security forces"), P("مقاتلين", "PER", "TUR", [], "PKK fighters")], [],
   "في أعقاب مقتل ستة أشخاص في مواجهات بين قوات الأمن ومقاتلين في مدينة سيلبوبي الكردية (جنوب شرق)",
   None, None, L("مدينة سيلبوبي", "Silopi", "TUR")),
])

# --- ICRC president Peter Maurer arrives in Sanaa (aawsat, Sun 9 Aug) -----------------------------
maurer = P("بيتر مورير", "PER", None, ["رئيس اللجنة الدولية للصليب الأحمر", "مورير"], "Peter Maurer")
A["snn-2015-08-09-110"] = ("2015-08-09", [
 E("CONSULT", "visit", [maurer], [P("مسؤولين من الحوثيين", "ORG", "YEM", [], "Houthi officials")],
   "وقال مورير للصحافيين عند وصوله إلى مطار صنعاء حيث وجد في استقباله مسؤولين من الحوثيين",
   "2015-08-08", "أمس", L("مطار صنعاء", "Sanaa International Airport", "YEM")),
 E("AGREE", None, [maurer], [P("قادة الحوثيين", "PER", "YEM", [], "Houthi leaders"), P("حزب المؤتمر الشعبي العام", "ORG", "YEM", [], "General People's Congress")],
   "ومن المفترض أن يجري مورير محادثات مع قادة الحوثيين وحلفائهم من حزب المؤتمر الشعبي العام",
   None, None, None, "planned"),
 E("REQUEST", None, [maurer], [],
   "إضافة إلى ذلك يجب تسهيل عمليات تسليم الغذاء والماء والدواء وليس عرقلتها"),
])

# --- US-led coalition: 16 strikes in Iraq, 7 in Syria on Saturday (aleqtisadiya, Sun 9 Aug) -------
coal_us = P("القوات التي تقودها الولايات المتحدة", "ORG", None, ["قوة المهام المشتركة"], "US-led coalition")
isis_c = P("تنظيم الدولة الإسلامية", "ORG", None, [], "ISIS")
ev_iq1 = ("غارات العراق شملت خمس غارات قرب الموصل وثلاث قرب الرمادي وثلاث قرب سنجار استهدفت التصدي للمتشددين "
          "ودمرت جرافات ووحدات تكتيكية ومبان وأسلحة")
ev_iq2 = "وجرت الضربات الأخرى قرب كركوك والفلوجة وتلعفر ومخمور والحبانية"
ev_sy = "الغارات الجوية التي جرت في سوريا تركزت حول الحسكة وحلب وكوباني ودمرت أحد التحصينات ودبابة وقطع مدفعية مضادة للطائرات ووحدات تكتيكية"
A["snn-2015-08-09-318"] = ("2015-08-09", [
 E("ASSAULT", "aerial", [coal_us], [isis_c], ev, "2015-08-08", "يوم السبت", L(t, n, c))
 for ev, t, n, c in [
     (ev_iq1, "الموصل", "Mosul", "IRQ"), (ev_iq1, "الرمادي", "Ramadi", "IRQ"), (ev_iq1, "سنجار", "Sinjar", "IRQ"),
     (ev_iq2, "كركوك", "Kirkuk", "IRQ"), (ev_iq2, "الفلوجة", "Fallujah", "IRQ"), (ev_iq2, "تلعفر", "Tal Afar", "IRQ"),
     (ev_iq2, "مخمور", "Makhmur", "IRQ"), (ev_iq2, "الحبانية", "Habbaniyah", "IRQ"),
     (ev_sy, "الحسكة", "Al-Hasakah", "SYR"), (ev_sy, "حلب", "Aleppo", "SYR"), (ev_sy, "كوباني", "Kobani", "SYR")]
])

# --- Houthi collapse in Ibb, emergency in Sanaa, coalition naval attack on Abyan (alriyadh, Sun 9 Aug)
A["snn-2015-08-09-544"] = ("2015-08-09", [
 E("ASSAULT", None, [P("رجال المقاومة الشعبية", "ORG", "YEM", [], "Popular Resistance")],
   [P("المليشيات الحوثية", "ORG", "YEM", ["الميلشيات الانقلابية"], "Houthis")],
   "حصل انهيار متسارع للمليشيات الحوثية قبل قليل في مدينة إب، متزامنة مع إعلان قوات التمرد الحوثي والمخلوع صالح حالة الطوارئ بصنعاء، "
   "وحيث منيت الميلشيات الانقلابية بخسائر كبيرة نتيجة الضربات القوية والمتلاحقة من رجال المقاومة الشعبية",
   "2015-08-09", "قبل قليل", L("مدينة إب", "Ibb", "YEM")),
 E("COERCE", None, [P("قوات التمرد الحوثي والمخلوع صالح", "ORG", "YEM", [], "Houthi–Saleh forces")], [],
   "أن قوات التمرد الحوثي والمخلوع صالح أعلنت حالة الطوارئ بصنعاء",
   None, None, L("صنعاء", "Sanaa", "YEM")),
 E("ASSAULT", None, [P("قوات التحالف العربي", "ORG", None, [], "Saudi-led coalition")], [],
   "التي شنت بدورها اليوم كبرى هجماتها البحرية على سواحل أبين",
   "2015-08-09", "اليوم", L("سواحل أبين", "Abyan coast", "YEM")),
])

# --- Egypt rejects Qatari interference (alriyadh, Sun 9 Aug) -------------------------------------
A["snn-2015-08-09-620"] = ("2015-08-09", [
 E("REJECT", None, [P("مصر", "GPE", "EGY", ["وزارة الخارجية المصرية"], "Egypt")], [P("قطر", "GPE", "QAT", [], "Qatar")],
   "قالت مصر اليوم السبت إنها ترفض تدخل قطر في شؤونها الداخلية",
   "2015-08-08", "اليوم السبت"),
 E("ACCUSE", "disapprove", [P("أحمد أبو زيد", "PER", "EGY", ["المتحدث الرسمي باسم وزارة الخارجية"], "Ahmed Abu Zeid")],
   [P("وزير الخارجية القطري", "PER", "QAT", [], "Khalid al-Attiyah")],
   "معتبرا تصريحات وزير الخارجية القطري غير مقبولة",
   "2015-08-08", "اليوم السبت"),
])

# --- Houthi delegation to meet the UN envoy in Muscat (alweeam, Sun 9 Aug) -----------------------
ouldcheikh = P("إسماعيل ولد الشيخ", "PER", None, ["المبعوث الدولي إلى اليمن", "ولد الشيخ"], "Ismail Ould Cheikh Ahmed")
houthi_del = P("وفد الحوثيين", "ORG", "YEM", ["وفدا من جماعة انصار الله الحوثية"], "Houthi delegation")
A["snn-2015-08-09-948"] = ("2015-08-09", [
 E("AGREE", None, [houthi_del, ouldcheikh], [],
   "بأن وفدا من جماعة انصار الله الحوثية سيلتقي بعد ساعات المبعوث الدولي إلى اليمن إسماعيل ولد الشيخ في العاصمة العُمانية مسقط",
   "2015-08-08", "بعد ساعات", L("مسقط", "Muscat", "OMN"), "planned"),
 E("REQUEST", "meet", [ouldcheikh], [houthi_del],
   "بعد طلب من ولد الشيخ لإجراء مشاورات حول الحلول الممكنة لوقف الحرب الدائرة في اليمن"),
])

# --- Pro-Hadi forces take Zinjibar and Shuqrah; mines; fighting in Ibb and Taiz (3alyoum, Sun 9 Aug)
hadi_z = P("القوات الموالية لحكومة الرئيس اليمني المعترف به دوليا عبدربه منصور هادي", "ORG", "YEM",
           ["القوات الموالية لحكومة هادي", "القوات الموالية", "قوات هادي"], "pro-Hadi forces")
houthis_z = P("المتمردين الحوثيين", "ORG", "YEM", ["الحوثيين", "الحوثيون"], "Houthis")
ibb_sides = [P("الحوثيين", "ORG", "YEM", [], "Houthis"), P("حلفائهم الموالين للرئيس السابق علي عبدالله صالح", "ORG", "YEM", [], "Saleh loyalist forces"),
             P("قوات المقاومة الشعبية", "ORG", "YEM", ["المقاومة"], "Popular Resistance")]
ev_ibb = "ان “المقاومة سيطرت على منطقتي السدة وحزم العديد واجزاء من منطقة الرضمة”"
A["snn-2015-08-09-66"] = ("2015-08-09", [
 E("ASSAULT", None, [hadi_z], [houthis_z],
   "سيطرت القوات الموالية لحكومة الرئيس اليمني المعترف به دوليا عبدربه منصور هادي على زنجبار، عاصمة محافظة ابين في جنوب البلاد والتي كانت في ايدي المتمردين الحوثيين",
   None, None, L("زنجبار", "Zinjibar", "YEM")),
 E("ASSAULT", None, [hadi_z], [houthis_z],
   "وفي وقت لاحق، توجهت افواج القوات الموالية الى مدينة شقرة الساحلية في ابين، وسيطرت عليها من دون مقاومة كبيرة من الحوثيين",
   None, None, L("مدينة شقرة", "Shuqrah", "YEM")),
 E("MOBILIZE", "troops", [hadi_z], [],
   "ونشرت القوات الموالية لحكومة هادي الاحد مدرعاتها التي زودها بها التحالف، في مدينة زنجبار لتعزيز مواقعها",
   "2015-08-09", "الاحد", L("مدينة زنجبار", "Zinjibar", "YEM")),
 E("ASSAULT", "explosives", [houthis_z], [P("19 شخصا", "PER", "YEM", ["مدنيين"], "Zinjibar residents")],
   "ان 19 شخصا قتلوا بينهم مدنيون جراء انفجار الغام فيما اصيب 163 آخرون بجروح السبت والاحد في زنجبار وضواحيها",
   None, "السبت والاحد", L("زنجبار", "Zinjibar", "YEM")),
 E("ASSAULT", None, [ibb_sides[2]], [], ev_ibb, None, None, L("السدة", "al-Saddah, Ibb", "YEM")),
 E("ASSAULT", None, [ibb_sides[2]], [], ev_ibb, None, None, L("حزم العديد", "Hazm al-Udayn, Ibb", "YEM")),
 E("ASSAULT", None, [ibb_sides[2]], [], ev_ibb, None, None, L("منطقة الرضمة", "al-Radmah, Ibb", "YEM")),
 E("ASSAULT", None, ibb_sides, [],
   "واشار المصدر الى استمرار اشتباكات عنيفة بين الطرفين في منطقة يريم في اب",
   None, None, L("منطقة يريم", "Yarim, Ibb", "YEM")),
 E("ASSAULT", None, [], [],
   "كذلك تستمر معارك الكر والفر في تعز",
   None, None, L("تعز", "Taiz", "YEM")),
])

# --- Hama: clashes and strikes in the Ghab plain, a bomb in Hama city (aljazirah, Sun 9 Aug) ------
regime_h = P("قوات النظام", "ORG", "SYR", [], "Syrian government forces")
loyal_h = P("مسلحين قرويين موالين لها", "PER", "SYR", ["المسلحين الموالين لها"], "pro-government militias")
hzb = P("عناصر حزب الله اللبناني", "ORG", "LBN", [], "Hezbollah")
opp_h = P("المعارضة", "ORG", "SYR", ["الفصائل المعارضة"], "Syrian rebels")
heli = P("الطيران المروحي", "ORG", "SYR", [], "Syrian Air Force helicopters")
ev_cl = ("تستمر الاشتباكات العنيفة في محيط قريتي المشيك والبحصة وأطراف بلدة المنصورة بسهل الغاب في ريف حماة الشمالي الغربي، "
         "بين قوات النظام المدعمة بمسلحين قرويين موالين لها")
ev_heli = ("كما تعرضت أماكن في قرى الحواش والقاهرة والعنكاوي والعمقية والزقوم والحويجة وقسطون بسهل الغاب لقصف مكثف من الطيران المروحي")
ev_gr = "ترافق مع قصف من قبل قوات النظام على مناطق في قرى الحويز والحواش والعنكاوي بسهل الغاب، ما أدى لسقوط عدد من الجرحى"
ev_sohr = ("ترافقت الاشتباكات مع قصف الطيران المروحي والحربي بالبراميل المتفجرة والصواريخ لمناطق في قرى العنكاوي والدقماق والزقوم "
           "والزيادية ومحيط المحطة الحرارية بمنطقة زيزون")
air_sohr = P("الطيران المروحي والحربي", "ORG", "SYR", [], "Syrian Air Force")
A["snn-2015-08-09-340"] = ("2015-08-09", [
 *[E("ASSAULT", None, [regime_h, loyal_h, hzb, opp_h], [], ev_cl, None, None, L(t, n, "SYR"))
   for t, n in [("المشيك", "al-Mushayk, al-Ghab"), ("البحصة", "al-Bahsa, al-Ghab"), ("المنصورة", "al-Mansoura, al-Ghab")]],
 E("ASSAULT", "heavy-weapons", [opp_h], [regime_h],
   "في حين استهدفت الفصائل المعارضة بصاروخ موجه، مدفعاً رشاشاً لقوات النظام في بلدة الزيارة في ريف حماة الشمالي الغربي ما أدى لإعطابه",
   None, None, L("بلدة الزيارة", "al-Ziyarah, al-Ghab", "SYR")),
 E("ASSAULT", "heavy-weapons", [opp_h], [regime_h],
   "كذلك أعطبت الفصائل المعارضة، آلية لقوات النظام بصاروخ موجه في بلدة المنصورة بسهل الغاب",
   None, None, L("بلدة المنصورة", "al-Mansoura, al-Ghab", "SYR")),
 E("ASSAULT", "aerial", [heli], [],
   "بينما ألقى الطيران المروحي برميلين متفجرين على مناطق في بلدة اللطامنة بريف حماة الشمالي",
   None, None, L("بلدة اللطامنة", "al-Lataminah", "SYR")),
 E("ASSAULT", None, [regime_h], [],
   "عقبه قصف من قبل قوات النظام على أماكن في المدينة",
   None, None, L("بلدة اللطامنة", "al-Lataminah", "SYR")),
 *[E("ASSAULT", "aerial", [heli], [], ev_heli, None, None, L(t, n, "SYR"))
   for t, n in [("الحواش", "al-Hawash, al-Ghab"), ("القاهرة", "al-Qahira, al-Ghab"), ("العنكاوي", "al-Ankawi, al-Ghab"),
                ("العمقية", "al-Amqiyah, al-Ghab"), ("الزقوم", "al-Zaqqum, al-Ghab"), ("الحويجة", "al-Huwayjah, al-Ghab"),
                ("قسطون", "Qastun, al-Ghab")]],
 *[E("ASSAULT", None, [regime_h], [P("عدد من الجرحى", "PER", "SYR", [], "Ghab residents")], ev_gr, None, None, L(t, n, "SYR"))
   for t, n in [("الحويز", "al-Huwayz, al-Ghab"), ("الحواش", "al-Hawash, al-Ghab"), ("العنكاوي", "al-Ankawi, al-Ghab")]],
 E("ASSAULT", None, [regime_h, loyal_h, P("تنظيم داعش", "ORG", None, [], "ISIS")], [],
   "أيضاً دارت اشتباكات بين قوات النظام والمسلحين الموالين لها من جهة، وتنظيم داعش من جهة أخرى في محور منطقة المفكر بريف حماة الشرقي",
   None, None, L("منطقة المفكر", "al-Mufakkar, eastern Hama", "SYR")),
 E("ASSAULT", "explosives", [], [P("أكثر من 8 أشخاص", "PER", "SYR", [], "Hama residents")],
   "فيما سمع دوي انفجار في حي الشريعة بمدينة حماة، ناجم عن انفجار عبوة ناسفة موضوعة بدراجة نارية في الحي، ما أدى لإصابة أكثر من 8 أشخاص بجراح",
   None, None, L("حي الشريعة", "al-Sharia, Hama", "SYR")),
 *[E("ASSAULT", "aerial", [air_sohr], [], ev_sohr, None, None, L(t, n, "SYR"))
   for t, n in [("الدقماق", "al-Daqmaq, al-Ghab"), ("الزيادية", "al-Ziyadiyah, al-Ghab"),
                ("المحطة الحرارية بمنطقة زيزون", "Zeyzoun power station", )]],
 E("ASSAULT", "aerial", [heli], [],
   "في حين القى الطيران المروحي عدة براميل متفجرة صباح امس على مناطق في قرية الزكاة بريف حماه الشمالي، ما ادى لأضرار مادية",
   "2015-08-08", "صباح امس", L("قرية الزكاة", "al-Zakah, northern Hama", "SYR")),
])

# --- Father of the Duma baby dies; Abbas blames settler leaders (aljazirah, Sun 9 Aug) ------------
settlers = P("مستوطنون ارهابيون صهاينة", "PER", "ISR", ["المستوطنين الصهاينة"], "Israeli settlers")
abbas = P("محمود عباس", "PER", "PSE", ["الرئيس الفلسطيني"], "Mahmoud Abbas")
family = P("العائلة", "PER", "PSE", ["عائلة الشهيد"], "Dawabsheh family")
A["snn-2015-08-09-356"] = ("2015-08-09", [
 E("ASSAULT", "primitive", [settlers],
   [P("علي دوابشة", "PER", "PSE", ["الرضيع"], "Ali Dawabsheh"), P("سعد محمد دوابشة", "PER", "PSE", ["سعد دوابشة"], "Saad Dawabsheh")],
   "وكان مستوطنون ارهابيون صهاينة اضرموا النار الاسبوع الفائت في منزل عائلة دوابشة في قرية دوما جنوب نابلس، ما ادى الى استشهاد الرضيع",
   None, "الاسبوع الفائت", L("قرية دوما", "Duma, Nablus", "PSE")),
 E("REQUEST", None, [P("الجانب الاسرائيلي", "GPE", "ISR", [], "Israel")], [family],
   "ان الجانب الاسرائيلي طلب تشريح جثة الأب"),
 E("REJECT", None, [family], [P("الجانب الاسرائيلي", "GPE", "ISR", [], "Israel")],
   "الا ان العائلة رفضت ذلك"),
 E("MOBILIZE", "troops", [P("جيش الاحتلال الاسرائيلي", "ORG", "ISR", ["الاحتلال"], "Israel Defense Forces")], [],
   "تقرر في النهاية الابقاء على حالة الاستعداد العسكري والاحتفاظ بقوات الدعم والتعزيز التي نشرها الاحتلال"),
 E("ACCUSE", "allege", [abbas], [P("قيادات هؤلاء المستوطنين", "PER", "ISR", [], "settler leaders")],
   "وأكد الرئيس الفلسطيني ،محمود عباس، أن قيادات هؤلاء المستوطنين الارهابين اصدرت تعليماتها لهم بعدم الاكتفاء بحرق البيوت الفلسطينية والمساجد والكنائس"),
 E("ACCUSE", "disapprove", [abbas], [settlers],
   "إنه أمر بشع جداً أن يُحرق طفل رضيع هو وعائلته ثم يُقتل، لذلك تسمى هذه جريمة ضد الانسانية، وجريمة حرب"),
])

# --- Ordinary: a road accident west of al-Quway'iyah (3alyoum, Sun 9 Aug) ------------------------
A["snn-2015-08-09-46"] = ("2015-08-09", [])


check_selection(A, n=25, parity=0)
check_new_ids(A, *other_golds("events-extra8.jsonl"))
write_gold(A, "events-extra8.jsonl")
