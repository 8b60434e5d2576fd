"""Write eval/events-extra14.jsonl: a fourteenth hand-annotated event gold (issue 5 gold form), meant as a
TUNING set for the place-of-event rules: 20 SaudiNewsNet articles of Saturday 25 and Monday 27 July 2015
(files 2015-07-25 and -27), EVEN ids only, kept as ids + events only (the article text is CC BY-NC-SA and
is not shipped; `marsad eval events` joins it from ../shared/data/news/saudinewsnet).

Selection rule (reproducible, not by taste): the even ids of both days (2015-07-25 first, each day in
id order) are shuffled with ``random.Random(14).shuffle`` and walked in that order; ids in the dev gold,
in ../shared/data/events-dev/dedup-dev.json, in seed-events.jsonl or in another event gold are skipped
(27-456 and 27-892, both in extra4, came up at positions 9 and 199). The first 20 news reports in Arabic
whose subject is politics, diplomacy, security, armed conflict, terrorism, protests or arrests are kept,
with at most three articles on the same incident (Turkey's campaign against ISIS and the PKK: 25-116,
27-128, 27-342; Bahah receiving Gargash: 25-1178 and 25-354, the same agency report). The walk reaches
position 115 (27-766). Skipped on the way as not news reports or not political/security: opinion
columns, letters and features (25-432, 25-712, 25-1408, 25-706, 25-1094, 25-948, 25-150, 25-1056,
25-824, 25-444, 25-1260, 25-148, 27-1116, 27-70 the Washington Post feature on «lone wolves», 27-122,
27-636, 25-716, 25-464, 25-708, 25-1054, 25-144), sport (27-900, 25-810, 27-604, 25-228, 27-310,
25-680), economy, trade, jobs and tourism (27-668, 25-624, 27-226, 27-1300, 25-234, 27-290, 27-1178,
27-286, 25-622, 27-1102, 27-1184, 27-752, 27-858 the Fiat fine, 27-250, 25-262, 25-168, 25-1206,
25-890, 25-802 the cost of the Sousse attack to tourism, 27-1176), health, science, education and
culture (25-1290, 25-310, 27-914, 25-960, 25-416, 27-462, 25-620, 25-778, 25-938, 25-412, 27-644,
25-842, 25-756, 27-1092, 25-1354, 27-1280, 25-512, 27-688, 27-724, 25-1418, 27-294, 25-950, 27-36,
25-610 a ministerial inquiry into a school admission, 27-1052 and 25-744 the Lille seminar on media and
religious symbols), accidents and nature (25-1516 lightning, 27-652 sewage, 27-1016 a bridge fire,
27-220 an earthquake), social, municipal and ceremonial items (25-690, 25-734, 25-384, 25-1112,
25-608, 25-692, 27-1222, 27-374, 27-1396, 27-566, 25-520, 25-536, 27-1010 a sheikh on a harassment law,
27-1236 the Riyadh governor's Eid receptions and farewell call), Saudi aid reports (25-14 the UAE aid
plane, 25-1208, as extra9/extra11/extra12 skip aid reports), a border-guard seizure of weapons without
an arrest (27-512, as extra13 skips seizures without arrests) and the Taif harassment video with no
arrest yet (25-74, as extra13's 06-1555).

The result: Turkey's campaign (strikes on ISIS in Syria and on the PKK in northern Iraq, the arrest
sweeps in 17 named provinces, Istanbul, Ankara and Gaziantep, PKK arson, the Diyarbakir car bomb, the
White House's backing given in Nairobi), the YPG taking Sarrin, coalition strikes near Ramadi, Tuz
Khurmatu and Ain al-Arab, Assad's speech, Yemen (the coalition truce, Houthi abductions, arrests and
checkpoints in Hodeidah, the Jabal Sabir and Taiz fighting, Bahah and Gargash in Riyadh, Hadi's call to
MBS, a Yemeni official on the coalition's plan), Bahrain recalling its ambassador to Iran, Mogherini's
planned visits, the Renaissance-dam talks in Khartoum, Obama on Britain and the EU, Tunisian arrests in
the Bizerte region, an arrest near Sidon, the Litvinenko inquiry, an MP killed in Mogadishu and an
arson attempt on a Chinese airliner.

Annotated by hand from the Arabic text only, following ../shared/docs/event-annotation-guidelines.md
and the conventions of the dev gold and of extra4 (the same days) to extra13, WITHOUT running marsad
(CLI, pipeline or eval) on these articles or looking at any system output for them; the script checks
every evidence string and participant surface against the article (via gold_form.write_gold), the
selection (20 even ids of the two days, none in the dedup-dev ids) and that no id is in the dev gold or
another event gold. Quotes are not annotated (``"quotes": []``).

Judgement calls (beyond the guidelines and the earlier calls, which are followed):
- Places: the finest place the text gives for the event itself — a named facility, street, market or
  village when there is one (the Hawaii café on the Hodeidah corniche, from the relative's account; the
  Bab Mushrif market; Nisf al-Qamar hall; the Officers' Club where al-Zubaidi was taken, the only place
  given for his abduction; Deir Hajari village; Arbaeen Street; the temporary Yemeni government HQ in
  Riyadh; the People's Palace for Assad's speech; the Grand Serail «من» which Shabtini spoke; Daoud
  al-Ali near Sidon), otherwise the town, province or region. A statement placed by the text is placed
  there (Rhodes «من نيروبي»; the Ankara security summit). Enumerated places are split at the top level:
  the 297 arrests «في 16 ولاية هي ...» = one COERCE `arrest` per listed province (17 names), the
  Gaziantep raids on «36 عنوانًا بولايات غازي عنتاب، وملاطيا، وإليزاغ» = three COERCE `seize` (the 28
  arrests that followed are one more event, unplaced: the text does not say where), the resistance's
  escalation «في الحديدة وتعز ومأرب» = three, the shelling of and the clashes in «مشرعة وحدنان» = two
  each, the deployment around Bab Mushrif and al-Matraq = two, the plan to free Abyan, Taiz, Lahij and
  Dhale = four. Left unplaced: the Turkish artillery «المتمركزة على الحدود» (the guns' post, not the
  targets' place), the Houthis bringing fighters «من محافظة الحديدة» (an origin, not the place of the
  act), the arson attempt on board the Shenzhen flight (in the air; the arrest is placed at Guangzhou
  airport, where he was handed over), Bayancuk's arrest («في إسطنبول» is where his group is), the
  Ethiopian demand (the Cairo round is a later insistence), Bahrain's recall (the ambassador's post is
  no place of the act). The Mogadishu killing is placed in Mogadishu (the text's «احد احياء جنوب العاصمة»
  names no district); the Tunisian shoot-out in «منطقة بنزرت» (the lead places all the operations there;
  the text does not tie the chase to Sejnane); Sarrin's coalition strikes at Sarrin («في هذه العملية»).
  Country-level surfaces are kept when they are all the text gives («أنحاء البلاد» for the 371 arrests,
  «الأراضي السورية», «الأراضي التركية», the truce «في اليمن», Kenya for Obama's visit).
- Dates: the lead's «فتحت تركيا أمس ثلاث جبهات ... والثالثة أمنية تمثلت بحملة اعتقالات» dates the
  province arrests (24 Jul); Bayancuk's arrest and the other steps without a date stay null. «اليوم
  (الجمعة)» in the Saturday Litvinenko wire = 24 Jul (explicit weekday wins, as extra8); Obama's BBC
  interview «بثت الخميس» = 23 Jul; Rhodes's statements share «امس الاحد»; Bahah's and Gargash's
  statements share the meeting's «اليوم»; the truce «بعد منتصف الليل» is left undated (no day anchor);
  «مطلع الأسبوع», «مؤخرًا», «سابقا», «خلال الأيام الماضية» keep date_text only.
- Turkey: the ISIS claim of destroying a PKK operations room = ASSAULT with no actor (claims never fill
  the actor slot), undated (the «أمس» is on the claim); the Istanbul police intelligence's information
  on a planned attack on the Esenyurt police = ACCUSE `allege`; the security summit's decision on urgent
  measures = MOBILIZE `police` (as extra4's tightened measures), Arinc's border security system =
  MOBILIZE `troops` `planned`, blocking websites = COERCE `restrict`; Erdogan's «سنتخذ كل التدابير
  اللازمة» = THREATEN, «أكدنا مع أوباما صمودنا» = AGREE and the meeting it reports = CONSULT null (no
  host); the anonymous official sources' lines, the coordination centre's formation and the Foreign
  Ministry's no-comment are left out; the ongoing Suruc investigation = ACCUSE `investigate` without an
  actor. Rhodes's «نشجع ... على العمل معاً» = REQUEST, his welcome of the strikes on ISIS = SUPPORT
  (a second one beside the White House's defence of Turkey's right); the US PKK listing is background.
- Yemen (27-134): the coalition truce = CONCEDE `planned` and Hadi's request for it = REQUEST `yield`
  (extra4); abductions = ASSAULT `abduct`; the phone threat to al-Mandaei (told by an anonymous
  relative) and the Tihama resistance's habitual attacks are left out; the Taiz reinforcements (asked
  for, sent, arrived at Si'ah) = one MOBILIZE `troops`; al-Muslimi's denial of a resistance withdrawal
  = RETREAT `withdraw` `denied`. Batis (25-1436): the completed liberation of Aden = ASSAULT; «خطة
  تأمين عدن ... يشمل تحرير» = four ASSAULT `planned`; his charge that the Houthis and Saleh carry out
  the Iranian project = ACCUSE `allege` (Iran has no noun surface in the text); his praise of the
  coalition = SUPPORT. Bahah/Gargash: the Golden Arrow liberation of Aden is coded once per article;
  Gargash's «استمرار دولة الإمارات في دعمها الكامل للشعب اليمني» = SUPPORT.
- Other: Bahrain's recall «للتشاور» = SANCTION `withdraw` (extra4), its promise of «جميع الإجراءات» to
  protect its security is left out (no target); the MP's ambush = ASSAULT `targeted` (an assassination,
  «هذا النوع من الاغتيالات»), al-Shabaab's «ستواصل استهداف النواب» = THREATEN; the Somali president's
  «استيائه» and Kay's condemnation = ACCUSE `disapprove`. GERD: the resumed Khartoum session = CONSULT
  `visit` (Sudan the stated host), the acceptance of Sudan's proposal and the final agreement on all
  points = two AGREEs, Ethiopia's demand = REQUEST, Egypt's and Deltares' refusal = one REJECT; the
  Sudanese mediation (anonymous sources) and Deltares' own demand are left out. Mogherini's visits
  told by EU sources = AGREE `planned` (plans, not accusations or demands). Kovtun to answer by video
  from Moscow on Monday = AGREE `planned`; the 2006 poisoning is background and the D3 testimony an
  accusation by an anonymous witness. Lebanon: Hennawi's call for a consensus president = REQUEST,
  Shabtini's jab at «الفريق الآخر» = ACCUSE `disapprove`, her meeting with her own prime minister is
  intra-government and left out. Tunisia: the Sejnane operation, its encircling and the 13 arrests are
  one COERCE `arrest`, the fugitive's shoot-out = ASSAULT `firearms` with both sides as actors, the
  state of emergency = COERCE null; the Bardo and Sousse attacks are a background list. Assad: only his
  criticism of draft evasion is coded (the rest is assessment and opinion). Chinese airliner: the arson
  attempt = ASSAULT `primitive`, the passengers' seizure of the man = COERCE `arrest`.

Usage: python scripts/build_events_extra14_gold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_form import E, L, P, check_new_ids, check_selection, other_golds, write_gold  # noqa: E402

A = {}

# --- Turkey's campaign, day three: strikes on the PKK, arrests, PKK arson (aawsat, Mon 27 Jul) ----
tk_air = P("الطائرات التركية", "ORG", "TUR", [], "Turkish Air Force")
pkk = P("حزب العمال الكردستاني", "ORG", "TUR", ["العمال الكردستاني", "ب.ك.ك"], "Kurdistan Workers' Party (PKK)")
isis = P("تنظيم داعش", "ORG", None, ["داعش"], "Islamic State")
tk_sec = P("فرق الأمن التركية", "ORG", "TUR", ["الأمن التركي", "فرق الأمن", "عناصر الأمن"], "Turkish security forces")
gaz_ct = P("فرق إدارة مكافحة الإرهاب التابعة لمديرية أمن الولاية", "ORG", "TUR", [], "Gaziantep counter-terrorism police")
gaz_raid = "شنت تلك الحملات بشكل متزامن على 36 عنوانًا بولايات غازي عنتاب، وملاطيا، وإليزاغ"
A["snn-2015-07-27-128"] = ("2015-07-27", [
 E("ASSAULT", "firearms", [P("مجموعات يعتقد بأنها من التنظيم", "ORG", None, [], "suspected ISIS fighters")],
   [P("جندي تركي", "PER", "TUR", [], "Turkish soldier")],
   "بعد الاشتباك الوحيد الذي حصل مطلع الأسبوع عندما قتل جندي تركي بنيران مجموعات يعتقد بأنها من التنظيم عبر الحدود مع سوريا",
   None, "مطلع الأسبوع", L("الحدود مع سوريا", "Turkey–Syria border", "TUR")),
 E("ASSAULT", None, [], [pkk],
   "بل إن التنظيم تبنى أمس في إحدى تغريداته «تدمير غرفة عمليات لـ(الكردستاني) في شمال سوريا»",
   location=L("شمال سوريا", "Northern Syria", "SYR")),
 E("ASSAULT", "aerial", [tk_air], [pkk],
   "بينما قصفت الطائرات التركية نحو 400 موقعًا من مواقع «العمال الكردستاني» بمشاركة 50 طائرة تركية من نوع «شاهين – إف 16» و«25 إف 4 – 2020» في شمال العراق",
   location=L("شمال العراق", "Northern Iraq", "IRQ")),
 E("ASSAULT", "heavy-weapons", [P("القوات البرية", "ORG", "TUR", [], "Turkish land forces")], [isis, pkk],
   "وكانت القوات البرية، المتمركزة على الحدود، ضربت مواقع لـ«داعش» و«العمال الكردستاني» بقذائف مدفعية"),
 E("COERCE", "arrest", [tk_sec], [P("371 شخصا", "PER", "TUR", [], "PKK and ISIS suspects")],
   "تابع الأمن التركي عملياته النشطة التي تستهدف مناصري «الكردستاني» و«داعش» في أنحاء البلاد، وبلغ عدد الأشخاص الذين ألقت فرق الأمن التركية القبض عليهم يوم السبت 371 شخصا، في 25 ولاية",
   "2015-07-25", "يوم السبت", L("أنحاء البلاد", "Turkey", "TUR")),
 E("COERCE", "arrest", [tk_sec], [P("مشتبها يعتقد أنه مسؤول التنظيم الشبابي", "PER", "TUR", [], "suspected PKK youth-wing official")],
   "وضبطت فرق الأمن خلال عملياتها مشتبها يعتقد أنه مسؤول التنظيم الشبابي لمنظمة «ب.ك.ك»، في العاصمة أنقرة",
   location=L("العاصمة أنقرة", "Ankara", "TUR")),
 E("COERCE", "arrest", [tk_sec], [P("سيدة", "PER", None, [], "woman suspected of preparing a suicide attack")],
   "كما ألقى عناصر الأمن خلال عملياتهم ضد تنظيم داعش القبض على سيدة كانت ملاحقة للاشتباه باستعدادها لتنفيذ عملية انتحارية"),
 E("COERCE", "arrest", [P("قوات الأمن التركية", "ORG", "TUR", ["قوات الأمن"], "Turkish security forces")],
   [P("ستة أشخاص ينتمون إلى الذراع الشبابية", "PER", "TUR", ["6 أشخاص"], "PKK youth-wing suspects")],
   "كما أوقفت قوات الأمن التركية، في وقت متأخر مساء السبت، ستة أشخاص ينتمون إلى الذراع الشبابية لمنظمة «ب.ك.ك»، بمدينة إسطنبول",
   "2015-07-25", "في وقت متأخر مساء السبت", L("مدينة إسطنبول", "Istanbul", "TUR")),
 E("ACCUSE", "allege", [P("فرع الاستخبارات بمديرية أمن إسطنبول", "ORG", "TUR", [], "Istanbul police intelligence")],
   [P("مجموعة من الذراع الشبابية للمنظمة", "PER", "TUR", [], "PKK youth-wing suspects")],
   "فرع الاستخبارات بمديرية أمن إسطنبول توصل إلى معلومات تفيد باعتزام مجموعة من الذراع الشبابية للمنظمة شن هجوم مسلح على مديرية أمن «أسان يورط»"),
 E("COERCE", "seize", [gaz_ct], [], gaz_raid, location=L("غازي عنتاب", "Gaziantep", "TUR")),
 E("COERCE", "seize", [gaz_ct], [], gaz_raid, location=L("ملاطيا", "Malatya", "TUR")),
 E("COERCE", "seize", [gaz_ct], [], gaz_raid, location=L("إليزاغ", "Elazığ", "TUR")),
 E("COERCE", "arrest", [gaz_ct], [P("28 شخصًا", "PER", None, [], "ISIS suspects")],
   "التي أسفرت عن إلقاء القبض على 28 شخصًا، 15 تركيا و13 أجنبيا"),
 E("ASSAULT", "primitive", [P("عناصر من تنظيم «الكردستاني»", "ORG", "TUR", ["عناصر التنظيم"], "PKK militants")], [],
   "أقدم عناصر من تنظيم «الكردستاني» على إحراق أربع معدات مخصصة لبناء أحد سدود الري في قضاء «صاري قامش»، بولاية قارص شرق تركيا",
   location=L("صاري قامش", "Sarıkamış, Kars", "TUR")),
 E("ASSAULT", "primitive", [P("مجهولون", "PER", None, [], "unknown attackers")], [],
   "وتعرضت حافلتان للنقل العام لهجوم في قضاء «نارلي دره» بولاية إزمير غرب البلاد، حيث أحرق مجهولون إحداهما بإلقاء زجاجات حارقة (مولوتوف) عليها",
   location=L("نارلي دره", "Narlıdere, İzmir", "TUR")),
])

# --- Tunisia: one killed and 16 arrested in the Bizerte region (alyaum, Sat 25 Jul) ----------------
tn = P("قوات الامن التونسية", "ORG", "TUN", ["القوات التونسية", "قوات الامن", "الوحدات الامنية"], "Tunisian security forces")
A["snn-2015-07-25-1228"] = ("2015-07-25", [
 E("COERCE", "arrest", [tn], [P("13 عنصرًا", "PER", "TUN", [], "terror suspects")],
   "تمكنت من تطويق الاماكن المتواجد فيها المشتبه بهم والقبض على 13 عنصرًا",
   "2015-07-23", "صباح الخميس", L("مدينة سجنان", "Sejnane", "TUN")),
 E("ASSAULT", "firearms", [P("العنصر الفار", "PER", "TUN", ["أحدهم"], "fleeing suspect"), tn], [],
   "بادر العنصر الفار عند قيام الوحدات الامنية بملاحقته بإطلاق النار تجاههم وهو ما أجبرهم على الرد ما ادى الى مقتله",
   location=L("منطقة بنزرت", "Bizerte Governorate", "TUN")),
 E("COERCE", "arrest", [tn], [P("ثلاثة أشخاص آخرين", "PER", "TUN", [], "accomplices")],
   "وتواصلت العمليات فجر الجمعة ضد متواطئين مع المشتبه به في مدينة منزل بورقيبة، حيث اعتقل ثلاثة أشخاص آخرين من دون إراقة دماء",
   "2015-07-24", "فجر الجمعة", L("مدينة منزل بورقيبة", "Menzel Bourguiba", "TUN")),
 E("COERCE", None, [P("السلطات التونسية", "ORG", "TUN", [], "Tunisian authorities")], [],
   "وأعلنت السلطات التونسية حالة الطوارئ لمواجهة هذه الهجمات"),
])

# --- Assad's speech at the People's Palace (alriyadh, Mon 27 Jul) ---------------------------------
A["snn-2015-07-27-774"] = ("2015-07-27", [
 E("ACCUSE", "disapprove", [P("بشار الاسد", "PER", "SYR", ["الاسد", "الأسد", "الرئيس السوري"], "Bashar al-Assad")], [],
   "وانتقد الأسد \"التهرب من الخدمة العسكرية\" وأرجع ذلك إلى \"الخوف\"",
   "2015-07-26", "أمس الاحد", L("قصر الشعب", "People's Palace, Damascus", "SYR")),
])

# --- Houthi arrests and abductions in Hodeidah, fighting on Jabal Sabir (aawsat, Mon 27 Jul) ------
houthi = P("ميليشيا الحوثي المسلحة", "ORG", "YEM",
           ["جامعة الحوثي المسلحة", "جماعة الحوثي المسلحة", "المسلحين الحوثيين", "المسلحون الحوثيون", "الميلشيا", "مسلحي الحوثي"],
           "Houthi militia")
saleh = P("أنصار صالح", "ORG", "YEM", ["أنصار الرئيس المخلوع علي عبد الله صالح"], "Saleh loyalists")
resist = P("المقاومة الشعبية", "ORG", "YEM", ["المقاومة", "مسلحي المقاومة"], "Popular Resistance")
coal_cmd = P("قيادة التحالف لدعم الشرعية في اليمن", "ORG", None, [], "Saudi-led coalition command")
escal = "صعدت المقاومة من عملياتها العسكرية في الحديدة وتعز ومأرب"
taiz_shell = "وقامت بقصف صواريخ الكاتيوشا والمدفعية على قريتي مشرعة وحدنان في تعز، الواقعتين على قمة جبل صبر جنوب غربي المدينة"
sabir_clash = "وإن اشتباكات عنيفة اندلعت بين مسلحي المقاومة ومسلحي الحوثي والقوات الموالية لهم في منطقة مشرعة وحدنان في جبل صبر في تعز"
hod_deploy = "ما جعل المسلحين الحوثيين يأتون بتعزيزات من المسلحين وانتشارهم في المناطق المحيطة لقاعة نصف القمر في محيط حي باب مشرف وحي المطراق"
mashraa = L("مشرعة", "Mashra'a, Jabal Sabir, Taiz", "YEM")
hadnan = L("حدنان", "Hadnan, Jabal Sabir, Taiz", "YEM")
A["snn-2015-07-27-134"] = ("2015-07-27", [
 E("CONCEDE", None, [coal_cmd], [],
   "قبيل سريان الهدنة المقررة في اليمن والتي كان من المرتقب أن تدخل حيز التنفيذ بعد منتصف الليل، وحتى الجمعة المقبل، والتي أعلنت عنها قيادة التحالف لدعم الشرعية في اليمن",
   None, "بعد منتصف الليل", L("اليمن", "Yemen", "YEM"), "planned"),
 E("REQUEST", "yield", [P("عبد ربه منصور هادي", "PER", "YEM", ["الرئيس اليمني", "الرئيس هادي"], "Abd Rabbuh Mansur Hadi")], [coal_cmd],
   "وذلك بناء على طلب الرئيس اليمني عبد ربه منصور هادي"),
 E("ASSAULT", None, [resist], [], escal, location=L("الحديدة", "Al Hudaydah Governorate", "YEM")),
 E("ASSAULT", None, [resist], [], escal, location=L("تعز", "Taiz Governorate", "YEM")),
 E("ASSAULT", None, [resist], [], escal, location=L("مأرب", "Marib Governorate", "YEM")),
 E("COERCE", "arrest", [houthi, saleh], [P("جميع المناوئين لهم", "PER", "YEM", [], "opponents of the Houthis")],
   "قامت ميليشيا الحوثي المسلحة والموالون لهم من أنصار الرئيس المخلوع علي عبد الله صالح بتصعيد عمليات اعتقال وملاحقة جميع المناوئين لهم"),
 E("MOBILIZE", "troops", [houthi, saleh], [],
   "كما تم استقدام المسلحين الحوثيين وأنصار صالح لمسلحين لهم من محافظة الحديدة وبعض المحافظات المسيطرة عليها"),
 E("MOBILIZE", "troops", [houthi], [],
   "أن تعزيزات عسكرية ضخمة وصلت إلى مسلحي الحوثي إلى قرية سيعة في محاولة لاقتحام مشرعة وحدنان من أعلى طريق الموادم",
   location=L("قرية سيعة", "Si'ah village, Jabal Sabir, Taiz", "YEM")),
 E("ASSAULT", "abduct", [houthi],
   [P("سمير المندعي", "PER", "YEM", ["المندعي", "سمير المنذي"], "Samir al-Mandaei"), P("نبيل سليمان", "PER", "YEM", [], "Nabil Suleiman")],
   "قامت جامعة الحوثي المسلحة باختطاف الإعلامي سمير المندعي وأحد الناشطين في مدينة الحديدة وصديقه نبيل سليمان من كورنيش الحديدة، مساء أمس",
   "2015-07-26", "مساء أمس", L("مقهى هاواي", "Hawaii café, Hodeidah Corniche", "YEM")),
 E("COERCE", "arrest", [houthi], [P("البائعين المتجولين", "PER", "YEM", [], "street vendors")],
   "كما قامت الميلشيا باعتقال البائعين المتجولين من سوق حي باب مشرف",
   location=L("سوق حي باب مشرف", "Bab Mushrif market, Hodeidah", "YEM")),
 E("COERCE", "restrict", [houthi], [],
   "واستحداثهم لنقاط تفتيش في الشوارع الرئيسية بمدينة الحديدة ومنها في شاع زايد",
   location=L("مدينة الحديدة", "Hodeidah", "YEM")),
 E("ASSAULT", None, [resist], [houthi],
   "مسلحي المقاومة استهدفوا نقطة خاصة بالمسلحين الحوثيين بالقرب من قرية دير هجاري على طريق الكدن بمديرية باجل بالحديدة",
   location=L("قرية دير هجاري", "Deir Hajari village, Bajil, Hodeidah", "YEM")),
 E("ASSAULT", "abduct", [houthi], [P("فيصل الزبيدي", "PER", "YEM", ["الزبيدي"], "Faisal al-Zubaidi")],
   "إن المسلحين الحوثيين قاموا باختطاف الدكتور الجامعي بجامعة الحديدة فيصل الزبيدي في ساعة متأخرة، مساء أول من أمس، واقتادته إلى نادي الضباط الذي تتخذه مقرا ومعتقلا لها",
   "2015-07-25", "مساء أول من أمس", L("نادي الضباط", "Officers' Club, Hodeidah", "YEM")),
 E("ASSAULT", None, [P("مسلحون", "PER", None, ["المهاجمون"], "gunmen")], [houthi],
   "وكان مسلحون قاموا بمهاجمة نقطة خاصة بجماعة الحوثي المسلحة أمام قاعة نصف القمر بالحديدة منتصف، ليل أول من أمس، أعقبها اشتباكات عنيفة",
   "2015-07-25", "منتصف، ليل أول من أمس", L("قاعة نصف القمر", "Nisf al-Qamar hall, Hodeidah", "YEM")),
 E("MOBILIZE", "troops", [houthi], [], hod_deploy, location=L("حي باب مشرف", "Bab Mushrif, Hodeidah", "YEM")),
 E("MOBILIZE", "troops", [houthi], [], hod_deploy, location=L("حي المطراق", "al-Matraq, Hodeidah", "YEM")),
 E("ASSAULT", "heavy-weapons", [houthi, saleh], [], taiz_shell, location=mashraa),
 E("ASSAULT", "heavy-weapons", [houthi, saleh], [], taiz_shell, location=hadnan),
 E("ASSAULT", "heavy-weapons", [houthi, saleh], [P("مدنيين", "PER", "YEM", [], "civilians")],
   "وقامت بالقصف بشكل عشوائي على أحياء متفرقة في حي الروضة، ما أدى إلى مقتل مدنيين",
   location=L("حي الروضة", "al-Rawdah, Taiz", "YEM")),
 E("ASSAULT", None, [houthi, resist], [],
   "في حين اندلعت اشتباكات عنيفة بين المسلحين الحوثيين والمقاومة الشعبية المؤيدة لشرعية الرئيس هادي",
   location=L("مدينة تعز", "Taiz", "YEM")),
 E("ASSAULT", None, [resist, houthi, P("القوات الموالية لهم", "ORG", "YEM", [], "Saleh loyalist forces")], [], sabir_clash, location=mashraa),
 E("ASSAULT", None, [resist, houthi, P("القوات الموالية لهم", "ORG", "YEM", [], "Saleh loyalist forces")], [], sabir_clash, location=hadnan),
 E("ASSAULT", None, [resist], [houthi],
   "في محاولة منها استعادة عدد من المواقع الاستراتيجية في جبل صبر بعد استيلاء المقاومة الشعبية عليها",
   None, "خلال الأيام الماضية", L("جبل صبر", "Jabal Sabir, Taiz", "YEM")),
 E("RETREAT", "withdraw", [resist], [],
   "ونفى المسلمي ما يقال من أن المقاومة انسحبت من بعض المواقع بسبب نفاد الذخيرة", status="denied"),
 E("ASSAULT", None, [resist], [],
   "وقامت بتطهير شارع الأربعين وتقدمت في بعض الأحياء في تعز",
   location=L("شارع الأربعين", "Arbaeen Street, Taiz", "YEM")),
])

# --- Obama urges Britain to stay in the EU (alriyadh, Sat 25 Jul) ---------------------------------
obama = P("باراك أوباما", "PER", "USA", ["أوباما", "اوباما", "الرئيس الأميركي"], "Barack Obama")
A["snn-2015-07-25-894"] = ("2015-07-25", [
 E("REQUEST", None, [obama], [P("بريطانيا", "GPE", "GBR", ["المملكة المتحدة"], "United Kingdom")],
   "حث الرئيس الأميركي باراك أوباما بريطانيا على البقاء في الاتحاد الاوروبي", "2015-07-23", "الخميس"),
 E("SUPPORT", None, [obama], [P("الاتحاد الاوروبي", "ORG", None, [], "European Union")],
   "وذهب اوباما الى حد وصف الاتحاد الاوروبي بانه \"حجر الزاوية للمؤسسات التي بنيت بعد الحرب العالمية الثانية\"",
   "2015-07-23", "الخميس"),
])

# --- Turkey strikes ISIS in Syria, arrests in 17 provinces (aawsat, Sat 25 Jul) --------------------
tk_air2 = P("الطائرات التركية", "ORG", "TUR", ["سلاح الجو التركي", "الطائرات الحربية التركية"], "Turkish Air Force")
isis2 = P("تنظيم داعش", "ORG", None, ["داعش", "تنظيم الدولة"], "Islamic State")
pkk2 = P("حزب العمال الكردستاني", "ORG", "TUR", ["بي كي كي"], "Kurdistan Workers' Party (PKK)")
davutoglu = P("أحمد داود أوغلو", "PER", "TUR", ["داود أوغلو", "رئيس الوزراء التركي"], "Ahmet Davutoglu")
erdogan = P("رجب طيب إردوغان", "PER", "TUR", ["إردوغان", "الرئيس التركي"], "Recep Tayyip Erdogan")
tk_pol = P("الفرق التابعة لمديريات الأمن العام في الولايات التركية", "ORG", "TUR", ["السلطات التركية"], "Turkish provincial police")
sweep = ("وقامت الفرق التابعة لمديريات الأمن العام في الولايات التركية، بحملات أمنية متزامنة ضد تنظيمي داعش، و«بي كي كي»، "
         "وعدد من التنظيمات اليسارية، في 16 ولاية هي إسطنبول، وكونيا، وأنقرة، وإزمير، وشانلي أورفة، وبورصا، وأنطاليا، "
         "وكوجايلي، وأديامان، وإلازيغ، وبيتليس، وأضنة، ومرسين، وبينغول، وموش، باتمان وشيرناق، حيث ألقت القبض على 297 شخصا")
provinces = [("إسطنبول", "Istanbul"), ("كونيا", "Konya"), ("أنقرة", "Ankara"), ("إزمير", "Izmir"),
             ("شانلي أورفة", "Şanlıurfa"), ("بورصا", "Bursa"), ("أنطاليا", "Antalya"), ("كوجايلي", "Kocaeli"),
             ("أديامان", "Adıyaman"), ("إلازيغ", "Elazığ"), ("بيتليس", "Bitlis"), ("أضنة", "Adana"), ("مرسين", "Mersin"),
             ("بينغول", "Bingöl"), ("موش", "Muş"), ("باتمان", "Batman"), ("شيرناق", "Şırnak")]
A["snn-2015-07-25-116"] = ("2015-07-25", [
 E("ASSAULT", "aerial", [tk_air2], [isis2],
   "واستهدفت طائرات تركية من طراز إف 16 فجر أمس (الجمعة)، ثلاثة مواقع لتنظيم داعش داخل الأراضي السورية",
   "2015-07-24", "فجر أمس (الجمعة)", L("الأراضي السورية", "Syria", "SYR")),
 E("ACCUSE", "allege", [P("تركيا", "GPE", "TUR", [], "Turkey")], [pkk2],
   "تنظيم «حزب العمال الكردستاني» المحظور الذي تتهمه بالضلوع في هجمات استهدفت قواتها في الأراضي التركية بعد التفجير"),
 E("ASSAULT", None, [], [P("قواتها", "ORG", "TUR", [], "Turkish security forces")],
   "هجمات استهدفت قواتها في الأراضي التركية بعد التفجير",
   location=L("الأراضي التركية", "Turkey", "TUR")),
 *[E("COERCE", "arrest", [tk_pol], [P("297 شخصا", "PER", None, [], "ISIS, PKK and leftist suspects")],
     sweep, "2015-07-24", "أمس", L(ar, en, "TUR")) for ar, en in provinces],
 E("COERCE", "arrest", [P("فرق الأمن التركية", "ORG", "TUR", [], "Turkish security forces")],
   [P("خالص بايانجوك", "PER", "TUR", ["أبو حنظلة", "بايانجوك"], "Halis Bayancuk (Abu Hanzala)"),
    P("زوجة بايانجوك", "PER", "TUR", [], "Bayancuk's wife")],
   "وقبضت فرق الأمن التركية على خالص بايانجوك الملقب بـ«أبو حنظلة»، المشتبه بترؤس مجموعة تنتمي لـ«داعش» في إسطنبول"),
 E("COERCE", "restrict", [P("القضاء التركي", "ORG", "TUR", [], "Turkish judiciary")], [],
   "كما أصدر القضاء التركي أمرا بحجب بعض المواقع الإلكترونية، على خلفية اتهامها بالدعاية لتنظيم داعش"),
 E("MOBILIZE", "police", [davutoglu], [],
   "وقررت القمة الأمنية المنعقدة في العاصمة أنقرة برئاسة رئيس الوزراء أحمد داود أوغلو وعدد من رؤساء الأجهزة الأمنية في البلاد، ضرورة «تطبيق تدابير أمنية إضافة عاجلة للحفاظ على الأمن القومي التركي»",
   "2015-07-23", "أول من أمس (الخميس)", L("العاصمة أنقرة", "Ankara", "TUR")),
 E("MOBILIZE", "troops", [P("القوات المسلحة التركية", "ORG", "TUR", [], "Turkish Armed Forces")], [],
   "وقال نائب رئيس الوزراء التركي بولنت أرنج بأنّ القوات المسلحة التركية تحضر نظامًا أمنيًا صلبًا لحماية الحدود بين تركيا وسوريا",
   location=L("الحدود بين تركيا وسوريا", "Turkey–Syria border", "TUR"), status="planned"),
 E("ACCUSE", "allege", [davutoglu], [isis2],
   "وصرح داود أوغلو يوم الاثنين بأنّ من المتوقع أن يكون «داعش» مسؤولية عن الهجوم", "2015-07-20", "يوم الاثنين"),
 E("ASSAULT", "suicide-attack", [], [P("عددًا من المواطنين الأتراك", "PER", "TUR", [], "Turkish citizens")],
   "وذلك بعد تفجير انتحاري وقع مؤخرًا في مدينة سوروج الحدودية التابعة لولاية شانلي أورفا",
   None, "مؤخرًا", L("مدينة سوروج", "Suruc", "TUR")),
 E("ACCUSE", "investigate", [], [],
   "كما سيشرف المركز أيضا على عملية التحقيقات الحالية حول الانفجار الذي استهدف عددًا من المواطنين الأتراك"),
 E("CONSULT", None, [erdogan, P("باراك أوباما", "PER", "USA", ["أوباما"], "Barack Obama")], [],
   "وأشار إردوغان إلى لقائه بنظيره الأميركي باراك أوباما"),
 E("AGREE", None, [erdogan, P("باراك أوباما", "PER", "USA", ["أوباما"], "Barack Obama")], [],
   "أكدنا مع أوباما صمودنا في الحرب ضد تنظيم داعش، وتنظيم (بي كي كي) الإرهابيين"),
 E("THREATEN", None, [erdogan],
   [isis2, pkk2, P("تنظيم حزب تحرير الشعب الثوري", "ORG", "TUR", [], "DHKP-C")],
   "تنظيم داعش، وتنظيم حزب العمال الكردستاني، وتنظيم حزب تحرير الشعب الثوري كلها تنظيمات إرهابية سنتخذ كل التدابير اللازمة تجاهها",
   status="threatened"),
])

# --- Bahrain recalls its ambassador to Iran (alriyadh, Sat 25 Jul) --------------------------------
bahrain = P("مملكة البحرين", "GPE", "BHR", ["المنامة"], "Bahrain")
A["snn-2015-07-25-1006"] = ("2015-07-25", [
 E("SANCTION", "withdraw", [bahrain], [P("إيران", "GPE", "IRN", [], "Iran")],
   "استدعت مملكة البحرين سفيرها لدى إيران للتشاور"),
 E("ACCUSE", "disapprove", [bahrain], [P("المسؤولين الإيرانيين", "PER", "IRN", [], "Iranian officials")],
   "وأدانت المنامة بشدة في نبأ أوردته وكالة أنباء البحرين اليوم استمرار التصريحات العدائية من قبل المسؤولين الإيرانيين تجاه مملكة البحرين",
   "2015-07-25", "اليوم"),
])

# --- Passenger tries to set a Shenzhen Airlines plane on fire (aleqtisadiya, Mon 27 Jul) ----------
arsonist = P("رجلا", "PER", "CHN", ["رجل"], "passenger arsonist")
A["snn-2015-07-27-268"] = ("2015-07-27", [
 E("ASSAULT", "primitive", [arsonist], [P("95 راكبا وتسعة من أفراد الطاقم", "PER", "CHN", [], "passengers and crew")],
   "ووفقا لهيئة الطيران المدني الصينية فإن محاولة إشعال الحريق وقعت، في نحو الساعة الواحدة صباح الأحد، على متن طائرة تابعة لشركة \"شنتشن\"",
   "2015-07-26", "في نحو الساعة الواحدة صباح الأحد"),
 E("COERCE", "arrest", [P("ركاب وأفراد طاقم طائرة صينية", "PER", "CHN", [], "passengers and crew")], [arsonist],
   "أوقف ركاب وأفراد طاقم طائرة صينية، أمس، رجلا حاول إشعال النيران على متن إحدى الرحلات، محاولا تدميرها بمن عليها، حيث سيطر الركاب على الموقف وقاموا بتسليمه إلى الشرطة بعد أن هبط قائد الطائرة هبوطا اضطراريا في مطار جوانجتشو",
   "2015-07-26", "أمس", L("مطار جوانجتشو", "Guangzhou Baiyun International Airport", "CHN")),
])

# --- Kurdish YPG takes Sarrin from ISIS (alyaum, Mon 27 Jul) --------------------------------------
isis3 = P("تنظيم داعش الإرهابي", "ORG", None, ["التنظيم", "التنظيم الإرهابي"], "Islamic State")
sarrin = L("بلدة صرين", "Sarrin", "SYR")
A["snn-2015-07-27-1132"] = ("2015-07-27", [
 E("ASSAULT", None, [P("وحدات حماية الشعب الكردية", "ORG", "SYR", ["الأكراد"], "People's Protection Units (YPG)")], [isis3],
   "حررت وحدات حماية الشعب الكردية بلدة صرين في شمال سوريا من تنظيم داعش الإرهابي بعد عملية دامت شهرًا ضد التنظيم",
   location=sarrin),
 E("ASSAULT", "aerial", [P("التحالف", "ORG", None, [], "US-led coalition")], [isis3],
   "مشيرًا إلى أن ضربات التحالف الجوية دعمت الأكراد في هذه العملية", location=sarrin),
])


def bahah_gargash():
    """Bahah receives Gargash in Riyadh (the same agency report in two papers)."""
    bahah = P("خالد محفوظ بحاح", "PER", "YEM", ["نائب الرئيس اليمني", "نائب رئيس اليمني"], "Khaled Bahah")
    gargash = P("أنور قرقاش", "PER", "ARE", ["وزير الدولة الإماراتي للشؤون الخارجية", "المسؤول الإماراتي"], "Anwar Gargash")
    uae = P("الإمارات", "GPE", "ARE", ["دولة الإمارات"], "United Arab Emirates")
    coal = P("دول التحالف العربي", "ORG", None, [], "Saudi-led coalition states")
    hq = L("مقر الحكومة اليمنية المؤقت", "temporary Yemeni government headquarters, Riyadh", "SAU")
    return [
     E("CONSULT", "visit", [gargash], [bahah],
       "التقى نائب الرئيس اليمني رئيس مجلس الوزراء خالد محفوظ بحاح، اليوم في مقر الحكومة اليمنية المؤقت بالرياض، وزير الدولة الإماراتي للشؤون الخارجية، أنور قرقاش",
       "2015-07-25", "اليوم", hq),
     E("SUPPORT", None, [bahah], [uae, coal],
       "وأعرب نائب رئيس اليمني، عن تقدير حكومة بلاده لدور الإمارات خاصة ودول التحالف العربي عامة",
       "2015-07-25", "اليوم", hq),
     E("ASSAULT", None, [uae, coal], [P("المليشيات المتمردة", "ORG", "YEM", [], "Houthi-Saleh forces")],
       "لتحرير مدينة عدن من المليشيات المتمردة", location=L("مدينة عدن", "Aden", "YEM")),
     E("SUPPORT", None, [gargash], [P("للشعب اليمني", "PER", "YEM", [], "Yemeni people")],
       "مؤكدا استمرار دولة الإمارات في دعمها الكامل للشعب اليمني", "2015-07-25", "اليوم", hq),
    ]


# --- Bahah receives Gargash (alweeam, Sat 25 Jul; aleqtisadiya, Sat 25 Jul: same report) ---------
A["snn-2015-07-25-1178"] = ("2015-07-25", bahah_gargash())
A["snn-2015-07-25-354"] = ("2015-07-25", bahah_gargash())

# --- The White House defends Turkey's strikes on the PKK (aljazirah, Mon 27 Jul) ------------------
turkey = P("تركيا", "GPE", "TUR", ["انقرة"], "Turkey")
rhodes = P("بن رودس", "PER", "USA", ["رودس", "نائب مستشار الامن القومي"], "Ben Rhodes")
nairobi = L("نيروبي", "Nairobi", "KEN")
A["snn-2015-07-27-342"] = ("2015-07-27", [
 E("SUPPORT", None, [P("البيت الابيض", "ORG", "USA", [], "White House")], [turkey],
   "دافع البيت الابيض امس الاحد عن حق تركيا في ضرب حزب العمال الكردستاني", "2015-07-26", "امس الاحد", nairobi),
 E("SUPPORT", None, [rhodes], [turkey],
   "كما رحب رودس بالهجمات التركية على تنظيم داعش", "2015-07-26", "امس الاحد", nairobi),
 E("REQUEST", None, [rhodes], [],
   "وقال رودس «نشجع مختلف شركائنا في هذه المعركة على العمل معاً»", "2015-07-26", "امس الاحد", nairobi),
 E("ASSAULT", "aerial", [turkey], [P("حزب العمال الكردستاني", "ORG", "TUR", ["المتمردين الاكراد"], "Kurdistan Workers' Party (PKK)")],
   "بعد سلسلة من الغارات الجوية التي تهدد الهدنة الهشة المطبقة منذ 2013 بين انقرة والمتمردين الاكراد"),
 E("ASSAULT", None, [turkey], [P("تنظيم داعش", "ORG", None, [], "Islamic State")],
   "كما رحب رودس بالهجمات التركية على تنظيم داعش"),
 E("ASSAULT", "explosives", [], [P("عسكريين تركيين اثنين", "PER", "TUR", [], "Turkish soldiers")],
   "واعلنت مصادر رسمية مقتل عسكريين تركيين اثنين وجرح اربعة آخرين مساء السبت في انفجار سيارة مفخخة استهدف قافلة عسكرية في محافظة دياربكر ذات الغالبية الكردية جنوب شرق تركيا",
   "2015-07-25", "مساء السبت", L("محافظة دياربكر", "Diyarbakir", "TUR")),
 E("CONSULT", "visit", [P("باراك اوباما", "PER", "USA", ["الرئيس الاميركي"], "Barack Obama")], [P("كينيا", "GPE", "KEN", [], "Kenya")],
   "الذي يرافق الرئيس الاميركي باراك اوباما في زيارته الى كينيا", location=L("كينيا", "Kenya", "KEN")),
])

# --- Litvinenko inquiry hears a witness statement in London (aawsat, Sat 25 Jul) ----------------
kovtun = P("دميتري كوفتون", "PER", "RUS", ["كوفتون", "ديمتري كوفتون"], "Dmitry Kovtun")
A["snn-2015-07-25-146"] = ("2015-07-25", [
 E("ACCUSE", "investigate", [P("محققون بريطانيون", "PER", "GBR", ["المحققين"], "British inquiry")], [kovtun],
   "استمع محققون بريطانيون في لندن، اليوم (الجمعة)، لشهادة روى صاحبها أن رجل الأعمال الروسي دميتري كوفتون الملاحق في قضية قتل الجاسوس الروسي السابق الكسندر ليتفيننكو",
   "2015-07-24", "اليوم (الجمعة)", L("لندن", "London", "GBR")),
 E("AGREE", None, [kovtun], [P("اللجنة", "ORG", "GBR", ["لجنة التحقيق"], "Litvinenko Inquiry")],
   "ويفترض أن يرد كوفتون على أسئلة المحققين من خلال الفيديو من موسكو ابتداء من الاثنين",
   "2015-07-27", "ابتداء من الاثنين", L("موسكو", "Moscow", "RUS"), "planned"),
])

# --- Salah Batis: the coalition saved Yemen from the Iranian project (okaz, Sat 25 Jul) -----------
batis = P("صلاح باتيس", "PER", "YEM", ["باتيس"], "Salah Batis")
coal_b = P("التحالف العربي", "ORG", None, ["قوات التحالف"], "Saudi-led coalition")
putsch = P("الانقلابيين", "ORG", "YEM", [], "Houthi-Saleh forces")
plan = "أن خطة تأمين عدن كعاصمة مؤقتة يشمل تحرير أبين وتعز ولحج والضالع من الانقلابيين"
A["snn-2015-07-25-1436"] = ("2015-07-25", [
 E("ASSAULT", None, [coal_b, P("المقاومة", "ORG", "YEM", [], "Popular Resistance")], [],
   "وأشار إلى أن أمام قوات التحالف أربع مراحل، وهي التحرير والذي تم بنجاح", location=L("عدن", "Aden", "YEM")),
 *[E("ASSAULT", None, [coal_b], [putsch], plan, location=L(ar, en, "YEM"), status="planned")
   for ar, en in [("أبين", "Abyan Governorate"), ("تعز", "Taiz Governorate"), ("لحج", "Lahij Governorate"),
                  ("الضالع", "Al Dhale Governorate")]],
 E("ACCUSE", "allege", [batis],
   [P("الحوثي", "ORG", "YEM", [], "Houthis"), P("علي عبدالله صالح", "PER", "YEM", ["الرئيس المخلوع"], "Ali Abdullah Saleh")],
   "وأوضح أن المشروع الإيراني كان يستهدف أمن اليمن والخليج، وينفذه الحوثي بالتنسيق مع الرئيس المخلوع علي عبدالله صالح"),
 E("SUPPORT", None, [batis], [coal_b], "مؤكدا أن دور التحالف مركزي في عملية التحرير واستعادة الدولة"),
])

# --- EU sources: Mogherini to visit Riyadh and Tehran (okaz, Sat 25 Jul) -------------------------
mog = P("فيديريكا موغيريني", "PER", None, ["موغيريني", "وزيرة خارجية الاتحاد الأوروبي"], "Federica Mogherini")
A["snn-2015-07-25-1352"] = ("2015-07-25", [
 E("AGREE", None, [mog], [P("المملكة", "GPE", "SAU", [], "Saudi Arabia")],
   "إن زيارة وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني للرياض يوم الاثنين",
   "2015-07-27", "يوم الاثنين", L("الرياض", "Riyadh", "SAU"), "planned"),
 E("AGREE", None, [mog], [P("طهران", "GPE", "IRN", [], "Iran")],
   "وعلمت «عكاظ» أن موغيريني سوف تزور طهران الثلاثاء للتأكيد على ضرورة تطبيق الاتفاق النووي",
   "2015-07-28", "الثلاثاء", L("طهران", "Tehran", "IRN"), "planned"),
])

# --- Al-Shabaab kills an MP in Mogadishu (alyaum, Mon 27 Jul) -------------------------------------
A["snn-2015-07-27-1198"] = ("2015-07-27", [
 E("ASSAULT", "targeted", [P("مهاجموه", "PER", None, [], "attackers")],
   [P("عبدالله حسين محمد مارا", "PER", "SOM", ["نائب صومالي", "النائب"], "Abdullahi Hussein Mohamed Mara"),
    P("حارسيه", "PER", "SOM", [], "his guards")],
   "وكان النائب عبدالله حسين محمد مارا في احد احياء جنوب العاصمة الصومالية عندما نصب له مهاجموه مكمنا وقتلوه مع حارسيه وسائقه، ثم لاذوا بالفرار",
   "2015-07-25", "السبت", L("مقديشو", "Mogadishu", "SOM")),
 E("ACCUSE", "disapprove", [P("نيكولاس كاي", "PER", None, ["الموفد الخاص للامم المتحدة في الصومال"], "Nicholas Kay")], [],
   "وندد الموفد الخاص للامم المتحدة في الصومال نيكولاس كاي أمس بهذه الجريمة", "2015-07-26", "أمس"),
 E("THREATEN", "violence", [P("حركة الشباب", "ORG", "SOM", ["متمردو حركة الشباب الصومالية"], "al-Shabaab")],
   [P("النواب", "PER", "SOM", [], "Somali MPs")],
   "وقالت انها \"ستواصل استهداف\" النواب", status="threatened"),
 E("ACCUSE", "disapprove", [P("حسن شيخ محمود", "PER", "SOM", ["الرئيس الصومالي"], "Hassan Sheikh Mohamud")], [],
   "وأعرب الرئيس الصومالي حسن شيخ محمود عن \"استيائه\" من هذا الهجوم"),
])

# --- Hadi calls Mohammed bin Salman; MBS called King Abdullah II (aleqtisadiya, Mon 27 Jul) ------
mbs = P("محمد بن سلمان بن عبدالعزيز", "PER", "SAU", ["ولي ولي العهد"], "Mohammed bin Salman")
A["snn-2015-07-27-306"] = ("2015-07-27", [
 E("CONSULT", "phone", [P("عبد ربه منصور هادي", "PER", "YEM", ["رئيس اليمن"], "Abd Rabbuh Mansur Hadi")], [mbs],
   "تلقى الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع، اتصالاً هاتفيا أمس من الرئيس عبد ربه منصور هادي رئيس اليمن",
   "2015-07-26", "أمس"),
 E("CONSULT", "phone", [mbs], [P("عبد الله الثاني بن الحسين", "PER", "JOR", ["ملك الأردن"], "Abdullah II")],
   "أجرى الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع أمس الأول اتصالاً هاتفياً بالملك عبد الله الثاني بن الحسين ملك الأردن",
   "2015-07-25", "أمس الأول"),
])

# --- Seventh round of the Renaissance Dam talks in Khartoum (aljazirah, Sat 25 Jul) ---------------
egypt = P("مصر", "GPE", "EGY", [], "Egypt")
ethiopia = P("إثيوبيا", "GPE", "ETH", [], "Ethiopia")
sudan = P("السودان", "GPE", "SDN", ["الدولة المضيفة"], "Sudan")
khartoum = L("الخرطوم", "Khartoum", "SDN")
A["snn-2015-07-25-374"] = ("2015-07-25", [
 E("CONSULT", "visit", [egypt, ethiopia], [sudan],
   "استئناف الجلسة الختامية لمباحثات الجولة السابعة المنعقدة في الخرطوم بعد صلاة الجمعة أمس، بحضور وزراء المياه في مصر والسودان وإثيوبيا",
   "2015-07-24", "بعد صلاة الجمعة أمس", khartoum),
 E("AGREE", None, [P("أعضاء اللجنة الفنية الوطنية لسد النهضة", "ORG", None, [], "GERD national technical committee")], [sudan],
   "استجاب أعضاء اللجنة الفنية الوطنية لسد النهضة لاقتراح السودان استئناف الجلسة الختامية", location=khartoum),
 E("AGREE", None, [egypt, sudan, ethiopia], [],
   "وشهدت الجلسة الختامية أمس مراجعة وصياغة جميع النقاط العالقة بعد التوافق عليها في حضور الوزراء الثلاثة",
   "2015-07-24", "أمس", khartoum),
 E("REQUEST", None, [ethiopia], [],
   "وقد فجّرت إثيوبيا الخلاف عندما طلبت أن يعمل المكتب الهولندي مقاولاً من الباطن مع المكتب الفرنسي"),
 E("REJECT", None, [egypt, P("المكتب الهولندي", "ORG", "NLD", ["دلتارس"], "Deltares")], [ethiopia],
   "وترفض مصر مثلما يرفض المكتب الهولندي أن يعمل من الباطن"),
])

# --- Lebanon: cabinet crisis; army intelligence arrests a Syrian woman near Sidon (okaz, Sat 25 Jul)
A["snn-2015-07-25-1428"] = ("2015-07-25", [
 E("REQUEST", None, [P("عبدالمطلب حناوي", "PER", "LBN", ["الوزير"], "Abdulmuttalib Hennawi")], [],
   "قائلا: لاختصار الزمان والمكان والفرص، وانتخاب رئيس توافقي، وما أكثرهم", "2015-07-24", "أمس"),
 E("ACCUSE", "disapprove", [P("أليس شبطيني", "PER", "LBN", ["الوزيرة", "شبطيني"], "Alice Shabtini")],
   [P("الفريق الآخر", "ORG", "LBN", [], "rival political camp")],
   "فيما أشارت الوزيرة أليس شبطيني من السراي الحكومي شبطيني بعد لقائها الرئيس سلام إلى أن الفريق الآخر يلجأ إلى استخدام عبارة الشراكة",
   location=L("السراي الحكومي", "Grand Serail, Beirut", "LBN")),
 E("COERCE", "arrest", [P("مخابرات الجيش اللبناني", "ORG", "LBN", [], "Lebanese Army Intelligence")],
   [P("ميسم منير نحلاوي", "PER", "SYR", [], "Maysam Munir Nahlawi")],
   "أوقفت مخابرات الجيش اللبناني أمس السورية ميسم منير نحلاوي في محلة داوود العلي قرب مدينة صيدا",
   "2015-07-24", "أمس", L("محلة داوود العلي", "Daoud al-Ali, near Sidon", "LBN")),
 E("COERCE", "arrest", [], [P("بسام منير نحلاوي", "PER", "SYR", ["نحلاوي"], "Bassam Munir Nahlawi")],
   "وهي شقيقة السوري بسام منير نحلاوي الذي كان أوقف سابقا بعد الاشتباه به أمنيا", None, "سابقا"),
])

# --- Coalition strikes near Ramadi, Tuz Khurmatu and Ain al-Arab (alriyadh, Mon 27 Jul) ----------
coal_i = P("قوات التحالف الدولي", "ORG", None, ["التحالف"], "US-led coalition")
isis4 = P("تنظيم داعش الإرهابي", "ORG", None, ["التنظيم"], "Islamic State")
A["snn-2015-07-27-766"] = ("2015-07-27", [
 E("ASSAULT", "aerial", [coal_i], [isis4],
   "إن خمس غارات قرب الرمادي قصفت وحدات تكتيكية ودبابات وناقلة جنود مدرعة تابعة للتنظيم",
   "2015-07-26", "أمس", L("الرمادي", "Ramadi", "IRQ")),
 E("ASSAULT", "aerial", [coal_i], [isis4],
   "فضلا عن قصف أربع غارات لمراكز تجمع تابعة لتنظيم داعش الإرهابي قرب طوز خورماتو",
   "2015-07-26", "أمس", L("طوز خورماتو", "Tuz Khurmatu", "IRQ")),
 E("ASSAULT", "aerial", [coal_i], [isis4],
   "وأضاف البيان أن التحالف شن أيضا 13 غارة جوية في سوريا تركزت خمس منها قرب عين العرب",
   location=L("عين العرب", "Kobani (Ayn al-Arab)", "SYR")),
])


check_selection(A, n=20, parity=0, days=("2015-07-25", "2015-07-27"))
check_new_ids(A, *other_golds("events-extra14.jsonl"))
write_gold(A, "events-extra14.jsonl")
