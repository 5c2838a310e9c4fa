// Variation: the number rules, the arrangement-keeping change of a quantity, the next representation and
// unknown, the numbers in a prompt, and vary() itself, which applies them to a step's board, answer board,
// check and texts through the engine's own pure functions (commitQuantity, applyCommand).
#include "model/variation.hpp"

#include <algorithm>

#include "model/engine_sync.hpp"
#include "model/forms.hpp"
#include "model/text.hpp"

namespace tenfold::model {
namespace {

constexpr std::int64_t kTen = 10;
constexpr std::int64_t kHundred = 100;

bool allEqual(const std::vector<Value>& values) {
    return values.size() >= 2 && std::all_of(values.begin(), values.end(), [&](Value v) { return v == values.front(); });
}

// Every piece one place up: 4 tens 13 ones -> 4 hundreds 13 tens.
Result<PlaceCounts> timesTen(const PlaceCounts& c) {
    PlaceCounts out;
    for (const Place p : kAllPlaces) {
        if (c.count(p) == 0) continue;
        const auto up = placeAbove(p);
        if (!up) return Error{tr("engine.quantity.too_large")};
        if (auto ok = out.setCount(*up, c.count(p)); !ok) return ok.error();
    }
    return out;
}

// Adds the pieces of `extra` (its standard partition) to a part; a standard part stays standard.
Result<PlaceCounts> addTo(const PlaceCounts& part, Value extra) {
    PlaceCounts out = part;
    const PlaceCounts add = canonical(extra);
    for (const Place p : kAllPlaces)
        if (auto ok = out.addCount(p, add.count(p)); !ok) return ok.error();
    return part.isCanonical() ? exchangeAll(out) : out;
}

// The standard partition of v in the order of places the old parts had (highest first, unless the old
// parts went lowest first), padded with zero parts to keep the number of parts.
std::vector<Value> standardLike(const std::vector<Value>& old, Value v) {
    std::vector<Value> parts = standardPartition(v);
    std::vector<Value> nonZero;
    for (const Value p : old)
        if (!p.isZero()) nonZero.push_back(p);
    if (nonZero.size() >= 2 && nonZero.front() < nonZero.back()) std::reverse(parts.begin(), parts.end());
    while (parts.size() < old.size()) parts.emplace_back();
    if (parts.empty()) parts.emplace_back();
    return parts;
}

Result<Quantity> withParts(const Quantity& q, const std::vector<PlaceCounts>& parts) {
    Quantity out = q;
    out.parts = parts;
    return checkQuantity(out);
}

bool isNumberChar(char c) { return c >= '0' && c <= '9'; }
bool isWordChar(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '_'; }

Result<Board> varyBoard(const Board& board, NumberRule rule, std::int64_t multipleOf) {
    Board b = board;
    for (const Group& g : board.groups) {
        auto q = varyQuantity(g.quantity, rule, multipleOf);
        if (!q) return q.error();
        auto next = commitQuantity(b, g.id, q.value());
        if (!next) return next.error();
        b = std::move(next.value());
    }
    return b;
}

// The question as a quantity (its parts, the "?" where it is), and back.
Result<Quantity> questionQuantity(const UnknownQuestion& question) {
    auto answer = answerOf(question);
    if (!answer) return answer.error();
    std::vector<Value> parts;
    Unknown u{UnknownKind::Difference, 0};
    if (!question.difference) u = Unknown{UnknownKind::Whole, 0};
    for (std::size_t i = 0; i < question.parts.size(); ++i) {
        if (question.parts[i].value) {
            parts.push_back(*question.parts[i].value);
        } else {
            parts.push_back(answer.value());
            u = Unknown{UnknownKind::Part, static_cast<int>(i)};
        }
    }
    auto q = quantityOfParts(parts);
    if (!q) return q.error();
    Quantity out = q.value();
    out.unknown = u;
    return out;
}
UnknownQuestion questionOf(const Quantity& q, bool difference) {
    UnknownQuestion out;
    out.difference = difference;
    // A difference question does not use its whole (kept as a known 0, as files read it).
    out.whole = q.unknown.kind == UnknownKind::Whole ? unknownCell() : knownCell(difference ? Value{} : q.value());
    const auto values = q.partValues();
    for (int i = 0; i < q.partCount(); ++i)
        out.parts.push_back(q.unknown.kind == UnknownKind::Part && q.unknown.part == i ? unknownCell()
                                                                                      : knownCell(values[static_cast<std::size_t>(i)]));
    return out;
}

void addChange(std::vector<std::pair<Value, Value>>& changes, Value from, Value to) {
    if (from == to) return;
    for (const auto& c : changes)
        if (c.first == from) return;
    changes.emplace_back(from, to);
}

// The whole and, when the number of parts stayed, each part.
void addQuantityChanges(std::vector<std::pair<Value, Value>>& changes, const Quantity& before, const Quantity& after) {
    addChange(changes, before.value(), after.value());
    if (before.partCount() != after.partCount()) return;
    const auto was = before.partValues();
    const auto now = after.partValues();
    for (std::size_t i = 0; i < was.size(); ++i) addChange(changes, was[i], now[i]);
}

bool showsPieces(Representation r) { return r == Representation::Blocks || r == Representation::Counters; }

Result<Step> varyNumberOf(const Step& step, const Model& main, const Variation& v) {
    Step out = step;
    out.log.clear();
    const Quantity before = findGroup(step.board, main.group)->quantity;
    auto board = varyBoard(step.board, v.rule, v.multipleOf);
    if (!board) return board.error();
    out.board = board.value();
    const Quantity after = findGroup(out.board, main.group)->quantity;
    std::vector<std::pair<Value, Value>> changes;
    addQuantityChanges(changes, before, after);
    if (step.answer) {
        auto answer = varyBoard(*step.answer, v.rule, v.multipleOf);
        if (!answer) return answer.error();
        out.answer = answer.value();
        const Model* shown = findModel(*step.answer, main.id);
        if (shown && findGroup(*step.answer, shown->group))
            addQuantityChanges(changes, findGroup(*step.answer, shown->group)->quantity, findGroup(*out.answer, shown->group)->quantity);
    }
    if (out.check) {
        Check& c = *out.check;
        const auto oldWant = expectedValue(c);
        if (oldWant) {
            auto want = varyNumber(*oldWant, v.rule, v.multipleOf);
            if (!want) return want.error();
            addChange(changes, *oldWant, want.value());
            if (c.value) c.value = want.value();
            if (c.question) {
                Operation op = *c.question;
                if (v.rule == NumberRule::TimesTen) {
                    auto a = multiply(op.a, kTen);
                    auto b = multiply(op.b, kTen);
                    if (!a || !b) return Error{tr("engine.quantity.too_large")};
                    op.a = a.value();
                    op.b = b.value();
                } else {
                    auto a = add(op.a, Value::fromMilli(want.value().milli() - oldWant->milli()).value());
                    if (!a) return a.error();
                    op.a = a.value();
                }
                addChange(changes, c.question->a, op.a);
                addChange(changes, c.question->b, op.b);
                c.question = op;
            }
        }
        if (!c.parts.empty()) {
            auto q = quantityOfParts(c.parts);
            if (!q) return q.error();
            auto varied = varyQuantity(q.value(), v.rule, v.multipleOf);
            if (!varied) return varied.error();
            c.parts = varied.value().partValues();
        }
        if (c.unknown) {
            auto q = questionQuantity(*c.unknown);
            if (!q) return q.error();
            auto varied = varyQuantity(q.value(), v.rule, v.multipleOf);
            if (!varied) return varied.error();
            const UnknownQuestion old = *c.unknown;
            c.unknown = questionOf(varied.value(), old.difference);
            if (old.whole.value && c.unknown->whole.value) addChange(changes, *old.whole.value, *c.unknown->whole.value);
            for (std::size_t i = 0; i < old.parts.size() && i < c.unknown->parts.size(); ++i)
                if (old.parts[i].value && c.unknown->parts[i].value)
                    addChange(changes, *old.parts[i].value, *c.unknown->parts[i].value);
        }
        if (c.pieces && v.rule != NumberRule::TimesTen) {
            // The number of pieces follows the answer's model; without one it cannot be said.
            c.pieces.reset();
            if (out.answer) {
                const Model* m = c.model ? findModel(*out.answer, *c.model) : mainModel(*out.answer, out.check);
                if (m && showsPieces(m->kind))
                    c.pieces = static_cast<int>(findGroup(*out.answer, m->group)->quantity.pooled().pieceCount());
            }
        }
        if (auto ok = checkConsistent(c); !ok) return ok.error();
    }
    out.prompt = replaceNumbers(step.prompt, changes);
    out.stem = replaceNumbers(step.stem, changes);
    out.notes = replaceNumbers(step.notes, changes);
    return out;
}

Result<Step> varyRepresentationOf(const Step& step, const Model& main) {
    Step out = step;
    out.log.clear();
    const Quantity& q = findGroup(step.board, main.group)->quantity;
    auto next = nextRepresentation(main.kind, q);
    if (!next) return next.error();
    auto board = applyCommand(step.board, ShowAs{main.id, next.value()});
    if (!board) return board.error();
    out.board = board.value();
    if (step.answer && findModel(*step.answer, main.id)) {
        auto answer = applyCommand(*step.answer, ShowAs{main.id, next.value()});
        if (!answer) return answer.error();
        out.answer = answer.value();
    }
    if (out.check) {
        Check& c = *out.check;
        if (c.shownAs) c.shownAs = next.value();
        if (!showsPieces(next.value())) c.pieces.reset();
        if (next.value() != Representation::Bar) c.fraction.reset();
        if (!checkConsistent(c)) c.value = q.value();
    }
    return out;
}

// The finished model (the answer board, when there is one) with its next part hidden: the "?" moves on
// from where the step had it.
Result<Step> varyUnknownOf(const Step& step, const Model& main) {
    Step out = step;
    out.log.clear();
    const Board& source = step.answer ? *step.answer : step.board;
    const Model* shown = findModel(source, main.id);
    if (!shown || !findGroup(source, shown->group)) shown = mainModel(source, step.check);
    if (!shown || !findGroup(source, shown->group)) return Error{tr("lesson.vary.empty")};
    Quantity q = findGroup(source, shown->group)->quantity;
    q.unknown = findGroup(step.board, main.group)->quantity.unknown;
    const bool comparison = shown->kind == Representation::Bar && shown->layouts.bar.mode == BarMode::Comparison;
    auto u = nextUnknown(q, comparison);
    if (!u) return u.error();
    auto board = applyCommand(source, SetUnknown{shown->id, u.value()});
    if (!board) return board.error();
    out.board = board.value();
    const Quantity& asked = findGroup(out.board, shown->group)->quantity;
    Check c = out.check.value_or(Check{});
    c.unknown = questionOf(asked, u.value().kind == UnknownKind::Difference);
    if (auto ok = checkConsistent(c); !ok) return ok.error();
    out.check = c;
    return out;
}

}  // namespace

Result<Value> varyNumber(Value v, NumberRule rule, std::int64_t multipleOf) {
    switch (rule) {
        case NumberRule::TimesTen: return multiply(v, kTen);
        case NumberRule::OneMoreTen: return add(v, Value::whole(kTen).value());
        case NumberRule::OneMoreHundred: return add(v, Value::whole(kHundred).value());
        case NumberRule::NextMultiple: {
            if (multipleOf < 2 || multipleOf > kMaxWhole) return Error{tr("lesson.vary.multiple", {countNumeral(kMaxWhole)})};
            const std::int64_t step = multipleOf * kMilliPerOne;
            auto next = Value::fromMilli((v.milli() / step + 1) * step);
            if (!next) return Error{tr("engine.quantity.too_large")};
            return next.value();
        }
    }
    return Error{tr("lesson.vary.multiple", {countNumeral(kMaxWhole)})};
}

Result<Quantity> varyQuantity(const Quantity& q, NumberRule rule, std::int64_t multipleOf) {
    auto whole = varyNumber(q.value(), rule, multipleOf);
    if (!whole) return whole.error();
    const std::vector<Value> values = q.partValues();
    if (rule == NumberRule::TimesTen) {
        std::vector<PlaceCounts> parts;
        for (const PlaceCounts& p : q.parts) {
            auto up = timesTen(p);
            if (!up) return up.error();
            parts.push_back(up.value());
        }
        return withParts(q, parts);
    }
    if (allEqual(values)) {
        auto share = divideEqually(whole.value(), q.partCount());
        if (!share) return share.error();
        return withParts(q, std::vector<PlaceCounts>(q.parts.size(), canonical(share.value())));
    }
    if (q.partCount() >= 2 && isStandardArrangement(q)) {
        std::vector<PlaceCounts> parts;
        for (const Value v : standardLike(values, whole.value())) parts.push_back(canonical(v));
        return withParts(q, parts);
    }
    // One part, or parts that are not standard: the change goes to one part.
    std::size_t target = q.parts.size() - 1;
    Value extra = Value::fromMilli(whole.value().milli() - q.value().milli()).value();
    if (rule == NumberRule::OneMoreTen || rule == NumberRule::OneMoreHundred) {
        const Place p = rule == NumberRule::OneMoreTen ? Place::Tens : Place::Hundreds;
        target = 0;
        for (std::size_t i = 1; i < q.parts.size(); ++i)
            if (q.parts[i].count(p) > q.parts[target].count(p)) target = i;
        if (q.parts[target].count(p) == 0) target = 0;
    }
    std::vector<PlaceCounts> parts = q.parts;
    auto changed = addTo(parts[target], extra);
    if (!changed) return changed.error();
    parts[target] = changed.value();
    return withParts(q, parts);
}

Result<Representation> nextRepresentation(Representation current, const Quantity& q) {
    const auto at = std::find(kCpaOrder.begin(), kCpaOrder.end(), current);
    for (auto it = at == kCpaOrder.end() ? at : at + 1; it != kCpaOrder.end(); ++it)
        if (canShowAs(q, *it)) return *it;
    return Error{tr("lesson.vary.no_next", {representationName(current)})};
}

Result<Unknown> nextUnknown(const Quantity& q, bool comparison) {
    const Unknown u = q.unknown;
    if (comparison) {
        if (u.kind == UnknownKind::None || u.kind == UnknownKind::Whole) return Unknown{UnknownKind::Difference, 0};
        if (u.kind == UnknownKind::Difference) return Unknown{UnknownKind::Part, 0};
        if (u.part + 1 < q.partCount()) return Unknown{UnknownKind::Part, u.part + 1};
        return Unknown{UnknownKind::Difference, 0};
    }
    if (q.partCount() < 2) return Error{tr("lesson.vary.one_part")};
    if (u.kind == UnknownKind::None || u.kind == UnknownKind::Difference) return Unknown{UnknownKind::Whole, 0};
    if (u.kind == UnknownKind::Whole) return Unknown{UnknownKind::Part, 0};
    if (u.part + 1 < q.partCount()) return Unknown{UnknownKind::Part, u.part + 1};
    return Unknown{UnknownKind::Whole, 0};
}

std::string replaceNumbers(std::string_view text, const std::vector<std::pair<Value, Value>>& changes) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!isNumberChar(text[i])) {
            out += text[i++];
            continue;
        }
        // A number: digits, with commas before groups of three and one decimal point before digits.
        std::size_t end = i;
        bool point = false;
        while (end < text.size()) {
            if (isNumberChar(text[end])) ++end;
            else if ((text[end] == ',' || (text[end] == '.' && !point)) && end + 1 < text.size() && isNumberChar(text[end + 1])) {
                if (text[end] == '.') point = true;
                ++end;
            } else break;
        }
        const std::string_view token = text.substr(i, end - i);
        const bool inWord = (i > 0 && isWordChar(text[i - 1])) || (end < text.size() && isWordChar(text[end]));
        std::string replacement(token);
        if (!inWord) {
            if (auto v = Value::parse(token)) {
                for (const auto& [from, to] : changes)
                    if (from == v.value()) {
                        replacement = numeral(to);
                        break;
                    }
            }
        }
        out += replacement;
        i = end;
    }
    return out;
}

const Model* mainModel(const Board& board, const std::optional<Check>& check) {
    if (check && check->model) return findModel(board, *check->model);
    if (check && check->shownAs)
        for (const Model& m : board.models)
            if (m.kind == *check->shownAs) return &m;
    return board.models.empty() ? nullptr : &board.models.front();
}

Result<Step> vary(const Step& step, const Variation& variation) {
    const Model* main = mainModel(step.board, step.check);
    if (!main || !findGroup(step.board, main->group)) return Error{tr("lesson.vary.empty")};
    switch (variation.what) {
        case VaryWhat::Number: return varyNumberOf(step, *main, variation);
        case VaryWhat::Representation: return varyRepresentationOf(step, *main);
        case VaryWhat::Unknown: return varyUnknownOf(step, *main);
    }
    return Error{tr("lesson.vary.empty")};
}

}  // namespace tenfold::model
