"""Write eval/events-extra10.jsonl: a tenth hand-annotated event gold (issue 5 gold form), meant as TUNING
data for the event / date / place coder: 25 SaudiNewsNet articles of Saturday 8 and Sunday 9 August 2015
(files 2015-08-08 and -09) whose id number is EVEN (events-extra11.jsonl, written at the same time by a
colleague, takes odd ids of the same days), none of them in the dev gold, its dedup clusters
(../shared/data/events-dev/dedup-dev.json), another events-extra*.jsonl or the seed gold; kept as ids +
events only (the article text is CC BY-NC-SA and is not shipped; `marsad eval events` joins it from
../shared/data/news/saudinewsnet). The set mixes diplomacy (al-Jubeir's planned Moscow visit, the Doha
trilateral, al-Bashir and al-Sisi at the Suez canal, the Arab Peace Initiative committee, a Kuwaiti relief
delegation in Riyadh), condemnations of the Asir mosque bombing, statements and demands (Guantanamo, the
Croatian hostage's father, Abadi's reforms, Iran's travel advice), arrests (Taif, Aqaba, an Asir suspect),
protests (Kurds in Brussels, Palestinian prisoners), security deployments in Egypt, ISIS in al-Qaryatayn,
the Kabul attacks, fighting in Taiz and Hodeidah, a Houthi threat in Ibb, aid flights to Aden and Tirana,
with two ordinary articles without codable events (a road accident in Turkey, a sea search off Qatif).
Articles whose lead event is the lead event of a held-out article (events-extra9: the Mali hotel siege,
the Duma father's death, the Dhale clearing, the Iraqi Friday protests) were not chosen.

Annotated by hand from the Arabic text only, following ../shared/docs/event-annotation-guidelines.md and
the conventions of the dev gold (events-dev.jsonl, the authority where colleagues' sets differ) and of
scripts/build_events_extra7_gold.py … build_events_extra9_gold.py, WITHOUT running marsad (CLI, pipeline
or eval) on these articles or looking at any system output for them; the script checks every evidence
string and participant surface against the article (via gold_form.write_gold) and that no id is in the
other event golds or the dev dedup clusters. Quotes are not annotated (``"quotes": []``).

Judgement calls (beyond the guidelines and the extra4–extra9 calls, which are followed):
- Enumerated aggregates are split per place at the TOP level, as in the dev gold (coalition strikes per
  governorate in snn-2015-08-08-305), not per city of a later breakdown (extra8 did the opposite): the
  battles «في عدد من الجبهات بمحافظة تعز والحديدة» = one ASSAULT for Taiz governorate and one for
  Hodeidah; the Taiz fronts named next (جبل صبر، الضباب، النقطة الرابع، شارع الأربعين) are its breakdown
  and not coded; the Resistance attack in Hodeidah city «اليوم», introduced by «من جهة أخرى» with its own
  toll, is a separate event. Turkish strikes «في شمال العراق، وبعض مواقع تنظيم داعش في شمال سوريا» =
  two events; Sinai operations «في عدد من مدن سيناء من بينها الشيخ زويد ورفح و العريش» = one COERCE
  `seize` per town (as the dev gold's North Sinai article); ISIS's capture of «بلدات الحدث وحوارين
  ومهين» = three; the disobedience in «سجون الجنوب ... (نفحة، ريمون، النقب، إيشل)» = one PROTEST per prison.
- Location: only places the text gives for the event, the finest one given (the Camp Integrity base and
  the police academy in Kabul, the Ağrı province for the pipeline, the Tirana and Aden airports, the
  Wichita campus); a destination is not the place («في طريقها للحوثيين في صنعاء»: none); a verbal act
  takes the place of the meeting where it was made (al-Houthi's threat at the Yarim meeting); a
  nationwide deployment «في كافة المحافظات المصرية» has no place.
- Dates: «ليل الخميس الجمعة» on Sunday = Thursday 6 Aug; an explicit weekday beats «أمس» («يوم أمس
  الأربعاء» on Saturday 8 Aug → 5 Aug); «الخميس الماضي» on Saturday → 6 Aug; «بعد غد» on Sunday → 11 Aug;
  «يوم الجمعة 22 شوال» → 7 Aug; a text that dates the Asir bombing «أمس» on 8 Aug gets 7 Aug (resolved
  against the publication date, as written); statements in one dated report (the Security Council
  statement and its demand, Abadi's Sunday statement and its demands) share its date with a null
  date_text; an arrest made «في فترة وجيزة» after a dated shooting gets its date (as extra9's Maysan).
- Roles: claims (the Taliban for the Kabul police academy, ISIS for Asir) and attributions by media or
  unnamed people («نسبت وسائل اعلام تركية», «المتهم بالوقوف خلف») leave the actor empty; the kidnapping
  of Tomislav Salopek, asserted by the article as the Sinai branch's («من قبل تنظيم انصار بيت المقدس»),
  has it as actor; the Taiz and Hodeidah battles «بين الجانبين» have all sides as actors.
- Types: the Asir bombing is `explosives` where the text says تفجير (the Islah article only in its tags,
  taken as in extra9's title call), `suicide-attack` where it says انتحاري; the Kabul truck bomb =
  `explosives`; a bus attack by «مسلحون» without weapon = null; pipeline «تخريب» = null; THREATEN takes
  mode `violence` (dev gold). Abadi's reforms «ردا على احتجاجات» = CONCEDE; his order to open corruption
  files = ACCUSE `investigate` `planned`; his demands on the cabinet and parliament (one sentence) and on
  the judiciary = two REQUESTs. The US reaffirmed resolve to close Guantanamo in reply to the OAS = AGREE
  (unconditional intent) with the OAS as recipient; the OAS human-rights section's call = REQUEST.
  Iran's halt of trains to Turkey = COERCE `restrict`; its advice to citizens and truck drivers = two
  REQUESTs. A joint press conference «مع نظيره الإيطالي في روما» = CONSULT `visit` (as the dev gold's
  al-Jubeir in Rome); the Kuwaiti relief delegation received by al-Rabeeah = CONSULT `visit`;
  al-Bashir meeting al-Sisi at the canal celebration = CONSULT `visit` (no place named) and their
  agreement, told twice, one AGREE; the committee's «اتفقنا أن تبدأ الأردن المشاورات» = AGREE with the
  committee and Jordan as actors. Prisoners barring the intelligence officer and refusing to talk to him
  = REJECT and REJECT `meet`. Police who «طوقت ... الموقع وبدأت تحقيقاتها» = COERCE `restrict` + ACCUSE
  `investigate` (as the dev gold's Fayoum cordon). The search for the Jordanian drug smugglers = one
  COERCE `arrest` (the drug seizure is part of it).
- Left out: intra-group meetings and agreements (al-Houthi with his leaders at Yarim, Houthi officers'
  contacts with defectors), the Croatian ministry's «تفعلان ما بوسعهما» and its minister being «على
  اتصال» with Shoukry (liaison, as extra9), congratulations, the Kuwaiti and Saudi centres' «تطلع»
  (expectation), al-Bashir's instructions to his own agencies, the Houthi destruction of Aden airport
  (undated background), Palmyra (May), Father Mourad (May) and the Hasakah Assyrians (April), ISIS's jizya
  in Raqqa (habitual), unconfirmed executions, the «mutual retaliation» sentence whose parts are coded,
  the generic «الجيش يتقدم في جميع الجبهات» and the fronts of Marib (states, not acts), Afghans'
  appeal for blood donations (private persons) and the transfer of Guantanamo detainees «منذ مارس».
- No codable event: nine Syrian refugees killed in a minibus crash in Balıkesir, and the Border Guard's
  search for a missing boat off Qatif (a routine search; notifying neighbouring coast guards is procedure).

Usage: python scripts/build_events_extra10_gold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_form import E, L, P, check_new_ids, check_selection, other_golds, write_gold  # noqa: E402

A = {}

# --- Yemen's Islah party condemns the Asir mosque bombing (3alyoum, Sat 8 Aug) -------------------
islah = P("حزب الإصلاح اليمني", "ORG", "YEM", ["الحزب"], "Al-Islah")
A["snn-2015-08-08-42"] = ("2015-08-08", [
 E("ACCUSE", "disapprove", [islah], [],
   "دان حزب الإصلاح اليمني وبأشد العبارات الحادث الإرهابي الذي استهدف مسجد قوات الطوارئ بمنطقة عسير الخميس الماضي"),
 E("SUPPORT", None, [islah], [P("المملكة العربية السعودية", "GPE", "SAU", [], "Saudi Arabia")],
   "وأعلن الحزب في بيان نشره موقعه الإلكتروني على شبكة الانترنت تضامنه مع المملكة العربية السعودية قيادة وشعبًا في مواجهتها للإرهاب"),
 E("ASSAULT", "explosives", [], [P("قوات الطوارئ", "ORG", "SAU", [], "Special Emergency Forces")],
   "الحادث الإرهابي الذي استهدف مسجد قوات الطوارئ بمنطقة عسير الخميس الماضي",
   "2015-08-06", "الخميس الماضي", L("منطقة عسير", "Asir Region", "SAU")),
])

# --- The UN Security Council condemns the Asir bombing (aljazirah, Sat 8 Aug) -------------------
unsc = P("مجلس الأمن الدولي", "ORG", None, ["أعضاء مجلس الأمن الدولي", "المجلس"], "UN Security Council")
A["snn-2015-08-08-296"] = ("2015-08-08", [
 E("ACCUSE", "disapprove", [unsc], [],
   "دان أعضاء مجلس الأمن الدولي بالأمم المتحدة في بيان صدر عن المجلس في وقت مبكر صباح أمس بأقسى العبارات التفجير الإرهابي",
   "2015-08-07", "في وقت مبكر صباح أمس"),
 E("ASSAULT", "explosives", [], [P("قوات الطوارئ الخاصة", "ORG", "SAU", [], "Special Emergency Forces")],
   "التفجير الإرهابي الذي استهدف أمس مسجد قوات الطوارئ الخاصة في منطقة عسير، وأسفر عن سقوط عدد من الشهداء وإصابة آخرين",
   "2015-08-07", "أمس", L("منطقة عسير", "Asir Region", "SAU")),
 E("REQUEST", None, [unsc], [],
   "وأضاف البيان أن على الدول الأعضاء بالأمم المتحدة أن تكفل التدابير اللازمة لمكافحة الإرهاب وأن تمتثل لالتزاماتها بالقانون الدولي",
   "2015-08-07"),
])

# --- A suspect held over the Abha mosque bombing (aawsat, Sat 8 Aug) -----------------------------
sa_sec = P("السلطات الأمنية السعودية", "ORG", "SAU", ["الجهات الأمنية"], "Saudi security authorities")
suspect = P("مشتبه به", "PER", None, ["المشتبه به"], "Asir bombing suspect")
A["snn-2015-08-08-100"] = ("2015-08-08", [
 E("COERCE", "arrest", [sa_sec], [suspect],
   "وأوضحت المصادر، أن التحقيقات الأولية قادت إلى إيقاف مشتبه به، مساء أول من أمس، في حادثة انتحاري فجر نفسه داخل مسجد في قوات الطوارئ بمدينة أبها",
   "2015-08-06", "مساء أول من أمس"),
 E("ACCUSE", "investigate", [sa_sec], [suspect],
   "مؤكدًا أن التحقيقات الأمنية تعمل على التثبت من علاقة المشتبه به بالحادثة"),
 E("ASSAULT", "suicide-attack", [], [P("12 من رجال الأمن", "PER", "SAU", ["رجال الأمن"], "Special Emergency Forces personnel")],
   "أعلنت أن انتحاريا فجر نفسه بحزام ناسف أول من أمس، داخل مسجد في مقر قوات الطوارئ الخاصة في مدينة أبها",
   "2015-08-06", "أول من أمس", L("مقر قوات الطوارئ الخاصة", "Abha, Special Emergency Forces headquarters", "SAU")),
])

# --- ISIS abducts residents of al-Qaryatayn, prepares to attack Sadad (aawsat, Sat 8 Aug) --------
isis_q = P("تنظيم داعش", "ORG", None, ["داعش", "التنظيم"], "ISIS")
ev_towns = "خصوصًا بعد سيطرة التنظيم على بلدات الحدث وحوارين ومهين"
A["snn-2015-08-08-152"] = ("2015-08-08", [
 E("ASSAULT", "abduct", [isis_q], [P("أكثر من 220 من أبناء مدينة القريتين", "PER", "SYR", ["نحو 230 مدنيًا"], "al-Qaryatayn residents")],
   "اختطف تنظيم داعش أكثر من 220 من أبناء مدينة القريتين الواقعة في محافظة حمص معظمهم من المسيحيين",
   "2015-08-06", "الخميس", L("مدينة القريتين", "al-Qaryatayn", "SYR")),
 E("ASSAULT", None, [isis_q], [P("قوات النظام", "ORG", "SYR", [], "Syrian government forces")],
   "وكان تنظيم داعش قد شن هجومًا واسعًا على بلدة القريتين (20 كم عن صدد) صباح الأربعاء الماضي",
   "2015-08-05", "صباح الأربعاء الماضي", L("بلدة القريتين", "al-Qaryatayn", "SYR")),
 E("ASSAULT", None, [isis_q], [],
   "أن تنظيم داعش يستعد لشن هجوم واسع على بلدة صدد السورية القريبة من القريتين",
   None, None, L("بلدة صدد", "Sadad", "SYR"), "planned"),
 *[E("ASSAULT", None, [isis_q], [], ev_towns, None, None, L(t, n, "SYR"))
   for t, n in [("الحدث", "al-Hadath, Homs"), ("حوارين", "Hawarin, Homs"), ("مهين", "Mahin, Homs")]],
 E("REQUEST", None, [P("الأهالي", "PER", "SYR", [], "Sadad residents"), P("رجال الدين", "PER", "SYR", [], "Sadad clergy")], [],
   "وأن هناك مناشدات من الأهالي ورجال الدين قد وجهت للتدخل الفوري"),
 E("REQUEST", None, [P("متى الخوري", "PER", "SYR", ["المطران متى الخوري", "الخوري"], "Matta al-Khoury")],
   [P("الخاطفين", "ORG", None, [], "ISIS")],
   "وناشد الخاطفين السماح لمن يرغب من السكان بالخروج من المدينة"),
])

# --- Saudi relief aid lands in Tirana (aljazirah, Sat 8 Aug) -------------------------------------
A["snn-2015-08-08-484"] = ("2015-08-08", [
 E("AID", None, [P("المملكة العربية السعودية", "GPE", "SAU", ["المملكة"], "Saudi Arabia")],
   [P("جمهورية ألبانيا", "GPE", "ALB", ["ألبانيا"], "Albania")],
   "ووصلت الطائرة السعودية الأولى إلى مطار تيرانا الدولي يوم أمس الأربعاء وهي تحمل 180 طناً من المواد الإغاثية",
   "2015-08-05", "يوم أمس الأربعاء", L("مطار تيرانا الدولي", "Tirana International Airport", "ALB")),
])

# --- The Croatian hostage's father appeals to ISIS; Pusić to go to Cairo (alriyadh, Sat 8 Aug) ---
abm = P("تنظيم انصار بيت المقدس", "ORG", None, ["محتجزيه", "الفرع المصري لتنظيم داعش"], "Ansar Bait al-Maqdis (ISIS Sinai Province)")
salopek = P("توميسلاف سالوبيك", "PER", "HRV", ["الرهينة الكرواتي", "كرواتي"], "Tomislav Salopek")
father = P("زلاتكو سالوبيك", "PER", "HRV", ["والد الرهينة الكرواتي"], "Zlatko Salopek")
A["snn-2015-08-08-752"] = ("2015-08-08", [
 E("REQUEST", None, [father], [abm],
   "ناشد والد الرهينة الكرواتي توميسلاف سالوبيك الذي هدد تنظيم داعش باعدامه، محتجزيه اطلاق سراحه"),
 E("THREATEN", "violence", [abm], [P("الحكومة المصرية", "ORG", "EGY", [], "Egyptian government"), salopek],
   "وكان تنظيم انصار بيت المقدس الفرع المصري لتنظيم داعش بث تسجيل فيديو يهدد فيه باعدام كرواتي يعمل في شركة فرنسية",
   None, None, None, "threatened"),
 E("ASSAULT", "abduct", [abm], [salopek],
   "يهدد فيه باعدام كرواتي يعمل في شركة فرنسية، خطف نهاية يوليو في احدى ضواحي القاهرة",
   "2015-07-22", "22 يوليو", L("ضواحي القاهرة", "Cairo suburbs", "EGY")),
 E("REQUEST", None, [father],
   [P("السلطات الفرنسية", "ORG", "FRA", [], "French authorities"), P("فرنسوا هولاند", "PER", "FRA", ["الرئيس فرنسوا هولاند"], "François Hollande")],
   "ودعا والد الرهينة الكرواتي ايضا السلطات الفرنسية والرئيس فرنسوا هولاند التعاون مع مصر للمساعدة على اطلاق سراح ابنه"),
 E("AGREE", None, [P("فيسنا بوسيتش", "PER", "HRV", ["وزيرة الخارجية فيسنا بوسيتش", "الوزيرة بوسيتش"], "Vesna Pusić")],
   [P("سامح شكري", "PER", "EGY", ["نظيرها المصري"], "Sameh Shoukry")],
   "ولاحقا في المساء اعلنت الوزارة في بيان ان وزيرة الخارجية فيسنا بوسيتش ستتوجه الى القاهرة",
   None, None, L("القاهرة", "Cairo", "EGY"), "planned"),
])

# --- Al-Bashir and al-Sisi agree to revive economic integration (alwatan, Sat 8 Aug) -------------
bashir = P("عمر البشير", "PER", "SDN", ["البشير", "الرئيس البشير"], "Omar al-Bashir")
sisi = P("عبدالفتاح السيسي", "PER", "EGY", ["السيسي", "الرئيس السيسي"], "Abdel Fattah el-Sisi")
A["snn-2015-08-08-938"] = ("2015-08-08", [
 E("CONSULT", "visit", [bashir], [sisi],
   "جاء ذلك في لقاء عقده رئيسا الدولتين، عمر البشير، وعبدالفتاح السيسي، على هامش مشاركة الأول في الاحتفال بافتتاح قناة السويس"),
 E("AGREE", None, [bashir, sisi], [],
   "قررت القيادة السياسية في السودان ومصر تنشيط ميثاق التكامل الاقتصادي بينهما، وزيادة الجهود الرامية لتحقيق وحدة اقتصادية متينة"),
 E("REQUEST", None, [bashir, sisi], [P("رجال الأعمال في البلدين", "PER", None, [], "Egyptian and Sudanese businessmen")],
   "وطالبا رجال الأعمال في البلدين بتعزيز هذا التوجه فورا"),
])

# --- Taif: a man shoots his brother and is arrested (alweeam, Sat 8 Aug) -------------------------
shooter = P("مواطن", "PER", "SAU", ["المتهم"], "Taif shooter")
taif = L("الطائف", "Taif", "SAU")
A["snn-2015-08-08-1032"] = ("2015-08-08", [
 E("ASSAULT", "firearms", [shooter], [P("شقيقه", "PER", "SAU", ["شقيق المتهم"], "the shooter's brother")],
   "أنه في يوم الجمعة 22 شوال، تلقت الجهات الأمنية بشرطة محافظة الطائف بلاغاً مفاده قيام شخص بإطلاق النار على شخص آخر",
   "2015-08-07", "يوم الجمعة 22 شوال", taif),
 E("COERCE", "arrest", [P("الجهات الأمنية بالطائف", "ORG", "SAU", ["الجهات الأمنية"], "Taif police")], [shooter],
   "ألقت الجهات الأمنية بالطائف القبض على مواطن أطلق النار على شقيقه",
   "2015-08-07", None, taif),
])

# --- Egypt: security alert after the canal celebrations, Sinai operations (okaz, Sat 8 Aug) -------
eg_sec = P("قوات الأمن المصرية", "ORG", "EGY", ["القوات", "قوات الأمن"], "Egyptian security forces")
militants = P("العناصر المسلحة", "PER", "EGY", ["مسلحون"], "Sinai militants")
ev_sinai = ("فيما واصلت القوات عملياتها الأمنية ضد العناصر المسلحة والبؤر الإرهابية وأوكار التكفيريين في عدد من مدن سيناء "
            "من بينها الشيخ زويد ورفح و العريش")
A["snn-2015-08-08-1214"] = ("2015-08-08", [
 E("MOBILIZE", "police", [eg_sec, P("عناصر الجيش", "ORG", "EGY", [], "Egyptian Army")], [],
   "كثفت قوات الأمن المصرية بالتعاون مع عدد من عناصر الجيش، من تواجدها بعدد من الميادين في كافة المحافظات المصرية أمس تحسبا لأي أعمال إرهابية",
   "2015-08-07", "أمس"),
 E("MOBILIZE", "police", [eg_sec], [],
   "كما كثفت القوات من تواجدها بمحيط الوزارات والمؤسسات الحكومية بالقاهرة",
   "2015-08-07", None, L("القاهرة", "Cairo", "EGY")),
 *[E("COERCE", "seize", [eg_sec], [militants], ev_sinai, None, None, L(t, n, "EGY"))
   for t, n in [("الشيخ زويد", "Sheikh Zuweid"), ("رفح", "Rafah (Egypt)"), ("العريش", "Arish")]],
 E("COERCE", "restrict", [], [],
   "وتم إغلاق عدد من الميادين، وتحويل مسارات الطرق المؤدية إليها إلى أخرى بديلة",
   None, None, L("سيناء", "Sinai", "EGY")),
 E("MOBILIZE", "police", [eg_sec], [],
   "في الوقت الذي انتشرت فيه قوات أمنية إضافية أمام عدد من المنشآت العسكرية، وشرعت القوات في إقامة ارتكازات أمنية جديدة",
   None, None, L("سيناء", "Sinai", "EGY")),
 E("COERCE", "restrict", [eg_sec], [],
   "وشددت قوات الأمن من إجراءات التفتيش على عدد من الطرق خاصة الطرق الدولية، وأقامت لجان تفتيش وفحص للأشخاص والمركبات"),
])

# --- Marib: Iranian intelligence equipment seized on its way to the Houthis (okaz, Sat 8 Aug) -----
A["snn-2015-08-08-1280"] = ("2015-08-08", [
 E("COERCE", "seize", [P("الجيش الوطني", "ORG", "YEM", ["الجيش"], "pro-Hadi army"), P("المقاومة اليمنية", "ORG", "YEM", ["المقاومة"], "Popular Resistance")],
   [P("الحوثيين", "ORG", "YEM", ["الحوثي", "جماعة الحوثي"], "Houthis")],
   "كشف محافظ مأرب الشيخ سلطان العرادة أن الجيش الوطني والمقاومة اليمنية ضبطا قاطرتين تقلان أجهزة مخابرات وتنصت وبث إيرانية الصنع كانت في طريقها للحوثيين في صنعاء"),
 E("ACCUSE", "allege", [P("سلطان العرادة", "PER", "YEM", ["محافظ مأرب", "العرادة"], "Sultan al-Arada")],
   [P("تلك الميليشيات", "ORG", "YEM", ["الحوثي"], "Houthis")],
   "التصدي للهجوم المسلح بكل أنواع الأسلحة ومعدات الدولة التي نهبتها تلك الميليشيات وتستخدمها ضد الأبرياء"),
])

# --- Arab support for Abbas; Palestinian prisoners' hunger strike and disobedience (aljazirah, Sat 8 Aug)
committee = P("لجنة متابعة مبادرة السلام العربية", "ORG", None, [], "Arab Peace Initiative committee")
abbas = P("محمود عباس", "PER", "PSE", ["رئيس دولة فلسطين محمود عباس"], "Mahmoud Abbas")
ips = P("إدارة مصلحة السجون الاسرائيلية", "ORG", "ISR", ["إدارة سجون الاحتلال"], "Israel Prison Service")
ev_dis = ("أن الأسرى الفلسطينيين في سجون الجنوب بدولة الاحتلال (نفحة، ريمون، النقب، إيشل) قد دخلوا مرحلة عصيان "
          "ضد إدارة مصلحة السجون الاسرائيلية")
south = P("الأسرى الفلسطينيين في سجون الجنوب", "PER", "PSE", [], "Palestinian prisoners")
burda = P("إيلن بوردة", "PER", "ISR", ["بوردة"], "Israeli prison intelligence officer")
leaders = P("الهيئة القيادية العليا للأسرى الفلسطينيين", "ORG", "PSE", ["الأسرى الفلسطينيين"], "prisoners' supreme leadership")
A["snn-2015-08-08-322"] = ("2015-08-08", [
 E("SUPPORT", None, [committee], [abbas],
   "أن دعم لجنة متابعة مبادرة السلام العربية لطلب رئيس دولة فلسطين محمود عباس تأمين حماية دولية لدولة فلسطين"),
 E("REQUEST", None, [abbas], [],
   "لطلب رئيس دولة فلسطين محمود عباس تأمين حماية دولية لدولة فلسطين"),
 E("AGREE", None, [committee, P("الأردن", "GPE", "JOR", [], "Jordan")], [],
   "اتفقنا أن تبدأ الأردن المشاورات مع الدول العربية الشقيقة والمجموعات الدولية لبحث إمكانية طرح مشروع قرار في مجلس الأمن"),
 E("SUPPORT", None, [P("الوزراء العرب", "PER", None, [], "Arab foreign ministers")],
   [P("المجلس المركزي الفلسطيني", "ORG", "PSE", [], "Palestinian Central Council")],
   "مشيراً إلى دعم الوزراء العرب لقرارات المجلس المركزي الفلسطيني في تحديد العلاقة الفلسطينية مع الجانب الإسرائيلي"),
 E("PROTEST", "hunger", [P("120 أسيرا فلسطينيا", "PER", "PSE", ["120 أسيراً في سجن نفحة"], "Palestinian prisoners in Nafha")],
   [P("إدارة السجن الاسرائيلي", "ORG", "ISR", [], "Nafha prison administration")],
   "واصل يوم أمس الجمعة 120 أسيرا فلسطينيا بسجن نفحة الصحراوي الاسرائيلي إضرابهم المفتوح عن الطعام",
   "2015-08-07", "يوم أمس الجمعة", L("سجن نفحة", "Nafha prison", "ISR")),
 *[E("PROTEST", None, [south], [ips], ev_dis, None, None, L(t, n, "ISR"))
   for t, n in [("نفحة", "Nafha prison"), ("ريمون", "Ramon prison"), ("النقب", "Ketziot (Negev) prison"), ("إيشل", "Eshel prison")]],
 E("REJECT", None, [leaders], [burda],
   "قررت منع دخول مسؤول استخبارات السجون -إيلن بوردة-، إلى أقسام سجون ريمون ونفحة والنقب"),
 E("REJECT", "meet", [leaders], [burda],
   "أن الأسرى الفلسطينيين قرروا رفض الجلوس والتحاور مع -بوردة-في أي خطوة قادمة"),
])

# --- Washington reaffirms it will close Guantanamo (alriyadh, Sat 8 Aug) -------------------------
us = P("الولايات المتحدة", "GPE", "USA", ["وزارة الخارجية الأميركية"], "United States")
oas = P("منظمة الدول الأميركية", "ORG", None, [], "Organization of American States")
A["snn-2015-08-08-756"] = ("2015-08-08", [
 E("AGREE", None, [us], [oas],
   "جددت الولايات المتحدة التأكيد الخميس على عزمها اتخاذ الإجراءات اللازمة من أجل إقفال سجن غوانتانامو العسكري",
   "2015-08-06", "الخميس"),
 E("REQUEST", None, [P("قسم حقوق الإنسان في منظمة الدول الأميركية", "ORG", None, [], "Inter-American Commission on Human Rights")], [us],
   "وكان قسم حقوق الإنسان في منظمة الدول الأميركية قد دعا الأربعاء الولايات المتحدة إلى إقفال السجن العسكري وإحالة المعتقلين أمام المحاكم الفدرالية",
   "2015-08-05", "الأربعاء"),
])

# --- Coalition equipment and an MSF plane reach Aden airport (aawsat, Sat 8 Aug) ------------------
A["snn-2015-08-08-66"] = ("2015-08-08", [
 E("AID", None, [P("قوات التحالف", "ORG", None, ["قوات تحالف إعادة الأمل"], "Saudi-led coalition")], [],
   "هبطت في مطار عدن الدولي أمس أربع طائرات مدنية وطبية، وأخرى تابعة لقوات التحالف تحمل معدات من عربات إطفاء وإنقاذ وأجهزة كومبيوترية تستخدم في دعم المطار نفسه",
   "2015-08-07", "أمس", L("مطار عدن الدولي", "Aden International Airport", "YEM")),
 E("AID", None, [P("منظمة أطباء بلا حدود", "ORG", None, [], "Médecins Sans Frontières")], [],
   "كما وصلت أيضًا، طائرة لمنظمة أطباء بلا حدود، على متنها طبيب وطبيبة من الجنسية الفرنسية، إضافة إلى معدات طبية، لدعم المستشفيات في عدن",
   None, None, L("عدن", "Aden", "YEM")),
])

# --- Al-Jubeir to Moscow after Doha; Rome press conference (aawsat, Sun 9 Aug) --------------------
jubeir = P("عادل الجبير", "PER", "SAU", ["وزير الخارجية السعودي", "الجبير"], "Adel al-Jubeir")
lavrov = P("سيرغي لافروف", "PER", "RUS", ["لافروف"], "Sergey Lavrov")
A["snn-2015-08-09-100"] = ("2015-08-09", [
 E("AGREE", None, [jubeir], [lavrov],
   "أن زيارة عادل الجبير وزير الخارجية السعودي المرتقبة إلى موسكو بعد غد",
   "2015-08-11", "بعد غد", L("موسكو", "Moscow", "RUS"), "planned"),
 E("CONSULT", "visit", [P("محمد بن سلمان", "PER", "SAU", ["الأمير محمد بن سلمان", "ولي ولي العهد"], "Mohammed bin Salman")],
   [P("المسؤولين الروس", "PER", "RUS", [], "Russian officials")],
   "المباحثات التي أجراها الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع السعودي مع المسؤولين الروس خلال زيارته الأخيرة إلى العاصمة الروسية",
   None, "الأخيرة", L("العاصمة الروسية", "Moscow", "RUS")),
 E("CONSULT", None, [jubeir, lavrov, P("جون كيري", "PER", "USA", [], "John Kerry")], [],
   "اللقاء الثلاثي الذي جمع وزير الخارجية السعودي بنظيره الروسي سيرغي لافروف والأميركي جون كيري في العاصمة القطرية الدوحة أخيرا",
   None, "أخيرا", L("الدوحة", "Doha", "QAT")),
 E("CONSULT", "visit", [jubeir], [P("نظيره الإيطالي", "PER", "ITA", [], "Paolo Gentiloni")],
   "وكان الجبير أكد خلال مؤتمر صحافي مع نظيره الإيطالي في روما، أمس",
   "2015-08-08", "أمس", L("روما", "Rome", "ITA")),
])

# --- Ordinary: nine Syrian refugees die in a minibus crash in Turkey (aljazirah, Sun 9 Aug) -------
A["snn-2015-08-09-358"] = ("2015-08-09", [])

# --- Ordinary: the Border Guard searches for a missing boat off Qatif (alriyadh, Sun 9 Aug) -------
A["snn-2015-08-09-638"] = ("2015-08-09", [])

# --- Kabul: Camp Integrity, a truck bomb and the police academy (aljazirah, Sun 9 Aug) -------------
A["snn-2015-08-09-360"] = ("2015-08-09", [
 E("ASSAULT", None, [P("المتمردون", "ORG", "AFG", [], "Taliban insurgents")], [P("القوات الأميركية الخاصة", "ORG", "USA", [], "US special forces")],
   "المتمردون هجوماً على معسكر كامب انتيغريتي الذي تتمركز فيه القوات الأميركية الخاصة بالقرب من كابول",
   "2015-08-07", "مساء يوم الجمعة", L("معسكر كامب انتيغريتي", "Camp Integrity, Kabul", "AFG")),
 E("ASSAULT", "explosives", [], [P("15 شخصاً", "PER", "AFG", [], "Kabul residents")],
   "دمر انفجار شاحنة مفخخة حياً سكنياً في وسط كابول وتسبب بمقتل 15 شخصاً على الأقل وجرح أكثر من 240 آخرين",
   "2015-08-06", "ليل الخميس الجمعة", L("وسط كابول", "Kabul (city centre)", "AFG")),
 E("ASSAULT", "suicide-attack", [], [P("طلاب كلية الشرطة الأفغانية", "PER", "AFG", ["طلاب"], "Afghan police cadets")],
   "ووقع تفجير انتحاري مساء الجمعة أمام مدخل أكاديمية الشرطة في كابول بينما كان أفراد الشرطة عائدين من عطلة نهاية الأسبوع",
   "2015-08-07", "مساء الجمعة", L("أكاديمية الشرطة", "Kabul Police Academy", "AFG")),
 E("ACCUSE", "disapprove", [P("أشرف غني", "PER", "AFG", ["الرئيس الأفغاني"], "Ashraf Ghani")], [],
   "في حين أدان الرئيس الأفغاني بشدة الاعتداء",
   "2015-08-07"),
])

# --- A Saudi student shot dead on a Kansas campus (alriyadh, Sun 9 Aug) ---------------------------
wichita = L("جامعة “ويتشيتا”", "Wichita State University, Kansas", "USA")
police_w = P("الشرطة", "ORG", "USA", [], "Wichita police")
A["snn-2015-08-09-540"] = ("2015-08-09", [
 E("ASSAULT", "firearms", [], [P("مبتعث سعودي", "PER", "SAU", ["الطالب"], "Saudi student")],
   "لقي مبتعث سعودي مصرعه يوم أمس السبت في مواقف مكشوفة للسيارات بحرم جامعة “ويتشيتا” بولاية كنساس الأمريكية، حيث عثرت الشرطة عليه غارقاً بدمائه وملقى بجانب سيارة إثره تلقيه رصاصات من سلاح ناري",
   "2015-08-08", "يوم أمس السبت", wichita),
 E("COERCE", "restrict", [police_w], [],
   "وطوقت الشرطة الموقع وبدأت تحقيقاتها للكشف عن حيثيات الجريمة",
   None, None, wichita),
 E("ACCUSE", "investigate", [police_w], [],
   "وطوقت الشرطة الموقع وبدأت تحقيقاتها للكشف عن حيثيات الجريمة"),
])

# --- Kurds protest Turkish air strikes in Brussels (alriyadh, Sun 9 Aug) ---------------------------
tr_army = P("الجيش التركي", "ORG", "TUR", ["الطيران التركي"], "Turkish Armed Forces")
A["snn-2015-08-09-572"] = ("2015-08-09", [
 E("PROTEST", "demo", [P("نحو مئتي شخص", "PER", None, ["المتظاهرون", "المتظاهرين"], "Kurdish protesters")], [tr_army],
   "تظاهر نحو مئتي شخص في بروكسل للتنديد بالغارات التي يشنها الجيش التركي على أعضاء حزب العمال الكردستاني",
   None, None, L("بروكسل", "Brussels", "BEL")),
 E("ASSAULT", "aerial", [tr_army], [P("حزب العمال الكردستاني", "ORG", "TUR", ["الحزب الكردي"], "Kurdistan Workers' Party (PKK)")],
   "وينفذ الطيران التركي غارات مكثفة على مواقع جبلية شمال العراق يتمركز فيها المتمردين من الحزب الكردي",
   None, None, L("شمال العراق", "northern Iraq", "IRQ")),
 E("ASSAULT", "suicide-attack", [], [P("الضحايا ال32", "PER", "TUR", [], "Suruç victims")],
   "أحيا المتظاهرون ذكرى الضحايا ال32 الذي قضوا في العملية الانتحارية في سوروتش (جنوب تركيا) في 20 يوليو",
   "2015-07-20", "في 20 يوليو", L("سوروتش", "Suruç", "TUR")),
 E("ACCUSE", "allege", [P("المتمردون", "ORG", "TUR", [], "PKK")], [P("انقرة", "GPE", "TUR", [], "Turkey")],
   "ويقول المتمردون أن ضحايا مدنيين يسقطون في الغارات التركية"),
])

# --- Taiz and Hodeidah: battles and a Resistance attack (alriyadh, Sun 9 Aug) ---------------------
houthi_t = P("ميليشيات الحوثي المتمردة", "ORG", "YEM", ["مليشيات الحوثي", "الميليشيا"], "Houthis")
saleh_t = P("عناصر الرئيس المخلوع علي عبدالله صالح", "ORG", "YEM", [], "Saleh loyalist forces")
res_t = P("المقاومة الشعبية", "ORG", "YEM", ["رجال المقاومة الشعبية"], "Popular Resistance")
ev_tz = ("بينما قتل 2 من رجال المقاومة الشعبية وأصيب 19 آخرون في المعارك العنيفة التي اندلعت بين الجانبين خلال الساعات الماضية "
         "في عدد من الجبهات بمحافظة تعز والحديدة")
A["snn-2015-08-09-604"] = ("2015-08-09", [
 E("ASSAULT", None, [houthi_t, saleh_t, res_t], [], ev_tz, None, "خلال الساعات الماضية", L("محافظة تعز", "Taiz Governorate", "YEM")),
 E("ASSAULT", None, [houthi_t, saleh_t, res_t], [], ev_tz, None, "خلال الساعات الماضية", L("الحديدة", "Al Hudaydah Governorate", "YEM")),
 E("ASSAULT", None, [res_t], [houthi_t],
   "من جهة أخرى قتل مسلحان من مليشيات الحوثي وأصيب أربعة آخرون، في هجوم شنته اليوم المقاومة الشعبية على تجمع للميليشيا بمدينة الحديدة",
   "2015-08-09", "اليوم", L("مدينة الحديدة", "Hodeidah", "YEM")),
])

# --- Al-Houthi orders the homes of Ibb's resistance blown up; Guard units refuse (alwatan, Sun 9 Aug)
A["snn-2015-08-09-828"] = ("2015-08-09", [
 E("THREATEN", "violence", [P("عبدالملك الحوثي", "PER", "YEM", ["الحوثي", "زعيم التمرد"], "Abdul-Malik al-Houthi")],
   [P("لمقاومة إب", "ORG", "YEM", [], "Ibb Popular Resistance")],
   "وأن الحوثي أوصى بتفجير منزل كل من تثبت تبعيته لمقاومة إب",
   None, None, L("مدينة يريم", "Yarim, Ibb", "YEM"), "threatened"),
 E("REJECT", None, [P("ضباط وجنود الحرس الجمهوري", "ORG", "YEM", ["عناصر الحرس"], "Republican Guard")],
   [P("قيادة التمرد الحوثي", "ORG", "YEM", [], "Houthi leadership")],
   "وأن عناصر الحرس رفضوا الانصياع لتعليمات أصدرتها قيادة التمرد الحوثي بالتوجه إلى مناطق القتال في المحافظات الجنوبية",
   None, None, L("منطقة همدان", "Hamdan, Sanaa Governorate", "YEM")),
])

# --- Aqaba: Jordanian police catch a Saudi with five million pills (alweeam, Sun 9 Aug) -----------
A["snn-2015-08-09-898"] = ("2015-08-09", [
 E("COERCE", "arrest", [P("الأجهزة الأمنية الأردنية", "ORG", "JOR", ["السلطات الأردنية"], "Jordanian security services")],
   [P("شابان سعوديان", "PER", "SAU", ["شخص سعودي الجنسية"], "Saudi smugglers")],
   "ضبطت الأجهزة الأمنية الأردنية، مساء أمس السبت، سيارة بها شابان سعوديان بحوزتهما ما يقرب من 5 ملايين حبة مخدرة بعد مطاردة مثيرة في العقبة",
   "2015-08-08", "مساء أمس السبت", L("العقبة", "Aqaba", "JOR")),
])

# --- The sixth Saudi relief plane lands in Aden; a Kuwaiti delegation in Riyadh (alyaum, Sun 9 Aug)
ksrelief = P("مركز الملك سلمان للإغاثة والأعمال الإنسانية", "ORG", "SAU", [], "King Salman Humanitarian Aid and Relief Centre")
A["snn-2015-08-09-966"] = ("2015-08-09", [
 E("AID", None, [ksrelief], [P("للشعب اليمني", "PER", "YEM", [], "Yemeni people")],
   "وصلت اليوم الطائرة الإغاثية السعودية السادسة إلى مطار عدن الدولي محملة بمواد غذائية تزن 11 طنًا",
   "2015-08-09", "اليوم", L("مطار عدن الدولي", "Aden International Airport", "YEM")),
 E("CONSULT", "visit", [P("وفد اللجنة الكويتية العليا للإغاثة", "ORG", "KWT", ["وفد اللجنة الكويتية للإغاثة", "الوفد الكويتي"], "Kuwaiti relief committee delegation")],
   [P("عبدالله بن عبدالعزيز الربيعة", "PER", "SAU", ["الدكتور الربيعة"], "Abdullah Al Rabeeah")],
   "استقبل معالي المستشار بالديوان الملكي المشرف العام على مركز الملك سلمان للإغاثة والأعمال الإنسانية الدكتور عبدالله بن عبدالعزيز الربيعة اليوم, وفد اللجنة الكويتية العليا للإغاثة, وذلك بمقر المركز في الرياض",
   "2015-08-09", "اليوم", L("الرياض", "Riyadh", "SAU")),
])

# --- Iran advises against overland travel to Turkey; attacks in eastern Turkey (alyaum, Sun 9 Aug) -
iran = P("ايران", "GPE", "IRN", ["السلطات الإيرانية", "وزارة الخارجية"], "Iran")
A["snn-2015-08-09-1086"] = ("2015-08-09", [
 E("REQUEST", None, [iran], [P("مواطنيها", "PER", "IRN", ["المواطنين"], "Iranian citizens")],
   "دعت السلطات الإيرانية مواطنيها الى عدم السفر برًا الى تركيا بعد هجوم استهدف حافلة ايرانية خلف قتيلًا في شرق تركيا"),
 E("ASSAULT", None, [P("مسلحون", "PER", None, [], "gunmen")], [P("السائق", "PER", "IRN", [], "Iranian bus driver")],
   "وكان مسلحون استهدفوا الجمعة حافلة ركاب ايرانية بين الحدود الايرانية ومدينة فان (شرق تركيا) ما أدى الى مقتل السائق",
   "2015-08-07", "الجمعة", L("بين الحدود الايرانية ومدينة فان", "Van Province (Iran border–Van road)", "TUR")),
 E("ASSAULT", "explosives", [], [P("32 ناشطًا كرديًا شابًا", "PER", "TUR", [], "Suruç victims")],
   "وفي نهاية تموز/يوليو ادى انفجار قتل فيه 32 ناشطًا كرديًا شابًا",
   None, "في نهاية تموز/يوليو"),
 E("ASSAULT", "aerial", [tr_army], [P("لحزب العمال", "ORG", "TUR", [], "Kurdistan Workers' Party (PKK)")],
   "واستهدفت غارات للجيش التركي في معظمها مواقع لحزب العمال في شمال العراق",
   None, None, L("شمال العراق", "northern Iraq", "IRQ")),
 E("ASSAULT", "aerial", [tr_army], [P("تنظيم داعش", "ORG", None, [], "ISIS")],
   "واستهدفت غارات للجيش التركي في معظمها مواقع لحزب العمال في شمال العراق، وبعض مواقع تنظيم داعش في شمال سوريا",
   None, None, L("شمال سوريا", "northern Syria", "SYR")),
 E("COERCE", "restrict", [iran], [],
   "وإزاء تصاعد العنف قررت ايران وقف رحلات القطار الى تركيا"),
 E("ASSAULT", None, [], [],
   "بعد هجومين على قطارين يربطان طهران بأنقرة"),
 E("REQUEST", None, [iran], [P("سائقي الشاحنات", "PER", "IRN", [], "Iranian truck drivers")],
   "كما طلبت ايران من سائقي الشاحنات تفادي التنقل ليلًا الى تركيا"),
 E("ASSAULT", None, [], [],
   "كذلك تعرض خط أنابيب نقل الغاز بين ايران وتركيا في ولاية آغري شرق تركيا الى تخريب في نهاية تموز/يوليو",
   None, "في نهاية تموز/يوليو", L("ولاية آغري", "Ağrı Province", "TUR")),
 E("ASSAULT", "explosives", [], [],
   "والثلاثاء استهدف انفجار خط أنابيب غاز آخر يربط أذربيجان وشرق تركيا",
   "2015-08-04", "الثلاثاء"),
])

# --- Abadi's reforms: vice-presidencies abolished, demands on cabinet and judiciary (alriyadh, Sun 9 Aug)
abadi = P("حيدر العبادي", "PER", "IRQ", ["رئيس الوزراء العراقي", "العبادي"], "Haider al-Abadi")
A["snn-2015-08-09-610"] = ("2015-08-09", [
 E("CONCEDE", None, [abadi], [],
   "اعلن رئيس الوزراء العراقي حيدر العبادي الاحد عن اصلاحات جديدة تتضمن الغاء مناصب نواب رئيس الجمهورية التي يشغل احدها رئيس الوزراء السابق نوري المالكي، ردا على احتجاجات ضد الفساد والنقص في الخدمات",
   "2015-08-09", "الاحد"),
 E("ACCUSE", "investigate", [abadi], [],
   "وفتح ملفات الفساد السابقة والحالية تحت إشراف لجنة عليا لمكافحة الفساد",
   "2015-08-09", None, None, "planned"),
 E("REQUEST", None, [abadi], [P("القضاء", "ORG", "IRQ", [], "Iraqi judiciary")],
   "ودعوة القضاء إلى اعتماد عدد من القضاة المختصين المعروفين بالنزاهة التامة للتحقيق فيها ومحاكمة الفاسدين",
   "2015-08-09"),
 E("REQUEST", None, [abadi], [P("مجلس الوزراء", "ORG", "IRQ", [], "Iraqi cabinet"), P("مجلس النواب", "ORG", "IRQ", [], "Council of Representatives of Iraq")],
   "وطالب العبادي مجلس الوزراء الموافقة على هذه القرارات ودعوة مجلس النواب إلى المصادقة عليها",
   "2015-08-09"),
])


check_selection(A, n=25, parity=0)
check_new_ids(A, *other_golds("events-extra10.jsonl"))
write_gold(A, "events-extra10.jsonl")
