// Reading JSON strictly through nlohmann-json's SAX interface into a compact tree. Children are collected
// on a stack while their container is open and moved into place, next to each other, when it closes, so
// every list and object is one run of nodes and a node costs 20 bytes.
#include "model/json_doc.hpp"

#include <limits>
#include <nlohmann/json.hpp>

#include "model/excerpt.hpp"
#include "model/text.hpp"

namespace tenfold::model {

std::string pointerJoin(std::string_view base, std::string_view key) {
    std::string out(base);
    out += '/';
    for (const char c : excerpt(key)) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string pointerJoin(std::string_view base, std::size_t index) {
    std::string out(base);
    out += '/';
    out += std::to_string(index);
    return out;
}

// The SAX handler that builds a JsonDoc.
class JsonBuilder {
public:
    using json = nlohmann::json;
    JsonBuilder(JsonDoc& doc, const JsonLimits& limits, JsonProblem& problem)
        : doc_(doc), limits_(limits), problem_(problem) {}

    bool null() { return scalar(JsonType::Null, 0, 0); }
    bool boolean(bool value) { return scalar(JsonType::Boolean, value ? 1u : 0u, 0); }
    bool number_integer(json::number_integer_t value) { return text(JsonType::Number, std::to_string(value)); }
    bool number_unsigned(json::number_unsigned_t value) { return text(JsonType::Number, std::to_string(value)); }
    bool number_float(json::number_float_t, const json::string_t& written) { return text(JsonType::Number, written); }
    bool string(json::string_t& value) { return text(JsonType::String, value); }
    bool binary(json::binary_t&) { return false; }  // not in JSON text
    bool start_object(std::size_t) { return open(JsonType::Object); }
    bool start_array(std::size_t) { return open(JsonType::Array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(json::string_t& key) {
        Frame& f = frames_.back();
        f.key = key;
        for (std::size_t i = f.start; i < pending_.size(); ++i) {
            const JsonDoc::Node& sibling = pending_[i];
            if (std::string_view(doc_.text_).substr(sibling.keyAt, sibling.keyLength) == key)
                return refuse(pointerHere(), tr("engine.file.duplicate_key", {excerpt(key)}));
        }
        if (pending_.size() - f.start >= limits_.maxObject)
            return refuse(pointerOf(frames_.size() - 1),
                          tr("engine.file.object_too_long", {countNumeral(static_cast<std::int64_t>(limits_.maxObject))}));
        return true;
    }

    bool parse_error(std::size_t position, const std::string& token, const nlohmann::detail::exception& e) {
        constexpr int kNumberOverflow = 406;  // nlohmann-json: a number too large for a double
        if (e.id == kNumberOverflow) return refuse(pointerHere(), tr("engine.file.number_too_large", {excerpt(token)}));
        problem_.syntax = true;
        problem_.byte = position;
        return false;
    }

    bool finish() {
        if (pending_.size() != 1 || !frames_.empty()) return false;
        doc_.nodes_.push_back(pending_.front());
        doc_.root_ = static_cast<std::uint32_t>(doc_.nodes_.size() - 1);
        return true;
    }

private:
    struct Frame {
        JsonType type;
        std::size_t start;  // where this container's children begin in pending_
        std::string key;    // an object: the key whose value is being read
    };

    bool refuse(std::string pointer, std::string reason) {
        problem_.syntax = false;
        problem_.pointer = std::move(pointer);
        problem_.reason = std::move(reason);
        return false;
    }

    // The place of the container that frames_[depth - 1] is (depth 0: the whole document).
    std::string pointerOf(std::size_t depth) const {
        std::string out;
        for (std::size_t i = 0; i < depth; ++i) {
            const Frame& f = frames_[i];
            out = f.type == JsonType::Object ? pointerJoin(out, f.key) : pointerJoin(out, childCount(i));
        }
        return out;
    }
    // The place of the value being read now.
    std::string pointerHere() const { return pointerOf(frames_.size()); }
    std::size_t childCount(std::size_t frame) const {
        const std::size_t end = frame + 1 < frames_.size() ? frames_[frame + 1].start : pending_.size();
        return end - frames_[frame].start;
    }

    std::uint32_t store(std::string_view s) {
        const auto at = static_cast<std::uint32_t>(doc_.text_.size());
        doc_.text_.append(s);
        return at;
    }

    // Adds a finished value to the container that is open (or as the document).
    bool add(JsonDoc::Node node) {
        if (!frames_.empty()) {
            Frame& f = frames_.back();
            if (f.type == JsonType::Object) {
                node.keyAt = store(f.key);
                node.keyLength = static_cast<std::uint32_t>(f.key.size());
            } else if (pending_.size() - f.start >= limits_.maxArray) {
                return refuse(pointerOf(frames_.size() - 1),
                              tr("engine.file.list_too_long", {countNumeral(static_cast<std::int64_t>(limits_.maxArray))}));
            }
        }
        pending_.push_back(node);
        return true;
    }

    bool scalar(JsonType type, std::uint32_t a, std::uint32_t b) {
        JsonDoc::Node n;
        n.type = type;
        n.a = a;
        n.b = b;
        return add(n);
    }
    bool text(JsonType type, std::string_view s) {
        const std::uint32_t at = store(s);
        return scalar(type, at, static_cast<std::uint32_t>(s.size()));
    }

    bool open(JsonType type) {
        if (static_cast<int>(frames_.size()) >= limits_.maxDepth)
            return refuse(pointerHere(), tr("engine.file.too_deep", {countNumeral(limits_.maxDepth)}));
        if (!frames_.empty() && frames_.back().type == JsonType::Array &&
            pending_.size() - frames_.back().start >= limits_.maxArray)
            return refuse(pointerOf(frames_.size() - 1),
                          tr("engine.file.list_too_long", {countNumeral(static_cast<std::int64_t>(limits_.maxArray))}));
        frames_.push_back(Frame{type, pending_.size(), {}});
        return true;
    }

    bool close() {
        const Frame f = std::move(frames_.back());
        frames_.pop_back();
        JsonDoc::Node n;
        n.type = f.type;
        n.a = static_cast<std::uint32_t>(doc_.nodes_.size());
        n.b = static_cast<std::uint32_t>(pending_.size() - f.start);
        doc_.nodes_.insert(doc_.nodes_.end(), pending_.begin() + static_cast<std::ptrdiff_t>(f.start), pending_.end());
        pending_.resize(f.start);
        return add(n);  // in an object, add() gives it the key it is the value of
    }

    JsonDoc& doc_;
    const JsonLimits& limits_;
    JsonProblem& problem_;
    std::vector<Frame> frames_;
    std::vector<JsonDoc::Node> pending_;
};

std::optional<JsonDoc> JsonDoc::parse(std::string_view text, const JsonLimits& limits, JsonProblem& problem) {
    problem = JsonProblem{};
    if (text.size() >= std::numeric_limits<std::uint32_t>::max() / 2) {
        problem.reason = tr("engine.file.text_too_big");
        return std::nullopt;
    }
    JsonDoc doc;
    JsonBuilder builder(doc, limits, problem);
    const bool ok = nlohmann::json::sax_parse(text.begin(), text.end(), &builder);
    if (!ok || !builder.finish()) {
        if (problem.reason.empty()) problem.syntax = true;
        return std::nullopt;
    }
    return doc;
}

JsonType JsonValue::type() const { return doc_->nodes_[index_].type; }
bool JsonValue::boolean() const { return isBoolean() && doc_->nodes_[index_].a != 0; }
std::string_view JsonValue::text() const {
    const JsonDoc::Node& n = doc_->nodes_[index_];
    if (n.type != JsonType::String && n.type != JsonType::Number) return {};
    return std::string_view(doc_->text_).substr(n.a, n.b);
}
std::size_t JsonValue::size() const {
    const JsonDoc::Node& n = doc_->nodes_[index_];
    return n.type == JsonType::Array || n.type == JsonType::Object ? n.b : 0;
}
JsonValue JsonValue::operator[](std::size_t i) const { return JsonValue(doc_, doc_->nodes_[index_].a + static_cast<std::uint32_t>(i)); }
std::string_view JsonValue::key(std::size_t i) const {
    const JsonDoc::Node& n = doc_->nodes_[doc_->nodes_[index_].a + i];
    return std::string_view(doc_->text_).substr(n.keyAt, n.keyLength);
}
std::optional<JsonValue> JsonValue::find(std::string_view k) const {
    if (!isObject()) return std::nullopt;
    for (std::size_t i = 0; i < size(); ++i)
        if (key(i) == k) return (*this)[i];
    return std::nullopt;
}

}  // namespace tenfold::model
