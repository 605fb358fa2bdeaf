// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "ingest/language_guess.h"

#include <gtest/gtest.h>

#include <string>

namespace dragoman {
namespace {

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST(LanguageGuessTest, CommonLanguagesFromTheirFunctionWords) {
  EXPECT_EQ(GuessLanguage("The minister said that the talks with the rebels would go on in the capital "
                          "and that the army was ready for a ceasefire in the north of the country."),
            "en");
  EXPECT_EQ(GuessLanguage("Le ministre a dit que les pourparlers avec les rebelles continueraient dans la "
                          "capitale et que l'armée était prête pour un cessez-le-feu dans le nord du pays."),
            "fr");
  EXPECT_EQ(GuessLanguage("Der Minister sagte, dass die Gespräche mit den Rebellen in der Hauptstadt "
                          "weitergehen und dass die Armee zu einer Waffenruhe im Norden des Landes bereit sei."),
            "de");
  EXPECT_EQ(GuessLanguage("Il ministro ha detto che i colloqui con i ribelli continueranno nella capitale e "
                          "che l'esercito è pronto per un cessate il fuoco nel nord del paese."),
            "it");
}

TEST(LanguageGuessTest, TooFewFunctionWordsGiveNoGuess) {
  EXPECT_EQ(GuessLanguage("Gaddafi Tripoli Benghazi 2011"), "");
  EXPECT_EQ(GuessLanguage(""), "");
}

TEST(LanguageGuessTest, ALongArticleIsJudgedByItsBulkNotItsTail) {
  // The early stop must not change the answer: a long English text ending in a French quote.
  const std::string english = Repeat("The government said that the army and the police were in the city. ", 60);
  const std::string french = Repeat("Le gouvernement a dit que l'armée et la police étaient dans la ville. ", 5);
  EXPECT_EQ(GuessLanguage(english + french), "en");
  // And the text that decides is not only the first hundred words when they are mixed.
  const std::string mixed = Repeat("The minister et le président of the city. ", 10) +
                            Repeat("Le ministre a dit que les pourparlers avec les rebelles continueraient. ", 40);
  EXPECT_EQ(GuessLanguage(mixed), "fr");
}

}  // namespace
}  // namespace dragoman
