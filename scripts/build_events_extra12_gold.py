"""Write eval/events-extra12.jsonl: a twelfth hand-annotated event gold (issue 5 gold form), meant as an
UNTOUCHED HELD-OUT set: 20 SaudiNewsNet articles of Saturday 1 and Sunday 2 August 2015 (files 2015-08-01
and -02), ODD ids only (another set may later take the even ones), kept as ids + events only (the article
text is CC BY-NC-SA and is not shipped; `marsad eval events` joins it from
../shared/data/news/saudinewsnet). Nobody is to tune on it.

Selection rule (reproducible, not by taste): the odd ids of both days (2015-08-01 first, each day in
id order) are shuffled with ``random.Random(12).shuffle`` and walked in that order; ids in the dev gold,
in ../shared/data/events-dev/dedup-dev.json, in seed-events.jsonl or in another event gold
(events-extra … extra11) are skipped (none of them came up before the walk ended). The first 18 news
reports in Arabic whose subject is politics, diplomacy, security, armed conflict, terrorism, protests or
arrests are kept, with at most three articles on the same incident (MBS's visit to Egypt and the Cairo
Declaration: 01-479, 02-1171 and 01-493; the walk ended before the next one, the King–Sisi call on the
declaration 02-1111); then the first two ordinary local (Saudi) news reports of the walk are kept as
false-positive checks (the Eastern Province passports' Eid traffic 02-561 and the Baha excellence award's
criteria for government bodies 02-1067, both administrative). The Yemeni president's appointment of
advisers (02-1297) is politics by the rule and so is among the 18, with no event (appointments have no
PLOVER type): a false-positive check inside the political part. The walk reaches position 92
(02-1235). Skipped on the way as not news reports or not political/security: opinion columns, features,
letters and interviews (01-657 on malicious lawsuits, 02-1017 on US oil exports, 02-189 on poetry, 01-65,
01-967, 02-1161 on de Mistura, 01-55, 02-153 on the invasion of Kuwait, 01-393 a reader's letter,
02-311, 02-797, 02-1143 on the Suez canal, 02-963 an interview with a Lebanese politician, as extra9 skipped 08-509, 01-1047 and 01-683
books, 01-79 Jaysh al-Islam's mass wedding, a social feature), sport (02-653, 02-261, 01-705, 02-647,
02-735, 01-829, 01-463, 02-737), economy (02-1073, 02-299, 02-337, 02-991, 02-1175, 02-255, 01-227,
01-181, 01-309, 02-187, 02-713), health and science (02-137, 02-253, 01-859, 01-1175, 02-675, 01-1017, 01-715), culture and leisure (the
Abha tourist bus 02-75, taken as tourism as extra11 took 09-39, the Abha exhibition 02-521, 01-949
fireworks, 02-691 a tourism forum), accidents (02-1223 a house fire, 02-855 the MH370 debris, 02-1219 an emergency landing, 01-1 the Blackbushe crash), a Friday
sermon (01-541), social items (02-45, 02-401, 01-341, 01-1253, 02-1291), Saudi humanitarian aid (the Syrian refugees'
campaign 02-689 and the fourth relief plane to Aden 01-749, as extra9 and extra11 skip aid reports), a
martyrs' repatriation notice (01-863, as extra11 skipped the funeral notice 08-993), a judicial
execution (01-951, no clear PLOVER type, as extra5 replaced such articles) and ordinary local items
beyond the first two (01-1223, 01-487, 02-777, 01-519, 01-47, 01-383, 01-809, 02-679, 02-515, 02-1059
a mosque-affairs programme, 01-633, 01-1233) and an article with no body (02-461). The result mixes
MBS in Egypt and the Cairo Declaration, Egypt (a Brotherhood mass sentence, Sinai, a fake suicide
belt), the PKK–Turkey war and the HDP trials, the Dawabsheh file at the ICC, Lavrov's Doha
meetings, coalition strikes on ISIS, Algeria's travel restrictions, the Saudi embassy in the Maldives,
Bahah in Aden, Rutba, Ramadi and Fallujah, the Burundi assassination, the White House lockdown, a
stabbing in Taif and shelling of Dhahran al-Janub.

Annotated by hand from the Arabic text only, following ../shared/docs/event-annotation-guidelines.md
and the conventions of the dev gold and of scripts/build_events_extra9_gold.py / _extra11_gold.py,
WITHOUT running marsad (CLI, pipeline or eval) on these articles or looking at any system output for
them; the script checks every evidence string and participant surface against the article (via
gold_form.write_gold) and that no id is in the dev gold, the dedup-dev ids or another event gold.
Quotes are not annotated (``"quotes": []``).

Judgement calls (beyond the guidelines and the extra4–extra11 calls, which are followed):
- MBS in Egypt (01-479, 01-493): his attendance at the Military Academy graduation and his visit
  «لمصر» are told as facts inside statements, so each article codes the visit once: CONSULT `visit`,
  placed at «مصر» (the text names no finer place for it; the academy is the ceremony's owner, not a
  stated place); the host is Egypt where no host is named (01-479) and Sisi where his talks with MBS
  are named (01-493). The Cairo Declaration = AGREE (a reached agreement; «إعلان القاهرة» names it,
  it gives no place), without date. The Generation Party's welcome of the visit and its praise of the
  declaration = two SUPPORTs (distinct recipients). The coordinator's charges against Hamas (sending
  Meshaal to claim a rapprochement) and Iran (spreading Shiism) = two ACCUSE `allege`; Meshaal's
  visit to Saudi Arabia (mid-July, within a month) = CONSULT `visit` placed «السعودية».
  02-1171: al-Khasht's «طالب ... بضرورة أن ينتقل التعاون» = REQUEST without recipient (the verb is a
  demand); his «مشددا على ضرورة» lines are opinions, left out.
- Egypt (02-805): the Belbeis court's prison sentences on 300 Brotherhood supporters = COERCE `arrest`
  (imprisonment is detention, as administrative detention is), dated «أمس» and placed at «بلبيس»; the
  prosecution's earlier charges and the 2013 protests are background of the trial, left out; Sisi's
  decree amending the electoral laws has no PLOVER type. The Sinai commander «مقتل ... بعد تبادل
  لإطلاق النيران» = ASSAULT `firearms` with both sides as actors (as the dev gold's 08-422), the army
  taken from its spokesman's announcement.
- Taif (02-595): the brawl = ASSAULT null with no actor named beyond «شخصين» (a clash), the stabbing
  of the security man = ASSAULT `primitive` (a blade, as stones and arson are primitive), the arrest =
  COERCE `arrest`; the patrol «بالطائف» places the first two, «بمحافظة الطائف» the arrest.
- Turkey (02-701): the lead's «واصل ... هجماته» is the aggregate of the Bozanti attack (one ASSAULT,
  PKK as actor because the article asserts it) and the «عشرات الغارات» the aggregate of the Friday
  strike (one ASSAULT `aerial` in northern Iraq); Suruç = ASSAULT `suicide-attack` («الانتحاري»),
  undated. The proceedings against Demirtaş and the investigation into Yüksekdağ = ACCUSE
  `investigate` (the charges are their content, not separate events); the two leaders' claim that the
  government wants to punish them, Demirtaş's accusation of Erdoğan, the HDP's complaint against
  Erdoğan and Erdoğan's accusation of «قوى سوداء» (no recipient: unnamed) = ACCUSE `allege`; the HDP
  complaint keeps a null date («عصر الجمعة» sits on the announcement). Erdoğan's «الذي يتهمه» in the
  portrait of Demirtaş is background, left out; his denial that Turkey helps ISIS is a denial of an
  accusation, left out; his visit to Indonesia = CONSULT `visit` (host: Indonesia).
- Giza (02-83): the woman's claim that she would blow herself up at the police point = THREATEN
  `violence` `threatened`, placed at «نقطة شرطة بشتيل»; her false claim that her husband strapped the
  belt on her = ACCUSE `allege`; the investigation = ACCUSE `investigate` (actor the Giza CID that
  received the report). Security men and the bomb squad going to the scene are not coded (as the dev
  gold's 09-357 officials going to the scene).
- Dawabsheh (01-429): the planned ICC file = ACCUSE `allege` `planned` dated «اليوم» (Abbas's
  «غدا (السبت)» is the same act); the PLO holding Netanyahu's government responsible = ACCUSE
  `disapprove` (as the dev gold's «محملاً»); the burning = ASSAULT `primitive` without actor (the text
  asserts no perpetrator; «إرهاب المستوطنين» is the PLO's reading) and without date or place; the
  leadership's decision to go to the Security Council = REQUEST `planned` (null date: «مساء الجمعة» is
  the decision's). Abbas's instruction to his foreign minister is intra-governmental.
- Lavrov (01-907): the planned trilateral and the meetings with the Emir and the Qatari foreign
  minister = three AGREE `planned` (enumerated meetings split), placed «قطر»; the two-day range
  «يومي الثاني والثالث من أغسطس» gives no single day: date null, date_text kept on the first only
  (as the dev gold's 08-1202 keeps it on the visit sentence).
- Coalition strikes (01-295): 17 near Deir ez-Zor, 7 near Hasakah and 17 «في العراق قرب تسع مدن» =
  three ASSAULT `aerial` (top-level places; Iraq's cities are unnamed, so Iraq), dated by the lead's
  «أمس»; the SOHR account of the Bukamal bridges and the coalition's Washington statement are the
  Deir ez-Zor strikes told again.
- Algeria (01-113): the travel restrictions reported by the press = COERCE `restrict` (undated: «الأسبوع
  الماضي» is when the reports circulated); Khartoum's denial of any notification and its praise of the
  relations are not coded (a denial of a report; a description of relations).
- Maldives (02-39): the embassy starting work = COOPERATE (diplomatic cooperation carried out, not an
  agreement), dated «اليوم الأحد» and placed at «ماليه»; the earlier agreements are undated background
  and the hope for relations an expectation.
- Aden (01-1067): Bahah's arrival in Aden is a government leader returning to his own country's city
  (no host, no PLOVER type), not coded; the expulsion of the Houthis «قبل أكثر من أسبوعين» = ASSAULT
  null with that date_text (as extra7).
- Anbar (01-85): the Rutba air strike = ASSAULT `aerial` without actor (the planes are unidentified),
  dated by al-Karbouli's «اليوم (أمس)»; his demand on the Joint Operations Command and the coalition =
  REQUEST (the repetition is the same act). Ramadi: the recapture of «شارع 60 الحولي» (told twice) =
  one ASSAULT null placed on the street; the clearing battles «منطقة الزراعة والملعب وطريق المحيط» =
  three ASSAULT null (enumerated places split; the chief's «معارك تطهير القاطع الشرقي» and the
  destroyed front lines are their aggregate/steps); the ISIS flight to the centre = RETREAT `withdraw`.
  Fallujah (witnesses): ISIS's executions of its own «متخاذلون» and of two residents = two ASSAULT null
  (as extra7's ISIS executions), the residents' demonstration = PROTEST `demo` against ISIS, the
  shooting at it = ASSAULT `firearms`, the detention of protesters = COERCE `arrest` (ISIS acting as
  the authority in the city), the ban on families leaving = COERCE `restrict`, the foreign commanders'
  flight = RETREAT `withdraw`; all placed at «مدينة الفلوجة», the paragraph's stated place. The siege
  of Fallujah (an undated state), the coalition's «هجمات يومية» (habitual) and the chief's forecast of
  raising the flag (an expectation) are left out.
- Burundi (02-623): the killing of Nshimirimana with RPGs and grenades = one ASSAULT `targeted` (an
  assassination; the mixed weapons give no single weapon mode), undated («اليوم الأحد» is the
  spokesman's), placed at «منطقة كامينجي».
- White House (01-157): the lockdown = COERCE `restrict` by the Secret Service («مساء أمس الجمعة»),
  the arrest = COERCE `arrest` (undated in its sentence), both placed at the White House; the jump
  over the barrier has no PLOVER type; the September intrusion is older background.
- Dhahran al-Janub (02-1235): «سقوط مقذوفات ... صباح اليوم الأحد» = agentless ASSAULT `heavy-weapons`
  (as the dev gold's 08-1203); the governor's denial is of his injury, not of the shelling.
- Ordinary (02-561, 02-1067): no events; al-Hilli's call on government bodies to compete for the award
  is an administrative appeal, not a political REQUEST.

Usage: python scripts/build_events_extra12_gold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_form import E, L, P, check_new_ids, check_selection, other_golds, write_gold  # noqa: E402

A = {}

# --- Egyptian initiative: MBS's visit refuted the rumours of a rift (aljazirah, Sat 1 Aug) ---------
manzour = P("محمد منظور", "PER", "EGY", ["منسق مبادرة استثمر فى مصر", "منظور"], "Mohamed Manzour")
A["snn-2015-08-01-479"] = ("2015-08-01", [
 E("CONSULT", "visit",
   [P("محمد بن سلمان", "PER", "SAU", ["ولي ولي العهد السعودي", "وزير الدفاع السعودى"], "Mohammed bin Salman")],
   [P("مصر", "GPE", "EGY", [], "Egypt")],
   "إن مشاركة محمد بن سلمان، وزير الدفاع السعودى وولي ولي العهد، فى حفل تخريج طلبة الكلية الحربية",
   None, None, L("مصر", "Egypt", "EGY")),
 E("ACCUSE", "allege", [manzour], [P("حركة حماس", "ORG", "PSE", [], "Hamas")],
   "أن هناك بعض الأطراف تحاول تعكير صفو العلاقات بين البلدين، كحركة حماس التى أرسلت رئيس مكتبها السياسى خالد مشعل إلى السعودية للادعاء بأن هناك تقاربًا بين الحركة والمملكة"),
 E("CONSULT", "visit", [P("خالد مشعل", "PER", "PSE", ["رئيس مكتبها السياسى"], "Khaled Meshaal")],
   [P("السعودية", "GPE", "SAU", ["المملكة"], "Saudi Arabia")],
   "كحركة حماس التى أرسلت رئيس مكتبها السياسى خالد مشعل إلى السعودية",
   None, None, L("السعودية", "Saudi Arabia", "SAU")),
 E("ACCUSE", "allege", [manzour], [P("إيران", "GPE", "IRN", [], "Iran")],
   "بالإضافة إلى إيران التى تحاول توسيع نشاطها فى المنطقة بشكل ملحوظ والتكثيف من أنشطة نشر التشيع"),
])

# --- Egypt's cultural attaché on the Cairo Declaration (okaz, Sun 2 Aug) ---------------------------
A["snn-2015-08-02-1171"] = ("2015-08-02", [
 E("AGREE", None, [P("السعودية", "GPE", "SAU", ["المملكة"], "Saudi Arabia"), P("مصر", "GPE", "EGY", [], "Egypt")], [],
   "أن «إعلان القاهرة» كشف عن اتفاق الجانبين السعودي والمصري على حزمة من الآليات التنفيذية في مجالات عديدة"),
 E("REQUEST", None, [P("محمد عثمان الخشت", "PER", "EGY", ["المستشار الثقافي المصري في المملكة", "الخشت"], "Mohamed Othman El-Khosht")], [],
   "وطالب الخشت بضرورة أن ينتقل التعاون من مرحلة «الكيمياء المشتركة» إلى مرحلة «الشراكة الاستراتيجية»"),
])

# --- Ordinary: over 1.6 million travellers through the Eastern Province ports at Eid (alriyadh, Sun 2 Aug)
A["snn-2015-08-02-561"] = ("2015-08-02", [])

# --- Egypt: electoral laws, 300 Brotherhood supporters sentenced, Sinai commander killed (alwatan, Sun 2 Aug)
A["snn-2015-08-02-805"] = ("2015-08-02", [
 E("COERCE", "arrest", [P("دائرة الإرهاب في محكمة الجنايات", "ORG", "EGY", [], "Belbeis criminal court, terrorism circuit")],
   [P("300 من مؤيدي جماعة الإخوان المحظورة", "PER", "EGY", ["المحكوم عليهم"], "Muslim Brotherhood supporters")],
   "إن دائرة الإرهاب في محكمة الجنايات في بلبيس بمحافظة الشرقية حكمت أمس بالسجن المشدد بين ثلاث و10 سنوات على 300 من مؤيدي جماعة الإخوان المحظورة",
   "2015-08-01", "أمس", L("بلبيس", "Belbeis, Sharqia", "EGY")),
 E("ASSAULT", "firearms",
   [P("الجيش المصري", "ORG", "EGY", [], "Egyptian Armed Forces"),
    P('أحد قيادات تنظيم "أنصار بيت المقدس"', "PER", None, [], "Ansar Bayt al-Maqdis commander")], [],
   'عن مقتل أحد قيادات تنظيم "أنصار بيت المقدس" التابع لتنظيم داعش الإرهابي في الشيخ زويد بشمال سيناء بعد تبادل لإطلاق النيران',
   None, None, L("الشيخ زويد", "Sheikh Zuweid", "EGY")),
])

# --- Taif: man who stabbed a security officer arrested (alriyadh, Sun 2 Aug) -----------------------
culprit = P("الجاني", "PER", None, ["أحدهما"], "the assailant")
A["snn-2015-08-02-595"] = ("2015-08-02", [
 E("ASSAULT", None, [P("شخصين", "PER", None, [], "two brawling men")], [],
   "إن إحدى دوريات الأمن بالطائف وأثناء قيامها بواجبها وجدت شخصين يتشاجران",
   None, None, L("الطائف", "Taif", "SAU")),
 E("ASSAULT", "primitive", [culprit], [P("رجل أمن", "PER", "SAU", ["رجل الأمن المصاب"], "Taif security officer")],
   "فترجل رجل أمن للسيطرة عليهما إلا أن أحدهما طعنه ولاذ بالفرار",
   None, None, L("الطائف", "Taif", "SAU")),
 E("COERCE", "arrest", [P("الدوريات الأمنية بمحافظة الطائف", "ORG", "SAU", ["دوريات الأمن"], "Taif security patrols")], [culprit],
   "ألقت الدوريات الأمنية بمحافظة الطائف القبض على شخص أقدم على طعن رجل أمن تدخل لفض مشاجرة",
   None, None, L("محافظة الطائف", "Taif Governorate", "SAU")),
])

# --- Turkey: PKK attacks go on, the judiciary pursues the HDP leaders (alriyadh, Sun 2 Aug) --------
pkk = P("حزب العمال الكردستاني", "ORG", "TUR", [], "PKK")
demirtas = P("صلاح الدين دمرتاش", "PER", "TUR", ["دمرتاش"], "Selahattin Demirtaş")
yuksekdag = P("فيجن يوكسيكداغ", "PER", "TUR", ["زعيمة الحزب الثانية"], "Figen Yüksekdağ")
erdogan = P("رجب طيب اردوغان", "PER", "TUR", ["اردوغان", "الرئيس التركي"], "Recep Tayyip Erdoğan")
A["snn-2015-08-02-701"] = ("2015-08-02", [
 E("ASSAULT", None, [pkk], [P("شرطيان", "PER", "TUR", [], "two Turkish policemen")],
   "وقتل شرطيان صباح الجمعة في هجوم استهدف مقرا للشرطة في مدينة بوزانتي في منطقة اضنة في جنوب البلاد",
   "2015-07-31", "صباح الجمعة", L("مدينة بوزانتي", "Pozantı, Adana", "TUR")),
 E("ASSAULT", "aerial", [P("الطيران العسكري التركي", "ORG", "TUR", [], "Turkish Air Force")], [pkk],
   "ورد الطيران العسكري التركي بعد ظهر الجمعة. ونقلت وسائل الاعلام انه قصف بقوة مواقع لحزب العمال الكردستاني في شمال العراق",
   "2015-07-31", "بعد ظهر الجمعة", L("شمال العراق", "Northern Iraq", "IRQ")),
 E("ASSAULT", "suicide-attack", [], [P("32 شابا من الناشطين الاكراد", "PER", "TUR", [], "Kurdish activists")],
   "منذ الاعتداء الانتحاري في سوروتش الذي اودى بحياة 32 شابا من الناشطين الاكراد",
   None, None, L("سوروتش", "Suruç", "TUR")),
 E("ACCUSE", "investigate", [P("السلطات التركية", "ORG", "TUR", [], "Turkish authorities")], [demirtas],
   'واستهدفت هذه الاجراءات القضائية صلاح الدين دمرتاش الزعيم الشاب لحزب الشعب الديموقراطي المتهم بالعمل على "زعزعة النظام العام" و"الحض على العنف"'),
 E("ACCUSE", "investigate", [P("الادعاء التركي", "ORG", "TUR", [], "Turkish prosecutors")], [yuksekdag],
   "كما فتح الادعاء التركي الجمعة تحقيقا بحق زعيمة الحزب الثانية فيجن يوكسيكداغ",
   "2015-07-31", "الجمعة"),
 E("ACCUSE", "allege", [demirtas, yuksekdag], [P("الحكومة التركية", "ORG", "TUR", [], "Government of Turkey")],
   'ويقول الزعيمان الكرديان ان هدف الحكومة التركية هو "معاقبتهما" على النتيجة الجيدة التي حققها حزب الشعب الديموقراطي'),
 E("ACCUSE", "allege", [P("حزب الشعب الديموقراطي", "ORG", "TUR", [], "Peoples' Democratic Party (HDP)")], [erdogan],
   'واعلن حزب الشعب الديموقراطي عصر الجمعة انه تقدم بشكوى ضد اردوغان "لممارسته الضغوط على النظام القضائي"'),
 E("ACCUSE", "allege", [demirtas], [erdogan],
   'ويتهم دمرتاش الرئيس التركي بالعمل على "زعزعة الوضع" في البلاد'),
 E("CONSULT", "visit", [erdogan], [P("اندونيسيا", "GPE", "IDN", [], "Indonesia")],
   "خلال زيارة له الى اندونيسيا", None, None, L("اندونيسيا", "Indonesia", "IDN")),
 E("ACCUSE", "allege", [erdogan], [],
   'متهما "قوى سوداء" بنشر دعاية اعلامية خاطئة حول بلاده'),
])

# --- Ordinary: the Baha excellence award sets its criteria (alyaum, Sun 2 Aug) ---------------------
A["snn-2015-08-02-1067"] = ("2015-08-02", [])

# --- Giza: a woman fakes a suicide belt at a police point (3alyoum, Sun 2 Aug) ---------------------
woman = P("سيدة مصرية", "PER", "EGY", ["السيدة"], "Egyptian woman")
A["snn-2015-08-02-83"] = ("2015-08-02", [
 E("THREATEN", "violence", [woman], [P("نقطة شرطة بشتيل", "ORG", "EGY", [], "Bashtil police point")],
   "بعدما زعمت أنها ترتدي حزامًا ناسفًا وأنها ستفجر نفسها أمام نقطة شرطة بشتيل بالجيزة في مصر",
   None, None, L("نقطة شرطة بشتيل", "Bashtil police point, Giza", "EGY"), status="threatened"),
 E("ACCUSE", "investigate", [P("الإدارة العامة لمباحث الجيزة", "ORG", "EGY", ["مفتش المباحث"], "Giza Criminal Investigation Department")], [woman],
   "وبعد التحقيقات تبين أن خلافاتها مع زوجها كانت سببًا للجوئها إلى هذه الحيلة انتقامًا منه"),
 E("ACCUSE", "allege", [woman], [P("زوجها", "PER", "EGY", [], "her husband")],
   "بعدما ادعت أنه هو من ربط الحزام الناسف حولها لتفجر النقطة"),
])

# --- Yemen: Hadi appoints three advisers (sabq, Sun 2 Aug): no event ------------------------------
A["snn-2015-08-02-1297"] = ("2015-08-02", [])

# --- Egypt's Generation Party welcomes MBS's visit (aljazirah, Sat 1 Aug) --------------------------
jeel = P("حزب الجيل الديمقراطى المصري", "ORG", "EGY", ["الجيل"], "Egyptian Generation Democratic Party")
mbs = P("محمد بن سلمان", "PER", "SAU", ["ولي ولي العهد السعودى", "ولي ولي المملكة"], "Mohammed bin Salman")
sisi = P("عبد الفتاح السيسى", "PER", "EGY", ["الرئيس عبد الفتاح السيسى"], "Abdel Fattah el-Sisi")
A["snn-2015-08-01-493"] = ("2015-08-01", [
 E("SUPPORT", None, [jeel], [mbs],
   "رحب حزب الجيل الديمقراطى المصري برئاسة ناجي الشهابي بزيارة الأمير محمد بن سلمان ولي ولي العهد السعودى ووزير الدفاع لمصر"),
 E("CONSULT", "visit", [mbs], [sisi],
   "مباحثات الرئيس عبد الفتاح السيسى مع ولي ولي المملكة الأمير محمد بن سلمان",
   None, None, L("مصر", "Egypt", "EGY")),
 E("AGREE", None, [sisi, mbs], [],
   "بإعلان القاهرة الصادر بشأن مباحثات الرئيس عبد الفتاح السيسى مع ولي ولي المملكة الأمير محمد بن سلمان"),
 E("SUPPORT", None, [jeel], [sisi, mbs],
   "وأشاد «الجيل»، فى بيانه، بإعلان القاهرة"),
])

# --- Palestinians take the Dawabsheh file to the ICC (aljazirah, Sat 1 Aug) ------------------------
A["snn-2015-08-01-429"] = ("2015-08-01", [
 E("ACCUSE", "allege",
   [P("السلطة الفلسطينية", "ORG", "PSE", [], "Palestinian Authority"), P("عباس", "PER", "PSE", [], "Mahmoud Abbas")], [],
   "أكدت السلطة الفلسطينية انها سترفع الملف أمام المحكمة الجنائية الدولية اليوم",
   "2015-08-01", "اليوم", None, status="planned"),
 E("ACCUSE", "disapprove", [P("منظمة التحرير الفلسطينية", "ORG", "PSE", [], "Palestine Liberation Organization")],
   [P("حكومة رئيس الوزراء الإسرائيلي بنيامين نتانياهو", "ORG", "ISR", [], "Government of Israel")],
   "وحمّلت منظمة التحرير الفلسطينية حكومة رئيس الوزراء الإسرائيلي بنيامين نتانياهو «المسؤولية الكاملة» عن مقتل الطفل"),
 E("ASSAULT", "primitive", [], [P("علي دوابشة", "PER", "PSE", ["الرضيع", "الطفل"], "Ali Dawabsheh")],
   "ملف جريمة إحراق الرضيع علي دوابشة"),
 E("REQUEST", None, [P("القيادة الفلسطينية", "ORG", "PSE", [], "Palestinian leadership")],
   [P("مجلس الأمن الدولي", "ORG", None, [], "UN Security Council")],
   "وقررت القيادة الفلسطينية مساء الجمعة التوجه الى مجلس الأمن الدولي لاستصدار قرار يدين هجمات المستوطنين",
   status="planned"),
])

# --- Lavrov to meet Kerry and al-Jubeir in Qatar (alweeam, Sat 1 Aug) ------------------------------
lavrov = P("سيرجي لافروف", "PER", "RUS", ["وزير الخارجية الروسي", "لافروف"], "Sergey Lavrov")
qatar = L("قطر", "Qatar", "QAT")
lav2 = "وأضافت أن لافروف سيعقد اجتماعات أيضا مع أمير قطر الشيخ تميم بن حمد آل ثاني ووزير الخارجية القطري خالد العطية"
A["snn-2015-08-01-907"] = ("2015-08-01", [
 E("AGREE", None, [lavrov],
   [P("جون كيري", "PER", "USA", [], "John Kerry"), P("عادل الجبير", "PER", "SAU", [], "Adel al-Jubeir")],
   "إن وزير الخارجية الروسي سيرجي لافروف سيعقد اجتماعا ثلاثيا مع نظيريه الأمريكي جون كيري والسعودي عادل الجبير خلال زيارة عمل لقطر يومي الثاني والثالث من أغسطس آب",
   None, "يومي الثاني والثالث من أغسطس آب", qatar, status="planned"),
 E("AGREE", None, [lavrov], [P("تميم بن حمد آل ثاني", "PER", "QAT", ["أمير قطر"], "Tamim bin Hamad Al Thani")],
   lav2, None, None, qatar, status="planned"),
 E("AGREE", None, [lavrov], [P("خالد العطية", "PER", "QAT", ["وزير الخارجية القطري"], "Khalid al-Attiyah")],
   lav2, None, None, qatar, status="planned"),
])

# --- Coalition: 41 air strikes on ISIS in Syria and Iraq (aleqtisadiya, Sat 1 Aug) ---------------
coalition = P("قوات التحالف الدولي", "ORG", None, ["القيادة المشتركة لقوات التحالف الدولي", "الائتلاف الدولي"], "US-led coalition")
isis = P("داعش", "ORG", None, ["تنظيم داعش"], "ISIS")
A["snn-2015-08-01-295"] = ("2015-08-01", [
 E("ASSAULT", "aerial", [coalition], [isis],
   'إن 17 ضربة جوية نفذت قرب دير الزور، استهدفت مناطق تجمعات وجسورا ونقاط تفتيش ومركزا للتدريب وموقعاً لوجستياً لتنظيم "داعش" في سورية',
   "2015-07-31", "أمس", L("دير الزور", "Deir ez-Zor", "SYR")),
 E("ASSAULT", "aerial", [coalition], [isis],
   "كما نفذت سبع ضربات جوية قرب الحسكة واستهدفت وحدات تكتيكية ومواقع قتالية وسيارات ومركزا للقيادة",
   "2015-07-31", "أمس", L("الحسكة", "Al-Hasakah", "SYR")),
 E("ASSAULT", "aerial", [coalition], [isis],
   "وأضاف البيان أن القوات نفذت أيضاً 17 ضربة جوية في العراق قرب تسع مدن",
   "2015-07-31", "أمس", L("العراق", "Iraq", "IRQ")),
])

# --- Khartoum: Algeria did not notify us of a travel ban (aawsat, Sat 1 Aug) ----------------------
A["snn-2015-08-01-113"] = ("2015-08-01", [
 E("COERCE", "restrict",
   [P("سلطات الأمن في الجزائر", "ORG", "DZA", ["أجهزة الأمن الجزائرية", "السلطات الجزائرية"], "Algerian security authorities")],
   [P("الجزائريين", "PER", "DZA", ["مواطنيها"], "Algerian citizens")],
   "سلطات الأمن في الجزائر فرضت إجراءات أمنية مشددة على سفر مواطنيها، خصوصًا الشباب، إلى سبع دولة عربية تشهد نزاعات"),
])

# --- The Saudi embassy in the Maldives starts work (3alyoum, Sun 2 Aug) --------------------------
A["snn-2015-08-02-39"] = ("2015-08-02", [
 E("COOPERATE", None, [P("المملكة العربية السعودية", "GPE", "SAU", ["المملكة"], "Saudi Arabia")],
   [P("جمهورية المالديف", "GPE", "MDV", ["المالديف"], "Maldives")],
   "فقد باشرت سفارة المملكة العربية السعودية في عاصمة جمهورية المالديف (ماليه) أعمالها اليوم الأحد",
   "2015-08-02", "اليوم الأحد", L("ماليه", "Malé", "MDV")),
])

# --- Yemen: Vice-President Bahah arrives in Aden (alyaum, Sat 1 Aug) ------------------------------
A["snn-2015-08-01-1067"] = ("2015-08-01", [
 E("ASSAULT", None, [P("مقاتلون محليون", "PER", "YEM", [], "local fighters (Popular Resistance)")],
   [P("جماعة الحوثي", "ORG", "YEM", [], "Houthis")],
   "منذ أن طرد مقاتلون محليون جماعة الحوثي منها قبل أكثر من أسبوعين",
   None, "قبل أكثر من أسبوعين", L("عدن", "Aden", "YEM")),
])

# --- Anbar: air strike kills 46 civilians in Rutba; Ramadi and Fallujah (aawsat, Sat 1 Aug) -------
isis_iq = P("تنظيم داعش", "ORG", None, ["داعش", "التنظيم الإرهابي"], "ISIS")
iraqi = P("القوات الأمنية العراقية المشتركة", "ORG", "IRQ", ["القوات العراقية", "القوات الأمنية"], "Iraqi security forces")
ramadi_east = "القوات الأمنية من الجيش والشرطة وبدعم طيران التحالف تتقدم بشكل كبير في معارك تطهير منطقة الزراعة والملعب وطريق المحيط في القاطع الشرقي للرمادي"
fallujah = L("مدينة الفلوجة", "Fallujah", "IRQ")
protesters = P("المتظاهرين", "PER", "IRQ", [], "Fallujah protesters")
A["snn-2015-08-01-85"] = ("2015-08-01", [
 E("ASSAULT", "aerial", [], [P("46 مدنيا", "PER", "IRQ", [], "civilians of Rutba")],
   "بمقتل 46 مدنيا بينهم نساء وأطفال وجرح عدد كبير في قصف جوي طال مدينة الرطبة",
   "2015-07-31", "اليوم (أمس)", L("مدينة الرطبة", "Rutba", "IRQ")),
 E("REQUEST", None, [P("محمد الكربولي", "PER", "IRQ", ["عضو لجنة الأمن والدفاع النيابية", "الكربولي"], "Mohammed al-Karbouli")],
   [P("العمليات المشتركة", "ORG", "IRQ", ["قيادتي العمليات المشتركة"], "Joint Operations Command"),
    P("التحالف الدولي", "ORG", None, [], "US-led coalition")],
   "وطالب عضو لجنة الأمن والدفاع النيابية النائب محمد الكربولي، قيادتي العمليات المشتركة والتحالف الدولي بتوخي الدقة في قصف تجمعات «داعش» بالأنبار"),
 E("ASSAULT", None, [iraqi], [isis_iq],
   "بعد أن تمكنت من استعادة السيطرة على شارع 60 الحولي الذي يلتف حول الكثير من المناطق والأحياء وسط المدينة",
   None, None, L("شارع 60 الحولي", "Street 60 ring road, Ramadi", "IRQ")),
 *[E("ASSAULT", None, [iraqi], [isis_iq], ramadi_east, None, None, L(t, n, "IRQ")) for t, n in (
   ("منطقة الزراعة", "al-Ziraa area, eastern Ramadi"), ("الملعب", "al-Malaab district, Ramadi"),
   ("طريق المحيط", "al-Muhit road, eastern Ramadi"))],
 E("RETREAT", "withdraw", [P("المئات من قادة وعناصر داعش", "PER", None, [], "ISIS fighters in Ramadi")], [],
   "مما أدى إلى هروب المئات من قادة وعناصر داعش إلى مركز الرمادي لتحصين أنفسهم من معارك التطهير",
   None, None, L("الرمادي", "Ramadi", "IRQ")),
 E("RETREAT", "withdraw", [P("قادته الأجانب", "PER", None, [], "ISIS foreign commanders")], [],
   "وهذا ما يفعله الآن قادته الأجانب الذين بدأوا بالفرار من المدينة بعد وصول القوات العراقية",
   None, None, fallujah),
 E("ASSAULT", None, [isis_iq], [P("عناصر من مسلحيه", "PER", None, [], "ISIS fighters deemed slackers")],
   "أن التنظيم الإرهابي بدأ بإعدام عناصر من مسلحيه وصفهم بأنهم متخاذلون", None, None, fallujah),
 E("ASSAULT", None, [isis_iq], [P("شخصين من سكان مدينة الفلوجة", "PER", "IRQ", [], "two Fallujah residents")],
   "كما قام التنظيم المجرم بإعدام شخصين من سكان مدينة الفلوجة بتهمة التعاون مع القوات العراقية", None, None, fallujah),
 E("PROTEST", "demo", [P("السكان المحاصرون", "PER", "IRQ", [], "besieged Fallujah residents")], [isis_iq],
   "بينما أخذ السكان المحاصرون داخل مدينة الفلوجة بالتظاهر للتنديد بالممارسات الوحشية لعناصر التنظيم والمطالبة بخروجهم من المدينة",
   None, None, fallujah),
 E("ASSAULT", "firearms", [isis_iq], [protesters],
   "لكن التنظيم الإرهابي يرد على تلك المظاهرات بإطلاق النار", None, None, fallujah),
 E("COERCE", "arrest", [isis_iq], [protesters], "واحتجاز المتظاهرين", None, None, fallujah),
 E("COERCE", "restrict", [isis_iq], [P("آلاف العائلات", "PER", "IRQ", [], "Fallujah families")],
   "مانعًا آلاف العائلات من مغادرة المدينة", None, None, fallujah),
])

# --- Burundi: former intelligence chief killed by rockets (alriyadh, Sun 2 Aug) -------------------
A["snn-2015-08-02-623"] = ("2015-08-02", [
 E("ASSAULT", "targeted", [P("عددا من الرجال يرتدون زيا عسكريا", "PER", "BDI", [], "gunmen in military uniform")],
   [P("ادولف نشيميريمانا", "PER", "BDI", ["رئيس المخابرات السابق", "نشيميريمانا"], "Adolphe Nshimirimana")],
   "أن رئيس المخابرات السابق ادولف نشيميريمانا قتل في منطقة كامينجي بالعاصمة بوجمبورا",
   None, None, L("منطقة كامينجي", "Kamenge, Bujumbura", "BDI")),
])

# --- Woman arrested after jumping towards the White House (aawsat, Sat 1 Aug) --------------------
secret_service = P("جهاز الخدمة السرية", "ORG", "USA", [], "US Secret Service")
white_house = L("البيت الأبيض", "White House", "USA")
A["snn-2015-08-01-157"] = ("2015-08-01", [
 E("COERCE", "restrict", [secret_service], [],
   "أن البيت الأبيض أغلق لفترة وجيزة مساء أمس الجمعة، بعد أن قفزت امرأة من فوق الحاجز المواجه لسياج قصر الرئاسة",
   "2015-07-31", "مساء أمس الجمعة", white_house),
 E("COERCE", "arrest", [secret_service], [P("المرأة", "PER", None, ["امرأة"], "unidentified woman")],
   "وقالت المحطة إن جهاز الخدمة السرية اعتقل المرأة التي لم يُكشف النقاب عن هويتها",
   None, None, white_house),
])

# --- Dhahran al-Janub governor denies being hurt by projectiles from Yemen (sabq, Sun 2 Aug) ------
A["snn-2015-08-02-1235"] = ("2015-08-02", [
 E("ASSAULT", "heavy-weapons", [], [],
   "سقوط مقذوفات من داخل الأراضي اليمنية صباح اليوم الأحد على محافظة ظهران الجنوب",
   "2015-08-02", "صباح اليوم الأحد", L("محافظة ظهران الجنوب", "Dhahran al-Janub Governorate", "SAU")),
])


check_selection(A, n=20, parity=1, days=("2015-08-01", "2015-08-02"))
check_new_ids(A, *other_golds("events-extra12.jsonl"))
write_gold(A, "events-extra12.jsonl")
