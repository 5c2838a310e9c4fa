// Checking a step: what a right model is (a Check) and the verdict on a board (checkStep). A check names
// what must hold: a value (or the sum or difference that gives it), how it is shown, an arrangement
// (standard or not, exactly N pieces, in N parts), its parts, a fraction of an equal-part bar, or an
// unknown answered. The verdict is a full sentence: the stem sentence of the model when it is right; when
// it is not, the likely misconception from the catalogue (misconceptions.hpp) and where to look on which
// model, never just "wrong". Pure: no screen, every rule tested.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/board.hpp"
#include "model/misconceptions.hpp"
#include "model/part_whole.hpp"

namespace tenfold::model {

enum class ArrangementRule : int { Any, Standard, NotStandard };
std::string_view arrangementRuleId(ArrangementRule r);  // "any", "standard", "not-standard"
std::optional<ArrangementRule> arrangementRuleFromId(std::string_view id);

// "k of n equal parts shaded", kept as written (2/4 is not rewritten as 1/2).
struct ShadedFraction {
    int shaded = 0;
    int parts = 1;
    bool operator==(const ShadedFraction&) const = default;
};

// The question of an unknown check: a whole and its parts with exactly one "?" (52 = 37 + ?), or two
// comparison bars whose difference is asked.
struct UnknownQuestion {
    Cell whole;
    std::vector<Cell> parts;
    bool difference = false;  // the parts are two bars and their difference is the "?"
    bool operator==(const UnknownQuestion&) const = default;
};
// The answer of the question (15 for 52 = 37 + ?), or why it has none.
Result<Value> answerOf(const UnknownQuestion& q);
// The question in symbols, "37 + ? = 52", "the difference between 13 and 5" ("the number shown" for one
// part, whose sum would give the answer away).
std::string questionText(const UnknownQuestion& q);

struct Check {
    std::optional<ModelId> model;            // the model to look at; none: any model on the board
    std::optional<Representation> shownAs;   // it must be shown as this kind
    std::optional<Value> value;              // it must show this value ...
    std::optional<Operation> question;       // ... or the result of this sum or difference
    ArrangementRule arrangement = ArrangementRule::Any;
    std::optional<int> pieces;               // uses exactly this many blocks or counters
    std::optional<int> inParts;              // is in this many parts
    std::vector<Value> parts;                // has these parts, in any order (empty: not checked)
    std::optional<ShadedFraction> fraction;  // an equal-part bar with this fraction shaded (any equal fraction)
    std::optional<UnknownQuestion> unknown;  // the "?" of this question answered
    bool operator==(const Check&) const = default;
};

// The value a right model shows: `value`, or the result of `question`; none when neither is given.
std::optional<Value> expectedValue(const Check& check);
// Whether the check can be met at all: something to check, the value and question agreeing, parts adding
// up to the value, an unknown question with one "?" that can be worked out, a fraction a bar can show.
Status checkConsistent(const Check& check);
// The check in words, for describing a lesson: "A right model shows 47, not in the standard way."
std::string describeCheck(const Check& check);

// A model is arranged the standard way when each part has fewer than ten of every place and the parts
// are the whole itself or its standard partition by place, in any order (47 as 4 tens 7 ones, or 40 and
// 7); 3 tens and 17 ones, or 30 and 17, are not standard.
bool isStandardArrangement(const Quantity& q);

struct Verdict {
    bool right = false;
    std::string sentence;                       // the stem sentence, or what is not right and where to look
    std::optional<Misconception> misconception;  // the likely misconception, when one fits
    std::optional<ModelId> model;                // the model the verdict is about
    std::string failed;                          // what did not hold: "value", "parts", ... ("" when right)
};
// The verdict of a check on a board. With no model named, the board is right when any model meets
// every condition; otherwise the verdict is about the model that meets the most (the first of equals).
Verdict checkStep(const Board& board, const Check& check);

}  // namespace tenfold::model
