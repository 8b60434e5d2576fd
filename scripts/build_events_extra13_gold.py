"""Write eval/events-extra13.jsonl: a thirteenth hand-annotated event gold (issue 5 gold form), meant as a
TUNING set for the place-of-event rules: 20 SaudiNewsNet articles of Monday 3 and Thursday 6 August 2015
(files 2015-08-03 and -06), ODD ids only, kept as ids + events only (the article text is CC BY-NC-SA and
is not shipped; `marsad eval events` joins it from ../shared/data/news/saudinewsnet).

Selection rule (reproducible, not by taste): the odd ids of both days (2015-08-03 first, each day in
id order) are shuffled with ``random.Random(13).shuffle`` and walked in that order; ids in the dev gold,
in ../shared/data/events-dev/dedup-dev.json, in seed-events.jsonl or in another event gold
(events-extra … extra11) are skipped (none came up before the walk ended; 03-549 and 03-941, in
extra7, lie further on). The first 20 news reports in
Arabic whose subject is politics, diplomacy, security, armed conflict, terrorism, protests or arrests
are kept, with at most three articles on the same incident (the Asir mosque bombing of 6 Aug: 06-3165,
06-3215 and 06-175 kept, the later 06-3155 (senior scholars) skipped; the Anad air base battle:
03-1293, 03-1319 and 06-1241). The walk reaches position 97 (06-2709). Skipped on the way as not news
reports or not political/security: opinion columns, features and letters (06-2647, 06-183 on the Doha
talks, 06-2797, 06-1899, 03-87, 06-535, 03-807, 06-2491, 06-1043, 06-2949, the Duma feature «ليلة
الرعب» 06-329, the Abha festival portrait 06-1431, readers' letters 06-2947), sport (06-1911, 03-1231,
06-883, 03-387, 06-67, 03-625, 06-3023, 03-1317, 06-1525, 03-237, 06-2721, 06-441, 06-1177, 06-3129,
06-3203, 06-867), economy, jobs and trade (03-1273, 06-2769, 03-1069, 06-1353, 06-2117 housing,
06-2915, 03-255, 03-1171, 06-477, 06-903, 06-59, 06-759, 03-241, 06-635), the opening of the new Suez
canal (06-2339, an economic project; Sisi's line on terrorism is an aside), health, science and
culture (06-1767, 06-2441, 03-1087, 06-1311, 03-133, 06-705, 06-1309, 06-1503, 03-1279 umrah),
accidents (06-2299, 03-669, the Menoufia gun accident 03-35, the Padang runway 03-211), social and
ceremonial items (the Najran emir's tour of Sharurah 06-2187, administrative; 06-1451 a research
workshop; the Al Riyadh editor receiving the US media attaché 06-1755; 03-1163, 03-529, 03-19,
03-537 obituary, 03-391 wedding, 06-1223 and 06-907 scouts, 06-2533 municipal-election boards,
06-2521 the Grievances Board meeting, 06-1555 a harassment video on Twitter, 06-1765 Kerry's cane,
03-1155 roads, 06-1867 and 06-9 labour inspections, 03-1269 the Bosnian ambassador's academic visit
to Naif University), a customs seizure without an arrest (06-1597, as extra9/extra11 skip them) and a
martyr's funeral notice (03-667, as extra11).

The result: the Saleh–Houthi infighting in the Republican Guard camps, the Anad battle (storming,
coalition strikes, reinforcements, the flight of its Houthi commander), Hodeidah and the diversion of
ships to Aden, the reopening of Aden airport and a prisoner exchange, Hadi's and Bahah's statements,
the Arab human-rights committee and Yemen, the Idlib/Hama and Qaryatayn fronts in Syria, the Asir
mosque bombing and condemnations, MBS in Jordan, Saudi–Fiji relations, Obama and Netanyahu on the
Iran deal, a shooting near Camp Shelby (Mississippi), a news digest (Mali ambush, Burundi killing),
a Specialized Criminal Court verdict on an Awamiyah shooting, a Hait murder, and Hadi's appointment of
advisers (no event: a false-positive check inside the political part).

Annotated by hand from the Arabic text only, following ../shared/docs/event-annotation-guidelines.md
and the conventions of the dev gold and of scripts/build_events_extra11_gold.py (and the extra4–extra9
calls it follows), WITHOUT running marsad (CLI, pipeline or eval) on these articles or looking at any
system output for them; the script checks every evidence string and participant surface against the
article (via gold_form.write_gold) and that no id is in the dev gold, the dedup-dev ids or another
event gold. Quotes are not annotated (``"quotes": []``).

Judgement calls (beyond the guidelines and the earlier calls, which are followed):
- Places: the finest place the text gives for the event itself — a named facility or district when the
  text names one (Perrett Tower Road near Camp Shelby, the Awamiyah police station, Mukayras district,
  Tal Hamki, the Republican Guard camps at al-Sabaha and Sawad Hiziz), otherwise the town or region;
  enumerated places are split (Sabaha / Sawad Hiziz; Bayda / Zinjibar strikes; the T4 airbase /
  Qaryatayn car bombs; the battalions ordered to Lahij, Abyan and Taiz). The Asir bombing is placed
  in the Asir Region (as the dev gold), not in the unnamed HQ mosque. Datelines are never used; a
  statement made «لدى مغادرته الرياض» (Hadi) is placed in Riyadh, and the statements of MBS's talks
  in Jordan are placed in Jordan. An anaphoric place that the text resolves («أرسلت للمنطقة» after
  «قرب بلدة نامبالا») keeps its surface with the resolved name (as the dev gold's «القاعدة نفسها»).
  The Saudi–Fiji agreement is not placed: «المندوب الدائم ... لدى الأمم المتحدة في نيويورك» is the
  envoy's post, not the stated place of the signing. A participant's title («قائد قيادة العند») does
  not place his act (03-143), but «هرب من قاعدة العند» (03-1319) does.
- Yemen: the Republican Guard infighting (03-143) told by sources = ASSAULT null with both camps as
  actors, one per named place, dated null («أمس وأول من أمس» spans two days; date_text kept); the
  guard's refusal of orders and the thousands going home «رفضا للمشاركة في الحرب» = two REJECTs (as
  extra9's 08-877); the guard officers' charge that the militia flees = ACCUSE `allege`; the Anad
  commander's flight = RETREAT `withdraw` (as in 03-1319). The UN asset freeze, Saleh's unanswered
  calls (unnamed states, sources) and the mediating commanders are left out. Anad (03-1293, 03-1319,
  06-1241): the storming and the steps that follow (tanks on the runway, combing, sieging snipers) =
  one ASSAULT per article and front; coalition strikes on the base = ASSAULT `aerial`; arrivals of
  battalions and the staff order to move six battalions (split per front) = MOBILIZE `troops`; the
  three battalions «تستعد الآن لخوض أول معركة» = ASSAULT `planned`; coalition weapons delivered via
  Aden = AID; the Aden siege of the Green City = ASSAULT null (as extra5's sieges); the advance on
  al-Hawta = MOBILIZE `troops`. 06-1241 has «أمس الثلاثاء» on a Thursday file: the explicit weekday
  wins (4 Aug, as extra5), other «أمس» = 5 Aug; Bahah's interview lines are dated by its «أمس»
  (statements that are the events). Hadi's «لن تتوقف حتى يتم تطهير كل المحافظات» = THREATEN.
  Hodeidah (06-263): the ban on ships entering Hodeidah port = COERCE `restrict`; residents' appeals
  (one act repeated) and the demand that the coalition reach the port = two REQUESTs; their
  displeasure = ACCUSE `disapprove`; the Houthi recruitment drive in Tihama = MOBILIZE `militia`; the
  gunmen bursting into the governor's meeting = COERCE null, the message it carried = REQUEST, the
  governor's consent = AGREE (no place: the source's province is no place of the meeting); the online
  initiative = REQUEST; the Tihama resistance's «عملياتها» are habitual, left out; the port chief's
  removal (since December) is background. Aden airport (06-1725): the exchange of prisoners = one
  RETREAT `release` with both sides as actors and the Red Cross flight = AID, both at Aden airport;
  the Houthi announcement to seize any plane landing in Sanaa = THREATEN. The Arab human-rights
  committee (03-569): its promise = AGREE; al-Asbahi's visit = CONSULT `visit` (no place given); the
  acceptance of the Yemeni invitation to visit Aden and Taiz = AGREE `planned` (the visit to come) split per place, the rest of
  «كل المناطق» dropped; Yami's appeal to the UN/Arab bodies = REQUEST, his charge against the Houthis =
  ACCUSE `allege`; «تعتبر ... تهديدا» lines are opinions.
- Syria (06-967): the Jisr al-Shughour/Ghab clashes are placed at «قرية البحصة» (the place the
  sentence gives); the opposition retaking Tal Hamki is a distinct ASSAULT; strikes «على مناطق
  الاشتباك» are steps of the battle. Qaryatayn: the strikes after midnight Tue–Wed (5 Aug), the
  regime's shelling (`heavy-weapons`), the regime–ISIS clashes («ليل أمس», 5 Aug) and the three car
  bombs split per place (`explosives`: «تفجير ... لأنفسهم» is not «انتحاري»; undated: the text gives
  two different starts).
- Asir (06-3165, 06-3215, 06-175): the bombing once per article, `suicide-attack` where the text says
  «انتحاري» (06-3215, 06-175), else `explosives`; the hashtag campaign = ACCUSE `disapprove` by the
  tweeters; al-Shuraim's line is a condemnation, the other clerics' tweets are prayers and condolences,
  left out; Zayani's backing of the Kingdom = SUPPORT.
- Jordan (06-3041): the visit on 4 Aug = CONSULT `visit` (meeting and talks are the visit), King
  Abdullah's invitation = AGREE; the agreed strategic cooperation and the joint counter-terrorism work
  = two AGREEs, the «رفضهما القاطع» of Iranian interference = ACCUSE `disapprove`, King Abdullah's
  praise of Saudi support = SUPPORT, «حرص خادم الحرمين ... على تعزيز العلاقات الاقتصادية» = AGREE by
  King Salman; greetings and thanks for hospitality are left out. The joint statement's «اليوم» is a
  reporting date and is not transferred.
- Courts and crime: a court verdict has no clear PLOVER type and is left out (as extra5); the acts it
  convicts of (the shooting at the Awamiyah police station, demonstrations in Qatif) are asserted and
  coded undated (06-2755); the appeal lodged is left out. The Hait shooting = ASSAULT `firearms` and
  the arrest = COERCE `arrest` (06-1509).
- Camp Shelby (06-981): the shooting = agentless ASSAULT `firearms` on Tuesday (4 Aug); the
  authorities «تحاول القبض على مشتبه بهما» = COERCE `arrest` `planned`; the Chattanooga attack (under a
  month old) = ASSAULT `firearms` and the police killing the attacker a second ASSAULT.
- News digest (03-165): Bishop's resignation has no clear type and is left out; the Mali ambush =
  ASSAULT `explosives` (bombs, then fire: one operation), the reinforcements = MOBILIZE `troops`; the
  Burundi killing = ASSAULT `heavy-weapons` (mortars), undated (the «أمس» is on the announcement).
- Obama (06-1745): the Jewish leaders' meeting at the White House = CONSULT `visit` (leaders of
  organisations, not private persons); Netanyahu's «عارضوا هذا الاتفاق الخطير» = REQUEST dated by his
  talk «أمس»; his rejection of the administration's argument and the planned Congress vote are left out.

Usage: python scripts/build_events_extra13_gold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_form import E, L, P, check_new_ids, check_selection, other_golds, write_gold  # noqa: E402

A = {}

# --- Saleh loyalists and Houthis fight inside Republican Guard camps in Sanaa (aawsat, Mon 3 Aug) -
saleh_rg = P("الموالين للمخلوع علي عبد الله صالح", "ORG", "YEM", [], "Saleh loyalists in the Republican Guard")
houthi_rg = P("الموالين لجماعة الحوثي", "ORG", "YEM", [], "Houthi loyalists in the Republican Guard")
rg_clash = ("إن قتلى وجرحى سقطوا في اقتتال نشب داخل معسكرات الحرس الجمهوري في منطقة الصباحة، بغرب العاصمة، "
            "وسواد حزيز، في جنوبها، أمس وأول من أمس، بين ضباط وأفراد من الموالين للمخلوع علي عبد الله صالح")
A["snn-2015-08-03-143"] = ("2015-08-03", [
 E("ASSAULT", None, [saleh_rg, houthi_rg], [], rg_clash, None, "أمس وأول من أمس",
   L("منطقة الصباحة", "Al-Sabaha, Sanaa", "YEM")),
 E("ASSAULT", None, [saleh_rg, houthi_rg], [], rg_clash, None, "أمس وأول من أمس",
   L("سواد حزيز", "Sawad Hiziz, Sanaa", "YEM")),
 E("REJECT", None, [P("عدد كبير من ضباط وأفراد الحرس الجمهوري", "PER", "YEM", [], "Republican Guard officers and soldiers")], [],
   "رفض عدد كبير من ضباط وأفراد الحرس الجمهوري لأوامر بالنزول للمشاركة في جبهات القتال في عدن ولحج ومأرب"),
 E("ACCUSE", "allege", [P("ضباط الحرس", "PER", "YEM", [], "Republican Guard officers")],
   [P("عناصر الميليشيات الحوثية", "ORG", "YEM", [], "Houthi militias")],
   "ويتهمون عناصر الميليشيات الحوثية بالفرار من الجبهات"),
 E("REJECT", None, [P("الآلاف من عناصر الحرس الجمهوري", "PER", "YEM", [], "Republican Guard soldiers")],
   [P("القيادات الموالية للحوثيين", "ORG", "YEM", [], "Houthi-appointed commanders")],
   "أن الآلاف من عناصر الحرس الجمهوري عادوا، مؤخرا، إلى منازلهم رفضا للمشاركة في الحرب تحت إمرة القيادات الموالية للحوثيين",
   None, "مؤخرا"),
 E("RETREAT", "withdraw", [P("مرزوق الصيادي", "PER", "YEM", ["قائد قيادة العند", "القائد"], "Marzouq al-Sayadi")],
   [P("ميليشيات الحوثي", "ORG", "YEM", [], "Houthi militias")],
   "عن فرار قائد قيادة العند العميد مرزوق الصيادي، الذي عين قبل عدة أيام قائدا للقاعدة الجوية الاستراتيجية"),
])

# --- Specialized Criminal Court sentences two men: Awamiyah police station shooting (okaz, Thu 6 Aug)
A["snn-2015-08-06-2755"] = ("2015-08-06", [
 E("ASSAULT", "firearms", [P("أحدهما", "PER", "SAU", ["الأول"], "first defendant")],
   [P("مركز شرطة العوامية", "ORG", "SAU", [], "Awamiyah police station")],
   "وإطلاق النار على بوابة مركز شرطة العوامية من الخارج وعلى المبنى من الخارج بطريقة عشوائية",
   location=L("مركز شرطة العوامية", "Awamiyah police station, Qatif", "SAU")),
 E("PROTEST", "demo", [P("المتهم الثاني", "PER", "SAU", ["المدعى عليه الثاني"], "second defendant")], [],
   "والمشاركة في عدة مظاهرات بالقطيف وترديد الهتافات المناوئة للدولة",
   location=L("القطيف", "Qatif", "SAU")),
])

# --- Syria: fighting near Jurin (Ghab/Jisr al-Shughour) and at al-Qaryatayn (aljazirah, Thu 6 Aug) --
regime = P("قوات النظام", "ORG", "SYR", [], "Syrian government forces")
isis = P("تنظيم داعش", "ORG", None, ["التنظيم"], "Islamic State")
air = P("الطيران الحربي", "ORG", "SYR", [], "Syrian air force")
A["snn-2015-08-06-967"] = ("2015-08-06", [
 E("ASSAULT", None, [P("حزب الله اللبناني", "ORG", "LBN", [], "Hezbollah"), regime,
                     P("المعارضة", "ORG", "SYR", ["فصائل مقاتلة"], "Syrian opposition")], [],
   "كما تتواصل الاشتباكات العنيفة في ريف جسر الشغور الجنوبي الشرقي بمحافظة إدلب وسهل الغاب بريف حماة الشمالي الغربي، بين حزب الله اللبناني وقوات النظام مدعمة بمسلحين موالين لها من جنسيات مختلفة من جهة، والمعارضة، وفصائل مقاتلة من جهة أخرى، في محيط قرية البحصة",
   location=L("قرية البحصة", "Al-Bahsa, Sahl al-Ghab", "SYR")),
 E("ASSAULT", None, [P("مقاتلي الفصائل المقاتلة والمعارضة", "ORG", "SYR", [], "Syrian opposition factions")], [regime],
   "حيث تمكن الأخير من استعادة السيطرة على نقاط كانت قد تقدمت إليها قوات النظام وسيطرت عليها يومي أمس وأمس الأول من ضمنها تل حمكي بريف جسر الشغور الجنوبي الشرقي",
   location=L("تل حمكي", "Tal Hamki, Jisr al-Shughour countryside", "SYR")),
 E("ASSAULT", "aerial", [air], [],
   "من جهة أخرى نفذ الطيران الحربي بعد منتصف ليل الثلاثاء - الأربعاء عدة غارات على مناطق في محيط مدينة القريتين بريف حمص الشرقي",
   "2015-08-05", "بعد منتصف ليل الثلاثاء - الأربعاء", L("مدينة القريتين", "Al-Qaryatayn", "SYR")),
 E("ASSAULT", "heavy-weapons", [regime], [],
   "ترافق مع قصف عنيف من قبل قوات النظام على مناطق في محيط المدينة",
   location=L("مدينة القريتين", "Al-Qaryatayn", "SYR")),
 E("ASSAULT", None, [regime, isis], [],
   "بالتزامن مع استمرار الاشتباكات العنيفة بين قوات النظام والمسلحين الموالين لها من طرف، وعناصر تنظيم داعش من طرف آخر في محيط القريتين، حيث بدأت الاشتباكات ليل أمس",
   "2015-08-05", "ليل أمس", L("القريتين", "Al-Qaryatayn", "SYR")),
 E("ASSAULT", "explosives", [isis], [regime],
   "جراء تفجير 3 عناصر من تنظيم داعش لثلاث عربات مفخخة، إحداها قرب مطار التيفور العسكري",
   location=L("مطار التيفور العسكري", "Tiyas (T4) Airbase", "SYR")),
 E("ASSAULT", "explosives", [isis], [regime],
   "والاثنتان الأخريان استهدفتا حواجز لقوات النظام في محيط مدينة القريتين",
   location=L("مدينة القريتين", "Al-Qaryatayn", "SYR")),
])

# --- Popular resistance storms al-Anad air base, Lahij (sabq, Mon 3 Aug) -------------------------
anad = L("قاعدة العند", "Al-Anad Air Base", "YEM")
A["snn-2015-08-03-1293"] = ("2015-08-03", [
 E("ASSAULT", None, [P("اللواء حزم واحد", "ORG", "YEM", ["اللواء الأول حزم", "قوات اللواء الأول حزم"], "1st Hazm Brigade"),
                     P("المقاومة الشعبية", "ORG", "YEM", ["رجال المقاومة الشعبية من قبائل الصبيحة"], "Popular Resistance")], [],
   "تقدّمت قوات \"اللواء حزم واحد\" من الجهة الغربية لقاعدة العند، واقتحمت أول موقع تابع للدفاعات الجوية للقاعدة، وأصبحت على مقربة من مدرج الطائرات",
   location=anad),
 E("ASSAULT", "aerial", [P("طيران التحالف", "ORG", None, [], "Saudi-led coalition air force")], [],
   "كما يشنّ طيران التحالف في هذه الأثناء غارات مكثفة على المواقع الداخلية للقاعدة",
   location=anad),
 E("ASSAULT", None, [P("المقاومة الشعبية في عدن", "ORG", "YEM", [], "Popular Resistance in Aden")],
   [P("ميليشيات الحوثي والمخلوع", "ORG", "YEM", [], "Houthi and Saleh militias")],
   "وتفرض المقاومة الشعبية في عدن حصاراً مطبقاً على مجاميع ميليشيات الحوثي والمخلوع \"صالح\" المتمركزة في المدينة الخضراء شمال عدن",
   location=L("المدينة الخضراء", "Al-Madinah al-Khadra, Aden", "YEM")),
 E("MOBILIZE", "troops", [P("قوات أخرى من الجيش والمقاومة", "ORG", "YEM", [], "pro-Hadi army and resistance forces")], [],
   "في حين تواصل قوات أخرى من الجيش والمقاومة تقدمها باتجاه مدينة الحوطة عاصمة لحج",
   location=L("مدينة الحوطة", "Al Hawtah, Lahij", "YEM")),
])

# --- Clerics and tweeters condemn the Asir bombing (sabq, Thu 6 Aug) ------------------------------
A["snn-2015-08-06-3165"] = ("2015-08-06", [
 E("ASSAULT", "explosives", [], [P("عشرة من رجال الأمن وثلاثة عاملين", "PER", "SAU", [], "Special Emergency Forces members and workers")],
   "التفجير الإرهابي الذي وقع في مقر قوة الطوارئ الخاصة بعسير ونتج عنه استشهاد عشرة من رجال الأمن وثلاثة عاملين وإصابة تسعة آخرين أثناء أدائهم صلاة ظهر اليوم",
   "2015-08-06", "ظهر اليوم", L("عسير", "Asir Region", "SAU")),
 E("ACCUSE", "disapprove", [P("مغردون", "PER", "SAU", [], "Twitter users")], [],
   "دشّن مغردون على موقع \"تويتر\" وسماً بعنوان (#تفجير_طوارئ_عسير) لإدانة التفجير الإرهابي"),
 E("ACCUSE", "disapprove", [P("سعود الشريم", "PER", "SAU", ["إمام وخطيب المسجد الحرام"], "Saud al-Shuraim")], [],
   "وقال إمام وخطيب المسجد الحرام الدكتور سعود الشريم: \"قتل المصلين غرسة من غراس أبي لؤلؤة المجوسي"),
])

# --- GCC secretariat condemns the Asir bombing and backs the Kingdom (sabq, Thu 6 Aug) -----------
gcc = P("الأمانة العامة لمجلس التعاون لدول الخليج العربية", "ORG", None, [], "GCC Secretariat General")
zayani = P("عبداللطيف بن راشد الزياني", "PER", None, ["الأمين العام لمجلس التعاون", "الزياني"], "Abdullatif bin Rashid al-Zayani")
A["snn-2015-08-06-3215"] = ("2015-08-06", [
 E("ASSAULT", "suicide-attack", [], [P("أفراد قوات الطوارئ والعاملين في الموقع", "PER", "SAU", [], "Special Emergency Forces members and workers")],
   "حادث التفجير الانتحاري الجبان الذي استهدف مسجداً في مقر قوات الطوارئ الخاصة بمنطقة عسير اليوم، وأسفر عن استشهاد وجرح عدد من أفراد قوات الطوارئ والعاملين في الموقع",
   "2015-08-06", "اليوم", L("منطقة عسير", "Asir Region", "SAU")),
 E("ACCUSE", "disapprove", [gcc], [],
   "أدانت الأمانة العامة لمجلس التعاون لدول الخليج العربية بشدة حادث التفجير الانتحاري الجبان"),
 E("SUPPORT", None, [zayani], [P("المملكة العربية السعودية", "GPE", "SAU", ["المملكة"], "Saudi Arabia")],
   "وأعرب الأمين العام لمجلس التعاون الدكتور عبداللطيف بن راشد الزياني عن وقوف دول المجلس ومساندتها للمملكة العربية السعودية"),
])

# --- Arab human-rights committee promises to document Houthi violations (alriyadh, Mon 3 Aug) -----
ahrc = P("لجنة حقوق الانسان العربية", "ORG", None, ["لجنة حقوق الإنسان العربية", "اللجنة"], "Arab Human Rights Committee")
yami = P("هادي اليامي", "PER", "SAU", ["اليامي", "د.اليامي", "رئيس لجنة حقوق الانسان العربية"], "Hadi al-Yami")
asbahi = P("عزالدين الأصبحي", "PER", "YEM", ["الأصبحي", "وزير حقوق الانسان اليمني", "عزالدين الاصبحي"], "Ezzeddine al-Asbahi")
yemgov = P("الحكومة اليمنية", "ORG", "YEM", ["الحكومة الشرعية في اليمن"], "Government of Yemen")
A["snn-2015-08-03-569"] = ("2015-08-03", [
 E("AGREE", None, [ahrc], [yemgov],
   "وعدت لجنة حقوق الانسان العربية تشكيل فريق عمل لرصد وتوثيق كافة انتهاكات القانون الإنساني الدولي والانتهاكات الجسيمة لحقوق الإنسان التي أحدثها الحوثيون والمخلوع في دولة اليمن"),
 E("CONSULT", "visit", [asbahi], [yami],
   "جاء هذا على هامش زيارة حقوق الانسان اليمني عزالدين الأصبحي لرئيس لجنة حقوق الانسان العربية الدكتور هادي اليامي"),
 E("REQUEST", None, [yami], [P("مجلس حقوق الإنسان", "ORG", None, ["الأمم المتحدة"], "UN Human Rights Council")],
   "حيث دعا د.اليامي كافة هيئات حماية حقوق الإنسان في جامعة الدول العربية والأمم المتحدة، وخاصة مجلس حقوق الإنسان للتحرك الفوري للتحقيق في الجرائم التى تم ارتكابها في اليمن من قبل المليشيات الحوثية"),
 E("ACCUSE", "allege", [yami], [P("المليشيات الحوثية", "ORG", "YEM", ["جماعة الحوثي", "الحوثيون"], "Houthi militias"),
                                P("القوات الموالية للرئيس السابق", "ORG", "YEM", [], "forces loyal to Saleh")],
   "الانتهاكات الممنهجة التي قامت بها جماعة الحوثي والقوات الموالية للرئيس السابق ضد المدنيين الابرياء"),
 E("REQUEST", "assist", [yami], [],
   "مطالبا كافة الهيئات المسؤولة عن تقديم الإغاثة والدعم لتكثيف جهودها لتطويق الأزمة الإنسانية الصعبة"),
 E("AGREE", None, [yami], [yemgov],
   "وتلبية دعوة الحكومة اليمنية الى زيارة عدن وتعز وكل المناطق اليمنية", location=L("عدن", "Aden", "YEM"),
   status="planned"),
 E("AGREE", None, [yami], [yemgov],
   "وتلبية دعوة الحكومة اليمنية الى زيارة عدن وتعز وكل المناطق اليمنية", location=L("تعز", "Taiz", "YEM"),
   status="planned"),
])

# --- A citizen shoots his son and wife in a hijra of al-Hait (alriyadh, Thu 6 Aug) -----------------
A["snn-2015-08-06-1509"] = ("2015-08-06", [
 E("ASSAULT", "firearms", [P("مواطن", "PER", "SAU", ["الجاني", "المتهم"], "the father")],
   [P("ابنه", "PER", "SAU", ["الابن"], "his son"), P("زوجته", "PER", "SAU", ["الزوجة"], "his wife")],
   "ورد بلاغ عن قيام مواطن بإطلاق النار على زوجته وابنه البالغ من العمر ١١ عاما بداخل منزلهم الكائن بإحدى الهجر التابعة لمحافظة الحائط",
   location=L("محافظة الحائط", "Al-Hait Governorate, Hail", "SAU")),
 E("COERCE", "arrest", [P("الجهات الأمنية", "ORG", "SAU", [], "Hail police")], [P("الجاني", "PER", "SAU", ["المتهم"], "the father")],
   "وباشرت الجهات الأمنية الحادث، وقبضت على الجاني"),
])

# --- Joint statement on MBS's visit to Jordan (sabq, Thu 6 Aug) ----------------------------------
mbs = P("محمد بن سلمان بن عبدالعزيز آل سعود", "PER", "SAU",
        ["محمد بن سلمان بن عبدالعزيز", "ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع", "سموه"], "Mohammed bin Salman")
abd2 = P("الملك عبدالله الثاني", "PER", "JOR", ["الملك عبد الله", "جلالة الملك عبدالله الثاني", "عبدالله الثاني"], "King Abdullah II")
jor = P("المملكة الأردنية الهاشمية", "GPE", "JOR", ["الأردن"], "Jordan")
ksa = P("المملكة العربية السعودية", "GPE", "SAU", [], "Saudi Arabia")
in_jordan = L("المملكة الأردنية الهاشمية", "Jordan", "JOR")
A["snn-2015-08-06-3041"] = ("2015-08-06", [
 E("CONSULT", "visit", [mbs], [abd2],
   "فقد قام صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع بزيارة إلى المملكة الأردنية الهاشمية، تلبية لدعوة كريمة من الملك عبدالله الثاني يوم الثلاثاء 19 / 10 / 1436هـ الموافق 4 / 8 / 2015م",
   "2015-08-04", "يوم الثلاثاء 19 / 10 / 1436هـ الموافق 4 / 8 / 2015م", in_jordan),
 E("AGREE", None, [abd2], [mbs], "تلبية لدعوة كريمة من الملك عبدالله الثاني"),
 E("AGREE", None, [jor, ksa], [],
   "فقد تم الاتفاق خلال المباحثات على أهمية تعزيز التعاون الاستراتيجي السياسي والاقتصادي والعسكري والأمني بين المملكة الأردنية الهاشمية والمملكة العربية السعودية",
   location=in_jordan),
 E("AGREE", None, [jor, ksa], [],
   "وأكد البلدان أهمية العمل المشترك في مكافحة الإرهاب والتنظيمات الإرهابية", location=in_jordan),
 E("ACCUSE", "disapprove", [jor, ksa], [P("إيران", "GPE", "IRN", [], "Iran")],
   "كما أكد الجانبان رفضهما القاطع لمحاولات تدخل إيران في الشؤون الداخلية للدول العربية", location=in_jordan),
 E("SUPPORT", None, [abd2], [ksa],
   "فقد أشاد جلالة الملك عبدالله الثاني بدعم المملكة العربية السعودية على مدى السنوات والعقود الماضية للاقتصاد الأردني",
   location=in_jordan),
 E("AGREE", None, [P("سلمان بن عبدالعزيز آل سعود", "PER", "SAU", ["خادم الحرمين الشريفين"], "King Salman")], [jor],
   "حرص خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود ـ حفظه الله ـ على تعزيز العلاقات الاقتصادية بين البلدين",
   location=in_jordan),
])

# --- Shooting near Camp Shelby, Mississippi, no casualties (aljazirah, Thu 6 Aug) -----------------
A["snn-2015-08-06-981"] = ("2015-08-06", [
 E("ASSAULT", "firearms", [], [],
   "وقّع إطلاق نار يوم الثلاثاء قرب مركز تدريب تابع للجيش الأميركي في ولاية ميسيسيبي في جنوب الولايات المتحدة من دون أن يسفر عن إصابات",
   "2015-08-04", "يوم الثلاثاء", L("طريق بيريت تاور", "Perrett Tower Road, near Camp Shelby, Mississippi", "USA")),
 E("COERCE", "arrest", [P("السلطات المحلية", "ORG", "USA", [], "local authorities")], [P("مشتبه بهما", "PER", "USA", [], "two suspects")],
   "كما أعلنت السلطات المحلية التي أكدت أنها تحاول القبض على مشتبه بهما", status="planned"),
 E("ASSAULT", "firearms", [P("محمد يوسف", "PER", "USA", ["المهاجم"], "Muhammad Youssef Abdulazeez")],
   [P("أربعة عسكريين", "PER", "USA", [], "four US servicemen")],
   "الهجوم المسلح الذي نفذه محمد يوسف (24 عاماً) والذي استهدف مركزين عسكريين في تشاتانوغا (ولاية تينيسي، جنوب) وأسفر عن مقتل أربعة عسكريين",
   location=L("تشاتانوغا", "Chattanooga, Tennessee", "USA")),
 E("ASSAULT", "firearms", [P("الشرطة", "ORG", "USA", [], "Chattanooga police")], [P("المهاجم", "PER", "USA", ["محمد يوسف"], "Muhammad Youssef Abdulazeez")],
   "قبل أن يقتل المهاجم برصاص الشرطة", location=L("تشاتانوغا", "Chattanooga, Tennessee", "USA")),
])

# --- Hadi, leaving Riyadh for Egypt: the victories will not stop (alweeam, Thu 6 Aug) -------------
hadi = P("عبدربه منصور هادي", "PER", "YEM", ["رئيس الجمهورية اليمنية", "الرئيس اليمني"], "Abd Rabbuh Mansur Hadi")
A["snn-2015-08-06-2309"] = ("2015-08-06", [
 E("THREATEN", "violence", [hadi], [P("المليشيات المتمردة", "ORG", "YEM", ["القوى الانقلابية"], "Houthi-Saleh forces")],
   "أن الإنتصارات التي حققها الجيش الوطني والمقاومة الشعبية في بلاده مسنودة بقوات التحالف العربي، ضد المليشيات المتمردة، لن تتوقف حتى يتم تطهير كل المحافظات اليمنية من القوى الانقلابية",
   location=L("الرياض", "Riyadh", "SAU"), status="threatened"),
 E("ACCUSE", "allege", [hadi], [P("مليشيات جماعة الحوثي", "ORG", "YEM", [], "Houthi militias"),
                                P("علي عبد الله صالح", "PER", "YEM", ["الرئيس المخلوع"], "Ali Abdullah Saleh")],
   "وجدد الرئيس اليمني، تأكيداته بأن مليشيات جماعة الحوثي والرئيس المخلوع، علي عبد الله صالح، انقلبت على الشرعية الدستورية",
   location=L("الرياض", "Riyadh", "SAU")),
])

# --- Three battalions of the pro-Hadi army reach al-Anad; coalition strikes the base (sabq, Mon 3 Aug)
anad_b = L("قاعدة العند الجوية", "Al-Anad Air Base", "YEM")
staff = P("قيادة أركان الجيش", "ORG", "YEM", [], "Yemeni army general staff")
A["snn-2015-08-03-1319"] = ("2015-08-03", [
 E("MOBILIZE", "troops", [P("ثلاث كتائب من قوات الجيش الموالي للشرعية", "ORG", "YEM", ["الكتائب الثلاث"], "three pro-Hadi army battalions")], [],
   "بأن ثلاث كتائب من قوات الجيش الموالي للشرعية التي تدربت أخيراً في المنطقة العسكرية الأولى في محافظة حضرموت (شرقي اليمن) وصلت إلى محيط قاعدة العند الجوية بمحافظة لحج",
   location=anad_b),
 E("AID", None, [P("دول التحالف", "ORG", None, [], "Saudi-led coalition states")],
   [P("المقاومة والجيش", "ORG", "YEM", [], "pro-Hadi army and resistance")],
   "الوحدات العسكرية تمّ تسليحها بالعتاد العسكري الجديد الذي حصلت عليها المقاومة والجيش من دول التحالف عبر ميناء ومطار عدن الدولي",
   location=L("عدن", "Aden", "YEM")),
 E("MOBILIZE", "troops", [staff], [],
   "أن قيادة أركان الجيش كانت قد أصدرت أمراً بتحريك ست كتائب عسكرية من المنطقة العسكرية الأولى إلى جبهات القتال في لحج وأبين وتعز",
   location=L("لحج", "Lahij Governorate", "YEM")),
 E("MOBILIZE", "troops", [staff], [],
   "أن قيادة أركان الجيش كانت قد أصدرت أمراً بتحريك ست كتائب عسكرية من المنطقة العسكرية الأولى إلى جبهات القتال في لحج وأبين وتعز",
   location=L("أبين", "Abyan Governorate", "YEM")),
 E("MOBILIZE", "troops", [staff], [],
   "أن قيادة أركان الجيش كانت قد أصدرت أمراً بتحريك ست كتائب عسكرية من المنطقة العسكرية الأولى إلى جبهات القتال في لحج وأبين وتعز",
   location=L("تعز", "Taiz Governorate", "YEM")),
 E("MOBILIZE", "troops", [P("أول كتيبة", "ORG", "YEM", ["الكتيبة الأولى"], "first pro-Hadi battalion")], [],
   "ووصلت أول كتيبة إلى جبهة العند يوم الثلاثاء الماضي",
   "2015-07-28", "يوم الثلاثاء الماضي", L("جبهة العند", "Al-Anad Air Base", "YEM")),
 E("ASSAULT", None, [P("الكتيبة الأولى", "ORG", "YEM", ["أول كتيبة"], "first pro-Hadi battalion"),
                     P("رجال المقاومة", "ORG", "YEM", [], "Popular Resistance")], [],
   "بعد أيامٍ من سيطرة الكتيبة الأولى ورجال المقاومة على سور المعسكر وتوغلهم أكثر من كيلو مترين في عُمق القاعدة",
   location=L("معسكر العند", "Al-Anad Air Base", "YEM")),
 E("ASSAULT", None, [P("الكتائب الثلاث", "ORG", "YEM", [], "three pro-Hadi army battalions")], [],
   "تستعد الآن لخوض أول معركة حقيقية داخل معسكر العند",
   location=L("معسكر العند", "Al-Anad Air Base", "YEM"), status="planned"),
 E("ASSAULT", "aerial", [P("طائرات التحالف العربي", "ORG", None, ["الطائرات"], "Saudi-led coalition aircraft")], [],
   "قصفت طائرات التحالف العربي، قبل ساعات قليلة، قاعدة العند تمهيداً لاقتحامها من قِبل قوات المقاومة",
   None, "قبل ساعات قليلة", L("قاعدة العند", "Al-Anad Air Base", "YEM")),
 E("RETREAT", "withdraw", [P("مرزوق الصيادي", "PER", "YEM", ["قائد ميليشيات الحوثيين وصالح"], "Marzouq al-Sayadi")],
   [P("الميليشيات الحوثية", "ORG", "YEM", ["ميليشيات الحوثيين"], "Houthi militias")],
   "العميد مرزوق الصيادي؛ قائد ميليشيات الحوثيين وصالح هرب من قاعدة العند",
   location=L("قاعدة العند", "Al-Anad Air Base", "YEM")),
])

# --- Hodeidah: food crisis after ships are diverted to Aden; Houthi pressure (aawsat, Thu 6 Aug) ----
hod_res = P("مواطنون من الحديدة وإقليم تهامة", "PER", "YEM", ["بعض هؤلاء"], "Hodeidah and Tihama residents")
coal = P("قوات التحالف", "ORG", None, [], "Saudi-led coalition forces")
hayj = P("حسن أحمد الهيج", "PER", "YEM", ["محافظ المحافظة", "المحافظ"], "Hassan Ahmed al-Haij")
yemgov2 = P("الحكومة اليمنية", "ORG", "YEM", ["الحكومة"], "Government of Yemen")
A["snn-2015-08-06-263"] = ("2015-08-06", [
 E("COERCE", "restrict", [yemgov2], [],
   "تسببت الخطوة التي اتخذتها الحكومة اليمنية بتحويل جميع السفن التموينية إلى ميناء عدن الجنوبي بدلا من ميناء مدينة الحديدة",
   location=L("ميناء مدينة الحديدة", "Port of Hodeidah", "YEM")),
 E("ACCUSE", "disapprove", [P("عدد من سكان الحديدة", "PER", "YEM", [], "Hodeidah residents")], [yemgov2],
   "وأعرب عدد من سكان الحديدة، عاصمة محافظة الحديدة وإقليم تهامة في غرب اليمن الذي يتكون من أربع محافظات، عن استيائهم إزاء قرار منع دخول السفن إلى ميناء الحديدة"),
 E("REQUEST", None, [hod_res], [yemgov2, coal],
   "وناشد مواطنون من الحديدة وإقليم تهامة الحكومة اليمنية وقوات التحالف، السماح باستمرار الحركة الطبيعية بالنسبة للمواد الغذائية والدوائية والمشتقات النفطية"),
 E("REQUEST", None, [hod_res], [coal],
   "وطالب بعض هؤلاء قوات التحالف «بالوصول إلى ميناء الحديدة والإشراف بشكل مباشر على دخول البضائع"),
 E("MOBILIZE", "militia", [P("الجماعة الحوثية", "ORG", "YEM", [], "Houthi movement")], [],
   "كثفت الجماعة الحوثية جهودها لحشد الشباب وتجنيدهم في مديريات ومدن تهامة",
   location=L("تهامة", "Tihama", "YEM")),
 E("COERCE", None, [P("مسلحون حوثيون", "ORG", "YEM", ["المسلحين الحوثيين"], "Houthi gunmen")], [hayj],
   "إذ اقتحم مسلحون حوثيون قدموا من معقلهم في محافظة صعدة، الاجتماع"),
 E("REQUEST", None, [P("عبد الملك الحوثي", "PER", "YEM", ["زعيم الحوثيين"], "Abdul-Malik al-Houthi")], [hayj],
   "أنهم يحملون رسالة من زعيم الحوثيين عبد الملك الحوثي تدعو لتشكيل عدة لجان ضمنها واحدة لجمع التبرعات من المواطنين"),
 E("AGREE", None, [hayj], [P("المسلحين الحوثيين", "ORG", "YEM", ["مسلحون حوثيون"], "Houthi gunmen")],
   "«المحافظ اتفق مع المسلحين الحوثيين بأن يجتمعوا ويناقشوا الأمر مع بعض الأحزاب والمنظمات"),
 E("REQUEST", None, [P("كثير من أبناء تهامة", "PER", "YEM", [], "Tihama residents")],
   [P("قوات الشرعية", "ORG", "YEM", [], "pro-Hadi forces"), coal],
   "أطلق كثير من أبناء تهامة مبادرة على الإنترنت تدعو قوات الشرعية وقوات التحالف لدخول المحافظة"),
])

# --- News digest: Australian speaker resigns; Mali ambush; Burundi ex-spy chief killed (aawsat, Mon 3 Aug)
A["snn-2015-08-03-165"] = ("2015-08-03", [
 E("ASSAULT", "explosives", [P("مسلحين", "PER", None, ["المهاجمين"], "gunmen")],
   [P("جنديين ماليين", "PER", "MLI", ["رجالنا"], "Malian soldiers")],
   "أن جنديين ماليين قتلا وأصيب أربعة في كمين استهدف قافلتهم قرب بلدة نامبالا بوسط البلاد أول من أمس",
   "2015-08-01", "أول من أمس", L("بلدة نامبالا", "Nampala", "MLI")),
 E("MOBILIZE", "troops", [], [], "أن تعزيزات أرسلت للمنطقة",
   location=L("المنطقة", "Nampala area", "MLI")),
 E("ASSAULT", "heavy-weapons", [P("عددا من الرجال يرتدون زيا عسكريا", "PER", None, [], "men in military uniform")],
   [P("أدولف نشيميريمانا", "PER", "BDI", ["نشيميريمانا", "رئيس المخابرات السابق", "الليفتنانت جنرال"], "Adolphe Nshimirimana")],
   "أن رئيس المخابرات السابق أدولف نشيميريمانا قتل في منطقة كامينجي بالعاصمة بوجمبورا",
   location=L("منطقة كامينجي", "Kamenge, Bujumbura", "BDI")),
])

# --- Hadi appoints three advisers (aleqtisadiya, Mon 3 Aug): no event -----------------------------
A["snn-2015-08-03-311"] = ("2015-08-03", [])

# --- Aden airport reopens; Red Cross flight and a prisoner exchange (alriyadh, Thu 6 Aug) ----------
aden_ap = L("مطار عدن", "Aden International Airport", "YEM")
A["snn-2015-08-06-1725"] = ("2015-08-06", [
 E("THREATEN", None, [P("الحوثيين", "ORG", "YEM", [], "Houthis")], [],
   "كون الحوثيين أعلنوا الاستيلاء على أي طائرة تهبط إليها", location=L("صنعاء", "Sanaa", "YEM"), status="threatened"),
 E("AID", None, [P("الصليب الأحمر", "ORG", None, [], "ICRC")], [],
   "أول طائرة تتبع الصليب الأحمر وصلت إلى مطار عدن", location=aden_ap),
 E("RETREAT", "release", [P("المقاومة الشعبية", "ORG", "YEM", [], "Popular Resistance"), P("الحوثيين", "ORG", "YEM", [], "Houthis")],
   [P("أسرى من المقاومة الشعبية", "PER", "YEM", [], "resistance prisoners"), P("أسرى من الحوثيين", "PER", "YEM", [], "Houthi prisoners")],
   "أنها قامت بنقل أسرى من المقاومة الشعبية واستبدالهم بأسرى من الحوثيين كمرحلة أولى لتبادل الأسرى بين الطرفين",
   location=aden_ap),
])

# --- Sabiha front commander: Anad under control; coalition strikes; Bahah on Iran (almadina, Thu 6 Aug)
coal_air = P("طيران التحالف العربي", "ORG", None, ["طيران التحالف"], "Saudi-led coalition air force")
bahah = P("خالد بحاح", "PER", "YEM", ["بحاح", "رئيس الوزراء اليمني"], "Khaled Bahah")
zinj = L("منطقة زنجبار", "Zinjibar", "YEM")
A["snn-2015-08-06-1241"] = ("2015-08-06", [
 E("ASSAULT", None, [P("الجيش الموالي للشرعية", "ORG", "YEM", ["الجيش"], "pro-Hadi army"),
                     P("المقاومة", "ORG", "YEM", ["المقاومة الشعبية"], "Popular Resistance"),
                     P("اللواء الأول حزم", "ORG", "YEM", [], "1st Hazm Brigade"),
                     P("جنود وقادة من دول التحالف العربي", "PER", None, [], "coalition soldiers and commanders")],
   [P("مليشيا الحوثي", "ORG", "YEM", [], "Houthi militia")],
   "تم الاقتحام أمس الثلاثاء من قبل الجيش الموالي للشرعية والمقاومة وقوة من اللواء الأول حزم ودبابات ومدرعات عسكرية حديثة وجنود وقادة من دول التحالف العربي",
   "2015-08-04", "أمس الثلاثاء", L("قاعدة العند الجوية", "Al-Anad Air Base", "YEM")),
 E("ASSAULT", "aerial", [coal_air], [P("اللواء 117 مشاة", "ORG", "YEM", [], "117th Infantry Brigade")],
   "أن ثماني غارات شنها طيران التحالف على اللواء 117 مشاة بمديرية مكيراس بالبيضاء",
   "2015-08-05", "أمس", L("مديرية مكيراس", "Mukayras District, Al Bayda", "YEM")),
 E("ASSAULT", "aerial", [coal_air], [P("الحوثيين", "ORG", "YEM", [], "Houthis"), P("قوات صالح", "ORG", "YEM", [], "Saleh forces")],
   "كما شن طيران التحالف عدة غارات جوية على مواقع الحوثيين وقوات صالح بمنطقة زنجبار بأبين",
   "2015-08-05", "أمس", zinj),
 E("ASSAULT", None, [P("المقاومة", "ORG", "YEM", [], "Popular Resistance"), P("قوات صالح", "ORG", "YEM", [], "Saleh forces"),
                     P("مليشيا الحوثي", "ORG", "YEM", [], "Houthi militia")], [],
   "حيث تدور مواجهات بين المقاومة وقوات صالح ومليشيا الحوثي", location=zinj),
 E("REJECT", None, [bahah], [P("طهران", "GPE", "IRN", ["إيراني"], "Iran")],
   "مشيرا إلى أن حكومته لن تسمح بأي تدخل إيراني في بلاده", "2015-08-05", "أمس"),
 E("ACCUSE", "disapprove", [bahah], [P("طهران", "GPE", "IRN", [], "Iran")],
   "وطهران كان دورها سلبيًا في الأزمة اليمنية", "2015-08-05", "أمس"),
 E("SUPPORT", None, [bahah], [P("التحالف العربي", "ORG", None, [], "Saudi-led coalition")],
   "ووصف بحاح العمل الجماعي للتحالف العربي، بقيادة السعودية،", "2015-08-05", "أمس"),
])

# --- Footage and facts from the Asir emergency-forces mosque (3alyoum, Thu 6 Aug) ------------------
A["snn-2015-08-06-175"] = ("2015-08-06", [
 E("ASSAULT", "suicide-attack", [P("الانتحاري", "PER", None, ["منفذ العملية الانتحارية"], "suicide bomber")],
   [P("15 رجل أمن", "PER", "SAU", ["مجموعة من منسوبي قوات الطوارئ الخاصة"], "Special Emergency Forces members")],
   "مسجد قوة طوارئ عسير، والذي استهدف في تفجير إرهابي، ظهر اليوم",
   "2015-08-06", "ظهر اليوم", L("منطقة عسير", "Asir Region", "SAU")),
])

# --- Obama markets the Iran deal to American Jews; Netanyahu's appeal (alriyadh, Thu 6 Aug) --------
A["snn-2015-08-06-1745"] = ("2015-08-06", [
 E("CONSULT", "visit", [P("زعماء اليهود", "PER", "USA", ["زعيم يهودي أميركي"], "American Jewish leaders")],
   [P("باراك أوباما", "PER", "USA", ["أوباما"], "Barack Obama")],
   "أحد زعماء اليهود الذين التقاهم أوباما في البيت الأبيض أول أمس الثلاثاء",
   "2015-08-04", "أول أمس الثلاثاء", L("البيت الأبيض", "White House, Washington", "USA")),
 E("REQUEST", None, [P("بنيامين نتنياهو", "PER", "ISR", ["نتنياهو", "رئيس الوزراء الإسرائيلي"], "Benjamin Netanyahu")],
   [P("يهود أميركا", "PER", "USA", ["الأميركيين اليهود"], "American Jews")],
   "عارضوا هذا الاتفاق الخطير", "2015-08-05", "أمس"),
])

# --- Saudi Arabia and Fiji establish diplomatic relations (alyaum, Thu 6 Aug) ---------------------
A["snn-2015-08-06-2709"] = ("2015-08-06", [
 E("AGREE", None, [P("المملكة العربية السعودية", "GPE", "SAU", [], "Saudi Arabia"),
                   P("جمهورية جُزر فيجي", "GPE", "FJI", ["فيجي"], "Fiji")], [],
   "أقامت المملكة العربية السعودية علاقات دبلوماسية مع جمهورية جُزر فيجي"),
 E("AGREE", None, [P("عبدالله بن يحيى المعلمي", "PER", "SAU", [], "Abdallah Y. Al-Mouallimi"),
                   P("بيتر ثومسون", "PER", "FJI", [], "Peter Thomson")], [],
   "أكد السفيران حرص البلدين على تعزيز العلاقات وتوسيع آفاق التعاون بينهما في شتى المجالات"),
])


check_selection(A, n=20, parity=1, days=("2015-08-03", "2015-08-06"))
check_new_ids(A, *other_golds("events-extra13.jsonl"))
write_gold(A, "events-extra13.jsonl")
