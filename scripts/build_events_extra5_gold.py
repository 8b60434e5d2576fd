"""Write eval/events-extra5.jsonl: a fifth hand-annotated event gold (issue 5 gold form), meant as TUNING
data for event typing: 26 SaudiNewsNet articles of July 2015 (files 2015-07-21, -22, -23, -24 and -31;
days not used by the dev gold or any events-extra*.jsonl, which use 25–27 July and 1–9 Aug), kept as
ids + events only (the article text is CC BY-NC-SA and is not shipped; `marsad eval events` joins it
from ../shared/data/news/saudinewsnet). The set mixes diplomacy, security, conflict, domestic crime
and courts, with a few ordinary articles that hold 0–1 codable events (false-positive checks).

Annotated by hand following ../shared/docs/event-annotation-guidelines.md and the conventions of the
dev gold, events-extra3.jsonl and events-extra4.jsonl (scripts/build_events_extra4_gold.py), BEFORE the
system's output on these articles was looked at; the script checks every evidence string and
participant surface against the article (via gold_form.write_gold) and that no id is in the other
event golds.

Judgement calls (beyond the guidelines and the extra4 calls, which are followed):
- Articles whose only events have no clear PLOVER type were replaced rather than coded arbitrarily:
  judicial executions (two Interior Ministry «القتل قصاصاً/تعزيراً» statements), the adjournment of
  Habré's trial, a House vote to withdraw passports, the referral of the Iran deal to Congress.
- Aid flights to Aden = AID with mode null (as the Omani AID of the dev gold): the Saudi naval
  commander's trip on the first plane is not a CONSULT (no host is met), the plane is one AID.
- A party leader's thanks to the Kingdom for its support of Lebanon = SUPPORT (praise between
  distinct organisations); an envoy conveying his president's «تقديره لمواقف المملكة» = SUPPORT by the
  president; «حرص المملكة على تعزيزها» (relations) and praise of relations in a congratulation cable =
  AGREE, as the dev gold's Sisi/Bouteflika lines; the congratulation itself is left out. A US
  secretary's «حرص الولايات المتحدة على تعزيز السلام والاستقرار في المنطقة» = AGREE without recipient.
- A phone call whose caller is not stated («اتصال هاتفي جرى بين الرئيسين») = CONSULT `phone` with both
  leaders as actors.
- A reported expectation of a concrete cooperative act («من المتوقع أن تقوم تركيا خلال أيام بفتح قاعدة
  انجرليك») = AGREE `planned` (like the dev gold's «مصادر ... سيزور»); a pledge to deport more migrants =
  COERCE (mode null) `planned`.
- A killing that the accused force denies, reported by medical sources (AMISOM in Merca) = ASSAULT
  `denied`; the force's denial itself is left out (denial of an accusation); an anonymous official's
  accusation is left out.
- A domestic fatal beating = ASSAULT `beat`; a date given for the police report of it («ورد بلاغ ...
  أول من أمس») is taken as the date of the assault; two policemen «found» shot dead «صباح أمس» get that date.
- An indictment = ACCUSE `allege` by the authorities; its explicit weekday wins over «اليوم» («وجهت اليوم
  الأربعاء اتهامات» on Friday 31 July → 29 July); the arson it concerns (18 June) is background.
- Seizing ground after battles (Wadi Aqan, Aden airport) and tightening a siege are one ASSAULT
  null per operation (steps of one operation), attacker = actor, as extra4's Aden liberation.
- Mobilisation and desertions reported only by anonymous «مصادر» in words with no date (aawsat Aden
  piece) are left out; so are a Senate committee hearing of US secretaries (intra-government) and
  the US refusal to sell arms to Nigeria mentioned only as a noun inside Buhari's accusation.

Usage: python scripts/build_events_extra5_gold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_form import E, L, P, check_new_ids, write_gold  # noqa: E402

A = {}

# --- Algerian army kills 16 AQIM fighters in Ain Defla (aljazirah, Tue 21 Jul) ------------------
alg_army = P("قوات الجيش الجزائري", "ORG", "DZA", ["الجيش"], "Algerian Army")
A["snn-2015-07-21-985"] = ("2015-07-21", [
 E("ASSAULT", "heavy-weapons", [alg_army], [P("16 عنصراً من القاعدة", "PER", None, ["16 إرهابياً من تنظيم القاعدة"], "AQIM fighters")],
   "ذكرت صحيفة جزائرية أن قوات الجيش قتلت 16 عنصراً من القاعدة بينهم أجانب في عملية لا تزال متواصلة",
   None, None, L("عين الدفلى", "Ain Defla", "DZA")),
 E("ASSAULT", "firearms", [P("مجموعة إرهابية", "ORG", None, [], "AQIM group")],
   [P("تسعة عسكريين", "PER", "DZA", [], "Algerian soldiers")],
   "مقتل تسعة عسكريين وإصابة اثنين آخرين في إطلاق نار من قبل مجموعة إرهابية باتجاه مفرزة للجيش كانت تقوم بعملية بحث وتمشيط بولاية عين الدفلى",
   "2015-07-17", "مساء الجمعة", L("عين الدفلى", "Ain Defla", "DZA")),
])

# --- King Salman receives Samir Geagea (okaz, Tue 21 Jul) ---------------------------------------
salman = P("سلمان بن عبدالعزيز", "PER", "SAU", ["خادم الحرمين الشريفين"], "King Salman")
geagea = P("سمير جعجع", "PER", "LBN", ["رئيس حزب القوات اللبنانية"], "Samir Geagea")
A["snn-2015-07-21-2535"] = ("2015-07-21", [
 E("CONSULT", "visit", [geagea], [salman],
   "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر السلام بجدة مساء أمس رئيس حزب القوات اللبنانية سمير جعجع",
   "2015-07-20", "مساء أمس", L("قصر السلام بجدة", "Al-Salam Palace, Jeddah", "SAU")),
 E("SUPPORT", None, [geagea], [P("المملكة", "GPE", "SAU", [], "Saudi Arabia")],
   "وأعرب رئيس حزب القوات اللبنانية عن شكره وتقديره للمملكة بقيادة خادم الحرمين الشريفين على ما يجده لبنان وشعبه من دعم وحرص على أمنه واستقراره"),
])

# --- Egypt rejects Iranian interference (aleqtisadiya, Wed 22 Jul) -----------------------------
eg_mfa = P("الخارجية المصرية", "ORG", "EGY", ["وزارة الخارجية المصرية"], "Egyptian Foreign Ministry")
iran = P("إيران", "GPE", "IRN", [], "Iran")
A["snn-2015-07-22-244"] = ("2015-07-22", [
 E("REJECT", None, [eg_mfa], [iran],
   "أكدت الخارجية المصرية مجددا رفض مصر الكامل للتدخل الإيراني في الشؤون الداخلية للدول العربية",
   "2015-07-21", "أمس", None),
 E("REQUEST", None, [eg_mfa], [iran],
   "مطالبة بضرورة الالتزام بسياسة حسن الجوار", "2015-07-21", "أمس", None),
 E("SUPPORT", None, [P("بدر عبدالعاطي", "PER", "EGY", ["المتحدث الرسمي باسم وزارة الخارجية المصرية"], "Badr Abdelatty")], [],
   "وشدد السفير بدر عبدالعاطي المتحدث الرسمي باسم وزارة الخارجية المصرية في تصريحات له، أمس، على تضامن مصر مع أشقائها العرب في مواجهة أية تدخلات خارجية",
   "2015-07-21", "أمس", None),
])

# --- King Salman receives Ashton Carter (alriyadh, Wed 22 Jul) ---------------------------------
carter = P("اشتون كارتر", "PER", "USA", ["وزير الدفاع الأمريكي"], "Ashton Carter")
A["snn-2015-07-22-1326"] = ("2015-07-22", [
 E("CONSULT", "visit", [carter], [salman],
   "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر السلام اليوم معالي وزير الدفاع الأمريكي اشتون كارتر والوفد المرافق له",
   "2015-07-22", "اليوم", L("قصر السلام", "Al-Salam Palace", "SAU")),
 E("AGREE", None, [carter], [],
   "مؤكدا وزير الدفاع الأمريكي حرص الولايات المتحدة الأمريكية على تعزيز السلام والاستقرار في المنطقة"),
])

# --- First plane lands at Aden airport (alweeam, Wed 22 Jul) -----------------------------------
A["snn-2015-07-22-1497"] = ("2015-07-22", [
 E("AID", None, [P("السعودية", "GPE", "SAU", ["البحرية السعودية"], "Saudi Arabia")], [P("اليمن", "GPE", "YEM", [], "Yemen")],
   "ونقل المسؤول اليمني عن القائد البحري السعودي قوله إن وصول هذه الطائرة التي تحمل مساعدات عسكرية هو بداية نقل مساعدات وإمدادات إنسانية جوا بين السعودية واليمن",
   "2015-07-22", "اليوم الأربعاء", L("مطار عدن", "Aden International Airport", "YEM")),
 E("ASSAULT", None, [P("المقاومة الشعبية", "ORG", "YEM", ["القوات الموالية للحكومة"], "Popular Resistance")],
   [P("المتمردين الحوثيين", "ORG", "YEM", [], "Houthis"), P("قوات الرئيس السابق علي عبدالله صالح", "ORG", "YEM", [], "Saleh loyalist forces")],
   "وتمكن مقاتلو “المقاومة الشعبية” التي تضم الفصائل الموالية لحكومة الرئيس اليمني المعترف به دوليا عبدربه منصور هادي، الأسبوع الماضي من السيطرة على مطار عدن وعلى أجزاء من المدينة الجنوبية بعد معارك عنيفة مع المتمردين الحوثيين وقوات الرئيس السابق علي عبدالله صالح",
   None, "الأسبوع الماضي", L("مطار عدن", "Aden International Airport", "YEM")),
])

# --- Aden breaks its isolation; resistance attacks al-Anad (aawsat, Thu 23 Jul) ----------------
A["snn-2015-07-23-59"] = ("2015-07-23", [
 E("AID", None, [P("محمد بن سلمان", "PER", "SAU", ["ولي ولي العهد وزير الدفاع السعودي"], "Mohammed bin Salman")],
   [P("للشعب اليمني", "GPE", "YEM", [], "Yemen")],
   "أمر الأمير محمد بن سلمان، ولي ولي العهد وزير الدفاع السعودي، بنقل المساعدات أمس من مستودعات مركز الملك سلمان للإغاثة والأعمال الإنسانية بمحافظة شرورة إلى عدن",
   "2015-07-22", "أمس", L("مطار عدن الدولي", "Aden International Airport", "YEM")),
 E("ASSAULT", None, [P("المقاومة الشعبية", "ORG", "YEM", [], "Popular Resistance")],
   [P("الميليشيات الحوثية", "ORG", "YEM", [], "Houthis"), P("القوات الموالية لصالح", "ORG", "YEM", [], "Saleh loyalist forces")],
   "ضيقت المقاومة الشعبية الخناق على الميليشيات الحوثية والقوات الموالية لصالح في «قاعدة العند» العسكرية الاستراتيجية في محافظة لحج بجنوب البلاد",
   None, None, L("قاعدة العند", "al-Anad Air Base", "YEM")),
])

# --- Egypt denies an Algerian mediation request on Morsi (aleqtisadiya, Thu 23 Jul) ------------
boutef = P("عبد العزيز بوتفليقة", "PER", "DZA", ["بوتفليقة", "الرئيس الجزائري"], "Abdelaziz Bouteflika")
mokri = P("عبد الرزاق مقري", "PER", "DZA", ["رئيس حركة مجتمع السلم الجزائرية"], "Abderrazak Makri")
ouyahia = P("أحمد أويحيى", "PER", "DZA", ["مدير مكتب الرئيس بوتفليقة"], "Ahmed Ouyahia")
A["snn-2015-07-23-135"] = ("2015-07-23", [
 E("REQUEST", None, [boutef], [P("عبد الفتاح السيسي", "PER", "EGY", [], "Abdel Fattah el-Sisi")],
   "الأخبار التي وردت بشأن تدخل الرئيس الجزائري عبد العزيز بوتفليقة لدى نظيره المصري عبد الفتاح السيسي للوساطة في قضية إعدام مرسي، غير صحيحة",
   status="denied"),
 E("REQUEST", None, [P("راشد الغنوشي", "PER", "TUN", ["رئيس حركة النهضة التونسية"], "Rached Ghannouchi")], [boutef],
   "وكان راشد الغنوشي رئيس حركة النهضة التونسية اعترف بأنه طلب من بوتفليقة التدخل لمنع الإعدامات في مصر"),
 E("REQUEST", None, [mokri], [ouyahia],
   "وهو نفس الطلب الذي تقدم به عبد الرزاق مقري، رئيس حركة مجتمع السلم الجزائرية المحسوبة على التيار الإخواني عندما التقى مؤخرا أحمد أويحيى",
   None, "مؤخرا", None),
 E("CONSULT", "visit", [mokri], [ouyahia],
   "عندما التقى مؤخرا أحمد أويحيى وزير الدولة ومدير مكتب الرئيس بوتفليقة", None, "مؤخرا", None),
])

# --- AMISOM denies killing civilians in Merca (aljazirah, Thu 23 Jul) ---------------------------
amisom = P("بعثة الاتحاد الإفريقي في الصومال", "ORG", None, ["القوات", "قوات البعثة"], "AMISOM")
A["snn-2015-07-23-402"] = ("2015-07-23", [
 E("ASSAULT", "firearms", [amisom], [P("20 مدنيا", "PER", "SOM", ["المدنيين"], "civilians in Merca")],
   "وقالت مصادر طبية ومصدر برلماني أمس الأربعاء إن القوات قتلت المدنيين في مدينة مركة الساحلية الجنوبية",
   None, None, L("مركة", "Merca", "SOM"), "denied"),
 E("ASSAULT", None, [amisom], [P("خمسة من مسلحي الشباب", "PER", None, ["محمد ظاهر"], "al-Shabaab fighters")],
   "تم قتل خمسة من مسلحي الشباب، بينهم القيادي محمد ظاهر"),
 E("ACCUSE", "disapprove", [P("عبد الله أبشروا", "PER", "SOM", ["نائب عن المنطقة في البرلمان الصومالي"], "Abdullahi Abshirow")], [amisom],
   "وأدان نائب عن المنطقة في البرلمان الصومالي الحادثة ووصفها بأنها «عمل إجرامي»"),
 E("ASSAULT", None, [P("مجهولين", "PER", None, [], "unknown attackers")], [P("الاتحاد الإفريقي", "ORG", None, [], "African Union (AMISOM)")],
   "قيام مجهولين الليلة الماضية بتدمير صهريج مياه تابع للاتحاد الإفريقي",
   "2015-07-22", "الليلة الماضية", None),
])

# --- Two Turkish policemen shot dead in Ceylanpinar (alriyadh, Thu 23 Jul) ---------------------
A["snn-2015-07-23-732"] = ("2015-07-23", [
 E("ASSAULT", "firearms", [], [P("شرطيين", "PER", "TUR", ["الشرطيين"], "Turkish policemen")],
   "أنه تم العثور صباح أمس على شرطيين قتلا برصاصة في الرأس في مدينة جيلان بينار على الحدود مع سوريا",
   "2015-07-22", "صباح أمس", L("جيلان بينار", "Ceylanpınar", "TUR")),
 E("ASSAULT", "suicide-attack", [], [P("32 قتيلا", "PER", "TUR", [], "victims in Suruç")],
   "هجوم انتحاري تبناه تنظيم داعش وأوقع 32 قتيلا في مدينة سوروج على الحدود مع سوريا",
   "2015-07-20", "بعد يومين", L("سوروج", "Suruç", "TUR")),
])

# --- Egypt releases Morsi's son (alriyadh, Thu 23 Jul) ------------------------------------------
A["snn-2015-07-23-734"] = ("2015-07-23", [
 E("RETREAT", "release", [P("قوات الأمن بالقليوبية", "ORG", "EGY", [], "Qalyubia security forces")],
   [P("عبدالله مرسي", "PER", "EGY", ["نجل الرئيس المصري المعزول محمد مرسي"], "Abdullah Morsi")],
   "أخلت قوات الأمن بالقليوبية سبيل عبدالله مرسي نجل الرئيس المصري المعزول محمد مرسي بعد قضائه عقوبة السجن المقررة عليه لمدة عام"),
])

# --- Erdogan-Obama call, Incirlik (alweeam, Thu 23 Jul) ----------------------------------------
erdogan = P("رجب طيب أردوغان", "PER", "TUR", ["الرئيسين التركي"], "Recep Tayyip Erdoğan")
obama = P("باراك أوباما", "PER", "USA", [], "Barack Obama")
A["snn-2015-07-23-953"] = ("2015-07-23", [
 E("CONSULT", "phone", [erdogan, obama], [],
   "بعد اتصال هاتفي جرى بين الرئيسين التركي رجب طيب أردوغان والأمريكي باراك أوباما",
   "2015-07-22", "أمس", None),
 E("AGREE", None, [erdogan, obama], [],
   "واتفق الرئيسان في اتصال هاتفي أمس على العمل سويا “لوقف تدفق المقاتلين الأجانب وتأمين الحدود مع سورية”",
   "2015-07-22", "أمس", None),
 E("AGREE", None, [P("تركيا", "GPE", "TUR", [], "Turkey"), P("الإدارة الأمريكية", "ORG", "USA", [], "United States")], [],
   "وكان الجانبان قد اتفقا من حيث المبدأ في السابع والثامن من تموز/يوليو على استخدام القاعدة الموجودة في إقليم أضنة",
   None, "في السابع والثامن من تموز/يوليو", None),
 E("AGREE", None, [P("تركيا", "GPE", "TUR", [], "Turkey")], [P("التحالف الدولي", "ORG", None, [], "anti-ISIS coalition")],
   "من المتوقع أن تقوم تركيا خلال أيام بفتح قاعدة انجرليك الجوية جنوبي للبلاد أمام طائرات التحالف الدولي ضد تنظيم داعش",
   None, "خلال أيام", L("قاعدة انجرليك", "Incirlik Air Base", "TUR"), "planned"),
])

# --- Resistance takes Wadi Aqan near al-Anad (alweeam, Thu 23 Jul) -----------------------------
A["snn-2015-07-23-984"] = ("2015-07-23", [
 E("ASSAULT", None,
   [P("المقاومة الشعبية اليمنية", "ORG", "YEM", ["المقاومة"], "Popular Resistance"),
    P("قوات الجيش الموالية للشرعية", "ORG", "YEM", [], "pro-Hadi army units")],
   [P("الميليشيات المتمردة", "ORG", "YEM", ["المليشيات"], "Houthi-Saleh forces")],
   "بعد معارك عنيفة تمكنت خلالها المقاومة وبمساندة من قوات الجيش الموالية للشرعية السيطرة على الوادي والتلال الجبلية المطلة على قاعدة العند الجوية الواقعة في محافظة لحج",
   None, None, L("وادي عقان", "Wadi Aqan, Lahij", "YEM")),
])

# --- Health ministry orders an inquiry at Dawadmi hospital (alweeam, Thu 23 Jul) --------------
A["snn-2015-07-23-927"] = ("2015-07-23", [
 E("ACCUSE", "investigate", [P("وزارة الصحة", "ORG", "SAU", ["«الصحة»"], "Saudi Ministry of Health")],
   [P("إدارة مستشفى الدوادمي", "ORG", "SAU", [], "Dawadmi hospital administration")],
   "أمرت وزارة الصحة اليوم بالتحقيق في خطأ ارتكبته إدارة مستشفى الدوادمي",
   "2015-07-23", "اليوم", None),
])

# --- Ordinary: Saudia plane returns to Jeddah (alweeam, Thu 23 Jul) ----------------------------
A["snn-2015-07-23-946"] = ("2015-07-23", [])

# --- Ordinary: OPEC delegates on output (alriyadh, Thu 23 Jul) ---------------------------------
A["snn-2015-07-23-617"] = ("2015-07-23", [])

# --- Hafr al-Batin: man kills his wife, arrested (almadina, Fri 24 Jul) ------------------------
A["snn-2015-07-24-1211"] = ("2015-07-24", [
 E("ASSAULT", "beat", [P("زوجها", "PER", "SAU", ["الجاني"], "husband")], [P("مواطنة ثلاثينية", "PER", "SAU", [], "wife")],
   "يفيد بتعرض مواطنة ثلاثينية للاعتداء بالضرب على يد زوجها إثر خلاف عائلي",
   "2015-07-22", "أول من أمس", L("محافظة حفر الباطن", "Hafr al-Batin", "SAU")),
 E("COERCE", "arrest", [P("شرطة محافظة حفر الباطن", "ORG", "SAU", [], "Hafr al-Batin police")],
   [P("مواطن ثلاثيني", "PER", "SAU", ["الجاني"], "suspect")],
   "تمكنت شرطة محافظة حفر الباطن من ضبط مواطن بتهمة الاعتداء على زوجته وإصابتها في الرأس، مما أدى إلى وفاتها",
   None, None, L("محافظة حفر الباطن", "Hafr al-Batin", "SAU")),
])

# --- King Salman receives Sameh Shoukry (alweeam, Fri 24 Jul) ---------------------------------
A["snn-2015-07-24-1715"] = ("2015-07-24", [
 E("CONSULT", "visit", [P("سامح شكري", "PER", "EGY", ["وزير الخارجية بجمهورية مصر العربية"], "Sameh Shoukry")],
   [P("سلمان بن عبدالعزيز آل سعود", "PER", "SAU", ["خادم الحرمين الشريفين"], "King Salman")],
   "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود – حفظه الله – في قصر السلام اليوم معالي وزير الخارجية بجمهورية مصر العربية سامح شكري والوفد المرافق له",
   "2015-07-24", "اليوم", L("قصر السلام", "Al-Salam Palace", "SAU")),
 E("SUPPORT", None, [P("عبدالفتاح السيسي", "PER", "EGY", ["رئيس جمهورية مصر العربية"], "Abdel Fattah el-Sisi")],
   [P("المملكة", "GPE", "SAU", [], "Saudi Arabia")],
   "ونقل معاليه لخادم الحرمين الشريفين خلال الاستقبال تحيات فخامة الرئيس عبدالفتاح السيسي رئيس جمهورية مصر العربية وتقديره لمواقف المملكة تجاه مصر وشعبها في مختلف الظروف"),
 E("AGREE", None, [P("سلمان بن عبدالعزيز آل سعود", "PER", "SAU", ["الملك المفدى"], "King Salman")],
   [P("مصر", "GPE", "EGY", [], "Egypt")],
   "مؤكداً – أيده الله – عمق العلاقات الأخوية بين البلدين الشقيقين وحرص المملكة على تعزيزها في شتى المجالات"),
])

# --- Egyptian transport delegation's first overland trip to Sudan (alriyadh, Fri 24 Jul) --------
eg_transport = P("وزارة النقل المصرية", "ORG", "EGY", ["الهيئة العامة للموانئ البرية والجافة"], "Egyptian Ministry of Transport")
A["snn-2015-07-24-1453"] = ("2015-07-24", [
 E("AGREE", None, [P("وفد رفيع من وزارة النقل المصرية", "ORG", "EGY", ["الوفد المصري"], "Egyptian transport delegation")], [],
   "يصل إلى العاصمة السودانية الخرطوم يوم الأحد المقبل، وفد رفيع من وزارة النقل المصرية",
   "2015-07-26", "يوم الأحد المقبل", L("الخرطوم", "Khartoum", "SDN"), "planned"),
 E("AGREE", None, [eg_transport, P("نظيرتها السودانية", "ORG", "SDN", [], "Sudanese Ministry of Transport")], [],
   "سيتم توقيع مذكرة تفاهم بين وزارة النقل المصرية، ممثلةً في الهيئة العامة للموانئ البرية والجافة، ونظيرتها السودانية",
   None, None, None, "planned"),
])

# --- Ordinary: crown prince's condolences (okaz, Fri 24 Jul) -----------------------------------
A["snn-2015-07-24-1921"] = ("2015-07-24", [])

# --- Buhari accuses the US over Boko Haram (3alyoum, Fri 24 Jul) -------------------------------
buhari = P("محمدو بوخاري", "PER", "NGA", ["الرئيس النيجيري"], "Muhammadu Buhari")
A["snn-2015-07-24-74"] = ("2015-07-24", [
 E("ACCUSE", "allege", [buhari], [P("الولايات المتحدة", "GPE", "USA", ["واشنطن"], "United States")],
   "اتهم الرئيس النيجيري محمدو بوخاري، الولايات المتحدة “بدعم وتحريض” جماعة بوكو حرام الإسلامية المتشددة برفض واشنطن إمداد نيجيريا بالسلاح"),
 E("CONSULT", "visit", [buhari], [P("باراك أوباما", "PER", "USA", ["نظيره الأمريكي"], "Barack Obama")],
   "وكان الرئيس النيجيري قد التقى بنظيره الأمريكي، باراك أوباما، الإثنين للبحث في سبل تقديم المزيد من المساعدة",
   "2015-07-20", "الإثنين", None),
])

# --- King Salman's cable to Mohammed VI (okaz, Fri 31 Jul) -------------------------------------
A["snn-2015-07-31-1838"] = ("2015-07-31", [
 E("AGREE", None, [P("سلمان بن عبدالعزيز آل سعود", "PER", "SAU", ["خادم الحرمين الشريفين"], "King Salman")],
   [P("المملكة المغربية", "GPE", "MAR", ["محمد السادس"], "Morocco")],
   "أشاد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، بتميز العلاقات الأخوية التي تربط بين المملكة العربية السعودية، والمملكة المغربية، والشعبين الشقيقين، مؤكدا سعي الجميع لتعزيزها وتنميتها في جميع المجالات"),
])

# --- Carter denounces Iran before Congress (okaz, Fri 31 Jul) ---------------------------------
A["snn-2015-07-31-1907"] = ("2015-07-31", [
 E("ACCUSE", "disapprove", [P("أشتون كارتر", "PER", "USA", ["وزير الدفاع الأمريكي"], "Ashton Carter")], [P("إيران", "GPE", "IRN", [], "Iran")],
   "ندد وزير الدفاع الأمريكي أشتون كارتر أمس أمام الكونغرس بـ«الأنشطة المؤذية» لإيران في الشرق الأوسط",
   "2015-07-30", "أمس", None),
 E("AGREE", None, [P("القوى العظمى", "ORG", None, [], "P5+1"), P("إيران", "GPE", "IRN", [], "Iran")], [],
   "ما تم التوصل إليه في 14 يوليو (تموز) في فيينا بين القوى العظمى وإيران",
   "2015-07-14", "في 14 يوليو (تموز)", L("فيينا", "Vienna", "AUT")),
])

# --- Shelling of the al-Misyal border post (sabq, Fri 31 Jul) ----------------------------------
A["snn-2015-07-31-2194"] = ("2015-07-31", [
 E("ASSAULT", "heavy-weapons", [],
   [P("أحمد جعفر حسن المجيشي", "PER", "SAU", ["العريف"], "Cpl. Ahmed al-Mujaishi"),
    P("محمد علي ياسين العمري", "PER", "SAU", [], "Pvt. Mohammed al-Omari"),
    P("حسن ناصر محمد بشيري", "PER", "SAU", [], "Pvt. Hassan Bishri"),
    P("سبعة من رجال حرس الحدود", "PER", "SAU", [], "seven border guards")],
   "تعرّض مركز المسيال بقطاع ظهران الجنوب بمنطقة عسير، لقذائف عسكرية كثيفة من داخل الأراضي اليمنية",
   "2015-07-31", "من صباح اليوم الجمعة", L("قطاع ظهران الجنوب", "Dhahran al-Janub sector", "SAU")),
 E("ASSAULT", None, [P("القوات البرية", "ORG", "SAU", [], "Royal Saudi Land Forces")], [],
   "والتنسيق مع القوات البرية للتعامل مع مصادر إطلاق القذائف بالأراضي اليمنية، وتم -بتوفيق الله- تدمير منصات إطلاق القذائف",
   "2015-07-31", "من صباح اليوم الجمعة", L("الأراضي اليمنية", "Yemen", "YEM")),
])

# --- Two Israelis charged with the Tabgha church arson (3alyoum, Fri 31 Jul) -------------------
A["snn-2015-07-31-153"] = ("2015-07-31", [
 E("ACCUSE", "allege", [P("السلطات", "ORG", "ISR", [], "Israeli authorities")],
   [P("اثنين من الإسرائيليين", "PER", "ISR", ["المشتبه بهما"], "two Israeli suspects")],
   "وجهت اليوم الأربعاء اتهامات لاثنين من الإسرائيليين وصفتهما السلطات بأنهما يهوديان متطرفان بإحراق جزء من كنيسة",
   "2015-07-29", "اليوم الأربعاء", L("الناصرة", "Nazareth", "ISR")),
])

# --- OIC condemns the burning of the Dawabsheh home (sabq, Fri 31 Jul) -------------------------
oic = P("منظمة التعاون الإسلامي", "ORG", None, ["المنظمة"], "Organisation of Islamic Cooperation")
madani = P("إياد أمين مدني", "PER", None, ["الأمين العام للمنظمة", "مدني"], "Iyad Ameen Madani")
settlers = P("المستوطنين المتطرفين", "PER", "ISR", [], "Israeli settlers")
A["snn-2015-07-31-2214"] = ("2015-07-31", [
 E("ACCUSE", "disapprove", [oic], [settlers],
   "أدانت منظمة التعاون الإسلامي في بيان صادر مساء اليوم، بأشد العبارات، الجريمة البشعة التي أدت إلى استشهاد الطفل الفلسطيني علي دوابشة حرقاً",
   "2015-07-31", "مساء اليوم", None),
 E("ASSAULT", "primitive", [settlers], [P("علي دوابشة", "PER", "PSE", ["الطفل الفلسطيني"], "Ali Dawabsheh")],
   "استشهاد الطفل الفلسطيني علي دوابشة حرقاً وإصابة عائلته بجروح بليغة، إثر استهداف المستوطنين المتطرفين لمنزلهم وإحراقه في نابلس بالضفة الغربية",
   None, None, L("نابلس", "Nablus", "PSE")),
 E("ACCUSE", "allege", [madani], [P("إسرائيل", "GPE", "ISR", [], "Israel")],
   "وحمّل الأمين العام للمنظمة إياد أمين مدني (إسرائيل) قوة الاحتلال، المسؤولية الكاملة عن تداعيات الجريمة البشعة"),
 E("REQUEST", None, [madani], [P("دول مجلس الأمن دائمة العضوية", "ORG", None, [], "UNSC permanent members")],
   "ودعا مدني المجتمع الدولي، لا سيما دول مجلس الأمن دائمة العضوية، والدول التي لا تنفك عن التأكيد على علاقتها الأبدية بـ(إسرائيل)، إلى تحمل مسؤولياتها السياسية والأخلاقية والإنسانية، واتخاذ خطوات عملية فورية لوقف هذه الجرائم"),
])

# --- Cameron pledges to deport more migrants (aljazirah, Fri 31 Jul) ---------------------------
cameron = P("ديفيد كاميرون", "PER", "GBR", ["رئيس الوزراء البريطاني", "كاميرون"], "David Cameron")
A["snn-2015-07-31-740"] = ("2015-07-31", [
 E("COERCE", None, [cameron], [P("المهاجرين", "PER", None, ["المهاجرين غير الشرعيين"], "irregular migrants")],
   "تعهد رئيس الوزراء البريطاني ديفيد كاميرون أمس الخميس بترحيل المزيد من المهاجرين الذين يصلون إلى بريطانيا بصورة غير قانونية",
   None, None, None, "planned"),
 E("CONSULT", "visit", [cameron], [P("فيتنام", "GPE", "VNM", [], "Vietnam")],
   "وقال كاميرون للصحفيين خلال زيارته إلى فيتنام",
   "2015-07-30", "أمس الخميس", L("فيتنام", "Vietnam", "VNM")),
])


check_new_ids(A, "events-extra.jsonl", "events-extra2.jsonl", "events-extra3.jsonl", "events-extra4.jsonl")
write_gold(A, "events-extra5.jsonl")
