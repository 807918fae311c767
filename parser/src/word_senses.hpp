// Table words that news often uses in another sense, told apart by the words around them: "as
// soon as" is a conjunction, "a second group" an ordinal, "the fall of Budapest" a falling. TimeML
// tags none as a timex.
#pragma once

#include <cstddef>
#include <string_view>

#include "dateline/parser/ast.hpp"

namespace dateline::detail {

// Whether the match text[begin, end) of the folded (lowercase ASCII) text, recognised as `ast`,
// is used in another sense, judged by the words around it.
bool reads_in_another_sense(const temporal_ast& ast, std::string_view text, std::size_t begin, std::size_t end);

// "over the next few days", "for the coming years": a vague future said after a preposition of
// extent is a span of unknown length (TimeBank's PXD, PXY); `ast` becomes that duration.
void reread_as_span(temporal_ast& ast, std::string_view text, std::size_t begin, std::size_t end);

// "will one day be", "could one day lead": "one day" after a modal verb is an indefinite future
// (TimeML's FUTURE_REF), not a day's span; `ast` becomes that reference.
void reread_as_someday(temporal_ast& ast, std::string_view text, std::size_t begin, std::size_t end);

// "the October slaying", "a June agreement": after "the" or "a" a bare month's name is the month
// when it modifies the next word, a lowercase one that is no preposition, conjunction or verb
// ("the March for Life", "the March was long" are the march). `original` keeps its capitals.
bool month_modifies_next_word(std::string_view original, std::size_t end);

// A month's name alone that is a march or part of a name: followed by "of" and a word ("the
// ``March of the Combatant Mothers'', "the March of Dimes"; "March of 1990", "March of that year"
// are months of other rules), or after a capitalised word inside a sentence ("the Long March",
// "the Indochinese March Battalion"). `text` is folded, `original` as given.
bool month_is_a_name(std::string_view text, std::string_view original, std::size_t begin, std::size_t end);

// ABC's ``This Week'', CBS's "60 Minutes": an expression right after an opening quote with a later
// word capitalised is the title of a programme or a work. `text` is folded, `original` as given.
bool is_quoted_title(std::string_view text, std::string_view original, std::size_t begin, std::size_t end);

// "two thousand years", "1500 years": a year's number followed by "years" counts them; it names
// no year. `end` is where the number ends in the folded text.
bool counts_years(std::string_view text, std::size_t end);

// "weeks" in "for weeks", "within months": a plural unit without a count is a timex only after
// these words, or tied to a happening (below). The recogniser checks it before the grammar runs,
// and again after: `begin`, `end` delimit the plural in the folded text.
bool is_bare_plural_unit(std::string_view word);
bool bare_plural_may_start(std::string_view text, std::size_t begin, std::size_t end);

// "in the weeks before the shooting", "the days before Slepian was killed": days or weeks before
// a happening the report has dated, which TimeML dates by the happening ("1998-10"). `ast` (a bare
// plural of days or weeks) becomes a past reference with rel preceding and that unit; the
// resolver dates it from resolve_context::event. "In the years that followed" stays a span after
// a happening (PXY); "the years following the war" is left out (WikiWars' gold takes the whole
// phrase as the extent).
void reread_before_event(temporal_ast& ast, std::string_view text, std::size_t begin, std::size_t end);

}  // namespace dateline::detail
