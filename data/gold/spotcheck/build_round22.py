"""Build `round22.jsonl`, the analyst's event annotation of seven VOA stories (issue 9 spot check).

Round 22 takes its stories from the search store, as rounds 7-21. The texts are kept readable in
`round22_stories_source.txt`; this script rebuilds `round22-stories.jsonl` from it and resolves the
annotation written below against those texts, with the tools of round 9 (its builder's paths and
`common.write_stories` / `common.write_and_check`: sentence and trigger offsets, every
actor/recipient word found, PLOVER type names, re-read and checked). It does not import
wirecoder. Run from the repository root:

    python data/gold/spotcheck/build_round22.py

Fields are those of rounds 3-20 (see `README.md`): `optional` marks an event an analyst may code
or leave out (not counted as missed when absent); `accept_types`, `accept_actor`,
`accept_recipient` list other answers the judge accepts as right; flags follow
`data/gold/events/GUIDELINE.md` (planned meetings and talks `future=true`, its note of 2026-12-05;
other future cooperation and pledges AGREE with `future=false`, its rule 4; announced
non-cooperative acts `future=true`; conditionals its rule 5; negation and refusals its rule 6;
content of accusations, denials and demands not coded, its decision 2; meetings and two-sided
fighting joint, its decision 17). An actor or recipient named only in another sentence is listed in
`context_mentions` (filled in by `common`). The spot check's splitter (`common.sentences`) also cuts
after "Mr." (stories 3218266 and 1468273); anchors follow its cuts. No flag is pre-registered as
"right only if flagged". Sealed until the end of round 22 (see README).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round9 as r9  # round 9's builder: its paths and helpers (its own files are not rewritten)
from common import make_ev, write_and_check, write_stories

HERE = r9.HERE
SOURCE = f"{HERE}/round22_stories_source.txt"
STORIES_JSONL = f"{HERE}/round22-stories.jsonl"
# 3468508 (Australia and PNG agree to close Manus, /a/reu-... address) removed after the round-22
# judgement: a Reuters story on a VOA page, wire-service copy, not public domain; its 9 events
# (5 required) are in git history before that commit.
STORIES = ["mil-081023-voa02", "1597392", "5026746", "3218266", "4101677", "1468273"]

E: list[dict] = []
ev = make_ev(E)

# ------------------------------------ mil-081023-voa02 (Georgia says Russia masses troops, 2008)
S = "mil-081023-voa02"
ev(S, "Georgia says Russia has deployed", "has deployed 2,000 additional troops in the pro-Russian breakaway region",
   "MOBILIZE", "", ["RUS"], ["Russia"], [], [],
   accept_recipient=[["GEO"]],
   note="'Georgia says Russia has deployed 2,000 additional troops' in South Ossetia: reported speech "
   "codes the act (guideline 1, as round 20's 'He says Eritrea is funding'); a deployment is MOBILIZE "
   "(guideline 12); South Ossetia is a place (GEO accepted as recipient)")
ev(S, "Georgia says Russia has deployed", "Georgia says",
   "ACCUSE", "allege", ["GEO"], ["Georgia"], ["RUS"], ["Russia"],
   optional=True,
   note="Georgia's charge itself (the reported deployment is the required event): optional, as the "
   "speaker's charge in round 20")
ev(S, "Georgia says Russia has deployed", "a move Russia denies",
   "REJECT", "", ["RUS"], ["Russia"], ["GEO"], ["Georgia"],
   accept_recipient=[[]],
   note="Russia denies the deployment: a denial is REJECT (guideline 14); Georgia, whose claim is "
   "denied, is the recipient (empty accepted)")
ev(S, "The Georgian Interior Ministry voiced fear", "said Thursday Russia appears to be \"preparing provocations\"",
   "ACCUSE", "allege", ["GEO"], ["Georgian Interior Ministry"], ["RUS"], ["Russia"],
   accept_types=["THREATEN"],
   note="the Georgian Interior Ministry charges that Russia is preparing provocations: ACCUSE/allege "
   "(a new statement, another speaker and day)")
ev(S, "The Georgian Interior Ministry voiced fear", "voiced fear over the alleged buildup",
   "ACCUSE", "disapprove", ["GEO"], ["Georgian Interior Ministry"], ["RUS"], ["Russia"],
   optional=True,
   note="the ministry's 'fear over the alleged buildup' (concern, guideline 14; one statement with "
   "the charge that follows): optional")
ev(S, "A spokesman, Shota Utiashvili", "there are now seven-thousand Russian troops in South Ossetia",
   "MOBILIZE", "", ["RUS"], ["Russian"], [], [],
   optional=True, accept_recipient=[["GEO"]],
   note="the Georgian spokesman's count of Russian troops (a state, elaborating sentence 0): optional")
ev(S, "Russian Foreign Minister Sergei Lavrov", "countered with accusations",
   "ACCUSE", "allege", ["RUS"], ["Sergei Lavrov"], ["EUR"], ["European monitors"],
   accept_recipient=[["IGO"], []],
   note="Lavrov accuses the European monitors (the EU monitoring mission, EUR; IGO accepted) of "
   "ignoring Georgian troop movements: ACCUSE/allege; the Georgian troop movements are the charge's "
   "content (guideline 2, not coded)")
ev(S, "Meanwhile Abkazian authorities blamed Georgia", "blamed Georgia for the killing",
   "ACCUSE", "allege", ["GEO"], ["Abkazian authorities"], ["GEO"], ["Georgia"],
   note="the Abkhazian authorities blame Georgia for the killing of an intelligence official: "
   "ACCUSE/allege; a breakaway region's authorities take their country's code (guideline: Republika "
   "Srpska -> BIH, Puntland -> SOM), so GEO -> GEO; the killing is the blame's content (guideline 2)")
ev(S, "Russian troops swept into Georgia", "Russian troops swept into Georgia",
   "ASSAULT", "", ["RUS"], ["Russian"], ["GEO"], ["Georgia"],
   optional=True, accept_types=["COERCE", "MOBILIZE"],
   note="Russia's August invasion, told as background: optional")
ev(S, "Russian troops swept into Georgia", "Georgian forces tried to regain control of South Ossetia by force",
   "ASSAULT", "", ["GEO"], ["Georgian"], [], [],
   optional=True, accept_types=["COERCE"], accept_recipient=[["GEO"]],
   note="Georgia's August offensive in South Ossetia (background): optional")
ev(S, "Moscow has since recognized the territory", "has since recognized the territory and Abkhazia as independent states",
   "SUPPORT", "", ["RUS"], ["Moscow"], ["GEO"], ["Abkhazia"],
   optional=True, accept_recipient=[[]],
   note="Russia's recognition of South Ossetia and Abkhazia (diplomatic recognition is SUPPORT; the "
   "breakaway regions take GEO; background 'has since'): optional")
ev(S, "Earlier this week, the United States accused Moscow", "accused Moscow of failing to comply with a European-brokered cease-fire",
   "ACCUSE", "allege", ["USA"], ["United States"], ["RUS"], ["Moscow"],
   note="the United States accuses Russia of not complying with the cease-fire: ACCUSE/allege; the "
   "cease-fire 'signed last month' names no signatory (not coded) and the agreement's terms in the "
   "next sentence are a state (not coded)")
ev(S, "The United States pledged one billion dollars", "pledged one billion dollars over three years",
   "AGREE", "", ["USA"], ["United States"], [], [],
   accept_types=["AID"], accept_recipient=[["GEO"]],
   note="the US pledge of $1 billion to Georgia (named in sentence 10): a pledge of aid is AGREE "
   "(guideline 4, future=false; AID accepted); the previous sentence's 'international donors' is a "
   "construct as actor (not coded)")
ev(S, "The European Union Japan, the International Monetary Fund", "also made substantial promises",
   "AGREE", "", ["EUR", "JPN", "IGO"], ["European Union", "Japan", "International Monetary Fund"], [], [],
   accept_types=["AID"], accept_actor=[["EUR"], ["JPN"], ["IGO"]], accept_recipient=[["GEO"]],
   note="the EU, Japan and the IMF pledge $640, $200 and $750 million: AGREE (pledges, guideline 4); "
   "one event with three actors (any one accepted); private donors have no code")
ev(S, "Separately, the European Bank for Reconstruction", "plans to grant Georgia $975 million in loans",
   "AGREE", "", ["IGO"], ["European Bank for Reconstruction and Development"], ["GEO"], ["Georgia"],
   optional=True, accept_types=["AID"],
   note="the EBRD's planned loans to Georgia (a plan announced separately from the donor conference): "
   "AGREE if coded, optional")

# ------------------------------------------------ 1597392 (Kashmir Solidarity Day, India-Pakistan, 2013)
S = "1597392"
ev(S, "Pakistan observed a state-sponsored annual", "to denounce Indian control of the disputed Himalayan region",
   "ACCUSE", "disapprove", ["PAK"], ["Pakistan"], ["IND"], ["Indian"],
   accept_types=["PROTEST"],
   note="Pakistan's state-sponsored day 'to denounce Indian control' of Kashmir: the observance is the "
   "denunciation (not a purpose clause of another act), ACCUSE/disapprove (PROTEST accepted)")
ev(S, "Two of the three wars between", "wars between the nuclear-armed rivals",
   "ASSAULT", "", ["IND", "PAK"], ["nuclear-armed rivals", "nuclear-armed rivals"], [], [],
   optional=True,
   note="the two past India-Pakistan wars over Kashmir (history): optional; joint (decision 17)")
ev(S, "This year’s February 5 celebration", "worst military clashes between India and Pakistan",
   "ASSAULT", "", ["IND", "PAK"], ["India", "Pakistan"], [], [],
   accept_actor=[["IND"], ["PAK"]], accept_recipient=[["PAK"], ["IND"]],
   note="the January clashes between India and Pakistan in Kashmir (the headline's clashes): ASSAULT, "
   "joint (two-sided fighting, decision 17)")
ev(S, "This year’s February 5 celebration", "a ceasefire went into effect in 2003",
   "RETREAT", "ceasefire", [], [], [], [],
   optional=True, accept_actor=[["IND", "PAK"]],
   note="the 2003 ceasefire taking effect (guideline 7: RETREAT/ceasefire; no party named in the "
   "sentence, background): optional")
ev(S, "Pakistani leaders are reiterating support", "reiterating support for the disputed region’s right to self-determination",
   "SUPPORT", "", ["PAK"], ["Pakistani leaders"], [], [],
   optional=True, accept_recipient=[["IND"]],
   note="Pakistan's restated support for Kashmir's self-determination (a standing position; the region "
   "has no code of its own): optional")
ev(S, "Pakistani leaders are reiterating support", "U.N. resolutions that call for a plebiscite",
   "REQUEST", "", ["UNO"], ["U.N."], [], [],
   optional=True, accept_recipient=[["IND", "PAK"], ["IND"], ["PAK"]],
   note="the standing UN resolutions calling for a plebiscite (background): optional")
ev(S, "The government observed one-minute of silence", "a Muslim insurgency broke out in Indian-ruled Kashmir",
   "ASSAULT", "", ["IND"], ["Muslim insurgency"], [], [],
   optional=True, accept_actor=[[]],
   note="the 1989 start of the insurgency in Indian-ruled Kashmir (history; a nationally based "
   "insurgency takes its country's code, IND): optional; the minute of silence is not an event")
ev(S, "State-sponsored protest rallies, seminars", "protest rallies",
   "PROTEST", "", ["PAK"], ["State-sponsored"], ["IND"], ["Indian"],
   accept_types=["ACCUSE"], accept_actor=[[]],
   note="state-sponsored rallies in Pakistan and Pakistani Kashmir against Indian rule: collective "
   "physical action (guideline 11), PROTEST PAK -> IND; their demand ('freedom from Indian rule') is "
   "not coded separately (guideline 11)")
ev(S, "Officials in India reject the celebration", "reject the celebration as Pakistani propaganda",
   "REJECT", "", ["IND"], ["Officials in India"], ["PAK"], ["Pakistani"],
   accept_types=["ACCUSE"],
   note="India dismisses the day as Pakistani propaganda: a dismissal is REJECT (guideline 14); "
   "ACCUSE/disapprove accepted")
ev(S, "Officials in India reject the celebration", "accuse Islamabad of fueling the Muslim separatist insurgency",
   "ACCUSE", "allege", ["IND"], ["Officials in India"], ["PAK"], ["Islamabad"],
   note="India accuses Pakistan of fueling the insurgency: ACCUSE/allege; the fueling is the charge's "
   "content (guideline 2)")
ev(S, "Officials in India reject the celebration", "a charge Pakistan denies",
   "REJECT", "", ["PAK"], ["Pakistan"], ["IND"], ["India"],
   note="Pakistan denies the charge: REJECT (guideline 14)")

# ------------------------------------------------ 5026746 (Japan removes South Korea from trade list, 2019)
S = "5026746"
ev(S, "Japan plans to remove South Korea", "plans to remove South Korea from its list of top trading partners",
   "SANCTION", "discontinue", ["JPN"], ["Japan"], ["KOR"], ["South Korea"],
   future=True,
   note="Japan's planned removal of South Korea from its trusted-partner list: a trade restriction is "
   "SANCTION/discontinue (guideline 8), announced for later (future=true, guideline 4)")
ev(S, "The cabinet of Japanese Prime Minister", "approved the plans",
   "SANCTION", "discontinue", ["JPN"], ["Shinzo Abe"], [], [],
   optional=True, future=True, accept_recipient=[["KOR"]],
   note="the cabinet's approval of the removal (the decision behind sentence 0's plan): optional")
ev(S, "As a result, Japan would remove South Korea", "would remove South Korea from a list",
   "SANCTION", "discontinue", ["JPN"], ["Japan"], ["KOR"], ["South Korea"],
   optional=True, future=True,
   note="the removal retold with its effect: optional (restatement of sentence 0)")
ev(S, "Starting on August 28, however", "must seek government permission to export to South Korea",
   "SANCTION", "discontinue", ["JPN"], ["Japanese"], ["KOR"], ["South Korea"],
   optional=True, future=True,
   note="the licensing requirement from August 28 (the measure's detail): optional")
ev(S, "South Korean President Moon Jae-in called", "called the move “selfish”",
   "ACCUSE", "disapprove", ["KOR"], ["Moon Jae-in"], [], [],
   accept_recipient=[["JPN"]],
   note="Moon calls Japan's move selfish: ACCUSE/disapprove; Japan is named only as 'the move' (empty "
   "recipient, JPN accepted); his warning about the world economy is part of the same criticism")
ev(S, "Earlier, a South Korean presidential spokesperson", "promised a “resolute” answer to Japan’s move",
   "THREATEN", "", ["KOR"], ["South Korean"], ["JPN"], ["Japan’s"],
   note="Seoul promises a resolute answer to Japan's move: a promise of retaliation is THREATEN")
ev(S, "Last month, Japan restricted exports", "restricted exports of a small number of important, high-technology materials to South Korea",
   "SANCTION", "discontinue", ["JPN"], ["Japan"], ["KOR"], ["South Korea"],
   note="Japan's July export restriction: SANCTION/discontinue (guideline 8)")
ev(S, "In October, the court ordered", "ordered some Japanese companies to pay Koreans",
   "SANCTION", "convict", ["KOR"], ["court"], ["JPN"], ["Japanese companies"],
   accept_recipient=[["MNC"]],
   note="South Korea's Supreme Court orders Japanese companies to compensate forced laborers: a court "
   "order finding against a party is SANCTION/convict (guideline 9); companies take their country's "
   "code (MNC accepted); the wartime forced labor has no actor named (not coded); sentence 9's "
   "'Japan's decision' is a back-reference (not coded)")
ev(S, "The Japanese government says all such disputes", "says all such disputes were settled in a 1965 treaty",
   "REJECT", "", ["JPN"], ["Japanese government"], [], [],
   accept_recipient=[["KOR"]],
   note="Tokyo holds that the claims were settled in 1965: a dismissal of the claims is REJECT "
   "(guideline 14); South Korea is 'the two sides' only (empty, KOR accepted)")
ev(S, "The Japanese government says all such disputes", "a 1965 treaty between the two sides",
   "SUPPORT", "", ["JPN", "KOR"], ["two sides", "two sides"], [], [],
   optional=True, accept_types=["AGREE"],
   note="the 1965 treaty (history, nominal): optional; signing is SUPPORT (guideline 15)")

# ------------------------------------------------ 3218266 (Mexico will not pay for Trump's wall, 2016)
S = "3218266"
ev(S, "The Mexican government said it would not pay", "would not pay for the \"terrible\" border wall",
   "REJECT", "", ["MEX"], ["Mexican government"], ["USA"], ["Donald Trump"],
   accept_recipient=[[]],
   note="Mexico refuses to pay for Trump's wall: a refusal is REJECT (guideline 6a); Trump (a "
   "candidate, USA) is the recipient (empty accepted)")
ev(S, "The Mexican government said it would not pay", "\"terrible\"",
   "ACCUSE", "disapprove", ["MEX"], ["Mexican government"], ["USA"], ["Donald Trump"],
   optional=True, accept_recipient=[[]],
   note="'terrible' (criticism inside the refusal): optional")
ev(S, "In a televised interview, Finance Minister", "have Mexico pay for it",
   "REQUEST", "", [], [], ["MEX"], ["Mexico"],
   optional=True, accept_actor=[["USA"]],
   note="Trump's proposal that Mexico pay (named as 'the proposal', its author in sentence 0): "
   "optional; the 'response' is a back-reference to sentence 0 (not coded)")
ev(S, "\"Under no circumstances will Mexico pay", "Under no circumstances will Mexico pay for the wall",
   "REJECT", "", ["MEX"], ["Mexico"], [], [],
   optional=True, accept_recipient=[["USA"]],
   note="Videgaray's quoted refusal (the refusal of sentence 0 in his words): optional")
ev(S, "He said the idea was", "the idea was \"based on ignorance",
   "ACCUSE", "disapprove", ["MEX"], ["He"], [], [],
   accept_recipient=[["USA"]],
   note="Videgaray calls the idea 'based on ignorance': ACCUSE/disapprove; Trump is not named in the "
   "sentence (empty recipient, USA accepted)")
ev(S, "Trump has repeatedly said Mexican leaders", "has repeatedly said Mexican leaders take advantage of the United States",
   "ACCUSE", "allege", ["USA"], ["Trump"], ["MEX"], ["Mexican leaders"],
   note="Trump charges that Mexican leaders export crime through illegal immigration: ACCUSE/allege; "
   "the charge's content is not coded (guideline 2)")
ev(S, "Trump estimates the wall will cost", "says the Mexican government must assume responsibility for the cost",
   "REQUEST", "", ["USA"], ["Trump"], ["MEX"], ["Mexican government"],
   note="Trump demands that Mexico pay: REQUEST (the demand Mexico rejects; guideline 2 codes a "
   "rejected speech act when its author is named)")
ev(S, "Trump says he will impound remittances", "he will impound remittances derived from illegal wages",
   "THREATEN", "", ["USA"], ["Trump"], ["MEX"], ["Mexico"],
   accept_types=["SANCTION"],
   note="Trump would impound remittances and raise visa fees 'until Mexico agrees': a conditional "
   "threat is THREATEN, hypothetical=false (guideline 5); SANCTION (future) accepted")
ev(S, "Former Mexican president Felipe Calderon", "we are not going to pay any single cent",
   "REJECT", "", ["MEX"], ["Felipe Calderon"], ["USA"], ["Trump's"],
   optional=True,
   note="the former president's refusal (a former official, a second voice of Mexico's refusal): "
   "optional")
ev(S, "Former Mexican president Felipe Calderon", "such a stupid wall",
   "ACCUSE", "disapprove", ["MEX"], ["Felipe Calderon"], ["USA"], ["Trump's"],
   optional=True,
   note="'such a stupid wall' (criticism within the same quotation): optional")
ev(S, "Pope Francis also commented", "\"A person who thinks only about building walls",
   "ACCUSE", "disapprove", ["VAT"], ["Pope Francis"], [], [],
   optional=True, accept_recipient=[["USA"]],
   note="the Pope's remark on wall builders (Holy See, VAT; no one named, February): optional; "
   "Trump's cost estimate and trade-deficit remark (sentences 7, 9) are not events")

# ------------------------------------------------ 4101677 (Saudi-led strikes on Houthis after missile, 2017)
S = "4101677"
ev(S, "Saudi Arabia and its allied forces launched", "launched a new wave of airstrikes on targets in neighboring Yemen",
   "ASSAULT", "aerial", ["SAU"], ["Saudi Arabia"], ["YEM"], ["Yemen"],
   note="the Saudi-led coalition's new airstrikes on Houthi targets in Yemen: ASSAULT (aerial); the "
   "allies have no code of their own in the sentence")
ev(S, "Saudi Arabia and its allied forces launched", "has been leading a military alliance against Iran-backed Shi’ite Houthi militant forces",
   "ASSAULT", "", ["SAU"], ["Riyadh"], ["YEM"], ["Houthi"],
   optional=True, accept_types=["COOPERATE"],
   note="the coalition campaign since 2015 (background relative clause): optional")
ev(S, "Saudi Arabia and its allied forces launched", "Iran-backed",
   "SUPPORT", "", ["IRN"], ["Iran-backed"], ["YEM"], ["Houthi"],
   optional=True, accept_types=["AID"],
   note="'Iran-backed' Houthis, a compound-adjective attribute (guideline 1c): optional")
ev(S, "Alhurra reported the airstrikes targeted", "the airstrikes targeted the National Security building",
   "ASSAULT", "aerial", [], [], [], [],
   optional=True, accept_actor=[["SAU"]], accept_recipient=[["YEM"]],
   note="the targets of the strikes of sentence 0 (a back-reference with detail): optional")
ev(S, "The renewed attacks came a day after", "a ballistic missile fired from Yemen and aimed at the King Khalid International Airport",
   "ASSAULT", "", ["YEM"], ["Yemen"], ["SAU"], ["Riyadh"],
   accept_actor=[[]],
   note="the Houthi missile fired at Riyadh's airport (Houthis -> YEM; named only as 'fired from "
   "Yemen' here, empty actor accepted): ASSAULT; 'the renewed attacks' is a back-reference; the "
   "Houthis' claim of responsibility (sentence 3) is not coded again")
ev(S, "The renewed attacks came a day after", "intercepted a ballistic missile",
   "ASSAULT", "", ["SAU"], ["country's military"], [], [],
   optional=True, accept_types=["MOBILIZE"], accept_recipient=[["YEM"]],
   note="the Saudi interception of the missile (air defense; no clear PLOVER category): optional")
ev(S, "\"We had warned that the capitals", "would not be safe from our ballistic missiles",
   "THREATEN", "", ["YEM"], ["Houthis"], [], [],
   accept_recipient=[["SAU"]],
   note="the Houthi spokesman: capitals of countries attacking Yemen 'would not be safe' from their "
   "missiles: THREATEN (a standing warning restated as the strike's justification); the addressees are "
   "a construct (empty recipient, SAU accepted)")
ev(S, "Saudi Arabia has been leading a military campaign", "has been leading a military campaign in Yemen",
   "ASSAULT", "", ["SAU"], ["Saudi Arabia"], ["YEM"], ["Yemen"],
   optional=True,
   note="the campaign since 2015 retold (background): optional")
ev(S, "Saudi Arabia has been leading a military campaign", "overthrew President Abd Rabu Mansour Hadi's government",
   "COERCE", "", ["YEM"], ["Houthi rebels"], ["YEM"], ["Abd Rabu Mansour Hadi's"],
   optional=True, accept_types=["ASSAULT"],
   note="the Houthis' 2014 seizure of Sana'a and ouster of Hadi (guideline 10: COERCE; history): "
   "optional")
ev(S, "Saudi Arabia has accused Iran", "has accused Iran of providing arms to the Shi’ite rebels",
   "ACCUSE", "allege", ["SAU"], ["Saudi Arabia"], ["IRN"], ["Iran"],
   note="Saudi Arabia accuses Iran of arming the Houthis: ACCUSE/allege; the arms supply is the "
   "charge's content (guideline 2)")
ev(S, "\"A shot was taken by Iran", "told reporters",
   "ACCUSE", "allege", ["USA"], ["Donald Trump"], ["IRN"], ["Iran"],
   note="Trump tells reporters that Iran took 'a shot' at Saudi Arabia, 'in my opinion': an explicit "
   "opinion is coded as the speaker's charge, ACCUSE/allege (the attack itself optional below)")
ev(S, "\"A shot was taken by Iran", "A shot was taken by Iran",
   "ASSAULT", "", ["IRN"], ["Iran"], ["SAU"], ["Saudi Arabia"],
   optional=True,
   note="the attack as Trump attributes it to Iran (reported speech; the missile is coded as YEM in "
   "sentence 2): optional")
ev(S, "\"A shot was taken by Iran", "talked to Saudi King Salman bin Abdulaziz",
   "CONSULT", "", ["USA", "SAU"], ["Donald Trump", "Saudi"], [], [],
   accept_actor=[["USA"]], accept_recipient=[["SAU"]],
   note="Trump's call with King Salman about the missile: CONSULT, joint (decision 17: a call)")
ev(S, "“And our system knocked it down", "Patriot missile batteries Riyadh purchased from the United States",
   "COOPERATE", "", ["SAU"], ["Riyadh"], ["USA"], ["United States"],
   optional=True, accept_types=["AID"], accept_actor=[["USA"]], accept_recipient=[["SAU"]],
   note="the earlier Saudi purchase of US Patriot batteries (background arms sale): optional; 'knocked "
   "it down' is a back-reference to the interception")

# ------------------------------------------------ 1468273 (SADC keeps Mbeki as Zimbabwe mediator, 2008)
S = "1468273"
ev(S, "Heads of state of the Southern African", "have asked South African President Thabo Mbeki to continue as mediator",
   "REQUEST", "", ["IGO"], ["Southern African Development Community"], ["ZAF"], ["Thabo Mbeki"],
   accept_types=["SUPPORT"],
   note="the SADC heads of state ask Mbeki to stay on as mediator: REQUEST (SUPPORT accepted as an "
   "endorsement); SADC is IGO; 'mounting criticism' has no actor (not coded)")
ev(S, "Heads of state of the Southern African", "a request by both branches of the Zimbabwean opposition Movement for Democratic Change that he be replaced",
   "REQUEST", "", ["ZWE"], ["Movement for Democratic Change"], ["ZAF"], ["he"],
   optional=True, accept_types=["ACCUSE"], accept_recipient=[["IGO"]],
   note="the MDC's earlier request that Mbeki be replaced (nominal, background; addressed to SADC): "
   "optional")
ev(S, "Mbeki’s role came up for discussion", "came up for discussion by the SADC leaders",
   "CONSULT", "", ["IGO"], ["SADC leaders"], [], [],
   optional=True,
   note="the SADC leaders' discussion at the Mauritius summit (within the bloc): optional")
ev(S, "Mauritius Prime Minister Navin Ramgoolam", "expressed \"complete faith\"",
   "SUPPORT", "", ["IGO"], ["SADC heads of state"], ["ZAF"], ["Mbeki"],
   note="the SADC heads of state express 'complete faith' in Mbeki (reported by Mauritius's prime "
   "minister): SUPPORT; Mbeki's name falls in the splitter's next 'sentence' ('Mbeki.', a context "
   "mention)")
ev(S, "\"We have renewed our confidence in him", "We have renewed our confidence in him",
   "SUPPORT", "", ["IGO"], ["We"], ["ZAF"], ["him"],
   optional=True, accept_types=["REQUEST"],
   note="Ramgoolam's quotation restating the endorsement and the request: optional")
ev(S, "Mbeki fell short of impartiality", "fell short of impartiality",
   "ACCUSE", "disapprove", ["ZWE"], ["Zimbabwean opposition"], ["ZAF"], ["Mbeki"],
   accept_types=["ACCUSE"],
   note="the Zimbabwean opposition (MDC, ZWE) holds that Mbeki fell short of impartiality and that "
   "his 'no crisis' remark was the last straw: ACCUSE (disapprove or allege); the actor is named in "
   "the splitter's previous 'sentence' (context mention)")
ev(S, "Mbeki fell short of impartiality", "his attempts at mediation in the crisis",
   "CONSULT", "", ["ZAF"], ["Mbeki"], [], [],
   optional=True, accept_recipient=[["ZWE"]],
   note="Mbeki's years of mediation (a mediator's role stays directed, decision 17; background): "
   "optional")
ev(S, "Mbeki fell short of impartiality", "after meeting with President Robert Mugabe",
   "CONSULT", "", ["ZAF", "ZWE"], ["Mbeki", "Robert Mugabe"], [], [],
   optional=True, accept_actor=[["ZAF"]], accept_recipient=[["ZWE"]],
   note="Mbeki's April 12 meeting with Mugabe in Harare (a subordinate clause, background to the "
   "remark): optional; joint (decision 17)")
ev(S, "Mbeki fell short of impartiality", "that \"there is no crisis\" in Zimbabwe",
   "SUPPORT", "", ["ZAF"], ["Mbeki"], ["ZWE"], ["Robert Mugabe"],
   optional=True, accept_types=["REJECT"], accept_recipient=[[]],
   note="Mbeki's 'there is no crisis' remark (a defence of Harare; no clear PLOVER category): optional")
ev(S, "Mbeki's critics at home in South Africa", "is calling for a tougher stance with Harare",
   "REQUEST", "", ["ZAF"], ["African National Congress"], [], [],
   optional=True, accept_types=["ACCUSE"], accept_recipient=[["ZAF"], ["ZWE"]],
   note="the ANC calls for a tougher stance toward Harare (a party's demand on its own government): "
   "optional")
ev(S, "ANC President Jacob Zuma, leading", "said",
   "ACCUSE", "allege", ["ZAF"], ["Jacob Zuma"], ["ZWE"], ["Mugabe's government"],
   note="Zuma says Mugabe's government is undermining Zimbabwe's constitution: ACCUSE/allege; the "
   "splitter cuts the sentence after 'Mr.', so the accused is a context mention and the trigger is "
   "'said'")
ev(S, "ANC President Jacob Zuma, leading", "leading a ruling-party delegation to Germany, Britain and France",
   "CONSULT", "visit", ["ZAF"], ["ANC"], ["DEU", "GBR", "FRA"], ["Germany", "Britain", "France"],
   optional=True, accept_recipient=[["DEU"], ["GBR"], ["FRA"]],
   note="Zuma's party delegation touring Germany, Britain and France (a trip, visitor -> host; "
   "background participle): optional")
ev(S, "Zuma was expected to meet Wednesday", "was expected to meet Wednesday in London With British Prime Minister Gordon Brown",
   "AGREE", "", ["ZAF", "GBR"], ["Zuma", "Gordon Brown"], [], [],
   future=True, accept_types=["CONSULT"], accept_actor=[["ZAF"]], accept_recipient=[["GBR"]],
   note="Zuma's planned meeting with Brown in London: a planned meeting is AGREE future=true, joint "
   "(guideline 4 note, decision 17); CONSULT accepted")
ev(S, "Zuma was expected to meet Wednesday", "stoking international outrage at the delay",
   "ACCUSE", "disapprove", ["GBR"], ["Gordon Brown"], [], [],
   optional=True, accept_recipient=[["ZWE"]],
   note="Brown's role in the outrage over the delayed results (relative clause, habitual; Zimbabwe's "
   "authorities not named): optional")
ev(S, "British Foreign Secretary David Miliband", "accused",
   "ACCUSE", "allege", ["GBR"], ["David Miliband"], ["ZWE"], ["Mugabe"],
   note="Miliband accuses Mugabe of trying to steal the parliamentary elections through fraudulent "
   "recounts: ACCUSE/allege; the content is not coded (guideline 2); Mugabe falls in the splitter's "
   "next 'sentence' (context mention)")


if __name__ == "__main__":
    write_stories(SOURCE, STORIES_JSONL)
    write_and_check(f"{HERE}/round22.jsonl", STORIES_JSONL, STORIES, E)
