"""Write eval/events-extra15.jsonl: a fifteenth hand-annotated event gold (issue 5 gold form), meant as a
TUNING set for the place-of-event rules: 20 SaudiNewsNet articles of Thursday 23 and Friday 31 July 2015
(files 2015-07-23 and -31), EVEN ids only, kept as ids + events only (the article text is CC BY-NC-SA
and is not shipped; `marsad eval events` joins it from ../shared/data/news/saudinewsnet).

Selection rule (reproducible, not by taste): the even ids of both days (2015-07-23 first, each day in
id order) are shuffled with ``random.Random(15).shuffle`` and walked in that order; ids in the dev gold,
in ../shared/data/events-dev/dedup-dev.json, in seed-events.jsonl or in another event gold
(events-extra … extra13, and extra14 when it exists) are skipped (none came up before the walk ended: extra5 drew the odd ids of
the same days). The first 20 news reports in Arabic whose subject is politics, diplomacy, security,
armed conflict, terrorism, protests or arrests are kept, with at most three articles on the same
incident (never reached: MBS in Egypt 31-2086 and 31-726; the Anad front 23-830 and 31-1904; the PKK
killing of two policemen 23-1226 and the Suruç bomber 23-1156 are distinct incidents). The walk reaches
position 80 (23-1156). Skipped on the way as not news reports or not political/security: opinion
columns, features, letters, fiction and poetry (31-806 a eulogy of Saud al-Faisal, 31-1320, 23-1178,
23-380, 23-512, 31-1982, 31-764, 31-828, 31-1810, 23-652, 31-1734, 31-254, the «this day in history»
digest 23-306), sport (23-852, 31-672, 23-412, 31-1418, 31-1836, 31-1564, 31-534, 31-706, 31-1984,
23-782, 31-862), economy and jobs (23-740, 31-116 a labour inspection, 31-1804, 23-170, 31-416,
31-766, 31-1876, 31-1238 Google's refusal of the French «right to be forgotten» order, taken as
technology/business), health, science, education and culture (31-966, 31-1244 a meteor, 23-972,
31-2032, 31-466, 23-336, 23-1098, 31-1608), accidents (23-474 and 23-810 fires, 31-1754 a hospital
power cut, 31-2116 a road crash, 31-1050 the MH370 debris), social and local items (31-1228 scouts,
31-2134 a missing girl found, no crime, 23-422, 23-576, 23-1036, 23-1198, 23-338 Eid receptions,
23-130 refugee housing in Hamburg, 23-1264, 31-1128 a municipal-elections app, 31-914, 31-906 a
municipal seizure of produce), Saudi and Emirati humanitarian aid to Aden (31-1800, 31-1144, 23-16, as
extra9, extra11 and extra12 skip aid reports) and a judicial execution (31-1258, no clear PLOVER type,
as extra12). The result: Asiri on the aims of the coalition, the Aden governor's Iranian prisoners,
the Anad battle (23 and 31 July), Wadi Khar, al-Lahoum and the shelling of Aden, MBS in Cairo (the
Cairo Declaration, the Military Academy graduation), projectiles on Najran, a soldier shot in Qatif, a
doctor attacked in Turbah, the PKK–Turkey war and the Suruç bombing, the Duma arson, the Israel–EU row
(the Knesset, Hotovely, Renzi in Jerusalem), the Iran deal before Congress (Carter, Kerry, the
Obama–Huckabee row), Dunford/Poroshenko/the NED ban in Russia, a US House bill on passports, a bomb
threat on a British Airways flight, and the death sentence on Saif al-Islam Gaddafi (31-2164: politics
by the rule, no event, as a court verdict has no clear PLOVER type (extra13): a false-positive check
inside the political part).

Annotated by hand from the Arabic text only, following ../shared/docs/event-annotation-guidelines.md
and the conventions of the dev gold and of scripts/build_events_extra13_gold.py (and the extra4–extra12
calls it follows), WITHOUT running marsad (CLI, pipeline or eval) on these articles or looking at any
system output for them; the script checks every evidence string and participant surface against the
article (via gold_form.write_gold) and that no id is in the dev gold, the dedup-dev ids or another
event gold. Quotes are not annotated (``"quotes": []``). Dates are resolved against the file's day
(Thu 23 / Fri 31 July); an explicit weekday wins over the file's day («اليوم الاربعاء» and «الاربعاء»
on a Friday file = 29 Jul; «مساء الإثنين» on 23 Jul = 20 Jul; «الليلة قبل الماضية» = 21 Jul).

Judgement calls (beyond the guidelines and the earlier calls, which are followed):
- Places: the finest place the text gives for the event itself, never datelines, a source's seat or
  the place an act is about. Named facilities when the text names them (the Turbah primary health-care
  centre, the emergency department of the Sulayyil hospital, al-Jish street in Qatif, the gardens of
  the cultural centre in Suruç, the Egyptian Military Academy (the text gives «بمقرها في القاهرة», so
  finer than extra12's «مصر»), the Knesset (barred entry «دخول الكنيست»), Netanyahu's office «في
  القدس»), else the town, district or region (Najran city, Çınar, Cizre, Wadi Khar rather than its
  district Bayhan, al-Nakhila in al-Musaymir, al-Lahoum, «أطراف مدينة عدن الشمالية» kept whole).
  Anaphoric «القاعدة» keeps its surface with the resolved name (Anad). MBS's visit in 31-2086 is placed
  at Cairo («زيارة ... إلى القاهرة» in the lead, finer than the statement's «جمهورية مصر العربية»), and
  the talks' outcomes (joint commitment, the declaration's mechanisms) with it, as extra13 placed the
  Jordan statements in Jordan. Traps left unplaced on purpose: statements made «أمام الكونغرس» /
  «أمام لجنة الشؤون الخارجية» / «أمام أعضاء مجلس الشيوخ» (an audience, not a place: Carter, Kerry,
  Dunford); the EU ministers' decision on Israeli policy «في الضفة الغربية» and the US demand about
  demolitions «في قرية سوسية» (the places the acts are about); the Aden governor's «في عدن» on the
  Iranian fighters' presence (the allegation), Poroshenko's request, the BA bomb threat (Montreal is
  where the plane landed, not where the threat was made), the clashes of the 4th Brigade told by
  sources «في العاصمة صنعاء» (the sources' seat). The coalition strike that foiled the Houthi attack
  on Aden is placed at al-Lahoum, where the reinforcements were hit; the foiled attack itself = ASSAULT
  `planned` placed at «مدينة عدن». The Aden governor's captures «في عدن ولحج وأبين» are split per place.
  The PKK killing of two policemen (23-1226) happened «في بلدة تركية أخرى قريبة من الحدود السورية»;
  the HPG statement in the same article names the town («في جيلان بينار»), so it is placed there
  (as extra5 placed the same killing). Obama's remark and visit are placed in Ethiopia («في مؤتمر
  صحافي في إثيوبيا»); Huckabee's reply «من مقر حملته الانتخابية في ولاية أركنساس» at Arkansas.
- Yemen: Asiri's «سيكون للحكومة الحق في إخراجهم بالقوة» = THREATEN; his «على الحوثيين أن ينفذوا قرار
  مجلس الأمن» = REQUEST `yield`; the coalition's welcome of investigators (and readiness to cooperate,
  the same act) = AGREE; all dated by «في تصريح صحفي أمس» (the statements are the events); the war aims
  are left out. The Aden governor: detaining Iranian fighters = COERCE `arrest` (detention, not a
  capture of ground), the interrogation = ACCUSE `investigate`, his settling of the debate on Iranian
  fighters = ACCUSE `allege`; the announcement to come is left out. Anad (23-830): the resistance and
  army «سيتوجهون صوب قاعدة العند ... وتحريرها» = one ASSAULT `planned` (heading for and storming are
  steps of one operation); the five positions taken, the rocket shelling (`heavy-weapons`), the
  coalition raids on the base, the Nakhila clashes and the 50 raids in Abyan («خلال الـ48 ساعة
  الماضية», undated) are separate events; al-Awlaqi's analysis of the strikes on Anad and Brigade 15
  Mika restates them and is left out, as are al-Tuffi's priorities and al-Maqdashi's inspection of his
  own units (intra-group). 31-1904: the tightened siege of Anad = ASSAULT null; the Lahij city
  clashes = ASSAULT null with both sides as actors; the Bayhan vehicle explosion and the Wadi Khar
  ambush are one event (five Houthis killed), null (no weapon stated); the reinforcements at al-Lahoum
  = MOBILIZE `troops`; the predicted defections and Lawdar victory are expectations.
- MBS in Egypt: 31-2086 codes the visit (Sisi as host: his invitation and meeting are named) dated
  30 Jul from the declaration, Sisi's invitation = AGREE, the joint commitment to regional security and
  the agreed mechanisms (one AGREE, the six fields are topics, not places); the rejection of
  interference names no target and is left out; «صدر اليوم بيان مشترك» is a reporting date, not
  transferred; the Iranian media campaign (habitual) and greetings are left out. 31-726: MBS at the
  graduation with Sisi = CONSULT `visit` dated «صباح أمس», Sisi's welcome and praise of Saudi positions
  (and of the visit, the same speech) = one SUPPORT; gifts are ceremonial.
- Turkey: 23-1226 takes the PKK as actor because the article asserts «وعملية حزب العمال الكردستاني»
  beyond the claim (as extra12's Bozanti), mode `firearms` («برصاصة في الرأس»), undated («بعد يومين
  على الهجوم», Suruç's day is not given); the HPG statement's charge that the policemen worked with
  ISIS = ACCUSE `allege`; the government's meeting on border security is intra-group. 31-2050: the
  attack that killed 3 policemen and a civilian is told through «وكان الشرطي جالسا أمام مقهى في مدينة
  تشينار ... حيث أطلق مسلحون النار عليه» and coded once, `firearms`, gunmen as actors (the PKK only
  through the authorities' attribution = ACCUSE `allege`), placed at Çınar; Suruç is asserted as ISIS's
  («والذي قام به تنظيم داعش», actor) and dated «في 20 يوليو»; in Cizre the attack on the police
  station (agentless) and the security forces' killing of a PKK member are two ASSAULTs. 23-1156: the
  bomber identified by the authorities is the actor (an identification, not a claim), dated «قبيل ظهر
  الاثنين» = 20 Jul; the authorities' charge against ISIS = ACCUSE `allege`; Twitter's removal of the
  images = CONCEDE, Turkey's «سترفع الحظر» = AGREE `planned` (a future cooperative act).
- Israel: the Duma arson = ASSAULT `primitive` dated «ليل الخميس الجمعة» = 31 Jul (the later day, as
  extra13's «بعد منتصف ليل الثلاثاء - الأربعاء»), placed at Duma (the lead's «في الضفة الغربية» is
  coarser); the «تدفيع الثمن» attacks are habitual; the PLO's «تحمل ... المسؤولية الكاملة» and Erekat's
  line = ACCUSE `allege` (the dev gold's «حملت ... مسؤولية»); Netanyahu and the army's condemnation
  (the spokesman's and Netanyahu's later «عمل ارهاب» repeat it), Ya'alon's «ارهابيون يهود» and
  Oppenheimer's censure of the government = ACCUSE `disapprove`; Netanyahu's order to arrest the
  perpetrators = COERCE `arrest` `planned`. 23-84: barring the EU delegation = COERCE `restrict` (the
  lead's «منعت إدارة الكنيست ...» and the later «منعت دخول» are one act); Hotovely's summons of the five
  ambassadors with the charge of funding = one ACCUSE `allege` (the summons is its vehicle; the later
  list of four ambassadors repeats it), her warning of a law banning the funds = THREATEN, her meetings
  last week with the Spanish deputy minister and the Dutch minister = two ACCUSE `allege` (distinct
  recipients); Renzi's visit = CONSULT `visit` (Netanyahu in his office as host) and his «بلاده ترفض
  مقاطعة إسرائيل» = SUPPORT; Netanyahu's attack on «الدور الأوروبي» = ACCUSE without recipient (a
  regional construct) and without date or place (the text gives neither for it); «أوساط سياسية» are
  anonymous, left out; the EU banks proposal is an initiative under discussion, left out.
- United States: the House's adoption of the passport bill = COERCE `restrict` `planned` (the
  withdrawals need the Senate; «أول من أمس» dates the adoption, not the withdrawals, so null, as
  extra5's Cameron pledge); Ted Poe's «يجب أن يحرموا» is an opinion. Carter (31-142): his condemnation
  of Iran's activities = ACCUSE `disapprove`, of its support for Assad and Hezbollah = ACCUSE `allege`
  (the guidelines' example), his two pledges (standing with friends; a strong posture for allies,
  especially Israel) = two AGREEs, his visit last week split into Israel and Saudi Arabia; the hearing
  itself is intra-government. The Vienna agreement of 14 July (within a month, asserted) = AGREE
  placed in Vienna; in 31-474 the same deal is mentioned without date or place and coded so. Kerry's
  «مجرد وهم» = REJECT of the critics' alternative, «ستواصل ممارسة الضغوط على إيران» = THREATEN; the
  Republican pledges to abandon/stop the deal = REJECT `planned`; the senators' «إيران خدعت كيري» =
  ACCUSE `allege`; «انتقد البعض» (anonymous) and Royce's forecasts are left out; the Obama–Huckabee row
  = ACCUSE `disapprove` each way (Obama's on Monday in Ethiopia, Huckabee's Sunday interview and his
  Monday reply), Huckabee's call to reject the deal, Wasserman Schultz's demand of an apology and Jeb
  Bush's «يجب ألا يمر في الكونغرس» = REQUESTs; Rubio's line = ACCUSE `disapprove`, undated (his «اليوم»
  is 20 July, not given as a date of the statement). 31-836: Dunford's characterisation of Russia =
  ACCUSE `disapprove`, undated (the «الأربعاء 29 يوليو» is the Senate's confirmation, a vote with no
  PLOVER type); Poroshenko's Javelin request = REQUEST `assist`; the Russian ban on the NED = COERCE
  `restrict`, the State Department's «قلقها العميق» = ACCUSE `disapprove`, the Russian ministry's
  «تفوح منه رائحة النفاق» = ACCUSE `disapprove` and its two charges (intelligence funding;
  destabilisation) = two ACCUSE `allege`, «لن نقبل أبدا الإملاء» = REJECT; the WHO's casualty totals
  since 2014 and the White House's distancing are left out.
- Security in Saudi Arabia: Najran projectiles = agentless ASSAULT `heavy-weapons` («مقذوفات»), dated
  «أمس»; the Qatif soldier shot by an unknown man = ASSAULT `firearms`, undated; Turbah: the blow with
  «آلة حادة» = ASSAULT `primitive` (a blade, as extra12's stabbing), the arrest «في حينه» = COERCE
  `arrest` dated with the attack, the Hail health directorate's «استنكرت» = ACCUSE `disapprove`; the
  ministry's pledge rule for its staff is an internal directive, left out; the Sulayyil hospital
  incidents (under a month old, asserted) = ASSAULT null and THREATEN `violence` (the pistol).
- BA flight (31-1548): the bomb threat = THREATEN without actor (dated «اليوم الاربعاء», unplaced);
  the diversion is a precaution and the police search of the plane is no coercion of anyone.

Usage: python scripts/build_events_extra15_gold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_form import E, L, P, check_new_ids, check_selection, other_golds, write_gold  # noqa: E402

A = {}

# --- Asiri: the coalition aims to return the government to Aden, then Sanaa (okaz, Fri 31 Jul) ---
asiri = P("أحمد عسيري", "PER", "SAU", ["المتحدث باسم التحالف العربي", "عسيري"], "Ahmed Asiri")
houthis_a = P("الحوثيون", "ORG", "YEM", ["الحوثيين"], "Houthis")
A["snn-2015-07-31-1950"] = ("2015-07-31", [
 E("THREATEN", "violence", [asiri], [houthis_a],
   "وأضاف في تصريح صحفي أمس، أنه إذا لم يوافق الحوثيون في نهاية المطاف على الانسحاب من صنعاء فإنه سيكون للحكومة الحق في إخراجهم بالقوة",
   "2015-07-30", "أمس", status="threatened"),
 E("REQUEST", "yield", [asiri], [houthis_a],
   "وأشار إلى أن على الحوثيين أن ينفذوا قرار مجلس الأمن الدولي رقم 2216 الذي يدعو الحركة إلى الانسحاب من المدن الخاضعة لسيطرتها وإعادة الأسلحة التي استولت عليها",
   "2015-07-30", "أمس"),
 E("AGREE", None, [P("التحالف", "ORG", None, ["التحالف العربي"], "Saudi-led coalition")],
   [P("محققون", "PER", None, [], "human-rights investigators")],
   "مبينا في الوقت ذاته أن التحالف يرحب بأن يزور محققون اليمن لبحث الانتهاكات الحقوقية التي قد يكون ارتكبها أي من أطراف الحرب الممتدة منذ أربعة أشهر",
   "2015-07-30", "أمس"),
])

# --- Aden governor: the resistance holds Iranian fighters and experts (alweeam, Fri 31 Jul) -------
bakri = P("نايف البكري", "PER", "YEM", ["البكري", "محافظ عدن"], "Nayef al-Bakri")
res_a = P("عناصر المقاومة", "ORG", "YEM", ["المقاومة"], "Popular Resistance")
iran_f = P("المقاتلين الإيرانيين", "PER", "IRN", ["الأسرى الإيرانيين"], "Iranian fighters")
ev_held = "عناصر المقاومة احتجزوا الكثير من المقاتلين الإيرانيين في جبهات القتال في عدن ولحج وأبين"
A["snn-2015-07-31-1540"] = ("2015-07-31", [
 E("ACCUSE", "allege", [bakri], [P("مقاتلين إيرانيين", "PER", "IRN", [], "Iranian fighters")],
   "حسم نايف البكري محافظ عدن، رئيس مجلس المقاومة في المحافظة، وبصورة قطعية الجدل بشأن المعلومات المتداولة حول وجود مقاتلين إيرانيين في صفوف الحوثيين"),
 E("ACCUSE", "investigate", [res_a], [iran_f],
   "لدى المقاومة عددا من الأسرى الإيرانيين وغيرهم من جنسيات مختلفة ويجري التحقيق معهم حاليا"),
 E("COERCE", "arrest", [res_a], [iran_f], ev_held, location=L("عدن", "Aden", "YEM")),
 E("COERCE", "arrest", [res_a], [iran_f], ev_held, location=L("لحج", "Lahij Governorate", "YEM")),
 E("COERCE", "arrest", [res_a], [iran_f], ev_held, location=L("أبين", "Abyan Governorate", "YEM")),
])

# --- The US House votes to withdraw the passports of Americans tied to terror groups (alwatan, Thu 23 Jul)
A["snn-2015-07-23-876"] = ("2015-07-23", [
 E("COERCE", "restrict", [P("مجلس النواب الأميركي", "ORG", "USA", [], "US House of Representatives")],
   [P("الأميركيين المرتبطين", "PER", "USA", [], "Americans tied to foreign terrorist organisations")],
   "تبنى مجلس النواب الأميركي إجراء لسحب جوازات سفر الأميركيين المرتبطين بـ\"منظمات إرهابية أجنبية\"",
   status="planned"),
])

# --- MBS in Cairo: talks with Sisi and the Cairo Declaration (sabq, Fri 31 Jul) ------------------
mbs = P("محمد بن سلمان بن عبدالعزيز آل سعود", "PER", "SAU",
        ["محمد بن سلمان بن عبدالعزيز", "ولي ولي العهد", "سموه"], "Mohammed bin Salman")
sisi = P("عبدالفتاح السيسي", "PER", "EGY", ["الرئيس المصري", "السيسي"], "Abdel Fattah el-Sisi")
egy = P("جمهورية مصر العربية", "GPE", "EGY", ["مصر"], "Egypt")
ksa = P("المملكة العربية السعودية", "GPE", "SAU", ["السعودية"], "Saudi Arabia")
cairo = L("القاهرة", "Cairo", "EGY")
A["snn-2015-07-31-2086"] = ("2015-07-31", [
 E("CONSULT", "visit", [mbs], [sisi],
   "فقد قام صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود بزيارة إلى جمهورية مصر العربية تلبية لدعوة كريمة من السيد الرئيس عبدالفتاح السيسي يوم الخميس 14 / 10 / 1436هـ الموافق 30 / 7 / 2015م",
   "2015-07-30", "يوم الخميس 14 / 10 / 1436هـ الموافق 30 / 7 / 2015م", cairo),
 E("AGREE", None, [sisi], [mbs], "تلبية لدعوة كريمة من السيد الرئيس عبدالفتاح السيسي"),
 E("AGREE", None, [egy, ksa], [],
   "حيث أكد الجانبان حرصهما على بذل كل الجهود لتعزيز الأمن والاستقرار في المنطقة والعمل معًا على حماية الأمن القومي العربي",
   location=cairo),
 E("AGREE", None, [egy, ksa], [],
   "فقد اتفق الجانبان على وضع حزمة من الآليات التنفيذية في المجالات التالية", location=cairo),
])

# --- The resistance prepares to storm al-Anad; strikes on Anad and Abyan (alwatan, Thu 23 Jul) ---
res_b = P("المقاومة", "ORG", "YEM", ["مقاتلي المقاومة"], "Popular Resistance")
houthis_b = P("الحوثيين", "ORG", "YEM", ["المتمردين الحوثيين"], "Houthis")
saleh_b = P("قوات المخلوع صالح", "ORG", "YEM", ["قوات صالح"], "Saleh loyalist forces")
coal_b = P("طائرات التحالف", "ORG", None, ["التحالف"], "Saudi-led coalition air force")
A["snn-2015-07-23-830"] = ("2015-07-23", [
 E("ASSAULT", None, [res_b, P("قوات الجيش الموالية للشرعية", "ORG", "YEM", [], "pro-Hadi army")], [houthis_b, saleh_b],
   "أن مقاتلي المقاومة وقوات الجيش الموالية للشرعية سيتوجهون صوب قاعدة العند الجوية العسكرية الاستراتيجية",
   location=L("قاعدة العند الجوية العسكرية", "Al-Anad Air Base", "YEM"), status="planned"),
 E("ASSAULT", None, [res_b], [houthis_b, P("قوات الرئيس المخلوع", "ORG", "YEM", [], "Saleh loyalist forces")],
   "وكانت مصادر في المقاومة أعلنت سيطرتها على خمسة مواقع للحوثيين وقوات الرئيس المخلوع في محيط قاعدة العند",
   location=L("قاعدة العند", "Al-Anad Air Base", "YEM")),
 E("ASSAULT", "heavy-weapons", [res_b], [houthis_b, saleh_b],
   "وذكر المركز الإعلامي للمقاومة أن أفرادها قصفوا القاعدة بالصواريخ",
   location=L("القاعدة", "Al-Anad Air Base", "YEM")),
 E("ASSAULT", "aerial", [coal_b], [],
   "كما شنت طائرات التحالف سلسلة غارات جوية على القاعدة",
   location=L("القاعدة", "Al-Anad Air Base", "YEM")),
 E("ASSAULT", None, [res_b, houthis_b], [],
   "وأشارت المقاومة إلى مقتل 22 حوثيا في اشتباكات جرت بينها وبين الحوثيين بالقرب من القاعدة العسكرية وتحديدا في منطقة \"النخيلة\" بمديرية المسيمير",
   location=L("النخيلة", "Al-Nakhila, al-Musaymir district, Lahij", "YEM")),
 E("ASSAULT", "aerial", [coal_b], [P("المتمردين", "ORG", "YEM", [], "Houthi-Saleh forces")],
   "أن نحو 50 غارة جوية نفذها التحالف على مواقع المتمردين في أبين خلال الـ48 ساعة الماضية",
   None, "خلال الـ48 ساعة الماضية", L("أبين", "Abyan Governorate", "YEM")),
])

# --- British Airways flight diverted to Montreal over a bomb threat (alweeam, Fri 31 Jul) ---------
A["snn-2015-07-31-1548"] = ("2015-07-31", [
 E("THREATEN", None, [], [P("طائرة تابعة لشركة الخطوط الجوية البريطانية", "ORG", "GBR", ["الطائرة"], "British Airways flight BA274")],
   "غيرت طائرة تابعة لشركة الخطوط الجوية البريطانية طريقها خلال رحلتها من لاس فيجاس الى هيثرو في لندن وهبطت فى مطار مونتريال بكندا اليوم الاربعاء ، وسط تقارير غير مؤكدة بوجود تهديد لها",
   "2015-07-29", "اليوم الاربعاء", status="threatened"),
])

# --- Carter before Congress denounces Iran's "harmful" activity (3alyoum, Fri 31 Jul) -------------
carter = P("اشتون كارتر", "PER", "USA", ["وزير الدفاع الاميركي", "كارتر"], "Ashton Carter")
iran = P("إيران", "GPE", "IRN", ["ايران"], "Iran")
A["snn-2015-07-31-142"] = ("2015-07-31", [
 E("ACCUSE", "disapprove", [carter], [iran],
   "ندد وزير الدفاع الاميركي اشتون كارتر الاربعاء أمام الكونغرس بـ”الانشطة المؤذية” لإيران في الشرق الاوسط",
   "2015-07-29", "الاربعاء"),
 E("ACCUSE", "allege", [carter], [iran],
   "وندد بالدعم العسكري الايراني للنظام السوري وحزب الله الشيعي اللبناني", "2015-07-29", "الاربعاء"),
 E("AGREE", None, [carter], [], "سنواصل الوقوف إلى جانب الأصدقاء بمواجهة نشاط إيران المؤذي", "2015-07-29", "الاربعاء"),
 E("AGREE", None, [carter], [P("اسرائيل", "GPE", "ISR", [], "Israel")],
   "سنحفتظ بموقف عسكري قوي لمنع اي عدوان، وتعزيز امن اصدقائنا وحلفائنا في المنطقة، وخصوصا اسرائيل",
   "2015-07-29", "الاربعاء"),
 E("CONSULT", "visit", [carter], [P("اسرائيل", "GPE", "ISR", [], "Israel")],
   "كما سبق و أعلن خلال زيارته الاسبوع الماضي الى اسرائيل والسعودية",
   None, "الاسبوع الماضي", L("اسرائيل", "Israel", "ISR")),
 E("CONSULT", "visit", [carter], [P("السعودية", "GPE", "SAU", [], "Saudi Arabia")],
   "كما سبق و أعلن خلال زيارته الاسبوع الماضي الى اسرائيل والسعودية",
   None, "الاسبوع الماضي", L("السعودية", "Saudi Arabia", "SAU")),
 E("AGREE", None, [P("القوى العظمى", "GPE", None, [], "P5+1 powers"), iran], [],
   "ما تم التوصل اليه في 14 تموز/يوليو في فيينا بين القوى العظمى وايران",
   "2015-07-14", "في 14 تموز/يوليو", L("فيينا", "Vienna", "AUT")),
])

# --- The PKK claims the killing of two Turkish policemen (okaz, Thu 23 Jul) -----------------------
pkk = P("حزب العمال الكردستاني", "ORG", "TUR", ["متمردو حزب العمال الكردستاني", "الحركة الكردية"], "PKK")
cops = P("شرطيين تركيين", "PER", "TUR", ["شرطيين"], "two Turkish policemen")
A["snn-2015-07-23-1226"] = ("2015-07-23", [
 E("ASSAULT", "firearms", [pkk], [cops],
   "تبنت الحركة الكردية قتل شرطيين تركيين وعثر عليهما مقتولين برصاصة في الرأس صباحا في بلدة تركية أخرى قريبة من الحدود السورية",
   None, "بعد يومين على الهجوم", L("جيلان بينار", "Ceylanpinar, Sanliurfa", "TUR")),
 E("ASSAULT", "suicide-attack", [], [P("32 قتيلا", "PER", "TUR", [], "Suruç victims")],
   "وبعد يومين على الهجوم الذي أوقع 32 قتيلا ومئة جريح في سروج (جنوب)",
   location=L("سروج", "Suruç", "TUR")),
 E("ACCUSE", "allege", [P("قوات الدفاع الشعبي", "ORG", "TUR", [], "People's Defence Forces (HPG)")], [cops],
   "وزعم البيان على الموقع الإلكتروني أن تنفيذ العملية يعتبر وقائيا ضد شرطيين كانا يتعاونان مع عصابة داعش في جيلان بينار"),
])

# --- Dunford on Russia; Poroshenko asks for Javelins; the NED row (aljazirah, Fri 31 Jul) ---------
ru_mfa = P("وزارة الخارجية الروسية", "ORG", "RUS", ["موسكو", "الوزارة"], "Russian Foreign Ministry")
us_sd = P("الخارجية الأميركية", "ORG", "USA", [], "US State Department")
ned = P("الصندوق الوطني للديموقراطية", "ORG", "USA", ["المنظمة المذكورة"], "National Endowment for Democracy")
A["snn-2015-07-31-836"] = ("2015-07-31", [
 E("ACCUSE", "disapprove", [P("جوزيف دانفورد", "PER", "USA", ["دانفورد", "قائد مشاة البحرية"], "Joseph Dunford")],
   [P("روسيا", "GPE", "RUS", [], "Russia")],
   "ومع ان قائد مشاة البحرية صعّد أمام أعضاء مجلس الشيوخ لهجة العداء ضد روسيا، معتبرا إياها خطرا وجوديا على بلاده"),
 E("REQUEST", "assist", [P("بيوتر بوروشينكو", "PER", "UKR", ["الرئيس الأوكراني"], "Petro Poroshenko")],
   [P("الإدارة الأميركية", "ORG", "USA", [], "US administration")],
   "أبلغ الرئيس الأوكراني بيوتر بوروشينكو الإدارة الأميركية عن حاجته إلى صواريخ «جافلين» لمقاومة العدوان الروسي"),
 E("ACCUSE", "disapprove", [us_sd], [P("السلطات الروسية", "ORG", "RUS", [], "Russian authorities")],
   "إعراب الخارجية الأميركية عن «قلقها العميق» على مستقبل المجتمع المدني في روسيا جراء إعلان السلطات الروسية أن نشاطات «الصندوق الوطني للديموقراطية» غير مرغوب فيها"),
 E("COERCE", "restrict", [P("السلطات الروسية", "ORG", "RUS", [], "Russian authorities")], [ned],
   "إعلان السلطات الروسية أن نشاطات «الصندوق الوطني للديموقراطية» غير مرغوب فيها"),
 E("ACCUSE", "disapprove", [ru_mfa], [us_sd],
   "وقالت وزارة الخارجية الروسية إن «إعلان الخارجية الأميركية «تفوح منه رائحة النفاق»"),
 E("ACCUSE", "allege", [ru_mfa], [ned],
   "أن المنظمة المذكورة لا تعد غير حكومية سوى على الورق أما في الحقيقة فإن تمويل نشاطاتها يأتي من ميزانية الدولة، ومن ميزانية الأجهزة الاستخباراتية الأميركية"),
 E("ACCUSE", "allege", [ru_mfa], [ned],
   "وتابعت الوزارة في بيانها قائلة إن تحليل مشروعات «الصندوق» يكشف توجهه نحو زعزعة الوضع الداخلي في دول"),
 E("REJECT", None, [ru_mfa], [],
   "لكننا لن نقبل أبدا الإملاء والتدخل السافر في شؤوننا من قبل المؤسسات الأجنبية"),
])

# --- Projectiles from Yemen wound two residents in Najran city (aawsat, Fri 31 Jul) ---------------
A["snn-2015-07-31-356"] = ("2015-07-31", [
 E("ASSAULT", "heavy-weapons", [], [P("مقيمين", "PER", None, [], "two foreign residents")],
   "سقطت مقذوفات عسكرية أمس في مدينة نجران (جنوب السعودية) أطلقت من داخل الأراضي اليمنية",
   "2015-07-30", "أمس", L("مدينة نجران", "Najran", "SAU")),
])

# --- A Fajr Libya court sentences Saif al-Islam Gaddafi to death (sabq, Fri 31 Jul) ---------------
A["snn-2015-07-31-2164"] = ("2015-07-31", [])

# --- Three policemen and a civilian killed in south-east Turkey; Cizre (okaz, Fri 31 Jul) ----------
pkk2 = P("حزب العمال الكردستاني", "ORG", "TUR", ["المتمردين الأكراد"], "PKK")
A["snn-2015-07-31-2050"] = ("2015-07-31", [
 E("ASSAULT", "firearms", [P("مسلحون", "PER", None, [], "gunmen")],
   [P("3 من أفراد الشرطة التركية", "PER", "TUR", ["الشرطي"], "Turkish policemen"), P("مدني", "PER", "TUR", [], "a civilian")],
   "قتل 3 من أفراد الشرطة التركية ومدني، أمس، في هجوم في جنوب شرق تركيا",
   "2015-07-30", "أمس", L("مدينة تشينار", "Cinar, Diyarbakir", "TUR")),
 E("ACCUSE", "allege", [P("السلطات", "ORG", "TUR", [], "Turkish authorities")], [pkk2],
   "فإن السلطات نسبت الاعتداء إلى حزب العمال الكردستاني"),
 E("ASSAULT", "suicide-attack", [P("تنظيم داعش", "ORG", None, [], "Islamic State")], [],
   "منذ الهجوم الانتحاري في 20 يوليو في سوروتش في جنوب البلادـ، والذي قام به تنظيم داعش",
   "2015-07-20", "في 20 يوليو", L("سوروتش", "Suruç", "TUR")),
 E("ASSAULT", None, [], [P("مركز للشرطة", "ORG", "TUR", [], "Cizre police station")],
   "أثناء رد هؤلاء على هجوم ضد مركز للشرطة في مدينة جزرة القريبة من الحدود السورية",
   location=L("مدينة جزرة", "Cizre, Sirnak", "TUR")),
 E("ASSAULT", None, [P("قوات الأمن", "ORG", "TUR", [], "Turkish security forces")],
   [P("عنصر من حزب العمال الكردستاني", "PER", "TUR", [], "a PKK member")],
   "قتل عنصر من حزب العمال الكردستاني على يد قوات الأمن، أثناء رد هؤلاء على هجوم ضد مركز للشرطة في مدينة جزرة",
   location=L("مدينة جزرة", "Cizre, Sirnak", "TUR")),
])

# --- A citizen attacks the duty doctor in Turbah; the Sulayyil hospital incident (alwatan, Thu 23 Jul)
A["snn-2015-07-23-826"] = ("2015-07-23", [
 E("ASSAULT", "primitive", [P("أحد المواطنين", "PER", "SAU", ["المعتدي"], "a citizen")],
   [P("الطبيب المناوب", "PER", "SAU", ["المعتدى عليه"], "the duty doctor")],
   "عند الساعة الـ11.30 من مساء الإثنين أقدم أحد المواطنين بالاعتداء على الطبيب المناوب في مركز الرعاية الصحية في تربة، وذلك بضربه بآلة حادة داخل مبنى المركز",
   "2015-07-20", "مساء الإثنين", L("مركز الرعاية الصحية في تربة", "Turbah primary health-care centre, Hail", "SAU")),
 E("COERCE", "arrest", [P("مركز شرطة تربة", "ORG", "SAU", [], "Turbah police station")],
   [P("المعتدي", "PER", "SAU", ["أحد المواطنين"], "the assailant")],
   "فيما تم توقيف المعتدي في حينه من قبل مركز شرطة تربة", "2015-07-20", "في حينه"),
 E("ACCUSE", "disapprove", [P("المديرية العامة للشؤون الصحية بمنطقة حائل", "ORG", "SAU", ["صحة حائل"], "Hail health directorate")], [],
   "واستنكرت المديرية العامة للشؤون الصحية بمنطقة حائل وقوع مثل هذه التصرفات الفردية"),
 E("ASSAULT", None, [P("شخص", "PER", None, [], "an assailant")], [P("أطباء الطوارئ", "PER", "SAU", [], "emergency doctors")],
   "بداية الواقعة حدثت الساعة الواحدة صباحا باعتداء شخص على أطباء الطوارئ بالمستشفى بعد مشادة كلامية بسيطة",
   location=L("مستشفى السليل", "Al-Sulayyil hospital", "SAU")),
 E("THREATEN", "violence", [P("شخص مجهول", "PER", None, [], "an unknown man")],
   [P("العاملون بالمستشفى", "PER", "SAU", [], "hospital staff")],
   "فوجئ العاملون بالمستشفى بشخص مجهول يقتحم قسم الطوارئ ويسأل عن الأطباء المعتدى عليهم، مهددا الجميع بمسدس كان يحمله في يده",
   location=L("قسم الطوارئ", "Emergency department, al-Sulayyil hospital", "SAU"), status="threatened"),
])

# --- Anad besieged; Lahij clashes; Wadi Khar ambush; strikes at al-Lahoum (okaz, Fri 31 Jul) ------
army_c = P("الجيش الوطني اليمني", "ORG", "YEM", ["الجيش الوطني"], "pro-Hadi Yemeni army")
houthis_c = P("ميليشيات الحوثي", "ORG", "YEM", ["ميليشيات الحوثي الانقلابية", "الحوثي"], "Houthi militias")
A["snn-2015-07-31-1904"] = ("2015-07-31", [
 E("ASSAULT", None, [army_c], [],
   "نجح الجيش الوطني اليمني بتشديد الحصار على معسكر وقاعدة العند العسكرية بمحافظة لحج واسقاط اجزاء منها",
   location=L("قاعدة العند العسكرية", "Al-Anad Air Base", "YEM")),
 E("ASSAULT", None, [army_c, houthis_c], [],
   "أن مواجهات عنيفة تشهدها مدينة لحج مع ميليشيات الحوثي الانقلابية",
   location=L("مدينة لحج", "Lahij (al-Hawtah)", "YEM")),
 E("ASSAULT", None, [P("المقاومة في شبوة", "ORG", "YEM", [], "Shabwa resistance")],
   [P("للميليشيات الحوثية", "ORG", "YEM", [], "Houthi militias")],
   "إن المقاومة في شبوة نصبت كمينا للميليشيات الحوثية في وادي خر مما أدى إلى مقتل خمسة حوثيين",
   location=L("وادي خر", "Wadi Khar, Bayhan, Shabwa", "YEM")),
 E("MOBILIZE", "troops", [houthis_c], [],
   "إثر وصول تعزيزات لها إلى منطقة اللحوم الواقعة بين محافظة لحج وعدن",
   location=L("منطقة اللحوم", "Al-Lahoum, between Lahij and Aden", "YEM")),
 E("ASSAULT", "aerial", [P("طائرات التحالف العربي", "ORG", None, [], "Saudi-led coalition air force")], [houthis_c],
   "أفشلت طائرات التحالف العربي هجوما كانت ميليشيات الحوثي تحضر له لمداهمة مدينة عدن إثر وصول تعزيزات لها إلى منطقة اللحوم الواقعة بين محافظة لحج وعدن مما أدى إلى مقتل اكثر من 23 حوثيا",
   location=L("منطقة اللحوم", "Al-Lahoum, between Lahij and Aden", "YEM")),
 E("ASSAULT", None, [houthis_c], [], "هجوما كانت ميليشيات الحوثي تحضر له لمداهمة مدينة عدن",
   location=L("مدينة عدن", "Aden", "YEM"), status="planned"),
 E("ASSAULT", "heavy-weapons", [houthis_c], [P("المدنيين", "PER", "YEM", [], "Aden civilians")],
   "سقوط خمسة قتلى وقرابة مائة جريح في صفوف المدنيين إثر قصف الحوثي لتجمع سكني في أطراف مدينة عدن الشمالية",
   location=L("أطراف مدينة عدن الشمالية", "Northern outskirts of Aden", "YEM")),
 E("ASSAULT", None, [P("اللواء الرابع", "ORG", "YEM", [], "4th Brigade"), houthis_c], [],
   "كاشفة عن اشتباكات وقعت بين اللواء الرابع وميليشيات الحوثي لم تعرف نتائجها حتى اللحظة"),
])

# --- Kerry before Congress; the Obama-Huckabee row over the Iran deal (aawsat, Fri 31 Jul) --------
kerry = P("جون كيري", "PER", "USA", ["وزير الخارجية الأميركي", "كيري"], "John Kerry")
obama = P("أوباما", "PER", "USA", ["الرئيس أوباما", "باراك أوباما"], "Barack Obama")
huck = P("مايك هاكابي", "PER", "USA", ["هاكابي"], "Mike Huckabee")
iran2 = P("إيران", "GPE", "IRN", ["طهران"], "Iran")
A["snn-2015-07-31-474"] = ("2015-07-31", [
 E("REJECT", None, [kerry], [P("المنتقدون الجمهوريون", "PER", "USA", [], "Republican critics")],
   "أن التوصل إلى بديل أفضل كما يقترح المنتقدون الجمهوريون هو مجرد «وهم»", "2015-07-30", "أمس"),
 E("THREATEN", None, [kerry], [iran2],
   "وأشار إلى أن واشنطن ستواصل «ممارسة الضغوط على إيران على كل الجبهات المتاحة»",
   "2015-07-30", "أمس", status="threatened"),
 E("AGREE", None, [P("واشنطن", "GPE", "USA", [], "United States"), P("خمس من الدول الكبرى", "GPE", None, [], "five world powers"), iran2], [],
   "منذ أن توصلت واشنطن وخمس من الدول الكبرى إلى اتفاق تاريخي مع إيران حول برنامجها النووي"),
 E("ACCUSE", "allege", [P("عدد من كبار أعضاء مجلس الشيوخ الجمهوريين", "PER", "USA", [], "senior Republican senators")], [iran2],
   "والأسبوع الماضي قال عدد من كبار أعضاء مجلس الشيوخ الجمهوريين إن إيران «خدعت» كيري خلال المفاوضات الصعبة",
   None, "الأسبوع الماضي"),
 E("REJECT", None, [P("الكثير من الجمهوريين", "PER", "USA", [], "Republicans")], [],
   "وتعهد الكثير من الجمهوريين بينهم من رشحوا أنفسهم لسباق الرئاسة في 2016 بالتخلي عن الاتفاق",
   status="planned"),
 E("REJECT", None, [P("جون بوينر", "PER", "USA", ["رئيس مجلس النواب"], "John Boehner")], [],
   "وتعهد رئيس مجلس النواب، جون بوينر، بأن الحزب الجمهوري «سوف يفعل كل شيء ممكن لوقف» الاتفاق",
   status="planned"),
 E("ACCUSE", "disapprove", [obama], [huck],
   "بعد أن قال أوباما، في مؤتمر صحافي في إثيوبيا، حيث كان في زيارة رسمية، إن تصريح هاكابي «سخيف، إن لم يكن حزينا»",
   "2015-07-27", "يوم الاثنين", L("إثيوبيا", "Ethiopia", "ETH")),
 E("CONSULT", "visit", [obama], [P("إثيوبيا", "GPE", "ETH", [], "Ethiopia")],
   "في مؤتمر صحافي في إثيوبيا، حيث كان في زيارة رسمية", location=L("إثيوبيا", "Ethiopia", "ETH")),
 E("ACCUSE", "disapprove", [huck], [obama],
   "سارع هاكابي، من مقر حملته الانتخابية في ولاية أركنساس، ورد قائلا: «ما هو سخيف وحزين هو أن الرئيس أوباما ليس جادا في مواجهة إيران»",
   "2015-07-27", "يوم الاثنين", L("ولاية أركنساس", "Arkansas", "USA")),
 E("ACCUSE", "disapprove", [huck], [obama],
   "وأضاف هاكابي، في مقابلة، ظهر يوم الأحد، مع قناة «برايتهارت» الإخبارية: «تؤكد هذه الاتفاقية أن أوباما لا يفقه أي شيء في السياسة الخارجية",
   "2015-07-26", "ظهر يوم الأحد"),
 E("REQUEST", None, [huck], [],
   "يجب على كل الجمهوريين، وكل الديمقراطيين، وكل الشعب الأميركي، أن يرفضوا هذه الاتفاقية",
   "2015-07-26", "ظهر يوم الأحد"),
 E("REQUEST", None, [P("ديبي ويزرمان", "PER", "USA", [], "Debbie Wasserman Schultz")], [huck],
   "ويوم الاثنين، أصدرت ديبي ويزرمان (ديمقراطية، ولاية فلوريدا)، ورئيسة الحملة الانتخابية للحزب الديمقراطي، بيانا طلب اعتذار هاكابي لليهود",
   "2015-07-27", "يوم الاثنين"),
 E("REQUEST", None, [P("جيب بوش", "PER", "USA", [], "Jeb Bush")], [P("الكونغرس", "ORG", "USA", [], "US Congress")],
   "هذا اتفاق يهدد حليفتنا إسرائيل. ويجب ألا يمر في الكونغرس"),
 E("ACCUSE", "disapprove", [P("ماركو روبيو", "PER", "USA", [], "Marco Rubio")], [P("باراك أوباما", "PER", "USA", ["أوباما"], "Barack Obama")],
   "يوم استسلام باراك أوباما لدولتين عدوتين متطرفتين إرهابيتين"),
])

# --- MBS attends the Egyptian Military Academy graduation with Sisi (aljazirah, Fri 31 Jul) --------
mbs2 = P("محمد بن سلمان بن عبدالعزيز", "PER", "SAU", ["ولي ولي العهد", "الأمير محمد بن سلمان"], "Mohammed bin Salman")
sisi2 = P("عبدالفتاح السيسي", "PER", "EGY", ["الرئيس المصري"], "Abdel Fattah el-Sisi")
academy = L("الكلية الحربية المصرية", "Egyptian Military Academy, Cairo", "EGY")
A["snn-2015-07-31-726"] = ("2015-07-31", [
 E("CONSULT", "visit", [mbs2], [sisi2],
   "بحضور فخامة الرئيس عبدالفتاح السيسي رئيس جمهورية مصر العربية ، شهد صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع صباح أمس حفل تخريج الكليات والمعاهد العسكرية بالكلية الحربية المصرية",
   "2015-07-30", "صباح أمس", academy),
 E("SUPPORT", None, [sisi2], [P("المملكة العربية السعودية", "GPE", "SAU", [], "Saudi Arabia")],
   "ورحب الرئيس المصري عبدالفتاح السيسي في كلمته خلال الحفل بضيف مصر صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الذي تأتي مشاركته اليوم امتداداً لمواقف المملكة العربية السعودية المشرفة إزاء مصر وشعبها",
   "2015-07-30", "صباح أمس", academy),
])

# --- Settlers burn the Dawabsheh home in Duma; reactions (aleqtisadiya, Fri 31 Jul) ---------------
settlers = P("مستوطنون", "PER", "ISR", ["مستوطنين"], "Israeli settlers")
netanyahu = P("بنيامين نتانياهو", "PER", "ISR", ["نتانياهو", "رئيس الوزراء الاسرائيلي"], "Benjamin Netanyahu")
isr_gov = P("حكومة رئيس الوزراء الاسرائيلي بنيامين نتانياهو", "ORG", "ISR", ["الحكومة"], "Government of Israel")
A["snn-2015-07-31-660"] = ("2015-07-31", [
 E("ASSAULT", "primitive", [settlers], [P("علي سعد دوابشة", "PER", "PSE", ["طفل فلسطيني", "الطفل"], "Ali Dawabsheh")],
   "قتل طفل فلسطيني عمره عام ونصف العام حرقا واصيب والداه وشقيقه بجروح ليل الخميس الجمعة حين هاجم مستوطنون منزلهم في الضفة الغربية المحتلة واشعلوا فيه النار",
   "2015-07-31", "ليل الخميس الجمعة", L("دوما", "Duma, Nablus", "PSE")),
 E("ACCUSE", "allege", [P("منظمة التحرير الفلسطينية", "ORG", "PSE", [], "Palestine Liberation Organization")], [isr_gov],
   "واعلنت منظمة التحرير الفلسطينية انها تحمل حكومة رئيس الوزراء الاسرائيلي بنيامين نتانياهو \"المسؤولية الكاملة\" عن المقتل"),
 E("ACCUSE", "disapprove", [netanyahu, P("الجيش", "ORG", "ISR", ["المتحدث العسكري"], "Israeli army")], [settlers],
   "وسارع بنيامين نتانياهو والجيش الى التنديد بهذا العمل \"الارهابي\""),
 E("ACCUSE", "disapprove", [P("موشيه يعالون", "PER", "ISR", ["وزير الدفاع"], "Moshe Ya'alon")], [settlers],
   "اكد وزير الدفاع موشيه يعالون ان الذين شنوا الهجوم واضرموا النار \"ارهابيون يهود\""),
 E("ACCUSE", "allege", [P("صائب عريقات", "PER", "PSE", ["كبير المفاوضين الفلسطينيين"], "Saeb Erekat")],
   [P("حكومة تجسد ائتلافا يعمل من اجل الاستيطان", "ORG", "ISR", [], "Government of Israel")],
   "غير ان كبير المفاوضين الفلسطينيين صائب عريقات اكد انه \"لا يمكن فصل هذا الهجوم الوحشي\" عن \"حكومة تجسد ائتلافا يعمل من اجل الاستيطان والفصل العنصري\""),
 E("ACCUSE", "disapprove", [P("يعاريف اوبنهايمر", "PER", "ISR", ["مدير حركة \"السلام الان\""], "Yariv Oppenheimer")],
   [P("الحكومة", "ORG", "ISR", [], "Government of Israel")],
   "وندد ب\"التساهل التي تبديه الحكومة حيال اعمال العنف ضد الفلسطينيين وخطاب الكراهية\""),
 E("COERCE", "arrest", [netanyahu, P("قوات الامن", "ORG", "ISR", [], "Israeli security forces")], [settlers],
   "واعلن نتانياهو في بيان انه امر \"قوات الامن باستخدام كل الوسائل التي في متناولهم لتوقيف القتلى واحالتهم على القضاء\"",
   status="planned"),
])

# --- A soldier killed by an unknown gunman on al-Jish street, Qatif (3alyoum, Fri 31 Jul) ----------
A["snn-2015-07-31-112"] = ("2015-07-31", [
 E("ASSAULT", "firearms", [P("شخص مجهول", "PER", None, [], "unknown gunman")],
   [P("سامي معوض عوض الله الحربي", "PER", "SAU", ["دورية أمنية"], "Sami al-Harbi")],
   "دورية أمنية على شارع (الجش) بالقطيف لإطلاق نار من شخص مجهول يستقل سيارة، ونتج عنه استشهاد الجندي سامي معوض عوض الله الحربي",
   location=L("شارع (الجش)", "Al-Jish street, Qatif", "SAU")),
])

# --- Israel bars an EU delegation from the Knesset and rebukes European envoys (aawsat, Thu 23 Jul)
hotovely = P("تسيبي حوتوبيلي", "PER", "ISR", ["نائبة وزير الخارجية", "حوتوبيلي"], "Tzipi Hotovely")
netanyahu2 = P("بنيامين نتنياهو", "PER", "ISR", ["نتنياهو", "رئيس الوزراء"], "Benjamin Netanyahu")
renzi = P("ماتيو رانتشي", "PER", "ITA", ["رانتشي", "رئيس الوزراء الإيطالي"], "Matteo Renzi")
jerusalem = L("القدس", "Jerusalem", "ISR")
A["snn-2015-07-23-84"] = ("2015-07-23", [
 E("COERCE", "restrict", [P("رئاسة الكنيست", "ORG", "ISR", ["إدارة الكنيست"], "Knesset presidium")],
   [P("وفد برلماني أوروبي", "ORG", None, ["وفد برلمان الاتحاد الأوروبي"], "European Parliament delegation")],
   "أن رئاسة الكنيست تسببت في حادثة دبلوماسية مع الاتحاد الأوروبي، الليلة قبل الماضية. فقد منعت دخول وفد برلماني أوروبي حضر للقاء القائمة المشتركة",
   "2015-07-21", "الليلة قبل الماضية", L("الكنيست", "Knesset, Jerusalem", "ISR")),
 E("ACCUSE", "allege", [hotovely], [P("خمسة سفراء أوروبيين", "PER", None, ["السفراء"], "five European ambassadors")],
   "استدعت نائبة وزير الخارجية، تسيبي حوتوبيلي، خمسة سفراء أوروبيين، واتهمت بلدانهم بأنها «تقدم مساعدات مالية لتنظيمات وجمعيات إسرائيلية تعمل ضد الدولة العبرية وأمنها»"),
 E("THREATEN", None, [hotovely], [P("السفراء", "PER", None, [], "European ambassadors")],
   "أنها حذرت السفراء من أنه إذا لم توافق الدول الأوروبية على المراقبة المشتركة للتمويل الذي تقدمه لهذه الجمعيات، فإن الحكومة ستبادر إلى سن قانون بهذا الشأن يحظر وصول المساعدات",
   status="threatened"),
 E("ACCUSE", "allege", [hotovely], [P("نائب وزير الخارجية الإسباني", "PER", "ESP", [], "Spanish deputy foreign minister")],
   "كما كانت التقت، في الأسبوع الماضي، نائب وزير الخارجية الإسباني ومن ثم وزير الخارجية الهولندي، وعرضت أمامهما معطيات حول تمويل الدولتين لتنظيمات",
   None, "في الأسبوع الماضي"),
 E("ACCUSE", "allege", [hotovely], [P("وزير الخارجية الهولندي", "PER", "NLD", [], "Dutch foreign minister")],
   "كما كانت التقت، في الأسبوع الماضي، نائب وزير الخارجية الإسباني ومن ثم وزير الخارجية الهولندي، وعرضت أمامهما معطيات حول تمويل الدولتين لتنظيمات",
   None, "في الأسبوع الماضي"),
 E("CONSULT", "visit", [renzi], [netanyahu2],
   "فقد بحث نتنياهو في مكتبه في القدس، أمس، مع رئيس الوزراء الإيطالي، رانتشي، هذا الموضوع",
   "2015-07-22", "أمس", jerusalem),
 E("ACCUSE", "disapprove", [netanyahu2], [], "وهاجم الدور الأوروبي في تشجيع الاتفاق النووي مع إيران"),
 E("SUPPORT", None, [renzi], [P("إسرائيل", "GPE", "ISR", [], "Israel")],
   "وقال إن بلاده ترفض مقاطعة إسرائيل", "2015-07-22", "أمس", jerusalem),
 E("ACCUSE", "disapprove", [P("يتسحاق هيرتسوغ", "PER", "ISR", ["رئيس المعارضة"], "Isaac Herzog")],
   [P("الحكومة الإسرائيلية", "ORG", "ISR", [], "Government of Israel")],
   "فإن «الحكومة الإسرائيلية تلحق أضرارا لا يمكن ترميمها مع أصدقائنا في العالم"),
 E("ACCUSE", "disapprove", [P("نواب القائمة المشتركة", "PER", "ISR", [], "Joint List MKs")],
   [P("رئاسة الكنيست", "ORG", "ISR", [], "Knesset presidium")],
   "اشتكى نواب القائمة المشتركة، التي تضم الأحزاب العربية الوطنية في إسرائيل، من أن رئاسة الكنيست تسببت في حادثة دبلوماسية مع الاتحاد الأوروبي"),
 E("ACCUSE", "disapprove", [P("وزراء خارجية الاتحاد", "ORG", None, [], "EU foreign ministers")], [P("إسرائيل", "GPE", "ISR", [], "Israel")],
   "المعروف أن وزراء خارجية الاتحاد كانوا قد اتخذوا، يوم الاثنين الماضي، قرارا يدين السياسة الإسرائيلية في الضفة الغربية",
   "2015-07-20", "يوم الاثنين الماضي"),
 E("REQUEST", None, [P("الإدارة الأميركية", "ORG", "USA", [], "US administration")], [P("إسرائيل", "GPE", "ISR", [], "Israel")],
   "مطالبة الإدارة الأميركية إسرائيل بوقف هدم البيوت ومصادرة الأراضي في قرية سوسية جنوب جبال الخليل",
   None, "بعد أسبوع"),
])

# --- Ankara: the Suruç bomber was a young Turk; the Twitter ban to be lifted (okaz, Thu 23 Jul) ---
tr_auth = P("السلطات التركية", "ORG", "TUR", ["السلطات"], "Turkish authorities")
A["snn-2015-07-23-1156"] = ("2015-07-23", [
 E("ASSAULT", "suicide-attack", [P("شابا في العشرين", "PER", "TUR", ["منفذ الهجوم", "الشاب"], "the Suruç bomber")],
   [P("حشد من الشباب المؤيدين للأكراد", "PER", "TUR", [], "pro-Kurdish young activists")],
   "وأشارت السلطات التركية الى انه فجر نفسه قبيل ظهر الاثنين في حدائق المركز الثقافي في سوروتش",
   "2015-07-20", "قبيل ظهر الاثنين", L("حدائق المركز الثقافي", "Amara Culture Centre gardens, Suruç", "TUR")),
 E("ACCUSE", "allege", [tr_auth], [P("تنظيم الدولة الإسلامية", "ORG", None, ["تنظيم داعش"], "Islamic State")],
   "بهجوم انتحاري اتهمت السلطات تنظيم الدولة الإسلامية بارتكابه"),
 E("CONCEDE", None, [P("موقع التدوين المصغر", "ORG", "USA", ["تويتر"], "Twitter")], [P("تركيا", "GPE", "TUR", [], "Turkey")],
   "بعد وقت قصير من محو موقع التدوين المصغر صورا تتعلق بهجوم انتحاري"),
 E("AGREE", None, [P("تركيا", "GPE", "TUR", ["مسؤول تركي كبير"], "Turkey")], [P("تويتر", "ORG", "USA", [], "Twitter")],
   "إن تركيا سترفع الحظر على الدخول إلى تويتر", status="planned"),
])


check_selection(A, n=20, parity=0, days=("2015-07-23", "2015-07-31"))
check_new_ids(A, *other_golds("events-extra15.jsonl"))
write_gold(A, "events-extra15.jsonl")
