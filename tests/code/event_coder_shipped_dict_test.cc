// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Coding rules that depend on the shipped dictionaries' engine sets (&intransitive, &ask) and on
// the tagger and clause analysis of whole news sentences. Unlike event_coder_test.cc these use the
// default dictionaries, so an expectation may move when a dictionary record changes: each case
// names the rule it pins.

#include <gtest/gtest.h>

#include <string>

#include "pipeline/engine_fixture.h"
#include "test_util.h"

namespace dragoman {
namespace {

// "SRC->TGT CODE mode" for each event, joined by "; " ("-" for no target).
std::string Code(const std::string& text, const std::string& date = "2015-06-01") {
  return testing::EventSummary(testing::CodeText("t", text, date));
}

struct Case {
  const char* rule;
  const char* text;
  const char* expected;
};

TEST(EventCoderShippedDictTest, Rules) {
  const Case cases[] = {
      {"&intransitive: a default code with no target", "Georgian President Eduard Shevardnadze resigned on Sunday.",
       "GEOGOV->- 0831 asserted"},
      {"&intransitive: agree to an act with no target", "The opposition agreed to postpone the march.",
       "OPP->- 030 asserted"},
      {"a verb outside &intransitive still needs a target", "Rebel fighters attacked on Sunday.", ""},
      {"the complement of a demand is requested, not done",
       "China demanded that the United States cancel the sale of weapons to Taiwan.", "CHN->USA 100 asserted"},
      {"the object of an appeal is requested", "Tutu called for sanctions against Nigeria.", ""},
      {"'as' after a verb is not a subordinator", "Albania denounced as a crime Serbia's crackdown.",
       "ALB->SRB 111 asserted"},
      {"a reduced relative between subject and verb is stepped over",
       "The Red Cross operating in Iraq said Britain must ensure security.", "NGOHLH->GBR 100 claimed"},
      {"'up to' + number is a quantity, not a particle",
       "Syria will send up to 4,000 troops to Lebanon.", "SYR->LBN 154 intended"},
      {"a noun's that-clause gives its target",
       "The ILO reiterated its demand that Israel ease restrictions on Palestinian workers.",
       "IGOUNOLABILO->ISR 100 asserted"},
      {"a bare past participle after the object is a background modifier",
       "Kosovo police returned the trucks seized by Serbian troops last week.", ""},
      {"a participle after a possessive is an adjective, not an allegation event",
       "The court indicted the minister for his alleged part in atrocities during the war against Serb forces.",
       "SRBJUD->SRBGOV 173 asserted"},
      {"a participle whose clause lost its auxiliary is still a verb",
       "The EU's envoy, Miroslav Lajcak, called on Belgrade and Pristina to show restraint.",
       "IGOEUREEC->SRB 0256 asserted; IGOEUREEC->KSV 0256 asserted"},
      {"&catenative: help + bare verb codes the verb, not aid", "Egypt helped support the rights of Palestinians.",
       "EGY->PSE 051 asserted"},
      {"passive: a pattern target after 'by' is the source, the subject the target",
       "Serbia's interior minister was indicted by the U.N. war crimes court for atrocities.",
       "IGOUNO->SRBGOV 173 asserted"},
      {"passive with no by-agent: the subject is not the source",
       "A Canadian priest was arrested in Lebanon for spying.", ""},
      {"a gerund inside an accusation's pattern is its content, not an event",
       "Human Rights Watch accused Egypt of violating human rights.", "NGOHRI->EGY 1122 asserted"},
      {"an 'as' clause is background to a coded main clause",
       "The Georgian president resigned on Sunday as the opposition threatened to storm the parliament.",
       "GEOGOV->- 0831 asserted"},
      {"a fronted adverbial clause ends at its comma",
       "As Georgian troops shelled Tskhinvali, Russia attacked Georgia.", "RUS->GEO 190 asserted"},
      {"an 'after' clause reports an event of its own",
       "The Philippines protested to China after Chinese ships blocked two Philippine vessels.",
       "PHL->CHN 114 asserted; CHNMIL->PHL 191 asserted"},
      {"receiving inspectors is allowing international involvement (0862)",
       "Georgia received a delegation of inspectors from the IAEA.", "GEO->IGOUNOIAE 0862 asserted"},
      {"allowing inspectors to return, intended", "Syria will allow the return of U.N. inspectors.",
       "SYR->IGOUNO 0355 intended"},
      {"cancelling restrictions eases them (081)", "Sudan cancelled restrictions on the Darfur rebels.",
       "SDN->SDNREB 081 asserted"},
      {"a curfew 'in' a place affects that place: its target",
       "Serbia lifted a night curfew in Montenegro on Sunday.", "SRB->MNE 0813 asserted"},
      {"a restrictive relative clause is background to a coded main clause",
       "Turkey sent weapons to Macedonia which is preparing an offensive against Albanian rebels.",
       "TUR->MKD 072 asserted"},
      {"a noun's content clause is background to a coded main clause",
       "Poland demanded an admission by Moscow that Soviet troops murdered Polish officers.", "POL->RUS 100 asserted"},
      {"a reduced -ing relative is background to a coded main clause",
       "The UN sent food to refugees fleeing attacks by Sudanese troops.", "IGOUNO->SDNREF 073 asserted"},
      {"a comma-delimited relative clause is news of its own",
       "Italy, which has trained the Libyan coast guard, will send aid to Libya.",
       "ITA->LBYMIL 062 asserted; ITA->LBY 033 intended"},
      {"a gerund after for/of gives the reason of the coded event", "Greece criticized Turkey for violating its airspace.",
       "GRC->TUR 111 asserted"},
      {"a nationality-modified noun's content clause is background; the noun is the verb's object",
       "Egypt rejected Israeli accusations that it had armed Hamas.", "EGY->ISR 120 asserted"},
      {"with no participant object, the nationality on the object noun is the target",
       "The Palestinians turned down an Israeli offer of limited autonomy.", "PSE->ISR 120 asserted"},
      {"an event noun after 'following' is context for the coded main event",
       "Jordan recalled its ambassador from Israel following the Israeli invasion of Lebanon.",
       "JOR->ISR 161 asserted"},
      {"coordination: a bare country before a nationality + agent shares the agent",
       "The Red Cross said US and British forces must ensure security.",
       "NGOHLH->USAMIL 100 claimed; NGOHLH->GBRMIL 100 claimed"},
      {"coordination: two nationalities on one agent", "Senior Hungarian and Romanian officials agreed to cooperate.",
       "HUNGOV->ROUGOV 032 intended; ROUGOV->HUNGOV 032 intended"},
      {"&catenative: begin + gerund codes the gerund with begin's subject",
       "Syrian troops began withdrawing from Lebanon on Sunday.", "SYRMIL->LBN 0874 asserted"},
      {"'when' (tagged WRB) opens a clause: background to a coded main clause",
       "Turkey recalled its ambassador from Israel when Israeli commandos attacked the Turkish convoy.",
       "TUR->ISR 161 asserted"},
      {"a statement's -ing content is coded with the issuer as source, and replaces the statement",
       "Hamas issued a declaration demanding that the Egyptian government open the border.",
       "PSEREB->EGYGOV 100 asserted"},
      {"'by' + a non-actor is no agent: the participle is the main verb the tagger misread",
       "The Sudanese president on Thursday lifted by decree the curfew in Darfur.", "SDNGOV->SDN 0813 asserted"},
      {"a request noun + addressee + infinitive: the act is requested, not done",
       "The United States issued an ultimatum to Serbia to withdraw from Kosovo.", "USA->SRB 139 asserted"},
      {"object control only by the governor's object right before 'to'; a deadline is a request",
       "Iraq defied a UN deadline to withdraw from Kuwait.", "IRQ->IGOUNO 128 asserted"},
      {"a participial phrase between commas is stepped over to find the subject",
       "Israel's prime minister, speaking in Jerusalem, threatened Syria.", "ISRGOV->SYR 130 asserted"},
      {"', backed by tanks,' is a background participle; attacking positions is military",
       "Angolan government troops, backed by tanks, attacked UNITA positions.", "AGOMIL->- 190 asserted"},
      {"&intransitive: disarming needs no target; refusing it is a rejection",
       "The Khmer Rouge refused to disarm.", "KHMREB->- 1246 asserted"},
      {"troops arriving is not a visit (042)", "The first Canadian troops arrived in Haiti on Monday.", ""},
      {"an official arriving is a visit", "The Canadian foreign minister arrived in Haiti on Monday.",
       "CANGOV->HTI 042 asserted"},
      {"a past perfect in a relative clause is backstory to a coded main clause",
       "Hezbollah said it would free the Israeli soldiers, whom its fighters had taken hostage in July.",
       "LBNREB->ISRMIL 0353 intended"},
      {"an infinitive completing a noun ('the right of X to') is background to a coded main clause",
       "Britain defended the right of Turkish forces to attack Kurdish rebels in Iraq.", "GBR->TURMIL 052 asserted"},
      {"a threatened act with no CAMEO threat code is carried by the threat",
       "Greece threatened to veto the EC aid package for Turkey.", "GRC->TUR 130 asserted"},
      {"a noun's 'between' pair with no other actor acts together, both ways",
       "Clashes between Indian and Pakistani troops killed 20 soldiers.",
       "INDMIL->PAKMIL 190 asserted; PAKMIL->INDMIL 190 asserted"},
      {"an understanding to act is an agreement to act (030), not a signed accord (057)",
       "Jordan and Syria reached an understanding to share water from the Yarmouk river.",
       "JOR->SYR 030 asserted; SYR->JOR 030 asserted"},
      {"a bare agent takes the sentence's country, also one named after it",
       "Police arrested 20 opposition activists in Nairobi.", "KENCOP->KENOPP 173 asserted"},
      {"investigating crimes by X targets X; extremists are an armed non-state group",
       "Bosnia is investigating alleged war crimes by Bosnian extremists against Serb civilians.",
       "BIH->BIHREB 094 asserted"},
      {"an infinitive's pattern replaces its governor's default code of the same root",
       "France agreed to provide military training to Chad.", "FRA->TCD 0312 intended"},
      {"sending doctors is humanitarian aid", "Cuba sent doctors to Nicaragua after the earthquake.",
       "CUB->NIC 073 asserted"},
      {"handing weapons over to someone is disarming (0873), not an extradition",
       "The rebels handed over their weapons to UN peacekeepers.", "REB->IGOUNO 0873 asserted"},
      {"'from' + an actor (not a place) is a prepositional phrase, not a location",
       "The Sri Lankan government rejected demands from Tamil rebels for a separate state.",
       "LKAGOV->LKAREB 120 asserted"},
      {"coordination over a possessive: X and its allies", "The United States and its NATO allies launched air strikes on Serbia.",
       "USA->SRB 195 asserted; IGOWSTNAT->SRB 195 asserted"},
      {"after a verb of permission, an uncoded object controls the infinitive, not the subject",
       "Iraq refused to allow the inspectors to enter the ministry building.", "IRQ->- 1245 asserted"},
      {"condemning an attack targets the attacker (its owner or 'by' phrase), not the victim",
       "The PLO condemned the killing of three Palestinians by Israeli soldiers.", "PSEGOV->ISRMIL 111 asserted"},
      {"condemning an attack: the possessive owner is the target", "Syria condemned Israel's raid on a Palestinian camp.",
       "SYR->ISR 111 asserted"},
      {"the owner of the object noun comes before a mention in the noun's prepositional phrase",
       "Egypt deplored the Israeli raid on Gaza.", "EGY->ISR 111 asserted"},
  };
  for (const Case& c : cases) EXPECT_EQ(Code(c.text), c.expected) << c.rule << ": " << c.text;
}

// people_1980s_1990s.dict: office holders of archived news take their role on the article's date.
TEST(EventCoderShippedDictTest, LeadersOfTheLateColdWar) {
  EXPECT_EQ(Code("Chancellor Helmut Kohl met Francois Mitterrand in Paris.", "1990-05-04"),
            "DEUGOV->FRAGOV 040 asserted");
  EXPECT_EQ(Code("Mikhail Gorbachev criticized Ronald Reagan.", "1987-03-02"), "RUSGOV->USAGOV 111 asserted");
  EXPECT_EQ(Code("President Mitterrand gave a warm welcome on Thursday to Chancellor Kohl.", "1990-01-01"),
            "FRAGOV->DEUGOV 043 asserted");  // welcoming a visitor is hosting
  EXPECT_EQ(Code("Israel will evacuate all settlements in the Gaza Strip."), "ISR->PSE 0356 intended");
  // Primakov headed the foreign intelligence service before he became foreign minister.
  EXPECT_EQ(Code("Yevgeny Primakov accused Andrei Kozyrev.", "1994-06-01"), "RUSSPY->RUSGOV 112 asserted");
}

}  // namespace
}  // namespace dragoman
