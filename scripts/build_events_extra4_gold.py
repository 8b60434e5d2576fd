"""Write eval/events-extra4.jsonl: a fourth hand-annotated event gold (issue 5 gold form), meant as TUNING
data for event typing: 28 SaudiNewsNet articles of 24–27 July 2015 (files 2015-07-25, -26, -27; days not
used by the dev gold, events-extra*.jsonl, which are all 1–9 Aug), kept as ids + events only (the
article text is CC BY-NC-SA and is not shipped; `marsad eval events` joins it from
../shared/data/news/saudinewsnet). The set mixes diplomacy, security, conflict and domestic news, with
a few ordinary articles that hold 0–1 codable events (false-positive checks).

Annotated by hand following ../shared/docs/event-annotation-guidelines.md and the conventions of the
dev gold and events-extra3.jsonl, BEFORE the system's output on these articles was looked at; the
script checks every evidence string and participant surface against the article (via
gold_form.write_gold) and that no id is in the other event golds.

Judgement calls (beyond the guidelines):
- A coalition truce that is declared for a later hour («يعتزم التحالف ... تطبيقه») is CONCEDE `planned`
  (PLOVER: declarations, not implementations, of ceasefires are CONCEDE); agentless mentions of the truce
  («الهدنة الإنسانية التي تبدأ اليوم») are left out. Demanding a ceasefire = REQUEST `yield`, refusing
  one = REJECT `yield` (PLOVER: these modes are shared and `yield` covers ceasefires).
- Recalling an ambassador «للتشاور» = SANCTION `withdraw` (withdrawal of diplomats).
- The storming of al-Aqsa with assaults on worshippers is one COERCE `seize` (raid), the assault on
  worshippers being a step of the same operation; the condemnation is a separate ACCUSE `disapprove`.
- A capture of an enemy leader with no stated weapon = ASSAULT null (guideline: captures).
- Conveyed greetings and wishes of health between leaders are left out (like congratulations); a
  dinner given by a different host (the Qatari foreign minister after the Emir's reception) is a
  second CONSULT `visit`; a lunch by the same host «بهذه المناسبة» is part of the same meeting.
- Tightened security measures («تشديد التدابير الأمنية», «تعزيز اجراءات الأمن») = MOBILIZE `police`.
- Receptions of clerics and charity heads who only congratulate on Eid are left out (private persons,
  congratulations); an ambassador's farewell call on a regional governor is CONSULT `visit`.
- Relative day words in wire copy are resolved against the publication day, as the guidelines say
  («الليل قبل الماضي» on Monday 27 July → 25 July), even where the wire itself was filed a day earlier.
- An Israeli reconnaissance flight over Lebanon was not taken (no clear PLOVER type; the article was
  replaced rather than coded arbitrarily).

Usage: python scripts/build_events_extra4_gold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_form import E, L, P, check_new_ids, write_gold  # noqa: E402

A = {}

# --- OIC condemns the Maroua suicide bombing (almadina, Sat 25 Jul) ----------------------------
A["snn-2015-07-25-612"] = ("2015-07-25", [
 E("ACCUSE", "disapprove",
   [P("الأمانة العامة لمنظمة التعاون الإسلامي", "ORG", None, ["منظمة التعاون الإسلامي"], "OIC General Secretariat")], [],
   "أدانت الأمانة العامة لمنظمة التعاون الإسلامي، الهجوم الإرهابي الذي وقع الأربعاء الماضي في مدينة مروة شمالي الكاميرون"),
 E("ASSAULT", "suicide-attack", [P("انتحاريتان", "PER", None, [], "two female suicide bombers")],
   [P("(20) شخصًا", "PER", "CMR", [], "victims in Maroua")],
   "الهجوم الإرهابي الذي وقع الأربعاء الماضي في مدينة مروة شمالي الكاميرون، حيث فجرت انتحاريتان نفسيهما، مما أدى إلى مقتل (20) شخصًا",
   "2015-07-22", "الأربعاء الماضي", L("مروة", "Maroua", "CMR")),
 E("REQUEST", None, [P("إياد بن أمين مدني", "PER", None, ["الأمين العام لمنظمة التعاون الإسلامي"], "Iyad Ameen Madani")],
   [P("فرقة العمل المشتركة المتعددة الجنسيات", "ORG", None, [], "Multinational Joint Task Force")],
   "ودعا فرقة العمل المشتركة المتعددة الجنسيات في المنطقة لضرورة تكثيف جهودها في مكافحة الإرهاب"),
])

# --- Kurdistan Region condemns Turkish strikes (alriyadh, Sat 25 Jul) --------------------------
tk_planes = P("الطائرات التركية", "ORG", "TUR", [], "Turkish Air Force")
A["snn-2015-07-25-1005"] = ("2015-07-25", [
 E("ACCUSE", "disapprove", [P("قيادة إقليم كردستان العراق", "ORG", "IRQ", [], "Kurdistan Regional Government")], [tk_planes],
   "دانت قيادة إقليم كردستان العراق السبت القصف الجوي الذي شنته الطائرات التركية ضد مواقع حزب العمال الكردستاني الانفصالي في شمال العراق",
   "2015-07-25", "السبت", None),
 E("ASSAULT", "aerial", [tk_planes], [P("حزب العمال الكردستاني", "ORG", "TUR", [], "Kurdistan Workers' Party (PKK)")],
   "القصف الجوي الذي شنته الطائرات التركية ضد مواقع حزب العمال الكردستاني الانفصالي في شمال العراق",
   None, None, L("شمال العراق", "Northern Iraq", "IRQ")),
 E("ACCUSE", "disapprove", [P("برلمان إقليم كردستان", "ORG", "IRQ", [], "Kurdistan Parliament")], [tk_planes],
   "وقال برلمان إقليم كردستان في بيان \"في الوقت الذي ندين بشدة هذه الهجمات"),
 E("REQUEST", "yield", [P("برلمان إقليم كردستان", "ORG", "IRQ", [], "Kurdistan Parliament")], [tk_planes],
   "في الوقت الذي ندين بشدة هذه الهجمات نطالب بوقفها فورا"),
 E("CONSULT", "phone", [P("مسعود بازراني", "PER", "IRQ", ["رئيس إقليم كردستان"], "Masoud Barzani")],
   [P("أحمد داوود أوغلو", "PER", "TUR", ["رئيس الوزراء التركي"], "Ahmet Davutoglu")],
   "وعبر رئيس إقليم كردستان مسعود بازراني في اتصال هاتفي مع رئيس الوزراء التركي أحمد داوود أوغلو"),
])

# --- Nizar Madani in Madrid (alriyadh, Sat 25 Jul) ---------------------------------------------
A["snn-2015-07-25-988"] = ("2015-07-25", [
 E("CONSULT", "visit", [P("نزار بن عبيد مدني", "PER", "SAU", ["وزير الدولة للشؤون الخارجية"], "Nizar Madani")],
   [P("إجناثيو إبنياس روبيو", "PER", "ESP", ["وزير الدولة للشؤون الخارجية الإسباني"], "Ignacio Ybáñez Rubio")],
   "اجتمع معالي وزير الدولة للشؤون الخارجية الدكتور نزار بن عبيد مدني أمس، في إطار الزيارة الرسمية التي يقوم بها إلى مملكة إسبانيا، مع معالي وزير الدولة للشؤون الخارجية الإسباني إجناثيو إبنياس روبيو، وذلك بمقر وزارة الخارجية الإسبانية في مدريد",
   "2015-07-24", "أمس", L("مدريد", "Madrid", "ESP")),
])

# --- Nepal strike against the draft constitution (almadina, Sat 25 Jul) ------------------------
np_police = P("الشرطة", "ORG", "NPL", [], "Nepal Police")
A["snn-2015-07-25-639"] = ("2015-07-25", [
 E("PROTEST", "strike", [P("الحزب الشيوعي الماوي في نيبال", "ORG", "NPL", ["منظمو الاضراب"], "Maoist party (CPN-Maoist)")],
   [P("الحكومة", "ORG", "NPL", [], "Government of Nepal")],
   "أعلنت السلطات في نيبال أن المدارس والأسواق والشركات أغلقت أبوابها وتوقفت حركة المواصلات في مختلف أنحاء البلاد امس الجمعة بعد الدعوة إلى تنظيم إضراب احتجاجا على مسودة دستور جديد مثيرة للجدل",
   "2015-07-24", "امس الجمعة", L("نيبال", "Nepal", "NPL")),
 E("COERCE", "arrest", [np_police], [P("60 شخصا", "PER", "NPL", [], "strike enforcers")],
   "وذكرت الشرطة أنها اعتقلت 60 شخصا من العاصمة كاتماندو بتهمة محاولة فرض الإضراب",
   None, None, L("كاتماندو", "Kathmandu", "NPL")),
 E("COERCE", "arrest", [P("السلطات", "ORG", "NPL", [], "Nepalese authorities")], [P("عشرة متظاهرين", "PER", "NPL", [], "protesters")],
   "كما اعتقلت السلطات عشرة متظاهرين في منطقة ماكوانبور بوسط البلاد",
   None, None, L("ماكوانبور", "Makwanpur", "NPL")),
 E("ASSAULT", "primitive", [], [], "فيما تم احراق سيارات في بعض الأماكن"),
 E("MOBILIZE", "police", [np_police], [],
   "وقالت الشرطة إنه تم تعزيز اجراءات الأمن في مختلف أنحاء البلاد"),
])

# --- Bahrain: Iranian-trained smugglers, ambassador recalled (aawsat, Sun 26 Jul) --------------
iran = P("إيران", "GPE", "IRN", ["طهران"], "Iran")
bahrain = P("البحرين", "GPE", "BHR", ["المنامة"], "Bahrain")
A["snn-2015-07-26-119"] = ("2015-07-26", [
 E("COERCE", "arrest", [P("دوريات خفر السواحل", "ORG", "BHR", ["دوريات خَفَرِ السواحلِ"], "Bahraini Coast Guard")],
   [P("شخصين بحرينيين", "PER", "BHR", ["مهدي صباح عبد المحسن محمد", "عباس عبد الحسين عبد الله محمد"], "two Bahraini smugglers")],
   "تم تطويقُ القارب وإيقافه بعدَ مطاردته من قبل دوريات خفر السواحل، والقبض على شخصين بحرينيين كانا على متنه",
   "2015-07-15", "فجرِ يوم الأربعاء 15 يوليو 2015", None),
 E("ACCUSE", "allege", [P("وزارة الداخلية البحرينية", "ORG", "BHR", ["الوزارة"], "Bahraini Ministry of Interior")],
   [P("الحرس الثوري الإيراني", "ORG", "IRN", [], "Islamic Revolutionary Guard Corps")],
   "وأوضحت الوزارة أن الأول تلقى تدريباتٍ عسكريةً في أغسطس (آب) 2013 في إيران وخضعَ لتدريبات مكثفة على كيفية صناعة واستخدام المواد المتفجرة «سي فور»، كما درب على الغوص وطرق تنفيذ عمليات التفجير تحت سطح البحر, بالإضافة إلى الرماية باستخدام سلاح الكلاشنيكوف، وذلك بمعسكرات الحرس الثوري الإيراني تحت إشراف مدربين إيرانيين"),
 E("COERCE", "arrest", [], [P("عدد من الأشخاص", "PER", "BHR", [], "further suspects")],
   "وكشفت التحريات عن ضلوعِ عدد من الأشخاص في عملية تهريب المتفجرات، وتم تحديد هوياتهم والقبض عليهم"),
 E("SANCTION", "withdraw", [bahrain], [iran],
   "استدعت البحرين أمس سفيرها في طهران للتشاور", "2015-07-25", "أمس", None),
 E("ACCUSE", "allege", [bahrain], [iran],
   "وذلك بعد استمرار ما وصفته بالتدخلات الإيرانية المستمرة ومن مختلف المسؤولين في الشأن الداخلي البحريني لدعم التخريب وإثارة الفتنة"),
])

# --- Hadi meets Ould Cheikh, calls for truce (aawsat, Sun 26 Jul) -------------------------------
hadi = P("عبدربه منصور هادي", "PER", "YEM", ["الرئيس اليمني", "هادي"], "Abd Rabbuh Mansur Hadi")
ocheikh = P("إسماعيل ولد الشيخ", "PER", None, ["مبعوث الأمين العام للأمم المتحدة إلى اليمن", "المبعوث الأممي إلى اليمن"],
            "Ismail Ould Cheikh Ahmed")
A["snn-2015-07-26-192"] = ("2015-07-26", [
 E("REQUEST", "yield", [hadi],
   [P("الميليشيات الحوثية", "ORG", "YEM", [], "Houthis"), P("قوات صالح", "ORG", "YEM", [], "Saleh loyalist forces")],
   "دعا الرئيس اليمني عبدربه منصور هادي الميليشيات الحوثية وقوات صالح الى احترام الهدنة الإنسانية",
   "2015-07-26", "اليوم (الأحد)", None),
 E("CONSULT", "visit", [ocheikh], [hadi],
   "ودعا خلال لقائه اليوم (الأحد) مبعوث الأمين العام للأمم المتحدة إلى اليمن إسماعيل ولد الشيخ، في الرياض",
   "2015-07-26", "اليوم (الأحد)", L("الرياض", "Riyadh", "SAU")),
 E("AGREE", None, [hadi], [ocheikh],
   "ودعا خلال لقائه اليوم (الأحد) مبعوث الأمين العام للأمم المتحدة إلى اليمن إسماعيل ولد الشيخ، في الرياض الى زيارة محافظة عدن",
   "2015-07-26", "اليوم (الأحد)", None),
 E("ASSAULT", None,
   [P("المقاومة الشعبية", "ORG", "YEM", [], "Popular Resistance"),
    P("قوات الجيش الموالية للشرعية", "ORG", "YEM", [], "pro-Hadi army units")],
   [P("الميليشيات المتمردة", "ORG", "YEM", [], "Houthi-Saleh forces")],
   "بعد تمكن المقاومة الشعبية وقوات الجيش الموالية للشرعية تحريرها من الميليشيات المتمردة",
   None, None, L("محافظة عدن", "Aden", "YEM")),
])

# --- Mohammed bin Salman calls King Abdullah II (alriyadh, Sun 26 Jul) -------------------------
mbs = P("محمد بن سلمان بن عبدالعزيز", "PER", "SAU", ["ولي ولي العهد"], "Mohammed bin Salman")
A["snn-2015-07-26-704"] = ("2015-07-26", [
 E("CONSULT", "phone", [mbs],
   [P("عبدالله الثاني بن الحسين", "PER", "JOR", ["ملك المملكة الأردنية الهاشمية"], "Abdullah II")],
   "أجرى صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع أمس اتصالاً هاتفياً بجلالة الملك عبدالله الثاني بن الحسين ملك المملكة الأردنية الهاشمية",
   "2015-07-25", "أمس", None),
])

# --- Hadi calls Mohammed bin Salman (alriyadh, Sun 26 Jul) -------------------------------------
A["snn-2015-07-26-888"] = ("2015-07-26", [
 E("CONSULT", "phone", [P("عبدربه منصور هادي", "PER", "YEM", ["رئيس الجمهورية اليمنية"], "Abd Rabbuh Mansur Hadi")], [mbs],
   "تلقى صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع اتصالاً هاتفيًا اليوم من فخامة الرئيس عبدربه منصور هادي رئيس الجمهورية اليمنية",
   "2015-07-26", "اليوم", None),
])

# --- Turkey arrests 851 suspects (alriyadh, Sun 26 Jul) ----------------------------------------
A["snn-2015-07-26-897"] = ("2015-07-26", [
 E("COERCE", "arrest", [P("قوات الأمن التركية", "ORG", "TUR", [], "Turkish security forces")],
   [P("851 شخصا", "PER", "TUR", [], "ISIS, PKK and DHKP-C suspects"),
    P("عبدالله عبداللاييف", "PER", "RUS", ["الداغستاني"], "Abdullah Abdullayev")],
   "أن قوات الأمن التركية اعتقلت 851 شخصا مشتبها به، من خلال عملياتها ضد تنظيمي داعش وحزب العمال الكردستاني وجبهة حزب التحرير الشعبي الثوري في 34 ولاية تركية خلال الأيام الثلاثة الأخيرة",
   None, "خلال الأيام الثلاثة الأخيرة", None),
 E("COERCE", "arrest", [P("فرق الأمن التركية", "ORG", "TUR", [], "Turkish security forces")],
   [P("خالص بايانجوك", "PER", "TUR", ["أبو حنظلة"], "Halis Bayancuk (Abu Hanzala)")],
   "وكانت فرق الأمن التركية ألقت أمس السبت، القبض على \"خالص بايانجوك\" الملقب بـ\"أبو حنظلة\"",
   "2015-07-25", "أمس السبت", None),
])

# --- Abdulmalik al-Houthi rejects the truce (alweeam, Sun 26 Jul) ------------------------------
coalition = P("التحالف الذي تقوده السعودية", "ORG", None, [], "Saudi-led coalition")
A["snn-2015-07-26-1046"] = ("2015-07-26", [
 E("REJECT", "yield", [P("عبد الملك الحوثي", "PER", "YEM", ["زعيم جماعة الحوثي اليمنية"], "Abdul-Malik al-Houthi")], [coalition],
   "قال زعيم جماعة الحوثي اليمنية في رسالة نشرت على حساب للجماعة على موقع تويتر إنه يرفض وقف إطلاق النار الذي يعتزم التحالف الذي تقوده السعودية تطبيقه"),
 E("CONCEDE", None, [coalition], [],
   "وقف إطلاق النار الذي يعتزم التحالف الذي تقوده السعودية تطبيقه",
   "2015-07-26", "ليل اليوم الأحد", None, "planned"),
])

# --- Resistance captures Abdulkarim al-Houthi in Aden (alweeam, Sun 26 Jul) --------------------
A["snn-2015-07-26-1098"] = ("2015-07-26", [
 E("ASSAULT", None, [P("المقاومة الشعبية في اليمن", "ORG", "YEM", ["رجال المقاومة"], "Popular Resistance")],
   [P("عبدالكريم الحوثي", "PER", "YEM", ["شقيق زعيم الحوثيين"], "Abdulkarim al-Houthi")],
   "أفادت مصادر إن المقاومة الشعبية في اليمن قامت بأسر عبدالكريم الحوثي شقيق زعيم ميليشيات الحوثيين الإرهابية عبدالملك الحوثي بعدن",
   None, None, L("عدن", "Aden", "YEM")),
])

# --- Diyarbakir car bomb, Turkish strikes in Iraq (alweeam, Sun 26 Jul) -----------------------
A["snn-2015-07-26-1076"] = ("2015-07-26", [
 E("ASSAULT", "explosives", [], [P("جنديين تركيين", "PER", "TUR", [], "Turkish soldiers")],
   "قتل جنديين تركيين وجرح أربعة آخرين مساء السبت إثر تفجير سيارة ملغومة لدى مرور قافلة عسكرية في محافطة “ديار بكر” ذات الغالبية الكردية",
   "2015-07-25", "مساء السبت", L("ديار بكر", "Diyarbakir", "TUR")),
 E("ASSAULT", "aerial", [P("الطيران الحربي التركي", "ORG", "TUR", ["الجيش التركي"], "Turkish Air Force")],
   [P("حزب العمال الكردستاني", "ORG", "TUR", [], "Kurdistan Workers' Party (PKK)")],
   "ويأتي الهجوم غداة شنها الطيران الحربي التركي ضد مواقع تابعة لحزب العمال الكردستاني شمالي العراق",
   "2015-07-24", "غداة", L("شمالي العراق", "Northern Iraq", "IRQ")),
])

# --- Jordan complains about the Timna airport (alyaum, Sun 26 Jul) -----------------------------
israel = P("الاحتلال الإسرائيلي", "ORG", "ISR", [], "Israel")
A["snn-2015-07-26-1258"] = ("2015-07-26", [
 E("ACCUSE", "disapprove", [P("الحكومة الأردنية", "ORG", "JOR", [], "Government of Jordan")], [israel],
   "قررت الحكومة الأردنية رفع شكوى تتعلق بالسلامة الجوية على خلفية قيام الاحتلال الإسرائيلي بإنشاء مطار \" تمناع \" في منطقة حدودية بين الأردن والأراضي الفلسطينية المحتلة"),
 E("REJECT", None, [P("وزارة النقل الأردنية", "ORG", "JOR", ["الهيئة"], "Jordanian Ministry of Transport")], [israel],
   "أن وزارة النقل الأردنية ممثلة بالهيئة جددت رفضها لإقامة مطار تمناع بموقعه الحالي"),
 E("ACCUSE", "allege",
   [P("كابريل سيفزتيان", "PER", "JOR", ["رئيس مجلس المفوضين لهيئة تنظيم الطيران المدني الأردني"], "Capt. Gabriel Sifztian")],
   [israel],
   "وأبان أن إنشاء مطار \" تمناع \" الإسرائيلي قرب مطار العقبة الدولي في جنوب الأردن مخالف لاتفاقية شيكاغو 1944م"),
])

# --- Taif harassment suspects arrested (alweeam, Sun 26 Jul) -----------------------------------
A["snn-2015-07-26-1085"] = ("2015-07-26", [
 E("ACCUSE", "investigate", [P("فريق عمل من الجهات الأمنية", "ORG", "SAU", [], "Taif police task force")], [],
   "وتابع أنه تم تشكيل فريق عمل من الجهات الأمنية بمتابعة مدير شرطة محافظة الطائف العميد عبد الرحمن الثمالي لتحليل وجمع معلومات عن مقطع الفيديو"),
 E("COERCE", "arrest", [P("الجهات الأمنية بشرطة الطائف", "ORG", "SAU", ["الجهات الأمنية"], "Taif police")],
   [P("الأشخاص المتهمين بالتورط في واقعة التحرش بفتاة", "PER", "SAU", ["شابان"], "harassment suspects")],
   "تمكنت الجهات الأمنية بشرطة الطائف من ضبط الأشخاص المتهمين بالتورط في واقعة التحرش بفتاة بأحد المواقع بمحافظة الطائف",
   None, None, L("محافظة الطائف", "Taif", "SAU")),
])

# --- Bahrain condemns the storming of al-Aqsa (almadina, Sun 26 Jul) ---------------------------
settlers = P("عشرات المستوطنين المتطرفين", "PER", "ISR", [], "Israeli settlers")
A["snn-2015-07-26-672"] = ("2015-07-26", [
 E("ACCUSE", "disapprove", [P("مملكة البحرين", "GPE", "BHR", ["وزارة الخارجية البحرينية", "البحرين"], "Bahrain")], [settlers],
   "أدانت مملكة البحرين بشدة قيام عشرات المستوطنين المتطرفين بمشاركة أحد الوزراء الإسرائيليين باقتحام المسجد الأقصى المبارك اليوم والاعتداء على المصلين"),
 E("COERCE", "seize", [settlers], [P("المصلين", "PER", "PSE", [], "Muslim worshippers")],
   "قيام عشرات المستوطنين المتطرفين بمشاركة أحد الوزراء الإسرائيليين باقتحام المسجد الأقصى المبارك اليوم والاعتداء على المصلين، في ظل حماية رسمية من قوات الإحتلال",
   "2015-07-26", "اليوم", L("المسجد الأقصى", "al-Aqsa Mosque", "PSE")),
 E("SUPPORT", None, [P("مملكة البحرين", "GPE", "BHR", ["وزارة الخارجية البحرينية", "البحرين"], "Bahrain")],
   [P("الشعب الفلسطيني", "GPE", "PSE", [], "Palestine")],
   "وجددت الوزارة موقف البحرين الثابت والداعم للقضية الفلسطينية، وحق الشعب الفلسطيني في قيام دولته المستقلة وعاصمتها القدس الشرقية"),
])

# --- Ordinary: women candidates for the municipal elections (okaz, Sun 26 Jul) -----------------
A["snn-2015-07-26-1325"] = ("2015-07-26", [])

# --- Ordinary: light aircraft crash in Tokyo (alriyadh, Sun 26 Jul) ----------------------------
A["snn-2015-07-26-763"] = ("2015-07-26", [])

# --- Nasrallah speech, US Treasury sanctions (okaz, Sun 26 Jul) --------------------------------
nasrallah = P("حسن نصر الله", "PER", "LBN", ["نصر الله"], "Hassan Nasrallah")
A["snn-2015-07-26-1337"] = ("2015-07-26", [
 E("SANCTION", "discontinue", [P("وزارة الخزانة الأمريكية", "ORG", "USA", [], "US Department of the Treasury")],
   [P("مصطفى بدر الدين", "PER", "LBN", [], "Mustafa Badreddine"), P("إبراهيم عقيل", "PER", "LBN", [], "Ibrahim Aqil"),
    P("فؤاد شكر", "PER", "LBN", [], "Fuad Shukr")],
   "وكانت وزارة الخزانة الأمريكية، قد فرضت عقوبات على ثلاثة من قادة الحزب، وهم مصطفى بدر الدين، إبراهيم عقيل، وفؤاد شكر"),
 E("ACCUSE", "disapprove", [nasrallah], [P("أمريكا", "GPE", "USA", [], "United States")],
   "مشيرا إلى أن أمريكا ستبقى «الشيطان الأكبر» رغم التوصل إلى الاتفاق النووي مع إيران",
   "2015-07-25", "أمس", None),
 E("ACCUSE", "disapprove", [nasrallah],
   [P("الدولة اللبنانية", "ORG", "LBN", [], "Lebanese state"), P("فريق الرابع عشر من آذار", "ORG", "LBN", [], "March 14 Alliance")],
   "وسخر نصر الله من الدولة اللبنانية ومن فريق الرابع عشر من آذار دون أن يسميهما",
   "2015-07-25", "أمس", None),
 E("REQUEST", None, [nasrallah],
   [P("الدولة اللبنانية", "ORG", "LBN", [], "Lebanese state"), P("فريق الرابع عشر من آذار", "ORG", "LBN", [], "March 14 Alliance")],
   "ودعاهم بدل المطالبة بنزع سلاح حزب الله والحديث عن قرار السلم والحرب، أن يجدوا حلا لأزمة النفايات",
   "2015-07-25", "أمس", None),
])

# --- Killing of wanted man al-Faraj in Qatif (aawsat, Mon 27 Jul) ------------------------------
A["snn-2015-07-27-133"] = ("2015-07-27", [
 E("ASSAULT", "firearms", [P("مطلوبين في قضايا جنائية", "PER", "SAU", ["الجناة"], "criminal suspects")],
   [P("محمد علي عبد الرحيم الفرج", "PER", "SAU", ["المطلوب الأمني", "المطلوب القتيل"], "Mohammed Ali Abdulrahim al-Faraj")],
   "وذلك بعد تعرضه لإطلاق نار من مطلوبين في قضايا جنائية",
   "2015-07-26", "صباح أمس", None),
 E("ACCUSE", "investigate", [P("الجهات المختصة بشرطة القطيف", "ORG", "SAU", ["شرطة القطيف"], "Qatif police")], [],
   "حيث باشرت الجهات المختصة بشرطة القطيف إجراءات الضبط الجنائي للجريمة والتحقيق فيها"),
])

# --- Al-Jubeir receives the GCC Secretary-General (aleqtisadiya, Mon 27 Jul) -------------------
A["snn-2015-07-27-239"] = ("2015-07-27", [
 E("CONSULT", "visit",
   [P("عبد اللطيف بن راشد الزياني", "PER", None, ["الأمين العام لمجلس التعاون الخليجي لدول الخليج العربية"], "Abdullatif bin Rashid Al Zayani")],
   [P("عادل بن أحمد الجبير", "PER", "SAU", ["وزير الخارجية"], "Adel al-Jubeir")],
   "استقبل وزير الخارجية الأستاذ عادل بن أحمد الجبير بمقر الوزارة اليوم معالي الأمين العام لمجلس التعاون الخليجي لدول الخليج العربية الدكتور عبد اللطيف بن راشد الزياني",
   "2015-07-27", "اليوم", None),
])

# --- Senior Scholars on the storming of al-Aqsa (alriyadh, Mon 27 Jul) -------------------------
scholars = P("الأمانة العامة لهيئة كبار العلماء", "ORG", "SAU", ["هيئة كبار العلماء"], "Council of Senior Scholars (secretariat)")
occ = P("قوات الاحتلال", "ORG", "ISR", [], "Israeli forces")
A["snn-2015-07-27-706"] = ("2015-07-27", [
 E("ACCUSE", "disapprove", [scholars], [occ],
   "وقالت إن ما قامت به قوات الاحتلال الغاشمة بمرافقة مغتصبين ومتطرفين لاقتحام وتدنيس المسجد الأقصى المبارك وإغلاق بواباته، والتعدي على المصلين الموجودين في باحاته ليعدُّ انتهاكًا لحرمة المسجد الأقصى"),
 E("COERCE", "seize", [occ], [P("المصلين", "PER", "PSE", [], "Muslim worshippers")],
   "ما قامت به قوات الاحتلال الغاشمة بمرافقة مغتصبين ومتطرفين لاقتحام وتدنيس المسجد الأقصى المبارك وإغلاق بواباته، والتعدي على المصلين الموجودين في باحاته",
   None, None, L("المسجد الأقصى", "al-Aqsa Mosque", "PSE")),
 E("REQUEST", "assist", [scholars], [],
   "وأوضحت أن هذه الجرائم من قوات الاحتلال توجب على المسلمين حكومات وشعوبًا الوقوف مع إخوانهم الفلسطينيين، والتعاون معهم، ونصرتهم ومساعدتهم"),
 E("REQUEST", None, [scholars], [P("أهل فلسطين", "PER", "PSE", [], "Palestinians")],
   "وأوصت الأمانة العامة لهيئة كبار العلماء أهل فلسطين الذين هم أهل رباط ودفاع عن مقدسات المسلمين في فلسطين، بتقوى الله تعالى والرجوع إليه سبحانه، والتواصي بالوحدة على الحق وترك الفرقة والتنازع"),
 E("REQUEST", None, [scholars], [],
   "ودعت المجتمع الدولي إلى أن ينظر إلى الإرهاب نظرة واحدة، ولا يكيل بمكيالين"),
 E("ACCUSE", "allege", [scholars], [occ],
   "فما تقوم به قوات الاحتلال في فلسطين, التي تصادر حقوق الشعب الفلسطيني، وتنتهك حرمة المقدسات الإسلامية باستمرار، وتمارس الفصل العنصري, هو إرهاب دولة"),
])

# --- Rocket shell kills five children in Aleppo (alriyadh, Mon 27 Jul) --------------------------
A["snn-2015-07-27-773"] = ("2015-07-27", [
 E("ASSAULT", "heavy-weapons", [P("مقاتلو المعارضة", "ORG", "SYR", ["فصائل إسلامية"], "Syrian rebel factions")],
   [P("خمسة اطفال", "PER", "SYR", ["5 أطفال"], "five children")],
   "قتل خمسة اطفال على الاقل بينهم اربعة اشقاء الليل قبل الماضي اثر سقوط قذيفة صاروخية اطلقها مقاتلو المعارضة على احد احياء مدينة حلب",
   "2015-07-25", "الليل قبل الماضي", L("حي الشهباء الجديدة", "al-Shahba al-Jadida, Aleppo", "SYR")),
])

# --- Emir of Qatar receives al-Jubeir (alwatan, Mon 27 Jul) ------------------------------------
jubeir = P("عادل الجبير", "PER", "SAU", ["وزير الخارجية", "الجبير"], "Adel al-Jubeir")
A["snn-2015-07-27-892"] = ("2015-07-27", [
 E("CONSULT", "visit", [jubeir], [P("تميم بن حمد", "PER", "QAT", ["أمير دولة قطر", "أمير قطر"], "Tamim bin Hamad Al Thani")],
   "استقبل أمير دولة قطر الشيخ تميم بن حمد في قصره مساء أول من أمس، وزير الخارجية عادل الجبير",
   "2015-07-25", "مساء أول من أمس", None),
 E("CONSULT", "visit", [jubeir], [P("خالد العطية", "PER", "QAT", ["وزير الخارجية بدولة قطر"], "Khalid al-Attiyah")],
   "وأقام وزير الخارجية بدولة قطر الدكتور خالد العطية مأدبة عشاء تكريما للجبير والوفد المرافق له"),
])

# --- Cameron ready to strike ISIS in Libya and Syria (alyaum, Mon 27 Jul) ----------------------
cameron = P("ديفيد كاميرون", "PER", "GBR", ["رئيس الوزراء البريطاني", "كاميرون"], "David Cameron")
A["snn-2015-07-27-1098"] = ("2015-07-27", [
 E("THREATEN", "violence", [cameron], [P("داعش", "ORG", None, [], "Islamic State")],
   "قال رئيس الوزراء البريطاني ديفيد كاميرون اليوم الاثنين إنه مستعد لتوجيه أوامر بضربات جوية على أهداف تابعة لداعش في ليبيا وسوريا",
   "2015-07-27", "اليوم الاثنين", None, "threatened"),
 E("CONSULT", "visit", [cameron], [P("إندونيسيا", "GPE", "IDN", [], "Indonesia")],
   "وكان كاميرون يتحدث للصحفيين لدى هبوطه في إندونيسيا في المرحلة الأولى من مهمة تجارية تستغرق أربعة أيام",
   "2015-07-27", "اليوم الاثنين", L("إندونيسيا", "Indonesia", "IDN")),
])

# --- Attack on a police station in Punjab (alyaum, Mon 27 Jul) ---------------------------------
A["snn-2015-07-27-1131"] = ("2015-07-27", [
 E("ASSAULT", "firearms", [P("مسلحون", "PER", None, [], "gunmen")],
   [P("شرطيان", "PER", "IND", [], "Indian policemen"), P("ثلاثة مدنيين", "PER", "IND", [], "Indian civilians")],
   "قتل خمسة أشخاص خلال هجوم شنه مسلحون على مركزًا للشرطة في الهند قرب الحدود غير المستقرة مع باكستان",
   None, None, L("الهند", "India", "IND")),
 E("MOBILIZE", "police", [P("راجنات سينغ", "PER", "IND", ["وزير داخلية الهند"], "Rajnath Singh")], [],
   "وأمر وزير داخلية الهند راجنات سينغ بتشديد التدابير الأمنية على الحدود مع باكستان",
   None, None, L("الحدود مع باكستان", "India–Pakistan border", "IND")),
])

# --- ISIS losses around Ramadi (alweeam, Mon 27 Jul) -------------------------------------------
A["snn-2015-07-27-1045"] = ("2015-07-27", [
 E("ASSAULT", None, [], [P("8 أشخاص يحملون أحزمة ناسفة", "PER", None, [], "ISIS fighters with explosive belts")],
   "أن 8 أشخاص يحملون أحزمة ناسفة قتلوا أثناء محاولتهم الهجوم على القوات الأمنية العراقية في محيط حي التأميم جنوبي الرمادي",
   None, None, L("حي التأميم", "al-Tamim, Ramadi", "IRQ")),
 E("ASSAULT", None, [], [P("20 عنصراً", "PER", None, [], "ISIS fighters")],
   "أن 20 عنصراً من ” داعش ” قتلوا كما تم تدمير وكر تابع لهم"),
 E("ASSAULT", None, [P("القوات الأمنية العراقية", "ORG", "IRQ", [], "Iraqi security forces")], [],
   "كما دمرت القوات الأمنية العراقية ثلاث عجلات مفخخة كانت معدة لاستهداف آليات الجيش وقوات التدخل السريع قرب معمل الزجاج شرقي الرمادي",
   None, None, L("شرقي الرمادي", "eastern Ramadi", "IRQ")),
])

# --- Ordinary: Hail prepares polling centres (alriyadh, Mon 27 Jul) ----------------------------
A["snn-2015-07-27-741"] = ("2015-07-27", [])

# --- Riyadh governor's receptions (aljazirah, Mon 27 Jul) --------------------------------------
A["snn-2015-07-27-456"] = ("2015-07-27", [
 E("CONSULT", "visit", [P("إدوارد مارتينيتي", "PER", "PER", ["سفير جمهورية البيرو لدى المملكة"], "Eduardo Martinetti")],
   [P("فيصل بن بندر بن عبدالعزيز", "PER", "SAU", ["أمير منطقة الرياض"], "Faisal bin Bandar bin Abdulaziz")],
   "واستقبل صاحب السمو الملكي الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض في مكتب سموه بقصر الحكم أمس سفير جمهورية البيرو لدى المملكة إدوارد مارتينيتي",
   "2015-07-26", "أمس", L("قصر الحكم", "Qasr al-Hukm, Riyadh", "SAU")),
])


check_new_ids(A, "events-extra.jsonl", "events-extra2.jsonl", "events-extra3.jsonl")
write_gold(A, "events-extra4.jsonl")
