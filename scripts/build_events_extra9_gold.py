"""Write eval/events-extra9.jsonl: a ninth hand-annotated event gold (issue 5 gold form), meant as an
UNTOUCHED HELD-OUT set: 20 SaudiNewsNet articles of Saturday 8 and Sunday 9 August 2015 (files 2015-08-08
and -09), ODD ids only (an events-extra8 set drawn from the same days takes the even ones), kept as
ids + events only (the article text is CC BY-NC-SA and is not shipped; `marsad eval events` joins it
from ../shared/data/news/saudinewsnet). Nobody is to tune on it.

Selection rule (reproducible, not by taste): the odd ids of both days (2015-08-08 first, each day in
id order) are shuffled with ``random.Random(9).shuffle`` and walked in that order; ids in the dev gold,
in ../shared/data/events-dev/dedup-dev.json or in another event gold are skipped. The first 18 news
reports in Arabic whose subject is politics, diplomacy, security, armed conflict, terrorism, protests
or arrests are kept, with at most three articles reacting to the same incident (the Asir mosque
bombing of 6 Aug: 661, 729 and 1315 kept, later ones such as 08-08-499 and 08-08-1261 skipped); then
the first two ordinary local (Saudi) news reports of the walk are kept as false-positive checks (the
stock market close 09-541 and the funeral notice 09-31). Skipped on the way as not news reports or
not political/security: opinion columns and features (09-227, 08-913, 08-537, 09-1195, 08-419, 08-793,
09-823, the AFP feature 09-1083 ...), an interview (08-509), sport, economy, culture, weather, a
Suez-canal economy piece (08-205, not local), the Greek bailout talks (08-1175, economy), a customs
drug seizure without an arrest (09-581) and a refugee milk programme (08-1211). The result
mixes protests and demands in Iraq, a hostage siege in Mali, a Taliban attack, Yemen (arrests of
Saleh's officers, an IED killing, Aden and Dhale), the Houthi travel ban on journalists, Lavrov on
Assad, UNHCR's and Frontex's appeals and arrests in Palermo, the Syrian opposition on resolution 2235,
Lebanese politics, the Duma arson, the Srebrenica commemoration, three condemnations of the Asir
bombing, a domestic shooting and arrest, Saudi terrorism arrests and the regularisation of Yemenis.

Annotated by hand from the Arabic text only, following ../shared/docs/event-annotation-guidelines.md
and the conventions of the dev gold and of scripts/build_events_extra6_gold.py / _extra7_gold.py,
WITHOUT running marsad (CLI, pipeline or eval) on these articles or looking at any system output for
them; the script checks every evidence string and participant surface against the article (via
gold_form.write_gold) and that no id is in the dev gold, the dedup-dev ids or another event gold.
Quotes are not annotated (``"quotes": []``).

Judgement calls (beyond the guidelines and the extra4–extra7 calls, which are followed):
- Iraq (09-341): the Baghdad Friday protest and its demands = PROTEST + REQUEST `change` (as the
  extra gold's Baghdad article); Hilla, Nasiriyah, Karbala and Diwaniyah = one PROTEST each (Karbala
  and Diwaniyah enumerated, split), dated Friday 7 Aug from the coordinated account («وتظاهر ...
  الجمعة ... كما تظاهر») with a null date_text; the demands stated for Hilla and Nasiriyah are
  REQUESTs. Al-Safi's sermon demand keeps Karbala (as in the dev gold). Abadi's Saturday readiness for
  reforms = AGREE, his call on the blocs = REQUEST (same statement, same date); his commitment to the
  marja'iyya's directives and pledge of a reform plan = AGREE (recipient المرجعية الدينية, as in the
  dev gold). The Citizen bloc asking ministers to put their resignations at Abadi's disposal =
  REQUEST `yield`. Parliament's decision to question all ministers = ACCUSE `investigate` `planned`;
  its next session on the demands = AGREE `planned`; al-Jabouri's call on the protesters = REQUEST,
  dated by the televised speech «أمس» (the statement is the event). The cabinet's extraordinary
  meeting is intra-governmental and left out.
- Mali (09-949): the text dates the barracks attack both «في وقت سابق الجمعة» (lead) and «صباح
  السبت»; the lead's Friday is kept. Three events: the attack on the Sévaré barracks (null mode), the
  hostage-taking in the hotel (ASSAULT `abduct`, place «وسط الدولة الأفريقية» as the text gives it)
  and the army's Saturday operation that ended it (ASSAULT null; the exchange of fire is a step of
  it). The freeing of hostages by the army is not a RETREAT (no release by the captors).
- Srebrenica (09-965): «اليوم السبت» → 8 Aug (explicit weekday beats اليوم, as extra7); stones and
  shoes thrown at Vučić = ASSAULT `primitive` by «حضور», dated with the ceremony; the banner is a
  detail of the same act; anonymous «البعض» demands and the 1995 / 2007 background are left out.
- Duma (08-257): the settlers' arson «قبل اسبوع» is coded (within a month) with a null date and that
  date_text; the PA–Israel liaison over the body («على اتصال») is not a meeting or call and is left
  out; the father's death is not an event.
- Lavrov (09-313): the demand that Washington cooperate with Assad = REQUEST; Moscow's criticism =
  ACCUSE `disapprove`; «اجتماعين مع ... كيري» = one CONSULT (the guidelines' example); the standing
  position of the US, Saudi Arabia and the opposition that Assad must go is background (left out).
- Yemen (08-877): the Houthi arrest of Republican Guard officers is coded; Saleh's plot, told by
  anonymous sources and an analyst, is left out; the Guard members' refusal of Houthi orders «خلال
  الأيام الماضية» = REJECT (null date); armed confrontations «في بعض الأحيان» are habitual; the
  defection of Mohammed al-Shami has no PLOVER type and is left out; the Resistance's IED killing of
  a Houthi leader in Hodeidah = ASSAULT `explosives` with the Resistance as actor (a side reporting its
  own operation, as extra6's capture of 70 rebels, not a claim for an agentless attack).
- Journalists (08-935): same conventions as extra7's article on the same statement (ACCUSE +
  COERCE `restrict`); the call on «كافة المنظمات الدولية» = REQUEST `assist` without recipient (a
  global construct); the Houthis' referral of 13 abducted journalists to the counter-terrorism
  department = ACCUSE `investigate` (null date, «خلال الفترة الماضية»); the detentions since September,
  the human-shield cases and the reactions of unnamed «يمنيون» are left out.
- Migrants (08-77): UNHCR's calls on Greece and France, Cochetel's and Frontex's calls on the EU
  states = four REQUESTs (recipients «الدول الأعضاء في الاتحاد الأوروبي», «دول التكتل» left empty as
  regional constructs); UNHCR's statement «نشر في جنيف» is itself the request to France (place Geneva,
  as extra7's statement in Cairo). The Palermo arrests = COERCE `arrest`, the charges = ACCUSE `allege`;
  the capsizing, the rescue by Italian and Irish ships and the April wreck are left out.
- Saudi terrorism arrests (09-763): the 128 arrests over 19 days of Shawwal are one COERCE `arrest`
  (the per-day counts are statistics of one campaign, not enumerated places); the Asir bombing named
  only as a time anchor is a bare noun mention, left out.
- Asir condemnations (09-661, 08-729, 08-1315): ACCUSE `disapprove` with no recipient (no perpetrator
  named) and the bombing coded once per article, mode `explosives` (the text says تفجير), dated only
  where the article dates it («أمس الأول» on 8 Aug → 6 Aug). The Arab Parliament and its speaker's
  statement are one act. Condolences and praise of the security forces are left out.
- Dhale / Aden (09-59): the clearing of Dhale = ASSAULT null by the Popular Resistance (named in the
  article, its tags and title) against «الانقلابيين»; the expulsion from Aden by the Resistance and
  the coalition (mid-July, within a month) = ASSAULT null; police patrols are routine, left out.
- Afghanistan (09-607): the Taliban «تبنته» a claim → actor empty; mode `explosives` from the title
  («انفجار قنبلة»); «مساء السبت» → 8 Aug; place «مقاطعة خان آباد».
- Lebanon (08-575): MP Houry's wish that Salam not resign = REQUEST; his charges against Hezbollah =
  ACCUSE `allege`; the «حملة» against Salam and the «دعم واسع» for him are vague and left out.
- Yemeni residents (09-325): the two officers' appeals to Yemeni residents to regularise their status
  = two REQUESTs (appeals by officials, as extra6's Sudanese VP call); the inspection tour and the
  meeting with Yemenis are intra-governmental / private persons, left out.
- Maysan (09-1231): the shooting = ASSAULT `firearms`; the arrest shortly after «الحادثة أمس الأول»
  gets the same date.
- Syrian coalition (09-841): the welcome of resolution 2235 = SUPPORT of the Security Council, the
  resolution «الصادر أول من أمس» = ACCUSE `investigate` on 7 Aug, al-Meslet's charge against the
  regime = ACCUSE `allege` and his call on the Council members = REQUEST; «وأكد على ضرورة» is an opinion.

Usage: python scripts/build_events_extra9_gold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_form import E, L, P, check_new_ids, check_selection, other_golds, write_gold  # noqa: E402

A = {}

# --- Iraq: Friday protests, Abadi, the Citizen bloc, parliament (aljazirah, Sun 9 Aug) ----------
abadi = P("حيدر العبادي", "PER", "IRQ", ["رئيس مجلس الوزراء العراقي", "العبادي"], "Haider al-Abadi")
tahrir = L("ساحة التحرير", "Tahrir Square, Baghdad", "IRQ")
protesters = P("الآلاف من المواطنين", "PER", "IRQ", ["الآلاف من الناشطين والمواطنين"], "Iraqi protesters")
jabouri = P("سليم الجبوري", "PER", "IRQ", ["رئيس مجلس النواب"], "Salim al-Jabouri")
parliament = P("البرلمان العراقي", "ORG", "IRQ", ["مجلس النواب"], "Council of Representatives of Iraq")
ev_kd = "كما خرج المئات في كربلاء والديوانية رافعين المطالب ذاتها"
A["snn-2015-08-09-341"] = ("2015-08-09", [
 E("PROTEST", "demo", [protesters], [],
   "وانطلقت عصر الجمعة تظاهرات سلمية في ساحة التحرير وسط العاصمة العراقية بغداد، شارك فيها الآلاف من المواطنين",
   "2015-08-07", "عصر الجمعة", tahrir),
 E("REQUEST", "change", [protesters], [],
   "وطالبوا بتوفير الخدمات الأساسية ومعالجة مشكلة انقطاع التيار الكهربائي المستمرة منذ نحو 24 عامًا، والقضاء على الفساد المالي والإداري المستشري في مفاصل الحكومة العراقية، ومحاسبة المسؤولين والفاسدين",
   "2015-08-07", None, tahrir),
 E("PROTEST", "demo", [P("مئات آخرون", "PER", "IRQ", ["المحتجون"], "Hilla protesters")], [],
   "كما تظاهر مئات آخرون أمام مبنى مجلس محافظة بابل وسط مدينة الحلة احتجاجًا على سوء الخدمات",
   "2015-08-07", None, L("مدينة الحلة", "Hillah", "IRQ")),
 E("REQUEST", "change", [P("المحتجون", "PER", "IRQ", ["مئات آخرون"], "Hilla protesters")],
   [P("الحكومة المحلية والمركزية", "ORG", "IRQ", [], "Babil and central governments")],
   "وطالب المحتجون الحكومة المحلية والمركزية بإجراء إصلاحات",
   "2015-08-07", None, L("مدينة الحلة", "Hillah", "IRQ")),
 E("PROTEST", "demo", [P("المتظاهرون", "PER", "IRQ", [], "Nasiriyah protesters")], [],
   "تجمع المتظاهرون في ساحة الحبوبي وسط مدينة الناصرية",
   "2015-08-07", None, L("ساحة الحبوبي", "al-Habboubi Square, Nasiriyah", "IRQ")),
 E("REQUEST", "change", [P("المتظاهرون", "PER", "IRQ", [], "Nasiriyah protesters")], [],
   "وطالبوا بمحاسبة الفاسدين وإقالة مدير كهرباء ذي قار وحل مجلس النواب",
   "2015-08-07", None, L("ساحة الحبوبي", "al-Habboubi Square, Nasiriyah", "IRQ")),
 E("PROTEST", "demo", [P("المئات", "PER", "IRQ", [], "Iraqi protesters")], [], ev_kd,
   "2015-08-07", None, L("كربلاء", "Karbala", "IRQ")),
 E("PROTEST", "demo", [P("المئات", "PER", "IRQ", [], "Iraqi protesters")], [], ev_kd,
   "2015-08-07", None, L("الديوانية", "Diwaniyah", "IRQ")),
 E("AGREE", None, [abadi], [],
   "وكان رئيس مجلس الوزراء العراقي حيدر العبادي قد أكَّد السبت، الاستعداد لاتخاذ إصلاحات إدارية ومالية عاجلة وقريبة",
   "2015-08-08", "السبت", None),
 E("REQUEST", None, [abadi], [P("الكتل السياسية", "ORG", "IRQ", [], "Iraqi political blocs")],
   "ودعا الكتل السياسية إلى شحذ الهمم في الفترة الحالية",
   "2015-08-08", None, None),
 E("REQUEST", "yield", [P("كتلة المواطن", "ORG", "IRQ", [], "Citizen Coalition")],
   [P("وزراء الحكومة", "PER", "IRQ", [], "Iraqi cabinet ministers")],
   "فيما دعت كتلة المواطن السبت وزراءها وبقية وزراء الحكومة إلى وضع استقالاتهم بيد رئيس مجلس الوزراء حيدر العبادي",
   "2015-08-08", "السبت", None),
 E("REQUEST", "change", [P("أحمد الصافي", "PER", "IRQ", ["ممثل المرجعية الدينية في كربلاء"], "Ahmed al-Safi")], [abadi],
   "وكما طالب ممثل المرجعية الدينية في كربلاء أحمد الصافي الجمعة حيدر العبادي بأن يكون أكثر «جرأة وشجاعة» بمكافحة «الفساد المالي والإداري»",
   "2015-08-07", "الجمعة", L("كربلاء", "Karbala", "IRQ")),
 E("AGREE", None, [abadi], [P("المرجعية الدينية", "ORG", "IRQ", [], "Shia religious authority (marja'iyya)")],
   "وأعلن العبادي التزامه بتوجيهات المرجعية الدينية الداعية إلى محاربة الفساد الإداري، فيما تعهد بالإعلان عن خطة شاملة للإصلاح والعمل على تنفيذها"),
 E("ACCUSE", "investigate", [parliament], [P("الوزراء في الحكومة", "PER", "IRQ", [], "Iraqi cabinet ministers")],
   "أن البرلمان العراقي قرر الشروع في استجواب كافة الوزراء في الحكومة الذين يطالب المتظاهرون باستجوابهم",
   None, None, None, "planned"),
 E("REQUEST", None, [jabouri], [P("المتظاهرين", "PER", "IRQ", [], "Iraqi protesters")],
   "داعيًا المتظاهرين إلى «ممارسة حقهم الدستوري والتعبير عن آرائهم بحرية",
   "2015-08-08", "أمس", None),
 E("AGREE", None, [parliament], [P("المتظاهرين", "PER", "IRQ", [], "Iraqi protesters")],
   "«مجلس النواب سيخصص الجلسة المقبلة للنظر بمطالب المتظاهرين",
   None, None, None, "planned"),
])

# --- Mali: hostage siege at a hotel ends in bloodshed (alweeam, Sun 9 Aug) ----------------------
mali_army = P("قوات الجيش", "ORG", "MLI", ["القوات المالية"], "Malian army")
gunmen_ml = P("مجموعة مسلحة", "ORG", None, ["مسلحون", "المهاجمين"], "gunmen")
central_mali = L("وسط الدولة الأفريقية", "central Mali", "MLI")
A["snn-2015-08-09-949"] = ("2015-08-09", [
 E("ASSAULT", None, [gunmen_ml], [P("ثكنة للجيش", "ORG", "MLI", ["قوات الجيش"], "Malian army (Sévaré barracks)")],
   "بعد هجوم على أحد المواقع العسكرية القريبة، في وقت سابق الجمعة",
   "2015-08-07", "في وقت سابق الجمعة", L("سيفاري", "Sévaré", "MLI")),
 E("ASSAULT", "abduct", [gunmen_ml], [P("عدد من الرهائن الأجانب", "PER", None, [], "foreign hostages")],
   "أزمة احتجاز عدد من الرهائن الأجانب داخل أحد الفنادق في وسط الدولة الأفريقية، من قبل مجموعة مسلحة",
   None, None, central_mali),
 E("ASSAULT", None, [mali_army], [gunmen_ml],
   "أنهت قوات الجيش في مالي السبت، أزمة احتجاز عدد من الرهائن الأجانب داخل أحد الفنادق في وسط الدولة الأفريقية، من قبل مجموعة مسلحة",
   "2015-08-08", "السبت", central_mali),
])

# --- Maysan: a man shoots his brother and is arrested (okaz, Sun 9 Aug) --------------------------
suspect = P("المتهم", "PER", "SAU", ["الجاني"], "the shooter")
A["snn-2015-08-09-1231"] = ("2015-08-09", [
 E("ASSAULT", "firearms", [suspect], [P("شقيق المتهم", "PER", "SAU", ["المصاب"], "the shooter's brother")],
   "تسبب خلاف بين شقيقين في اصابة أحدهما بعيار ناري في محافظة ميسان",
   "2015-08-07", "أمس الأول", L("محافظة ميسان", "Maysan Governorate, Makkah Region", "SAU")),
 E("COERCE", "arrest", [P("الجهات الأمنية بشرطة محافظة الطائف", "ORG", "SAU", [], "Taif police")], [suspect],
   "وتم ضبط الجاني في وقت وجيز بعد وقوع الحادثة أمس الأول",
   "2015-08-07", "أمس الأول", None),
])

# --- Srebrenica commemoration; Vučić pelted (alyaum, Sun 9 Aug) ---------------------------------
A["snn-2015-08-09-965"] = ("2015-08-09", [
 E("ASSAULT", "primitive", [P("حضور", "PER", "BIH", ["المهاجمون"], "mourners")],
   [P("الكسندر فوتشيتش", "PER", "SRB", ["رئيس الوزراء الصربي", "فوتشيتش"], "Aleksandar Vučić")],
   "أن رئيس الوزراء الصربي الكسندر فوتشيتش حضر المراسم لكنه أصيب بينما كان يلقي كلمة حين رشقه حضور بالحجارة والأحذية وأشياء أخرى",
   "2015-08-08", None, L("بوتوكاري", "Potočari", "BIH")),
])

# --- Duma arson: the father of Ali Dawabsheh dies (aleqtisadiya, Sat 8 Aug) ---------------------
A["snn-2015-08-08-257"] = ("2015-08-08", [
 E("ASSAULT", "primitive", [P("مستوطنون", "PER", "ISR", ["يهود متطرفون"], "Israeli settlers")],
   [P("علي دوابشة", "PER", "PSE", ["الطفل الفلسطيني"], "Ali Dawabsheh"),
    P("سعد دوابشة", "PER", "PSE", ["والد الطفل"], "Saad Dawabsheh")],
   "وكان الطفل الفلسطيني علي دوابشة قتل حرقا حين هاجم مستوطنون منزلين في قرية دوما واشعلوا فيهما النار",
   None, "قبل اسبوع", L("قرية دوما", "Duma", "PSE")),
])

# --- Lavrov: Washington should cooperate with Assad (aleqtisadiya, Sun 9 Aug) -------------------
lavrov = P("سيرجي لافروف", "PER", "RUS", ["وزير الخارجية الروسي", "لافروف"], "Sergey Lavrov")
usa = P("الولايات المتحدة", "GPE", "USA", [], "United States")
A["snn-2015-08-09-313"] = ("2015-08-09", [
 E("REQUEST", None, [lavrov], [usa],
   "قال وزير الخارجية الروسي سيرجي لافروف إنه يتعين ان تتعاون الولايات المتحدة مع الرئيس السوري بشار الأسد في محاربة تنظيم داعش"),
 E("ACCUSE", "disapprove", [P("موسكو", "GPE", "RUS", [], "Russia")], [usa],
   "لكن موسكو انتقدت الولايات المتحدة لعدم قيامها بالتنسيق مع سوريا حليفة روسيا"),
 E("CONSULT", None, [lavrov, P("جون كيري", "PER", "USA", ["وزير الخارجية الأمريكي"], "John Kerry")], [],
   "تحدث لافروف عن اجتماعين مع وزير الخارجية الأمريكي جون كيري"),
])

# --- Yemen: Houthis arrest Saleh's officers, IED kills a Houthi leader (alwatan, Sat 8 Aug) -----
houthis = P("قوات حوثية", "ORG", "YEM", ["جماعة الحوثي"], "Houthis")
A["snn-2015-08-08-877"] = ("2015-08-08", [
 E("COERCE", "arrest", [houthis], [P("عدد من كبار ضباط الحرس الجمهوري", "PER", "YEM", [], "Republican Guard officers")],
   "أقدمت قوات حوثية على اعتقال عدد من كبار ضباط الحرس الجمهوري الموالي للمخلوع"),
 E("REJECT", None, [P("كثير من منسوبي الحرس الجمهوري", "ORG", "YEM", [], "Republican Guard members")],
   [P("عناصر التمرد الحوثي", "ORG", "YEM", [], "Houthis")],
   "وكانت خلافات مماثلة ظهرت خلال الأيام الماضية بين عناصر التمرد الحوثي وأتباع المخلوع صالح، رفض على إثرها كثير من منسوبي الحرس الجمهوري تنفيذ أوامر حوثية بالتوجه إلى أماكن المواجهات في محافظات الجنوب",
   None, "خلال الأيام الماضية", None),
 E("ASSAULT", "explosives", [P("الثوار", "ORG", "YEM", ["وحدة من الثوار", "المقاومة"], "Popular Resistance")],
   [P("إبراهيم محمد المنتصر", "PER", "YEM", ["أبوخليل", "القيادي الحوثي"], "Ibrahim Mohammed al-Muntasir")],
   "أن الثوار تمكنوا من قتل القيادي الحوثي إبراهيم محمد المنتصر، المكنى بـ\"أبوخليل\" في محافظة الحديدة، غرب اليمن، مشيرة إلى أن وحدة من الثوار استهدفت المنتصر وزرعت في طريقه عبوة ناسفة",
   None, None, L("محافظة الحديدة", "Al Hudaydah Governorate", "YEM")),
])

# --- Taif governor condemns the Asir mosque bombing (alriyadh, Sun 9 Aug) -----------------------
asir = L("منطقة عسير", "Asir Region", "SAU")
A["snn-2015-08-09-661"] = ("2015-08-09", [
 E("ACCUSE", "disapprove", [P("فهد بن عبدالعزيز بن معمر", "PER", "SAU", ["محافظ الطائف", "بن معمر"], "Fahd bin Muammar")], [],
   "استنكر محافظ الطائف فهد بن عبدالعزيز بن معمر، حادث التفجير الإرهابي الجبان الذي وقع في مسجد قوة الطوارىء بمنطقة عسير"),
 E("ASSAULT", "explosives", [], [P("المصلين الأبرياء", "PER", "SAU", [], "worshippers (Special Emergency Forces)")],
   "حادث التفجير الإرهابي الجبان الذي وقع في مسجد قوة الطوارىء بمنطقة عسير، واستهدف عدداً من المصلين الأبرياء أثناء أدائهم الصلاة",
   None, None, asir),
])

# --- Yemeni journalists' syndicate on the Houthi travel ban (alwatan, Sat 8 Aug) ---------------
houthi_m = P("ميليشيات الحوثي", "ORG", "YEM", ["الحركة المتمردة", "جماعة الحوثي"], "Houthis")
syndicate = P("نقابة الصحفيين اليمنيين", "ORG", "YEM", ["النقابة"], "Yemeni Journalists Syndicate")
A["snn-2015-08-08-935"] = ("2015-08-08", [
 E("ACCUSE", "disapprove", [syndicate], [houthi_m],
   "أدانت نقابة الصحفيين اليمنيين قرار ميليشيات الحوثي منع الصحفيين من مغادرة اليمن، وممارستها لانتهاكات غير مسبوقة بحقهم"),
 E("COERCE", "restrict", [houthi_m], [P("الصحفيين", "PER", "YEM", [], "Yemeni journalists")],
   "قرار ميليشيات الحوثي منع الصحفيين من مغادرة اليمن"),
 E("REQUEST", "assist", [syndicate], [],
   "ودعت النقابة كافة المنظمات الدولية إلى التدخل، لوقف التجاوزات المستمرة التي ترتكبها الجماعة المتمردة بحق الصحفيين"),
 E("ACCUSE", "investigate", [houthi_m], [P("13 صحفياً", "PER", "YEM", ["عبدالخالق عمران", "توفيق المنصوري"], "13 detained Yemeni journalists")],
   "وكانت الحركة المتمردة قد أقدمت خلال الفترة الماضية على خطوة غير مسبوقة في إطار التضييق على الصحفيين وتهديدهم، عندما قررت إحالة الصحفيين الذين قامت باختطافهم خلال الفترة الماضية وعددهم 13 صحفياً إلى قسم مكافحة الإرهاب في البحث الجنائي",
   None, "خلال الفترة الماضية", None),
])

# --- UNHCR on Greece and Calais, Frontex, Palermo arrests (aawsat, Sat 8 Aug) ------------------
unhcr = P("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "ORG", None,
          ["المفوضية العليا للاجئين التابعة للأمم المتحدة", "المفوضية"], "UNHCR")
libyans = P("ثلاثة ليبيين", "PER", "LBY", [], "Libyan smuggling suspects")
algerians = P("اثنين من الجزائر", "PER", "DZA", [], "Algerian smuggling suspects")
it_police = P("الشرطة الإيطالية", "ORG", "ITA", ["الشرطة"], "Italian police")
palermo = L("باليرمو", "Palermo", "ITA")
A["snn-2015-08-08-77"] = ("2015-08-08", [
 E("REQUEST", None, [unhcr], [P("اليونان", "GPE", "GRC", ["أثينا"], "Greece")],
   "طالبت المفوضية السامية للأمم المتحدة لشؤون اللاجئين اليونان أمس الجمعة بالسيطرة على «الفوضى الشاملة» في جزر في البحر المتوسط وصل إليها آلاف اللاجئين",
   "2015-08-07", "أمس الجمعة", None),
 E("REQUEST", "assist", [P("فينسنت كوشيتيل", "PER", None, ["مدير المفوضية في أوروبا"], "Vincent Cochetel")], [],
   "وقال فينسنت كوشيتيل مدير المفوضية في أوروبا بعد أن زار ثلاث جزر يونانية بأن على الدول الأعضاء في الاتحاد الأوروبي أن تقدم إسهاما أكبر في العبء الذي تتحمله اليونان"),
 E("REQUEST", "assist", [P("وكالة حماية الحدود الأوروبية", "ORG", None, ["فرونتكس"], "Frontex")], [],
   "وفي غضون ذلك ذكرت وكالة حماية الحدود الأوروبية «فرونتكس» أمس الجمعة أن عددا قياسيا من المهاجرين بلغ 49550 شخصا حاول الوصول إلى الاتحاد الأوروبي عبر اليونان الشهر الماضي، أي أكثر من الرقم الذي تم تسجيله في عام 2014 بأكمله، داعية دول التكتل إلى توفير المزيد من الموارد",
   "2015-08-07", "أمس الجمعة", None),
 E("REQUEST", None, [unhcr], [P("فرنسا", "GPE", "FRA", ["السلطات الفرنسية"], "France")],
   "وفي سياق متصل دعت المفوضية العليا للاجئين التابعة للأمم المتحدة فرنسا أمس الجمعة إلى تقديم خطة عاجلة «شاملة» لمعالجة أزمة المهاجرين في كاليه",
   "2015-08-07", "أمس الجمعة", L("جنيف", "Geneva", "CHE")),
 E("COERCE", "arrest", [it_police], [libyans, algerians],
   "ومن جانب آخر قالت الشرطة الإيطالية بأنها ألقت القبض على ثلاثة ليبيين واثنين من الجزائر أمس الجمعة في اتهامات بالقتل والاتجار بالبشر",
   "2015-08-07", "أمس الجمعة", palermo),
 E("ACCUSE", "allege", [it_police], [libyans, algerians],
   "واتهمت الشرطة الرجال بعد أن استجوبت الكثير من الناجين خلال الليل بعد وصولهم إلى باليرمو",
   None, None, palermo),
])

# --- 128 terrorism suspects arrested in 19 days (alwatan, Sun 9 Aug) ---------------------------
A["snn-2015-08-09-763"] = ("2015-08-09", [
 E("COERCE", "arrest", [P("الأجهزة الأمنية", "ORG", "SAU", [], "Saudi security services")],
   [P("128 متهما جديدا", "PER", None, [], "terrorism suspects")],
   "سبق حادثة تفجير مسجد قوات الطوارئ في عسير، 19 يوما من العمل الأمني، انتهى بضبط 128 متهما جديدا في قضايا الإرهاب وأمن الدولة",
   None, "الشهر الجاري", None),
])

# --- Dhale cleared, Aden retaken (3alyoum, Sun 9 Aug) -------------------------------------------
res_y = P("المقاومة الشعبية", "ORG", "YEM", ["قوات المقاومة الشعبية"], "Popular Resistance")
A["snn-2015-08-09-59"] = ("2015-08-09", [
 E("ASSAULT", None, [res_y], [P("الانقلابيين أتباع الحوثيين والمخلوع عفاش", "ORG", "YEM", ["الانقلابيين"], "Houthi-Saleh forces")],
   "أظهرت عدد من الصور اليوم تطهير محافظة الضالع من الانقلابيين أتباع الحوثيين والمخلوع عفاش",
   None, None, L("محافظة الضالع", "Ad Dali' Governorate", "YEM")),
 E("ASSAULT", None, [res_y, P("التحالف العربي", "ORG", None, [], "Saudi-led coalition")],
   [P("أنصار الحوثي وصالح", "ORG", "YEM", [], "Houthi-Saleh forces")],
   "بعد أن طردت قوات المقاومة الشعبية والتحالف العربي أنصار الحوثي وصالح منها",
   None, None, L("مدينة عدن", "Aden", "YEM")),
])

# --- Shura member al-Hayaza condemns the Asir bombing (alriyadh, Sat 8 Aug) ---------------------
A["snn-2015-08-08-729"] = ("2015-08-08", [
 E("ACCUSE", "disapprove", [P("محمد بن علي ال هيازع", "PER", "SAU", ["عضو مجلس الشورى", "آل هيازع"], "Mohammed Al Hayaza")], [],
   "وقال إن تفجير مسجد قوات الطوارىء بعسير عمل إجرامي دنيء"),
 E("ASSAULT", "explosives", [], [P("رجال امننا البواسل", "ORG", "SAU", [], "Special Emergency Forces")],
   "تفجير مسجد قوات الطوارىء بعسير عمل إجرامي دنيء، لم يراع حرمة بيت الله ولم يراع الدماء المسلمة المعصومة، واستهدف رجال امننا البواسل",
   None, None, L("عسير", "Asir Region", "SAU")),
])

# --- Arab Parliament condemns the Asir bombing (okaz, Sat 8 Aug) --------------------------------
A["snn-2015-08-08-1315"] = ("2015-08-08", [
 E("ACCUSE", "disapprove", [P("البرلمان العربي", "ORG", None, ["رئيس البرلمان"], "Arab Parliament")], [],
   "أدان البرلمان العربي التفجير الإرهابي الذي استهدف مسجدا لقوات الطوارئ في منطقة عسير"),
 E("ASSAULT", "explosives", [], [P("قوات الطوارئ", "ORG", "SAU", [], "Special Emergency Forces")],
   "التفجير الإرهابي الذي استهدف مسجدا لقوات الطوارئ في منطقة عسير أمس الأول وأسفر عن سقوط عدد من الشهداء والجرحى",
   "2015-08-06", "أمس الأول", asir),
])

# --- Attack kills 21 in Kunduz (alriyadh, Sun 9 Aug) --------------------------------------------
A["snn-2015-08-09-607"] = ("2015-08-09", [
 E("ASSAULT", "explosives", [], [P("21 شخصا", "PER", "AFG", [], "Afghan civilians / anti-Taliban fighters")],
   "قتل 21 شخصا على الأقل في هجوم تبنته حركة طالبان في مقاطعة ولاية قندوز المضطربة شمال أفغانستان",
   "2015-08-08", "مساء السبت", L("مقاطعة خان آباد", "Khan Abad District, Kunduz", "AFG")),
])

# --- Future Movement MP on Salam and Hezbollah (almadina, Sat 8 Aug) ----------------------------
houry = P("عمار حوري", "PER", "LBN", ["حوري"], "Ammar Houri")
A["snn-2015-08-08-575"] = ("2015-08-08", [
 E("REQUEST", None, [houry], [P("تمام سلام", "PER", "LBN", ["رئيس الحكومة", "الرئيس سلام"], "Tammam Salam")],
   "أنا شخصيًا تمنيت على رئيس الحكومة عدم الاستقالة"),
 E("ACCUSE", "allege", [houry], [P("حزب الله", "ORG", "LBN", [], "Hezbollah")],
   "واصفًا حزب الله بأنه يصر على أن يأتمر الجميع بأمره وأنه مرشد هذه الجمهورية"),
])

# --- Regularisation of Yemeni residents (aleqtisadiya, Sun 9 Aug) -------------------------------
A["snn-2015-08-09-325"] = ("2015-08-09", [
 E("REQUEST", None, [P("جمعان الغامدي", "PER", "SAU", ["مساعد مدير الأمن العام للشؤون الأمنية", "اللواء الغامدي"], "Jumaan al-Ghamdi")],
   [P("المقيمين بطريقة غير شرعية من الجالية اليمنية", "PER", "YEM", [], "Yemenis residing irregularly")],
   "داعيا المقيمين بطريقة غير شرعية من الجالية اليمنية المسارعة في تصحيح أوضاعهم"),
 E("REQUEST", None, [P("سعيد القحطاني", "PER", "SAU", ["العميد سعيد القحطاني"], "Saeed al-Qahtani")],
   [P("الأشقاء اليمنيين", "PER", "YEM", [], "Yemeni residents")],
   "ومن جهته دعا العميد سعيد القحطاني الأشقاء اليمنيين ممن تنطبق عليهم شروط الحصول على هوية زائر إلى المبادرة باستغلال الفترة المتبقية"),
])

# --- Syrian coalition welcomes resolution 2235 (alwatan, Sun 9 Aug) ----------------------------
unsc = P("مجلس الأمن الدولي", "ORG", None, [], "UN Security Council")
meslet = P("سالم المسلط", "PER", "SYR", ["الناطق الرسمي باسم الائتلاف"], "Salem al-Meslet")
A["snn-2015-08-09-841"] = ("2015-08-09", [
 E("SUPPORT", None, [P("الائتلاف الوطني لقوى الثورة والمعارضة السورية", "ORG", "SYR", ["الائتلاف"], "Syrian National Coalition")], [unsc],
   "رحب الائتلاف الوطني لقوى الثورة والمعارضة السورية بقرار مجلس الأمن الدولي"),
 E("ACCUSE", "investigate", [unsc], [],
   "بقرار مجلس الأمن الدولي، الصادر أول من أمس، والقاضي بتحديد المسؤولين عن الهجمات بالأسلحة الكيميائية ضد الشعب السوري",
   "2015-08-07", "أول من أمس", None),
 E("ACCUSE", "allege", [meslet], [P("نظام الأسد", "ORG", "SYR", ["النظام"], "Syrian government")],
   "إنه رغم الدلائل المتعددة التي لم تعد تحتمل الشك حول مسؤولية نظام الأسد عن التخطيط لتلك الهجمات وتنفيذها"),
 E("REQUEST", None, [meslet], [P("الدول الأعضاء في مجلس الأمن", "ORG", None, ["مجلس الأمن"], "UN Security Council members")],
   "فإننا ندعو في الائتلاف الدول الأعضاء في مجلس الأمن إلى تفعيل القرار ورفده بصيغ واضحة وملزمة من آليات المحاسبة"),
])

# --- Ordinary: Saudi stock market close (alriyadh, Sun 9 Aug) -----------------------------------
A["snn-2015-08-09-541"] = ("2015-08-09", [])

# --- Ordinary: funeral prayer for the broadcaster Saud al-Dosari (3alyoum, Sun 9 Aug) ----------
A["snn-2015-08-09-31"] = ("2015-08-09", [])


check_selection(A, n=20, parity=1)
check_new_ids(A, *other_golds("events-extra9.jsonl"))
write_gold(A, "events-extra9.jsonl")
