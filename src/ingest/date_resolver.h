// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Dates in articles: the publication date written in metadata ("2017-08-04T11:01:00+02:00",
// "Fri, 04 Aug 2017 09:01:00 GMT", "August 4, 2017 11:01 AM"), in wire datelines
// ("MOSCOW, Aug 4 (Reuters) -"), and in the text ("on Monday", "last week", "on 3 August"), the
// last resolved against the article's date with a precision (day, week, month, year).
//
// Conventions: the calendar is proleptic Gregorian; weeks run Monday to Sunday; a date without a
// year takes the year that puts it nearest the context date (a story dated 2 January that says
// "on 28 December" means last year's 28 December), and is flagged as inferred.

#ifndef DRAGOMAN_INGEST_DATE_RESOLVER_H_
#define DRAGOMAN_INGEST_DATE_RESOLVER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dragoman {

struct CivilDate {
  int year = 0, month = 0, day = 0;
  bool valid() const;                 // a real calendar day with 1 <= year <= 9999
  std::string ToString() const;       // "YYYY-MM-DD", or "" when !valid()
  bool operator==(const CivilDate& o) const = default;
};

// Days since 1970-01-01 (negative before), and back. Precondition for DaysFromCivil: valid().
int64_t DaysFromCivil(const CivilDate& d);
CivilDate CivilFromDays(int64_t days);
// 0 = Monday ... 6 = Sunday. Precondition: d.valid().
int Weekday(const CivilDate& d);
int DaysInMonth(int year, int month);

// "YYYY-MM-DD" (exactly that shape, a real day), else nullopt.
std::optional<CivilDate> ParseIsoDate(std::string_view text);

// Month number 1..12 of an English month name or abbreviation ("August", "Aug", "Aug.", "Sept"),
// any case, else 0.
int MonthFromName(std::string_view word);

// The year for `month`/`day` given without one: the year (context's, the one before or after) that
// puts the day nearest `context`. Returns 0 if context is not valid.
int InferYear(int month, int day, const CivilDate& context);

// A timestamp as found in metadata or a date line.
struct DateTime {
  CivilDate date;        // year is 0 when the text gave none (see `has_year`)
  bool has_year = false;
  int hour = -1, minute = -1;  // -1 when absent
  std::string ToTime() const;  // "HH:MM", or "" without a time
};

// Parses one date (and optional time) that is the whole of `text` apart from surrounding noise
// words ("Published", "Updated", "on", "at", time zone names, "|"):
//   ISO 8601 "2017-08-04", "2017-08-04T11:01:00+02:00", "2017-08-04 11:01"; "2017/08/04";
//   "20170804" only when `allow_compact`; RFC 2822 "Fri, 04 Aug 2017 09:01:00 GMT";
//   "August 4, 2017", "Aug. 4, 2017 3:46 PM", "4 August 2017", "04 August, 11:01" (no year),
//   "Friday 4 August 2017 11.01 BST", "08/04/2017" (read month first, as US sites write it).
// Returns nullopt if the text is not only a date: a sentence that contains a date is not a date.
std::optional<DateTime> ParseDateTime(std::string_view text, bool allow_compact = false);

// A wire-story dateline at the start of a paragraph:
//   PLACE [, REGION]{0,2} [, DATE] [(AGENCY)] DASH
// PLACE is in capitals ("MOSCOW", "RIO DE JANEIRO", "ST. JOHN'S", "SÃO PAULO", "MOSCOW/YEREVAN");
// REGION is a capitalised name or abbreviation ("Italy", "Pa.", "MICH."); DATE is "Aug 4", "Aug. 4",
// "March  2", "2 March", "August 4, 2017"; AGENCY is parenthesised ("(Reuters)", "(AP)"); DASH is
// "-", "--", an en or em dash, followed by a space or the end.
struct Dateline {
  std::string place;   // "TREVISO"
  std::string region;  // "Italy", or ""
  std::string agency;  // "Reuters", or ""
  int month = 0, day = 0, year = 0;  // 0 when the dateline has no date (or no year)
  size_t text_length = 0;  // bytes of the dateline proper, up to and including the dash
  size_t length = 0;       // text_length plus the white space after it: where the story starts
};
// Recognises a dateline at the very start of `paragraph`. False when there is none.
bool ParseDateline(std::string_view paragraph, Dateline* out);

// A date expression in running text, resolved against the article date.
enum class DatePrecision { kDay, kWeek, kMonth, kYear };
const char* DatePrecisionName(DatePrecision p);  // "day", "week", "month", "year"

// Which way an undated weekday points when nothing in the expression says ("on Friday"): news is
// mostly about the past, so kUnknown reads it as the last such day on or before the anchor; a
// caller that knows the clause is about the future (an intended act) passes kFuture.
enum class TimeDirection { kUnknown, kPast, kFuture };

struct DateReference {
  uint32_t begin = 0, end = 0;  // byte range of the expression in the text searched
  std::string text;             // the expression ("last week", "on 3 August")
  CivilDate first, last;        // the resolved range [first, last]: one day for kDay, Monday-Sunday for kWeek
  DatePrecision precision = DatePrecision::kDay;
  bool year_inferred = false;   // the year was not written ("on 3 August")
};

// Finds date expressions in `text` and resolves them against `anchor` (the article date):
//   today/tonight/this morning, yesterday/last night, tomorrow; "(on) Monday [night]", "last/next
//   Monday"; "last/this/next week|month|year", "earlier/later this week|month|year"; "N days/weeks/
//   months/years ago"; "(on) 3 August", "August 3(rd)", "3rd of August", with or without a year;
//   "in August", "in August 2016", "in 2016".
// Month names count only when capitalised ("may" is a verb). Returns them in text order, not
// overlapping. Returns nothing if anchor is not valid.
std::vector<DateReference> FindDateReferences(std::string_view text, const CivilDate& anchor,
                                              TimeDirection direction = TimeDirection::kUnknown);

// Resolves one expression ("last week", "on 3 August"): the first reference that spans all of it.
std::optional<DateReference> ResolveDateExpression(std::string_view expression, const CivilDate& anchor,
                                                   TimeDirection direction = TimeDirection::kUnknown);

// A date in a URL path: ".../2024/02/28/...", ".../2024-02-28-...", ".../20240228/...". nullopt if none.
std::optional<CivilDate> DateFromUrl(std::string_view url);

}  // namespace dragoman

#endif  // DRAGOMAN_INGEST_DATE_RESOLVER_H_
