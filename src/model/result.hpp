// Result<T>: either a value or a refusal (Error) whose message is teacher-readable text from the text
// table. Every model operation that can be asked to do something impossible returns one of these instead
// of crashing, clamping or throwing.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace tenfold::model {

// A refusal: the message comes from the text table (tr) and can be shown to a teacher or pupil as is.
struct Error {
    std::string message;
};

template <class T>
class Result {
  public:
    Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}      // NOLINT: implicit by design
    Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}  // NOLINT: implicit by design

    [[nodiscard]] bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }

    // Precondition: ok(). Checked by assert in development builds; std::get throws otherwise.
    [[nodiscard]] const T& value() const {
        assert(ok());
        return std::get<0>(state_);
    }
    [[nodiscard]] T& value() {
        assert(ok());
        return std::get<0>(state_);
    }
    // Precondition: !ok().
    [[nodiscard]] const Error& error() const {
        assert(!ok());
        return std::get<1>(state_);
    }
    // The value, or `fallback` when this is a refusal.
    [[nodiscard]] T valueOr(T fallback) const { return ok() ? std::get<0>(state_) : std::move(fallback); }

  private:
    std::variant<T, Error> state_;
};

// For operations that either succeed with nothing to return or are refused.
using Status = Result<std::monostate>;
inline Status okStatus() { return std::monostate{}; }

}  // namespace tenfold::model
