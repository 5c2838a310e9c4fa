// Checking a step: each condition of a Check tried on each candidate model, the verdict's sentence (the
// stem sentence when right; otherwise the reason, from the misconception catalogue when one fits, and
// where to look on which model), and the check in words. All text from the table ("lesson.*").
#include "model/lesson_check.hpp"

#include <algorithm>
#include <array>

#include "model/describe.hpp"
#include "model/forms.hpp"
#include "model/text.hpp"

namespace tenfold::model {
namespace {

constexpr std::array<std::string_view, 3> kArrangementIds{"any", "standard", "not-standard"};

// "a", "a and b", "a, b and c".
std::string listText(const std::vector<std::string>& items) {
    if (items.empty()) return {};
    std::string out = items.back();
    if (items.size() == 1) return out;
    out = tr("engine.list.join", {items[items.size() - 2], items.back()});
    for (std::size_t i = items.size() - 2; i-- > 0;) out = tr("engine.list.comma", {items[i], out});
    return out;
}

std::vector<std::string> numerals(const std::vector<Value>& values) {
    std::vector<std::string> out;
    for (const Value v : values) out.push_back(numeral(v));
    return out;
}

std::string cellNumeral(const Cell& c) { return c.value ? numeral(*c.value) : tr("engine.describe.question"); }

// "30 + 17" for the parts of a quantity, or the expanded form of a single part as it lies.
std::string arrangementText(const Quantity& q) {
    if (q.partCount() == 1) return expandedForm(q.parts[0]);
    std::string out;
    for (const Value v : q.partValues()) out = out.empty() ? numeral(v) : tr("lesson.sum.plus", {out, numeral(v)});
    return out;
}

bool hasPieces(const Model& m) { return m.kind == Representation::Blocks || m.kind == Representation::Counters; }

std::string fractionOf(const ShadedFraction& f) {
    return tr("lesson.fraction", {countNumeral(f.shaded), countNumeral(f.parts)});
}

// Where the "?" of a question is.
Unknown unknownPlace(const UnknownQuestion& q) {
    if (q.difference) return Unknown{UnknownKind::Difference, 0};
    if (!q.whole.value) return Unknown{UnknownKind::Whole, 0};
    for (std::size_t i = 0; i < q.parts.size(); ++i)
        if (!q.parts[i].value) return Unknown{UnknownKind::Part, static_cast<int>(i)};
    return Unknown{};
}

// The sum or difference an unknown question asks, when it has two parts (or two bars).
std::optional<Operation> operationOf(const UnknownQuestion& q) {
    if (q.parts.size() != 2) return std::nullopt;
    if (q.difference) {
        if (!q.parts[0].value || !q.parts[1].value) return std::nullopt;
        const Value a = std::max(*q.parts[0].value, *q.parts[1].value);
        const Value b = std::min(*q.parts[0].value, *q.parts[1].value);
        return Operation{a, b, true};
    }
    const Unknown u = unknownPlace(q);
    if (u.kind == UnknownKind::Whole && q.parts[0].value && q.parts[1].value)
        return Operation{*q.parts[0].value, *q.parts[1].value, false};
    if (u.kind == UnknownKind::Part && q.whole.value) {
        const Cell& other = q.parts[static_cast<std::size_t>(1 - u.part)];
        if (other.value) return Operation{*q.whole.value, *other.value, true};
    }
    return std::nullopt;
}

// Every arrangement of pieces on the board, once per group.
std::vector<PlaceCounts> boardPieces(const Board& board) {
    std::vector<PlaceCounts> out;
    std::vector<GroupId> seen;
    for (const Model& m : board.models) {
        if (!hasPieces(m) || std::find(seen.begin(), seen.end(), m.group) != seen.end()) continue;
        seen.push_back(m.group);
        if (const Group* g = findGroup(board, m.group)) out.push_back(g->quantity.pooled());
    }
    return out;
}

// What one candidate model made of the check.
struct Outcome {
    int met = 0;
    bool right = true;
    std::string failed;
    std::string reason;
    std::string look;
    std::optional<Misconception> misconception;
};

class Trial {
  public:
    Trial(const Board& board, const Model& m, const Quantity& q) : board_(board), m_(m), q_(q) {}

    Outcome run(const Check& c) {
        if (c.shownAs) {
            if (m_.kind == *c.shownAs) pass();
            else fault("shown-as", tr("lesson.why.shown_as", {representationName(m_.kind), representationName(*c.shownAs)}),
                       tr("lesson.look.show_as"));
        }
        if (const auto want = expectedValue(c)) checkValue(*want, c.question);
        if (!c.parts.empty()) checkParts(c.parts);
        if (c.inParts) {
            if (q_.partCount() == *c.inParts) pass();
            else fault("in-parts", trCount("lesson.why.in_parts", q_.partCount(), {countNumeral(*c.inParts)}), tr("lesson.look.parts"));
        }
        if (c.arrangement != ArrangementRule::Any) checkArrangement(c.arrangement);
        if (c.pieces) checkPieces(*c.pieces);
        if (c.fraction) checkFraction(*c.fraction);
        if (c.unknown) checkUnknown(*c.unknown);
        return out_;
    }

  private:
    void pass() { ++out_.met; }
    void fault(std::string what, std::string reason, std::string look, std::optional<Misconception> mis = std::nullopt) {
        if (!out_.right) return;  // the first problem is the one that is said
        out_.right = false;
        out_.failed = std::move(what);
        out_.reason = std::move(reason);
        out_.look = std::move(look);
        out_.misconception = mis;
    }
    // Says the misconception when one fits the attempt, else the plain reason. An answer to a question is
    // told what its thinking was without being told the right answer.
    void faultWith(std::string what, const Attempt& a, std::string_view expectedText, std::string_view shownText,
                   std::string reason, std::string look, bool answer = false) {
        if (const auto mis = diagnose(a))
            fault(std::move(what), answer ? misconceptionAnswerHint(*mis, shownText) : misconceptionHint(*mis, expectedText, shownText),
                  misconceptionLook(*mis), mis);
        else
            fault(std::move(what), std::move(reason), std::move(look));
    }
    Attempt attempt(Value expected, Value shown) const {
        Attempt a;
        a.expected = expected;
        a.shown = shown;
        a.pieces = boardPieces(board_);
        if (hasPieces(m_)) a.built = q_.pooled();
        return a;
    }

    void checkValue(Value want, const std::optional<Operation>& question) {
        const Value shown = q_.value();
        if (shown == want) return pass();
        Attempt a = attempt(want, shown);
        a.question = question;
        faultWith("value", a, numeral(want), numeral(shown), tr("lesson.why.value", {numeral(want), numeral(shown)}),
                  tr("lesson.look.value." + std::string(representationId(m_.kind))));
    }

    void checkParts(const std::vector<Value>& want) {
        std::vector<Value> have = q_.partValues();
        std::vector<Value> sorted = want;
        std::sort(sorted.begin(), sorted.end());
        std::sort(have.begin(), have.end());
        if (have == sorted) return pass();
        fault("parts", tr("lesson.why.parts", {listText(numerals(q_.partValues())), listText(numerals(want))}),
              tr("lesson.look.parts"));
    }

    void checkArrangement(ArrangementRule rule) {
        const bool standard = isStandardArrangement(q_);
        const Value v = q_.value();
        if (rule == ArrangementRule::Standard) {
            if (standard) return pass();
            Attempt a = attempt(v, v);
            a.standardWanted = true;
            faultWith("arrangement", a, numeral(v), numeral(v),
                      tr("lesson.why.standard", {numeral(v), arrangementText(q_), placeValueSentence(canonical(v))}),
                      tr("lesson.look.arrangement"));
            return;
        }
        if (!standard) return pass();
        fault("arrangement", tr("lesson.why.not_standard", {numeral(v), placeValueSentence(canonical(v))}),
              tr("lesson.look.arrangement"));
    }

    void checkPieces(int want) {
        if (!hasPieces(m_)) return fault("pieces", tr("lesson.why.pieces_kind"), tr("lesson.look.show_as"));
        const std::int64_t have = q_.pooled().pieceCount();
        if (have == want) return pass();
        fault("pieces", trCount("lesson.why.pieces", have, {countNumeral(want)}), tr("lesson.look.pieces"));
    }

    void checkFraction(const ShadedFraction& want) {
        const Fraction wanted = Fraction::make(want.shaded, want.parts).value();
        if (m_.kind != Representation::Bar || m_.layouts.bar.mode != BarMode::EqualParts)
            return fault("fraction", tr("lesson.why.fraction_kind"), tr("lesson.look.show_as"));
        const ShadedFraction shownParts{m_.layouts.bar.shaded, q_.partCount()};
        const auto shown = Fraction::make(shownParts.shaded, shownParts.parts);
        if (shown && shown.value() == wanted) return pass();
        Attempt a;
        a.expectedFraction = wanted;
        if (shown) a.shownFraction = shown.value();
        faultWith("fraction", a, fractionOf(want), fractionOf(shownParts),
                  tr("lesson.why.fraction", {fractionOf(want), fractionOf(shownParts)}), tr("lesson.look.fraction"));
    }

    void checkUnknown(const UnknownQuestion& question) {
        const auto answer = answerOf(question);
        if (!answer) return fault("unknown", answer.error().message, tr("lesson.look.unknown"));
        if (q_.unknown.kind != UnknownKind::None)
            return fault("unknown", tr("lesson.why.unanswered"), tr("lesson.look.unknown"));
        const std::size_t parts = question.parts.size();
        if (static_cast<std::size_t>(q_.partCount()) != parts)
            return fault("unknown", trCount("lesson.why.question_parts", q_.partCount(), {countNumeral(static_cast<std::int64_t>(parts))}),
                         tr("lesson.look.parts"));
        const std::vector<Value> values = q_.partValues();
        const Unknown place = unknownPlace(question);
        Value given = q_.value();
        if (place.kind == UnknownKind::Part) given = values[static_cast<std::size_t>(place.part)];
        if (place.kind == UnknownKind::Difference)
            given = Value::fromMilli(std::max(values[0], values[1]).milli() - std::min(values[0], values[1]).milli()).value();
        if (given != answer.value()) {
            Attempt a = attempt(answer.value(), given);
            a.question = operationOf(question);
            return faultWith("unknown", a, numeral(answer.value()), numeral(given),
                             tr("lesson.why.unknown", {questionText(question), numeral(given)}), tr("lesson.look.unknown"), true);
        }
        // The answer fits; the numbers that were given must still be the question's.
        bool same = !question.whole.value || question.difference || *question.whole.value == q_.value();
        for (std::size_t i = 0; i < parts; ++i)
            same = same && (!question.parts[i].value || *question.parts[i].value == values[i]);
        if (!same) return fault("unknown", tr("lesson.why.question_changed", {questionText(question)}), tr("lesson.look.unknown"));
        pass();
    }

    const Board& board_;
    const Model& m_;
    const Quantity& q_;
    Outcome out_;
};

}  // namespace

std::string_view arrangementRuleId(ArrangementRule r) { return kArrangementIds[static_cast<std::size_t>(r)]; }

std::optional<ArrangementRule> arrangementRuleFromId(std::string_view id) {
    for (std::size_t i = 0; i < kArrangementIds.size(); ++i)
        if (kArrangementIds[i] == id) return static_cast<ArrangementRule>(i);
    return std::nullopt;
}

Result<Value> answerOf(const UnknownQuestion& q) {
    if (q.difference) {
        if (q.parts.size() != 2 || !q.parts[0].value || !q.parts[1].value)
            return Error{tr("lesson.check.difference_bars")};
        const Value a = *q.parts[0].value;
        const Value b = *q.parts[1].value;
        return subtract(std::max(a, b), std::min(a, b));
    }
    const Unknown u = unknownPlace(q);
    if (u.kind == UnknownKind::None) return Error{tr("lesson.check.no_question")};
    auto solved = solveWholeAndParts(q.whole, q.parts);
    if (!solved) return solved.error();
    if (u.kind == UnknownKind::Whole) return solved.value().whole;
    return solved.value().parts[static_cast<std::size_t>(u.part)];
}

std::string questionText(const UnknownQuestion& q) {
    if (q.difference && q.parts.size() == 2)
        return tr("lesson.question.difference", {cellNumeral(q.parts[0]), cellNumeral(q.parts[1])});
    if (q.parts.size() == 1) return tr("lesson.question.number");  // "16 = ?" would say the answer
    std::string sum;
    for (const Cell& c : q.parts) sum = sum.empty() ? cellNumeral(c) : tr("lesson.sum.plus", {sum, cellNumeral(c)});
    return tr("lesson.sum.equals", {sum, cellNumeral(q.whole)});
}

std::optional<Value> expectedValue(const Check& check) {
    if (check.value) return check.value;
    if (check.question) {
        if (auto r = resultOf(*check.question)) return r.value();
    }
    return std::nullopt;
}

Status checkConsistent(const Check& c) {
    const bool something = c.shownAs || c.value || c.question || c.arrangement != ArrangementRule::Any || c.pieces ||
                           c.inParts || !c.parts.empty() || c.fraction || c.unknown;
    if (!something) return Error{tr("lesson.check.empty")};
    if (c.question) {
        auto r = resultOf(*c.question);
        if (!r) return r.error();
        if (c.value && *c.value != r.value())
            return Error{tr("lesson.check.value_question", {numeral(r.value()), numeral(*c.value)})};
    }
    if (!c.parts.empty()) {
        if (c.parts.size() > static_cast<std::size_t>(kMaxGroupParts))
            return Error{tr("engine.quantity.too_many_parts", {countNumeral(kMaxGroupParts)})};
        std::int64_t sum = 0;
        for (const Value v : c.parts) sum += v.milli();
        const auto want = expectedValue(c);
        if (want && sum != want->milli())
            return Error{tr("engine.file.whole_mismatch", {numeral(Value::fromMilli(std::min(sum, kMaxMilli)).value()), numeral(*want)})};
        if (c.inParts && static_cast<std::size_t>(*c.inParts) != c.parts.size())
            return Error{trCount("lesson.check.in_parts_parts", static_cast<std::int64_t>(c.parts.size()), {countNumeral(*c.inParts)})};
    }
    if (c.inParts && (*c.inParts < 1 || *c.inParts > kMaxGroupParts))
        return Error{tr("lesson.check.in_parts_range", {countNumeral(kMaxGroupParts)})};
    if (c.pieces && (*c.pieces < 1 || *c.pieces > kMaxPieces))
        return Error{tr("lesson.check.pieces_range", {countNumeral(kMaxPieces)})};
    if (c.fraction && (c.fraction->parts < 1 || c.fraction->parts > kMaxGroupParts || c.fraction->shaded < 0 ||
                       c.fraction->shaded > c.fraction->parts))
        return Error{tr("lesson.check.fraction_range", {countNumeral(kMaxGroupParts)})};
    if (c.unknown) {
        if (auto a = answerOf(*c.unknown); !a) return a.error();
    }
    return okStatus();
}

std::string describeCheck(const Check& c) {
    std::vector<std::string> clauses;
    if (c.shownAs) clauses.push_back(tr("lesson.check.clause.shown_as", {representationName(*c.shownAs)}));
    if (c.question) {
        const std::string op = c.question->subtract ? tr("lesson.sum.minus", {numeral(c.question->a), numeral(c.question->b)})
                                                    : tr("lesson.sum.plus", {numeral(c.question->a), numeral(c.question->b)});
        const auto want = expectedValue(c);
        clauses.push_back(tr("lesson.check.clause.question", {want ? numeral(*want) : tr("engine.describe.question"), op}));
    } else if (c.value) {
        clauses.push_back(tr("lesson.check.clause.value", {numeral(*c.value)}));
    }
    if (c.arrangement == ArrangementRule::Standard) clauses.push_back(tr("lesson.check.clause.standard"));
    if (c.arrangement == ArrangementRule::NotStandard) clauses.push_back(tr("lesson.check.clause.not_standard"));
    if (c.pieces) clauses.push_back(trCount("lesson.check.clause.pieces", *c.pieces));
    if (c.inParts) clauses.push_back(trCount("lesson.check.clause.in_parts", *c.inParts));
    if (!c.parts.empty()) clauses.push_back(tr("lesson.check.clause.parts", {listText(numerals(c.parts))}));
    if (c.fraction) clauses.push_back(tr("lesson.check.clause.fraction", {fractionOf(*c.fraction)}));
    if (c.unknown) clauses.push_back(tr("lesson.check.clause.unknown", {questionText(*c.unknown)}));
    const std::string all = listText(clauses);
    return c.model ? tr("lesson.check.model_right_when", {countNumeral(*c.model), all}) : tr("lesson.check.right_when", {all});
}

bool isStandardArrangement(const Quantity& q) {
    for (const PlaceCounts& p : q.parts)
        if (!p.isCanonical()) return false;
    std::vector<Value> parts;
    for (const Value v : q.partValues())
        if (!v.isZero()) parts.push_back(v);
    if (parts.size() <= 1) return true;
    std::vector<Value> standard = standardPartition(q.value());
    std::sort(parts.begin(), parts.end());
    std::sort(standard.begin(), standard.end());
    return parts == standard;
}

Verdict checkStep(const Board& board, const Check& check) {
    Verdict v;
    if (board.models.empty()) {
        v.sentence = tr("lesson.why.empty");
        v.failed = "model";
        return v;
    }
    std::vector<const Model*> candidates;
    if (check.model) {
        if (const Model* m = findModel(board, *check.model)) candidates.push_back(m);
        else {
            v.sentence = tr("lesson.why.no_model", {countNumeral(*check.model)});
            v.failed = "model";
            return v;
        }
    } else {
        for (const Model& m : board.models) candidates.push_back(&m);
    }
    const Model* best = nullptr;
    Outcome bestOutcome;
    for (const Model* m : candidates) {
        const Group* g = findGroup(board, m->group);
        if (!g) continue;
        Trial trial(board, *m, g->quantity);
        Outcome o = trial.run(check);
        if (o.right) {
            v.right = true;
            v.model = m->id;
            v.sentence = describeModel(board, *m).stemSentence;
            return v;
        }
        if (!best || o.met > bestOutcome.met) {
            best = m;
            bestOutcome = std::move(o);
        }
    }
    if (!best) {
        v.sentence = tr("lesson.why.empty");
        v.failed = "model";
        return v;
    }
    v.model = best->id;
    v.failed = bestOutcome.failed;
    v.misconception = bestOutcome.misconception;
    const std::string look =
        tr("lesson.verdict.look", {representationName(best->kind), countNumeral(best->id), bestOutcome.look});
    v.sentence = tr("lesson.verdict.wrong", {bestOutcome.reason, look});
    return v;
}

}  // namespace tenfold::model
