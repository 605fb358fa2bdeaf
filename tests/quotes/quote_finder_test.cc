// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Quote finding and attribution through the whole engine, on sentences written for these tests: each
// cue shape of doc/quotes.md, speakers resolved through coreference, outlets and addressees, "we"
// inside a quote, and the span invariant (every span slices the input to exactly its text).

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/engine_fixture.h"

namespace dragoman {
namespace {

// Codes `text` with every blank-line separated paragraph as a body paragraph (no title guessing).
CodedArticle CodeBody(const std::string& text, const std::string& date = "2017-08-04") {
  auto coder = testing::DefaultEngine().NewCoder();
  Article a;
  a.id = "t";
  a.raw = text;
  size_t b = 0;
  while (b < text.size()) {
    size_t e = text.find("\n\n", b);
    if (e == std::string::npos) e = text.size();
    a.parts.push_back({PartKind::kBody, {static_cast<uint32_t>(b), static_cast<uint32_t>(e)}, ""});
    b = e + 2;
  }
  return (*coder)->Code(std::move(a), date);
}

void ExpectQuoteSpansSliceInput(const CodedArticle& c) {
  const std::string& raw = c.article.raw;
  auto check = [&](const std::string& text, const Span& s, const std::string& what) {
    if (s.empty()) {
      EXPECT_TRUE(text.empty()) << what;
      return;
    }
    ASSERT_LE(s.end, raw.size()) << what;
    EXPECT_EQ(raw.substr(s.begin, s.end - s.begin), text) << what;
  };
  for (const Quote& q : c.quotes) {
    ASSERT_FALSE(q.span.empty()) << q.text;
    check(q.text, q.span, "quote");
    check(q.speaker.text, q.speaker.span, "speaker of " + q.text);
    check(q.cue.text, q.cue.span, "cue of " + q.text);
    check(q.outlet.text, q.outlet.span, "outlet of " + q.text);
    check(q.addressee.text, q.addressee.span, "addressee of " + q.text);
    for (const QuoteText& link : q.speaker.chain) check(link.text, link.span, "chain of " + q.text);
  }
}

// The first quote whose text starts with `prefix`, or null.
const Quote* Find(const CodedArticle& c, const std::string& prefix, bool direct) {
  for (const Quote& q : c.quotes) {
    if (q.direct == direct && q.text.compare(0, prefix.size(), prefix) == 0) return &q;
  }
  return nullptr;
}

std::string Dump(const CodedArticle& c) {
  std::string out;
  for (const Quote& q : c.quotes) {
    out += std::string(q.direct ? "D " : "I ") + "[" + q.text + "] speaker=[" + q.speaker.text + "] code=" +
           q.speaker.code + " entity=" + q.speaker.entity + " cue=[" + q.cue.text + "] outlet=[" + q.outlet.text +
           "] addressee=[" + q.addressee.text + "]\n";
  }
  return out;
}

struct CueCase {
  const char* name;
  std::string text;
  std::string quote;    // prefix of the expected quote text
  bool direct;
  std::string speaker;  // expected speaker text
  std::string cue;
};

// Each case's text is coded alone: a quote starting with `quote` is found, with the speaker and cue
// expected, and every span of the article's quotes slices its input.
void ExpectCueCases(const std::vector<CueCase>& cases) {
  for (const CueCase& c : cases) {
    CodedArticle coded = CodeBody(c.text);
    const Quote* q = Find(coded, c.quote, c.direct);
    if (q == nullptr) {
      ADD_FAILURE() << c.name << ": no quote starting '" << c.quote << "'\n" << Dump(coded);
      continue;
    }
    EXPECT_EQ(q->speaker.text, c.speaker) << c.name << "\n" << Dump(coded);
    EXPECT_EQ(q->cue.text, c.cue) << c.name << "\n" << Dump(coded);
    ExpectQuoteSpansSliceInput(coded);
  }
}

TEST(QuoteFinderTest, CueShapes) {
  const std::vector<CueCase> cases = {
      {"said that", "The Libyan prime minister said that the talks would resume in May.",
       "that the talks would resume", false, "The Libyan prime minister", "said"},
      {"said, bare complement", "The French foreign minister said the ceasefire was holding.",
       "the ceasefire was holding", false, "The French foreign minister", "said"},
      {"according to, after", "The convoy was stopped at the border, according to the Tunisian army.",
       "The convoy was stopped at the border", false, "the Tunisian army", "according to"},
      {"according to, before", "According to the Egyptian government, the crossing will open on Sunday.",
       "the crossing will open on Sunday", false, "the Egyptian government", "According to"},
      {"according to, a source that goes on past its noun phrase",
       "According to a civil complaint filed by the commission in May, the developers looted the fund.",
       "the developers looted the fund", false, "a civil complaint", "According to"},
      {"inverted", "\"The border is closed,\" said the Algerian ambassador.", "The border is closed", true,
       "the Algerian ambassador", "said"},
      {"closing frame", "\"We will not negotiate,\" the rebel commander said.", "We will not negotiate", true,
       "the rebel commander", "said"},
      {"colon", "The Italian defence minister said: \"Our ships will stay in the area.\"",
       "Our ships will stay in the area.", true, "The Italian defence minister", "said"},
      {"quoted as saying", "The Russian ambassador was quoted as saying that Moscow wanted a political solution.",
       "that Moscow wanted a political solution", false, "The Russian ambassador", "was quoted as saying"},
      {"added", "The Turkish president added that his country would not withdraw.",
       "that his country would not withdraw", false, "The Turkish president", "added"},
  };
  ExpectCueCases(cases);
}

// Cue shapes beyond statements proper: stances and topics, passive cues with their agent, verbs
// read through WordNet's sense classes, nouns of a position. PolNeAR annotates all of them.
TEST(QuoteFinderTest, StanceAndTopicShapes) {
  const std::vector<CueCase> cases = {
      {"topic preposition after a speech verb", "The Libyan prime minister complained about the delays at the port.",
       "the delays at the port", false, "The Libyan prime minister", "complained about"},
      {"spoke of", "The Tunisian president spoke of a new era for the region.", "a new era for the region", false,
       "The Tunisian president", "spoke of"},
      {"passive with an agent", "The ceasefire plan has been endorsed by the Arab League.", "The ceasefire plan",
       false, "the Arab League", "has been endorsed by"},
      {"topic noun", "The ambassador's criticism of the militias angered the council.", "the militias", false,
       "The ambassador", "criticism of"},
      {"plan to", "The minister's plan to disarm the brigades has failed.", "to disarm the brigades", false,
       "The minister", "plan"},
      {"subject pronoun after said", "The Egyptian envoy says they both share the aim of a united Libya.",
       "they both share the aim", false, "The Egyptian envoy", "says"},
      {"headline in title case", "Tunisian President Says Border Will Reopen In May", "Border Will Reopen In May",
       false, "Tunisian President", "Says"},
      {"headline, closing frame", "Border Will Reopen In May, Tunisian President Says", "Border Will Reopen In May",
       false, "Tunisian President", "Says"},
      {"closing frame, verb read as a noun", "Bonuses for bankers were high, The Wall Street Journal reports.",
       "Bonuses for bankers were high", false, "The Wall Street Journal", "reports"},
      {"closing frame after a sentence that a subordinate opens",
       "After some delays, the reconstruction has met the standards, one Libyan official said.",
       "After some delays, the reconstruction", false, "one Libyan official", "said"},
      {"declined to", "The Italian ambassador declined to comment on the report.", "comment on the report", false,
       "The Italian ambassador", "declined to"},
      {"stance adjective with of", "The Tunisian president has been critical of the militias.", "the militias", false,
       "The Tunisian president", "has been critical of"},
      {"any adjective with about", "The Italian diplomats were coy about whether they would return.",
       "whether they would return", false, "The Italian diplomats", "were coy about"},
      {"respond to requests", "The Libyan embassy did not immediately respond to requests for comment.",
       "requests for comment", false, "The Libyan embassy", "did not immediately respond to"},
      {"finding read as a noun after a name", "The Brookings Institution estimates that the plan would raise $1 trillion over the next decade.",
       "that the plan would raise", false, "The Brookings Institution", "estimates"},
      {"progressive read as an adjective", "The Libyan prime minister is promising lower taxes and more jobs.",
       "lower taxes and more jobs", false, "The Libyan prime minister", "is promising"},
      {"circumstance before a that-clause", "The envoy said during a rally in Misrata that the ceasefire would hold.",
       "that the ceasefire would hold", false, "The envoy", "said"},
      // A listed cue verb reads with any subject: documents, places, shares of a poll speak too.
      {"listed stance verb, a document speaks", "The campaign ad also mentions the senator's vote on the treaty.",
       "the senator's vote on the treaty", false, "The campaign ad", "mentions"},
      {"listed stance verb, a city speaks", "The city of Benghazi is demanding that the militias leave the port.",
       "that the militias leave the port", false, "The city of Benghazi", "is demanding"},
      {"speech verb with a bare complement, a share of a poll speaks",
       "Seventy percent said the same of the prime minister.", "the same of the prime minister", false,
       "Seventy percent", "said"},
      {"finding in a closing frame", "The militias had left the port before dawn, the Libyan newspaper has learned.",
       "The militias had left the port before dawn", false, "the Libyan newspaper", "has learned"},
      {"parenthetical before the that-clause", "Several analysts cautioned, as did the ministry itself, that the talks might fail.",
       "that the talks might fail", false, "Several analysts", "cautioned"},
      {"a position noun and its copula", "The minister's bet is that the ceasefire will hold.",
       "that the ceasefire will hold", false, "The minister", "bet is"},
      {"finding read as a noun after a capitalised word the tagger calls an adjective",
       "The Arab Policy Center estimates that the port handles a third of the trade.",
       "that the port handles a third of the trade", false, "The Arab Policy Center", "estimates"},
  };
  ExpectCueCases(cases);
}

// A verb read through WordNet only (no cue list holds "rebut") is a cue when a speaker-like subject
// says it, not when the weather does.
TEST(QuoteFinderTest, WordNetCuesNeedASpeakerLikeSubject) {
  CodedArticle c = CodeBody("The heavy rain rebutted the forecast.");
  EXPECT_TRUE(c.quotes.empty()) << Dump(c);
  CodedArticle d = CodeBody("The senator rebutted the forecast.");
  EXPECT_NE(Find(d, "the forecast", false), nullptr) << Dump(d);
}

// "as X said" frames the clause it is set in, before it, after it, or around it; "as" that is no
// frame reports nothing.
TEST(QuoteFinderTest, AsFrames) {
  const std::vector<CueCase> cases = {
      {"leading", "As the minister noted, the port will reopen in May.", "the port will reopen in May", false,
       "the minister", "noted"},
      {"closing, a finding", "The port will reopen in May, as the minister predicted.", "The port will reopen in May",
       false, "the minister", "predicted"},
      {"interrupting: the subject", "The port, as the minister said, will reopen in May.", "The port", false,
       "the minister", "said"},
      {"interrupting: the rest", "The port, as the minister said, will reopen in May.", "will reopen in May", false,
       "the minister", "said"},
  };
  ExpectCueCases(cases);
  CodedArticle d = CodeBody("The envoy left the hall as the crowd cheered.");
  EXPECT_TRUE(d.quotes.empty()) << Dump(d);
}

// A time adjunct between the speaker and the cue, or between the cue and its content, belongs to
// neither.
TEST(QuoteFinderTest, TimeAdjunctsAroundTheCue) {
  const std::vector<CueCase> cases = {
      {"this month", "The Libyan oil company just this month announced that exports would resume.",
       "that exports would resume", false, "The Libyan oil company", "announced"},
      {"in April", "Italian prosecutors in April accused the minister of fraud.", "the minister of fraud", false,
       "Italian prosecutors", "accused"},
      {"in late August, after a participle", "A university poll released in late August found that most voters wanted change.",
       "that most voters wanted change", false, "A university poll", "found"},
      {"last month after the cue", "The minister said last month that the port would reopen.",
       "that the port would reopen", false, "The minister", "said"},
  };
  ExpectCueCases(cases);
}

// A topic noun that is a verb's object speaks for the verb's subject, when that subject can speak.
TEST(QuoteFinderTest, TopicNounObjectOfAVerb) {
  CodedArticle c = CodeBody("The senator is raising questions about the budget.");
  const Quote* q = Find(c, "the budget", false);
  ASSERT_NE(q, nullptr) << Dump(c);
  EXPECT_EQ(q->speaker.text, "The senator");
  EXPECT_EQ(q->cue.text, "questions about");
  CodedArticle d = CodeBody("The heavy rain raised questions about the dams.");
  EXPECT_TRUE(d.quotes.empty()) << Dump(d);
}

// A passive without an agent reports its subject and its complement, one attribution with no speaker;
// the passive of "charge" is a legal step and reports nothing.
TEST(QuoteFinderTest, PassiveWithoutAnAgent) {
  CodedArticle c = CodeBody("The commander was accused of ordering the attack on the port.");
  const Quote* subject = Find(c, "The commander", false);
  const Quote* complement = Find(c, "ordering the attack on the port", false);
  ASSERT_NE(subject, nullptr) << Dump(c);
  ASSERT_NE(complement, nullptr) << Dump(c);
  EXPECT_EQ(subject->cue.text, "was accused of");
  EXPECT_EQ(subject->cue.span.begin, complement->cue.span.begin) << "one cue, two pieces";
  EXPECT_TRUE(subject->speaker.span.empty()) << Dump(c);
  ExpectQuoteSpansSliceInput(c);
  CodedArticle d = CodeBody("The commander has been charged with murder.");
  EXPECT_TRUE(d.quotes.empty()) << Dump(d);
}

// A cue inside another's reported speech is part of it: one attribution, not two.
TEST(QuoteFinderTest, NestedCueIsPartOfTheOuterContent) {
  CodedArticle c = CodeBody("The governor said he would spend the $18 million he says he raised on schools.");
  ASSERT_EQ(c.quotes.size(), 1u) << Dump(c);
  EXPECT_EQ(c.quotes[0].cue.text, "said");
  EXPECT_EQ(c.quotes[0].text, "he would spend the $18 million he says he raised on schools") << Dump(c);
  // A clause of its own after a conjunction stays a statement of its own.
  CodedArticle two = CodeBody("The governor said the schools would open, but the mayor said they would not.");
  EXPECT_NE(Find(two, "they would not", false), nullptr) << Dump(two);
  EXPECT_NE(Find(two, "the schools would open", false), nullptr) << Dump(two);
}

// A cue inside a relative clause reports no further than the clause.
TEST(QuoteFinderTest, CueInARelativeClauseEndsWithTheClause) {
  CodedArticle c = CodeBody(
      "The prime minister, who believed that the talks would fail, told his advisers to prepare for a long siege.");
  const Quote* q = Find(c, "that the talks would fail", false);
  ASSERT_NE(q, nullptr) << Dump(c);
  EXPECT_EQ(q->text, "that the talks would fail") << Dump(c);
}

// A quote that ends its own sentence is not framed by a cue that opens the next one.
TEST(QuoteFinderTest, CueAfterASentenceFinalQuoteHasItsOwnContent) {
  CodedArticle c = CodeBody(
      "The mayor says the storm was \u201cthe worst in a century.\u201d She says it shows that the dams must be raised.");
  const Quote* q = Find(c, "it shows that the dams", false);
  ASSERT_NE(q, nullptr) << Dump(c);
  EXPECT_EQ(q->speaker.text, "She");
}

// An adverbial before an interrupting frame opens the reported clause; a subordinate clause of the
// writer's is not reported.
TEST(QuoteFinderTest, AdverbialBeforeAnInterruptingFrame) {
  CodedArticle c = CodeBody("Back in Tripoli, the envoy said, he met the prime minister twice.");
  EXPECT_NE(Find(c, "he met the prime minister twice", false), nullptr) << Dump(c);
  CodedArticle d = CodeBody("When the talks failed in May, the envoy said nothing.");
  EXPECT_EQ(Find(d, "When the talks failed", false), nullptr) << Dump(d);
  CodedArticle e = CodeBody("The envoy left the country, the ministry said before the talks.");
  EXPECT_EQ(Find(e, "before the talks", false), nullptr) << Dump(e);
  // Nor is a question put to the speaker.
  CodedArticle f = CodeBody("Asked to describe the device, the commissioner said, \"Not going to go into that.\"");
  EXPECT_EQ(Find(f, "Asked to describe", false), nullptr) << Dump(f);
  EXPECT_NE(Find(f, "Not going to go into that", true), nullptr) << Dump(f);
}

// Filing for bankruptcy is a legal step, not a statement about bankruptcy; replying to a person is
// no topic.
TEST(QuoteFinderTest, CueVerbsThatReportNothing) {
  CodedArticle c = CodeBody("The coal company filed for bankruptcy protection in April.");
  EXPECT_EQ(Find(c, "bankruptcy", false), nullptr) << Dump(c);
  CodedArticle d = CodeBody("The minister replied to reporters that the port would reopen.");
  EXPECT_EQ(Find(d, "reporters", false), nullptr) << Dump(d);
  EXPECT_NE(Find(d, "that the port would reopen", false), nullptr) << Dump(d);
}

TEST(QuoteFinderTest, InterruptingFrameAndPartialQuotes) {
  CodedArticle c = CodeBody(
      "The general's words, the Egyptian ambassador said, \"will not change our position.\"\n\n"
      "The Russian envoy said the Russians are \"working with all the Libyan parties\" on a settlement.");
  const Quote* direct = Find(c, "will not change our position", true);
  ASSERT_NE(direct, nullptr) << Dump(c);
  EXPECT_EQ(direct->speaker.text, "the Egyptian ambassador");
  EXPECT_EQ(direct->speaker.code, "EGYGOV");
  const Quote* before = Find(c, "The general's words", false);
  ASSERT_NE(before, nullptr) << Dump(c);
  EXPECT_EQ(before->cue.span.begin, direct->cue.span.begin) << "one frame, two pieces";
  // A partial quote inside reported speech belongs to the reported speech's speaker.
  const Quote* partial = Find(c, "working with all the Libyan parties", true);
  ASSERT_NE(partial, nullptr) << Dump(c);
  EXPECT_EQ(partial->speaker.text, "The Russian envoy");
  EXPECT_EQ(partial->speaker.code, "RUSGOV");
  ExpectQuoteSpansSliceInput(c);
}

TEST(QuoteFinderTest, OutletsAndAddressees) {
  CodedArticle c = CodeBody(
      "The Libyan foreign minister told Reuters that the government would hold elections.\n\n"
      "The Tunisian president told reporters that the border would stay open.\n\n"
      "\"There is no military solution,\" the French foreign minister said in an interview with Reuters.\n\n"
      "The Italian prime minister told newspaper Corriere della Sera that Rome would send aid.");
  const Quote* q1 = Find(c, "that the government would hold elections", false);
  ASSERT_NE(q1, nullptr) << Dump(c);
  EXPECT_EQ(q1->outlet.text, "Reuters");
  EXPECT_EQ(q1->outlet.code, "GBRMED");
  EXPECT_TRUE(q1->addressee.text.empty());
  const Quote* q2 = Find(c, "that the border would stay open", false);
  ASSERT_NE(q2, nullptr) << Dump(c);
  EXPECT_EQ(q2->addressee.text, "reporters");
  EXPECT_TRUE(q2->outlet.text.empty());
  const Quote* q3 = Find(c, "There is no military solution", true);
  ASSERT_NE(q3, nullptr) << Dump(c);
  EXPECT_EQ(q3->outlet.text, "Reuters");
  EXPECT_EQ(q3->speaker.code, "FRAGOV");
  const Quote* q4 = Find(c, "that Rome would send aid", false);
  ASSERT_NE(q4, nullptr) << Dump(c);
  EXPECT_EQ(q4->outlet.text, "Corriere della Sera");
  EXPECT_EQ(q4->outlet.code, "ITAMED");
  ExpectQuoteSpansSliceInput(c);
}

TEST(QuoteFinderTest, SpeakersThroughCoreference) {
  CodedArticle c = CodeBody(
      "The Egyptian ambassador to Rome, Hassan Farouk, met Italian officials on Monday.\n\n"
      "\"We want a political solution,\" said Farouk.\n\n"
      "\"The talks must include everyone,\" the diplomat said.\n\n"
      "\"Nobody can win this war,\" he said.");
  const Quote* q1 = Find(c, "We want a political solution", true);
  ASSERT_NE(q1, nullptr) << Dump(c);
  EXPECT_EQ(q1->speaker.text, "Farouk");
  EXPECT_EQ(q1->speaker.code, "EGYGOV");
  EXPECT_EQ(q1->speaker.entity, "Hassan Farouk");
  EXPECT_EQ(q1->speaker.resolved_from, "Hassan Farouk");
  const Quote* q2 = Find(c, "The talks must include everyone", true);
  ASSERT_NE(q2, nullptr) << Dump(c);
  EXPECT_EQ(q2->speaker.text, "the diplomat");
  EXPECT_EQ(q2->speaker.code, "EGYGOV");
  EXPECT_EQ(q2->speaker.entity, "Hassan Farouk");
  EXPECT_FALSE(q2->speaker.chain.empty());
  const Quote* q3 = Find(c, "Nobody can win this war", true);
  ASSERT_NE(q3, nullptr) << Dump(c);
  EXPECT_EQ(q3->speaker.text, "he");
  EXPECT_EQ(q3->speaker.code, "EGYGOV");
  ExpectQuoteSpansSliceInput(c);
}

TEST(QuoteFinderTest, MultiParagraphQuoteKeepsItsSpeaker) {
  CodedArticle c = CodeBody(
      "\"We are ready to talk,\" the Sudanese foreign minister said. \"Our door is open.\n\n"
      "\"But the army will defend the border,\" he added.\n\n"
      "\"Nobody wants a war. We want a deal.\"");
  const Quote* q = Find(c, "Our door is open.", true);
  ASSERT_NE(q, nullptr) << Dump(c);
  EXPECT_NE(q->text.find("But the army will defend the border"), std::string::npos) << "continued paragraph";
  EXPECT_EQ(q->speaker.code, "SDNGOV") << Dump(c);
  const Quote* last = Find(c, "Nobody wants a war", true);
  ASSERT_NE(last, nullptr) << Dump(c);
  EXPECT_EQ(last->speaker.code, "SDNGOV") << "a quote paragraph with no cue continues the previous speaker";
  ExpectQuoteSpansSliceInput(c);
}

TEST(QuoteFinderTest, WeInsideAQuoteIsTheSpeakersSideAndEventsAreClaimed) {
  CodedArticle c = CodeBody("\"We will send troops to Libya,\" the Italian defence minister said.");
  const Quote* q = Find(c, "We will send troops to Libya", true);
  ASSERT_NE(q, nullptr) << Dump(c);
  ASSERT_FALSE(q->event_ids.empty()) << "the event inside the quote is linked";
  bool found = false;
  for (const Event& e : c.events) {
    if (e.id != q->event_ids.front()) continue;
    found = true;
    EXPECT_EQ(e.source.text, "We");
    EXPECT_EQ(e.source.code, "ITA") << "we = the minister's country";
    EXPECT_EQ(e.source.resolved_from, "the Italian defence minister");
    EXPECT_EQ(e.target.code, "LBY");
  }
  EXPECT_TRUE(found);
  testing::ExpectSpansSliceInput(c);
}

TEST(QuoteFinderTest, AssertedEventsInsideQuotesAreClaimed) {
  CodedArticle c = CodeBody("\"Russian troops attacked Ukrainian positions,\" the Ukrainian army said.");
  ASSERT_FALSE(c.events.empty());
  for (const Event& e : c.events) EXPECT_EQ(e.mode, EventMode::kClaimed) << e.cameo_code;
}

TEST(QuoteFinderTest, ScareQuotesAndTitlesAreNotQuotes) {
  CodedArticle c = CodeBody("The minister called the plan a \"disaster\" during the \"Open Doors\" forum in Tunis.");
  for (const Quote& q : c.quotes) EXPECT_TRUE(q.text != "Open Doors") << Dump(c);
}

TEST(QuoteFinderTest, SwitchedOff) {
  EngineOptions options;
  options.find_quotes = false;
  auto engine = Engine::Create(options);
  ASSERT_TRUE(engine.ok()) << engine.status().ToString();
  auto coder = (*engine)->NewCoder();
  Article a;
  a.id = "off";
  a.raw = "\"We will send troops to Libya,\" the Italian defence minister said.";
  CodedArticle c = (*coder)->Code(std::move(a), "2017-08-04");
  EXPECT_TRUE(c.quotes.empty());
  for (const Event& e : c.events) EXPECT_NE(e.mode, EventMode::kClaimed);
}

}  // namespace
}  // namespace dragoman
