// The change of level, over time (see level_animator.hpp).
#include "representations/level_animator.hpp"

#include <algorithm>
#include <cmath>

namespace tenfold::repr {

namespace {
float levelOf(const model::Model& m) { return static_cast<float>(static_cast<int>(m.level)); }
}  // namespace

float LevelAnimator::shownLevel(const model::Model& m, double now) const {
    for (const Change& c : running_) {
        if (c.model != m.id) continue;
        const double t = std::clamp((now - c.start) / kDuration, 0.0, 1.0);
        return c.from + (c.to - c.from) * static_cast<float>(t);
    }
    return levelOf(m);
}

bool LevelAnimator::active(double now) const {
    return std::any_of(running_.begin(), running_.end(), [&](const Change& c) { return now - c.start < kDuration; });
}

void LevelAnimator::boardChanged(const model::Board& before, const model::Board& after, double now, bool reducedMotion) {
    std::vector<Change> kept;
    for (const model::Model& m : after.models) {
        const model::Model* old = model::findModel(before, m.id);
        const float to = levelOf(m);
        const auto same = std::find_if(running_.begin(), running_.end(), [&](const Change& c) {
            return c.model == m.id && std::abs(c.to - to) < 1e-3f && now - c.start < kDuration;
        });
        if (same != running_.end()) {
            kept.push_back(*same);  // already on its way there: another edit does not start it again
            continue;
        }
        const float from = old != nullptr ? shownLevel(*old, now) : to;
        if (old != nullptr && std::abs(from - to) > 1e-3f && !reducedMotion) kept.push_back(Change{m.id, from, to, now});
    }
    running_ = std::move(kept);
}

std::vector<std::pair<model::ModelId, float>> LevelAnimator::shownLevels(const model::Board& board, double now) const {
    std::vector<std::pair<model::ModelId, float>> out;
    out.reserve(board.models.size());
    for (const model::Model& m : board.models) out.emplace_back(m.id, shownLevel(m, now));
    return out;
}

}  // namespace tenfold::repr
