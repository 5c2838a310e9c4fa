// Parsing replay scripts.
#include "app/replay_script.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <sstream>

#include "model/excerpt.hpp"

namespace tenfold::app {

namespace {

constexpr std::size_t kMaxStepTextBytes = 200;  // of a line, quoted when its expectation fails

// Splits a line into words; "quoted text" is one word (without the quotes).
bool splitWords(std::string_view line, std::vector<std::string>& words, std::string& error) {
    size_t i = 0;
    while (i < line.size()) {
        if (line[i] == ' ' || line[i] == '\t') {
            ++i;
            continue;
        }
        if (line[i] == '"') {
            const size_t end = line.find('"', i + 1);
            if (end == std::string_view::npos) {
                error = "a quote is not closed";
                return false;
            }
            words.emplace_back(line.substr(i + 1, end - i - 1));
            i = end + 1;
            continue;
        }
        size_t end = i;
        while (end < line.size() && line[end] != ' ' && line[end] != '\t') ++end;
        words.emplace_back(line.substr(i, end - i));
        i = end;
    }
    return true;
}

bool parseNumber(const std::string& s, double& out) {
    if (s.empty()) return false;
    char* end = nullptr;
    out = std::strtod(s.c_str(), &end);
    return end == s.c_str() + s.size() && std::isfinite(out);
}

bool parsePointer(const std::string& s, ScriptPointer& p) {
    using interaction::PointerSource;
    if (s == "mouse") {
        p = {PointerSource::Mouse, 0};
        return true;
    }
    if (s == "pen") {
        p = {PointerSource::Pen, 0};
        return true;
    }
    if (s.rfind("finger:", 0) == 0) {
        const std::string n = s.substr(7);
        std::int64_t id = 0;
        auto [ptr, ec] = std::from_chars(n.data(), n.data() + n.size(), id);
        if (ec != std::errc() || ptr != n.data() + n.size() || id < 0 || id > 1000) return false;
        p = {PointerSource::Touch, id};
        return true;
    }
    return false;
}

bool isNamedPoint(const std::string& word) {
    for (const char* prefix : {"tray:", "piece:", "column:", "exchange:", "break:", "button:", "tab:", "bead:", "divider:",
                               "boundary:", "barpart:", "barwhole:", "circle:", "difference:", "scrub:", "coin:", "value:", "row:"}) {
        if (word.rfind(prefix, 0) == 0 && word.size() > std::string_view(prefix).size()) return true;
    }
    return word == "tray";
}

// Reads "[board] X Y" or a named spot starting at words[i]; advances i.
bool parsePoint(const std::vector<std::string>& w, size_t& i, ScriptPoint& p) {
    p.board = false;
    if (i < w.size() && isNamedPoint(w[i])) {
        p.name = w[i];
        ++i;
        return true;
    }
    if (i < w.size() && w[i] == "board") {
        p.board = true;
        ++i;
    } else if (i < w.size() && w[i] == "screen") {
        ++i;
    }
    double x = 0, y = 0;
    if (i + 1 >= w.size() || !parseNumber(w[i], x) || !parseNumber(w[i + 1], y)) return false;
    p.x = static_cast<float>(x);
    p.y = static_cast<float>(y);
    i += 2;
    return true;
}

bool isOperator(const std::string& s) {
    return s == "==" || s == "!=" || s == "<" || s == ">" || s == "<=" || s == ">=";
}

}  // namespace

bool compareExpectation(const std::string& actual, const std::string& op, const std::string& expected) {
    double a = 0, e = 0;
    if (parseNumber(actual, a) && parseNumber(expected, e)) {
        constexpr double kEpsilon = 1e-6;
        if (op == "==") return std::abs(a - e) <= kEpsilon;
        if (op == "!=") return std::abs(a - e) > kEpsilon;
        if (op == "<") return a < e;
        if (op == ">") return a > e;
        if (op == "<=") return a <= e + kEpsilon;
        if (op == ">=") return a >= e - kEpsilon;
        return false;
    }
    if (op == "==") return actual == expected;
    if (op == "!=") return actual != expected;
    return false;
}

ParsedScript parseReplayScript(std::string_view text) {
    ParsedScript out;
    std::istringstream in{std::string(text)};
    std::string line;
    int number = 0;
    auto fail = [&](const std::string& why) {
        out.error = "line " + std::to_string(number) + ": " + why;
        out.steps.clear();
        return out;
    };
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        // A '#' starts a comment, unless it comes after a quote (inside an expected text).
        std::string_view body = line;
        const auto hash = line.find('#');
        const auto firstQuote = line.find('"');
        if (hash != std::string::npos && (firstQuote == std::string::npos || hash < firstQuote)) {
            body = body.substr(0, hash);
        }
        std::vector<std::string> w;
        std::string error;
        if (!splitWords(body, w, error)) return fail(error);
        if (w.empty()) continue;
        ReplayStep step;
        step.line = number;
        step.text = tenfold::model::excerpt(line, kMaxStepTextBytes);
        const std::string& verb = w[0];
        size_t i = 1;
        if (verb == "down" || verb == "move" || verb == "up" || verb == "tap") {
            if (verb == "tap" && w.size() == 2 && isNamedPoint(w[1])) {
                // A tap on a named spot with the mouse.
                step.kind = StepKind::Tap;
                step.at.name = w[1];
                out.steps.push_back(step);
                continue;
            }
            step.kind = verb == "down" ? StepKind::Down : verb == "move" ? StepKind::Move : verb == "up" ? StepKind::Up : StepKind::Tap;
            if (w.size() < 2 || !parsePointer(w[1], step.pointer)) return fail("expected a pointer: mouse, pen or finger:N");
            i = 2;
            if (!parsePoint(w, i, step.at)) return fail("expected a position: X Y, board X Y, or a named spot");
            if (i != w.size()) return fail("unexpected '" + tenfold::model::excerpt(w[i]) + "'");
        } else if (verb == "drag") {
            step.kind = StepKind::Drag;
            step.seconds = kDefaultDragSeconds;
            if (w.size() < 2 || !parsePointer(w[1], step.pointer)) return fail("expected a pointer: mouse, pen or finger:N");
            i = 2;
            if (!parsePoint(w, i, step.at)) return fail("expected a start position");
            if (i >= w.size() || w[i] != "to") return fail("expected 'to' and an end position");
            ++i;
            if (!parsePoint(w, i, step.to)) return fail("expected an end position");
            if (i < w.size()) {
                if (w[i] != "in" || i + 2 != w.size() || !parseNumber(w[i + 1], step.seconds) || step.seconds < 0 ||
                    step.seconds > kMaxWaitSeconds) {
                    return fail("a drag ends with 'in SECONDS' (0 to 60)");
                }
            }
        } else if (verb == "wait") {
            step.kind = StepKind::Wait;
            if (w.size() != 2 || !parseNumber(w[1], step.seconds) || step.seconds < 0 || step.seconds > kMaxWaitSeconds) {
                return fail("wait takes seconds from 0 to 60");
            }
        } else if (verb == "type") {
            step.kind = StepKind::Type;
            if (w.size() != 2) return fail("type takes one piece of text (in quotes when it has spaces)");
            step.name = w[1];
        } else if (verb == "quit") {
            step.kind = StepKind::Quit;
            if (w.size() != 1) return fail("quit takes nothing more");
        } else if (verb == "screenshot") {
            step.kind = StepKind::Screenshot;
            if (w.size() != 2) return fail("screenshot takes one file name");
            step.name = w[1];
        } else if (verb == "expect") {
            step.kind = StepKind::Expect;
            size_t op = 1;
            while (op < w.size() && !isOperator(w[op])) ++op;
            if (op == 1 || op + 2 != w.size()) return fail("expect takes: SUBJECT... OPERATOR VALUE (== != < > <= >=)");
            step.subject.assign(w.begin() + 1, w.begin() + static_cast<long>(op));
            step.op = w[op];
            step.expected = w[op + 1];
        } else {
            return fail("unknown step '" + tenfold::model::excerpt(verb) + "'");
        }
        out.steps.push_back(step);
    }
    return out;
}

}  // namespace tenfold::app
